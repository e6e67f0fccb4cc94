/**
 * `node tests/helpers/preview-server.ts <outDir> <base>`: serve a built site with Astro's own preview server on a
 * free loopback port and print that port as one line once it listens. Stops on SIGTERM or when its stdin closes
 * (so it never outlives the test run that started it).
 *
 * The browser tests start it as a child process because inside Vitest, Astro's Vite config aliases the bare
 * specifier "astro" to its type-only module, so `preview()` from "astro" cannot be imported there.
 */
import { preview } from "astro";
import { ROOT } from "./project.ts";

const [outDir = "dist", base = "/"] = process.argv.slice(2);
const server = await preview({ root: ROOT, outDir, base, logLevel: "warn", server: { host: "127.0.0.1", port: 0 } });
process.stdout.write(`${server.port}\n`);

let stopping = false;
const stop = (): void => {
  if (stopping) return;
  stopping = true;
  void server.stop().then(() => process.exit(0));
};
process.once("SIGTERM", stop);
process.stdin.once("end", stop).resume();
