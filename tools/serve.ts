/**
 * A small static file server for the built site (no dependencies): `node tools/serve.ts [dir] [port] [base]`.
 * Serves `dir` at `base` (default "/"), answers directory paths with index.html and unknown paths
 * with 404.html and status 404, as a static host would. Binds to 127.0.0.1 only.
 */
import { createReadStream, existsSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { extname, join, normalize, resolve } from "node:path";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".csv": "text/csv; charset=utf-8",
  ".bib": "application/x-bibtex; charset=utf-8",
  ".ris": "application/x-research-info-systems; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".wasm": "application/wasm",
  ".pf_meta": "application/octet-stream",
  ".pf_index": "application/octet-stream",
  ".pf_fragment": "application/octet-stream",
  ".pf_filter": "application/octet-stream",
};

/** Map a request path to a file in `root` under `base`, or null when it is outside or missing. */
export function resolveRequest(root: string, base: string, urlPath: string): string | null {
  const path = decodeURIComponent(urlPath.split("?")[0] ?? "/");
  if (!path.startsWith(base)) return null;
  const relative = normalize(path.slice(base.length)).replace(/^(\.\.[/\\])+/, "");
  let file = join(root, relative);
  if (!file.startsWith(root)) return null;
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, "index.html");
  return existsSync(file) && statSync(file).isFile() ? file : null;
}

/** Start serving `dir` on 127.0.0.1:`port` under `base`; resolves once listening. */
export function serve(dir: string, port: number, base = "/"): Promise<Server> {
  const root = resolve(dir);
  const server = createServer((req, res) => {
    const url = req.url ?? "/";
    const pathOnly = url.split("?")[0] ?? "/";
    // Directory URLs without a trailing slash redirect, as static hosts do.
    if (pathOnly.startsWith(base) && !extname(pathOnly) && !pathOnly.endsWith("/")) {
      const candidate = resolveRequest(root, base, `${pathOnly}/`);
      if (candidate !== null) {
        res.writeHead(301, { location: `${pathOnly}/` });
        res.end();
        return;
      }
    }
    const file = resolveRequest(root, base, url);
    const status = file === null ? 404 : 200;
    const body = file ?? join(root, "404.html");
    res.writeHead(status, { "content-type": TYPES[extname(body)] ?? "application/octet-stream" });
    createReadStream(body).pipe(res);
  });
  return new Promise((done) => server.listen(port, "127.0.0.1", () => done(server)));
}

if (import.meta.main) {
  const [dir = "dist", port = "4321", base = process.env["BASE"] ?? "/"] = process.argv.slice(2);
  await serve(dir, Number(port), base);
  console.log(`Serving ${dir} at http://127.0.0.1:${port}${base}  (Ctrl+C to stop)`);
}
