/**
 * A loopback-only HTTP server for fixture pages. Files come from
 * tests/fixtures (or another root); extra routes can serve generated pages
 * or set headers (CSP, cross-origin isolation) per path.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { AddressInfo } from 'node:net';

export const FIXTURES_DIR = resolve(import.meta.dirname, '../tests/fixtures');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
};

export interface Route {
  body: string | Buffer;
  type?: string;
  headers?: Record<string, string>;
}

export interface FixtureServer {
  port: number;
  /** URL of a path on 127.0.0.1 (no host mapping needed). */
  url(path: string): string;
  /** Adds or replaces a generated route. */
  route(path: string, r: Route | ((req: IncomingMessage) => Route)): void;
  /** Extra headers for every response whose path starts with prefix. */
  headersFor(prefix: string, headers: Record<string, string>): void;
  /** Every request seen, as "Host path". */
  readonly requests: string[];
  close(): Promise<void>;
}

export async function startFixtureServer(root = FIXTURES_DIR): Promise<FixtureServer> {
  const routes = new Map<string, Route | ((req: IncomingMessage) => Route)>();
  const prefixHeaders: [string, Record<string, string>][] = [];
  const requests: string[] = [];

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    requests.push(`${req.headers.host ?? ''} ${path}`);
    const extra: Record<string, string> = { 'Cache-Control': 'no-store' };
    for (const [prefix, h] of prefixHeaders) if (path.startsWith(prefix)) Object.assign(extra, h);
    const r = routes.get(path);
    if (r) {
      const route = typeof r === 'function' ? r(req) : r;
      res.writeHead(200, { 'Content-Type': route.type ?? TYPES['.html'], ...extra, ...route.headers });
      res.end(route.body);
      return;
    }
    const file = normalize(join(root, path.endsWith('/') ? `${path}index.html` : path));
    if (!file.startsWith(root + sep)) {
      res.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', ...extra });
      res.end(body);
    } catch {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
    }
  }

  const server: Server = createServer((req, res) => {
    handle(req, res).catch(() => res.writeHead(500).end());
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return {
    port,
    url: (p) => `http://127.0.0.1:${port}${p.startsWith('/') ? p : `/${p}`}`,
    route: (p, r) => void routes.set(p, r),
    headersFor: (prefix, h) => void prefixHeaders.push([prefix, h]),
    requests,
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}
