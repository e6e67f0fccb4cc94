import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";

/** Every HTML file under a built site's folder (the integrations that rewrite pages after the build walk these). */
export const htmlFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? htmlFiles(path) : name.endsWith(".html") ? [path] : [];
  });
