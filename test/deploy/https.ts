/**
 * HTTPS for the deploy tests: a self-signed certificate made in the test (selfsigned), a static
 * server that applies the hosting rules of src/manifest/hosting.js (the same rules the generated
 * nginx block applies), and a client that fetches a URL of the manifest from that local server
 * (connecting to 127.0.0.1, with the URL's host name for TLS and Host).
 */
import { readFileSync, statSync } from "node:fs";
import { createServer, request, type Server } from "node:https";
import type { AddressInfo } from "node:net";
import * as path from "node:path";
import { generate } from "selfsigned";
import { headersFor } from "../../src/manifest/hosting";
import type { Cloud } from "../../src/manifest/settings";

/** A certificate for `host`, valid one day. */
export async function certificate(host: string): Promise<{ key: string; cert: string }> {
  const pems = await generate([{ name: "commonName", value: host }], { notAfterDate: new Date(Date.now() + 86_400_000), keyType: "ec", algorithm: "sha256", extensions: [{ name: "subjectAltName", altNames: [{ type: 2, value: host }] }] });
  return { key: pems.private, cert: pems.cert };
}

const TYPES: Record<string, string> = { ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".json": "application/json", ".png": "image/png", ".xml": "text/xml" };

/**
 * Serves `root` (URL path /promo/x -> root/promo/x) over HTTPS with the package's headers;
 * `replace` gives other contents for some URL paths. Resolves with the port.
 */
export async function serveStatic(root: string, cloud: Cloud, tls: { key: string; cert: string }, replace: Record<string, string> = {}): Promise<{ port: number; close: () => Promise<void> }> {
  const server: Server = createServer(tls, (req, res) => {
    const name = decodeURIComponent((req.url ?? "/").split("?")[0]!);
    const file = path.join(root, path.normalize(name));
    const replaced = replace[name];
    if (replaced !== undefined) {
      res.writeHead(200, { "Content-Type": TYPES[path.extname(file)] ?? "application/octet-stream", ...headersFor(path.basename(file), cloud) }).end(replaced);
      return;
    }
    if (!file.startsWith(root) || !statSync(file, { throwIfNoEntry: false })?.isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "Content-Type": TYPES[path.extname(file)] ?? "application/octet-stream", ...headersFor(path.basename(file), cloud) }).end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { port: (server.address() as AddressInfo).port, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/** A response: status, headers (lower-case names) and body. */
export interface Fetched {
  readonly status: number;
  readonly headers: Record<string, string | string[] | undefined>;
  readonly body: Buffer;
}

/** GETs `url` from 127.0.0.1:`port`, trusting `ca` and checking the certificate against the URL's host. */
export function fetchVia(url: string, port: number, ca: string): Promise<Fetched> {
  const u = new URL(url);
  return new Promise((resolve, reject) => {
    const req = request({ host: "127.0.0.1", port, path: u.pathname + u.search, servername: u.hostname, headers: { host: u.host }, ca, timeout: 20_000 }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on("timeout", () => req.destroy(new Error(`timeout fetching ${url}`)));
    req.on("error", reject);
    req.end();
  });
}
