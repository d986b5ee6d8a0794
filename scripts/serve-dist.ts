// A small static file server for the built site (dist/), bound to 127.0.0.1.
// The end-to-end tests and benchmarks import `serveDist`; run directly it
// serves dist/ until interrupted:
//   node scripts/serve-dist.ts [--port 4321] [--dir dist]
// It behaves like a plain static host: directories redirect to their trailing
// slash and serve index.html, missing paths get 404.html with status 404, and
// the build's .br/.gz copies are sent when the client accepts them.
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse, Server } from 'node:http';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { Stats } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AddressInfo } from 'node:net';

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.onnx': 'application/octet-stream',
  '.tflite': 'application/octet-stream',
};

export function mimeType(file: string): string {
  return MIME[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

type Encoding = 'br' | 'gzip';
/** Preferred first when the client weighs them equally. */
const ENCODINGS: Encoding[] = ['br', 'gzip'];
const EXTENSION: Record<Encoding, string> = { br: '.br', gzip: '.gz' };

/**
 * The encoding to send, from an Accept-Encoding header and the copies on
 * disk: highest q wins, ties go to brotli; q=0 refuses; `*` stands for any
 * encoding not named; no header or nothing acceptable means identity.
 */
export function pickEncoding(acceptEncoding: string, available: readonly Encoding[]): Encoding | null {
  const q = new Map<string, number>();
  for (const part of acceptEncoding.split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const value = qParam ? Number(qParam.slice(2)) : 1;
    q.set(name === 'x-gzip' ? 'gzip' : name, Number.isFinite(value) ? value : 0);
  }
  let best: Encoding | null = null;
  let bestQ = 0;
  for (const encoding of ENCODINGS) {
    if (!available.includes(encoding)) continue;
    const weight = q.get(encoding) ?? q.get('*') ?? 0;
    if (weight > bestQ) {
      best = encoding;
      bestQ = weight;
    }
  }
  return best;
}

export interface ServeOptions {
  /** Folder to serve; defaults to dist/ beside this script's parent. */
  root?: string;
  /** 0 picks a free port. */
  port?: number;
  /** Extra response headers per request path (e.g. a Content-Security-Policy). */
  headers?: (urlPath: string) => Record<string, string>;
}

export interface RunningServer {
  origin: string;
  root: string;
  server: Server;
  close(): Promise<void>;
}

/** dist/ of this checkout, or the folder named by ZP_DIST (a build made elsewhere). */
export const DEFAULT_ROOT = process.env.ZP_DIST
  ? path.resolve(process.env.ZP_DIST)
  : path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'dist');

async function statOrNull(file: string): Promise<Stats | null> {
  try {
    return await stat(file);
  } catch {
    return null;
  }
}

export async function serveDist(options: ServeOptions = {}): Promise<RunningServer> {
  const root = path.resolve(options.root ?? DEFAULT_ROOT);
  const rootStat = await statOrNull(root);
  if (!rootStat?.isDirectory() || !(await statOrNull(path.join(root, 'index.html')))) {
    throw new Error(`No built site at ${root}: run npm run build first.`);
  }

  async function sendFile(req: IncomingMessage, res: ServerResponse, file: string, size: number, status: number, urlPath: string): Promise<void> {
    // Like a host with precompressed assets: the .br or .gz copy the build
    // wrote beside the file, when the client accepts it.
    let body = file;
    let length = size;
    const encodingHeaders: Record<string, string> = {};
    const variants: Array<{ encoding: Encoding; file: string; size: number }> = [];
    for (const encoding of ENCODINGS) {
      const s = await statOrNull(`${file}${EXTENSION[encoding]}`);
      if (s?.isFile()) variants.push({ encoding, file: `${file}${EXTENSION[encoding]}`, size: s.size });
    }
    if (variants.length) {
      encodingHeaders.Vary = 'Accept-Encoding';
      const chosen = pickEncoding(String(req.headers['accept-encoding'] ?? ''), variants.map((v) => v.encoding));
      const variant = variants.find((v) => v.encoding === chosen);
      if (variant) {
        body = variant.file;
        length = variant.size;
        encodingHeaders['Content-Encoding'] = variant.encoding;
      }
    }
    res.writeHead(status, {
      'Content-Type': mimeType(file),
      'Content-Length': String(length),
      'Cache-Control': 'no-cache',
      'X-Content-Type-Options': 'nosniff',
      ...encodingHeaders,
      ...options.headers?.(urlPath),
    });
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    createReadStream(body).on('error', () => res.destroy()).pipe(res);
  }

  async function notFound(req: IncomingMessage, res: ServerResponse, urlPath: string): Promise<void> {
    const page = path.join(root, '404.html');
    const s = await statOrNull(page);
    if (s?.isFile()) return sendFile(req, res, page, s.size, 404, urlPath);
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
    res.end('Not found\n');
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' });
      res.end();
      return;
    }
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    let urlPath: string;
    try {
      urlPath = decodeURIComponent(url.pathname);
    } catch {
      res.writeHead(400);
      res.end();
      return;
    }
    const file = path.join(root, urlPath);
    // Refuse anything that escapes the root (../, NUL bytes).
    if (urlPath.includes('\0') || (file !== root && !file.startsWith(root + path.sep))) {
      return notFound(req, res, urlPath);
    }
    const s = await statOrNull(file);
    if (s?.isDirectory()) {
      if (!url.pathname.endsWith('/')) {
        res.writeHead(301, { Location: `${url.pathname}/${url.search}` });
        res.end();
        return;
      }
      const index = path.join(file, 'index.html');
      const is = await statOrNull(index);
      if (is?.isFile()) return sendFile(req, res, index, is.size, 200, urlPath);
      return notFound(req, res, urlPath);
    }
    if (s?.isFile()) return sendFile(req, res, file, s.size, 200, urlPath);
    return notFound(req, res, urlPath);
  }

  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    root,
    server,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function argValue(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const port = Number(argValue(args, '--port') ?? 4321);
  const dir = argValue(args, '--dir');
  try {
    const running = await serveDist({ port, root: dir ? path.resolve(dir) : undefined });
    console.log(`Serving ${running.root} at ${running.origin}/`);
    const stop = () => void running.close().then(() => process.exit(0));
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  } catch (err) {
    console.error((err as Error).message);
    process.exit(1);
  }
}
