// A static file server for the built site, on a loopback port, under an optional base path.
// The browser checks use it instead of `astro preview` so that they control the port and base.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.wasm': 'application/wasm',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
};

export interface RunningSite {
  origin: string;
  base: string;
  url: (path?: string) => string;
  close: () => Promise<void>;
}

function resolveFile(root: string, base: string, pathname: string): string | undefined {
  if (!pathname.startsWith(base)) return undefined;
  const relative = normalize(decodeURIComponent(pathname.slice(base.length)));
  if (relative.startsWith('..')) return undefined;
  let file = join(root, relative);
  if (!file.startsWith(root + sep) && file !== root) return undefined;
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  return existsSync(file) ? file : undefined;
}

/** Astro names the files under _astro/ by their content hash: a host lets browsers keep them (README, Deploying). */
const cacheHeaders = (pathname: string): Record<string, string> =>
  pathname.includes('/_astro/') ? { 'cache-control': 'public, max-age=31536000, immutable' } : {};

/** Serves `root` at http://127.0.0.1:<free port><base>. */
export async function serveSite(root = 'dist', base = '/'): Promise<RunningSite> {
  const absoluteRoot = join(process.cwd(), root);
  const server: Server = createServer((req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://127.0.0.1');
    const file = resolveFile(absoluteRoot, base, pathname);
    const notFound = join(absoluteRoot, '404.html');
    if (!file) {
      res.writeHead(404, { 'content-type': TYPES['.html']! });
      if (existsSync(notFound)) createReadStream(notFound).pipe(res);
      else res.end('not found');
      return;
    }
    res.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      ...cacheHeaders(pathname),
    });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    base,
    url: (path = '') => `${origin}${base}${path.replace(/^\//, '')}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
