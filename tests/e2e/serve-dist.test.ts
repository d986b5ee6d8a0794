// The static server the tests and benchmarks rely on behaves like a plain
// static host: right MIME types, trailing-slash redirects, 404.html with a
// 404 status, nothing outside its root, and the build's compressed copies
// when (and only when) the client accepts them.
import { existsSync, mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveDist, type RunningServer } from '../../scripts/serve-dist.ts';
import { compressTree, MIN_BYTES } from '../../src/integrations/compress.ts';

let root: string;
let server: RunningServer;

beforeAll(async () => {
  const base = mkdtempSync(path.join(tmpdir(), 'zp-serve-'));
  root = path.join(base, 'site');
  mkdirSync(path.join(root, 'lessons', 'one'), { recursive: true });
  writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>home</title>');
  writeFileSync(path.join(root, '404.html'), '<!doctype html><title>missing</title>');
  writeFileSync(path.join(root, 'lessons', 'one', 'index.html'), '<!doctype html><title>one</title>');
  writeFileSync(path.join(root, 'kernel.wasm'), Buffer.from([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0]));
  writeFileSync(path.join(root, 'mod.mjs'), 'export {};');
  writeFileSync(path.join(root, 'app.js'), 'void 0;');
  writeFileSync(path.join(root, 'style.css'), 'body{}');
  writeFileSync(path.join(root, 'icon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  writeFileSync(path.join(base, 'secret.txt'), 'outside the root');
  // Varied text, so the compressed copies differ from each other and from it.
  const lines = Array.from({ length: 800 }, (_, i) => `export const v${i} = ${(i * 7919) % 1013} * Math.PI; // line ${i}`);
  writeFileSync(path.join(root, 'big.js'), lines.join('\n'));
  writeFileSync(path.join(root, 'big.png'), Buffer.alloc(4096, 7));
  await compressTree(root);
  server = await serveDist({ root });
});
afterAll(async () => {
  await server?.close();
  rmSync(path.dirname(root), { recursive: true, force: true });
});

const get = (p: string, init?: RequestInit) => fetch(server.origin + p, { redirect: 'manual', ...init });

describe('serve-dist', () => {
  it('listens on 127.0.0.1 only', () => {
    expect(server.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it.each([
    ['/kernel.wasm', 'application/wasm'],
    ['/mod.mjs', 'text/javascript; charset=utf-8'],
    ['/app.js', 'text/javascript; charset=utf-8'],
    ['/style.css', 'text/css; charset=utf-8'],
    ['/icon.svg', 'image/svg+xml'],
    ['/', 'text/html; charset=utf-8'],
  ])('%s is served as %s', async (p, type) => {
    const res = await get(p);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(type);
  });

  it('serves the bytes of the file', async () => {
    const body = new Uint8Array(await (await get('/kernel.wasm')).arrayBuffer());
    expect([...body]).toEqual([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0]);
  });

  it('redirects a directory without its slash, keeping the query', async () => {
    const res = await get('/lessons/one?x=1');
    expect(res.status).toBe(301);
    expect(res.headers.get('location')).toBe('/lessons/one/?x=1');
    expect(await (await get('/lessons/one/')).text()).toContain('<title>one</title>');
  });

  it('answers a missing path with 404.html and status 404', async () => {
    const res = await get('/no/such/page/');
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await res.text()).toContain('<title>missing</title>');
  });

  it('never serves files outside its root', async () => {
    // fetch() normalises dot segments, so send the raw path too.
    const raw = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = request(`${server.origin}/`, { path: '/../secret.txt' }, (res) => {
        let body = '';
        res.on('data', (c) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      });
      req.on('error', reject);
      req.end();
    });
    expect(raw.status).toBe(404);
    expect(raw.body).not.toContain('outside the root');
    for (const p of ['/..%2fsecret.txt', '/%2e%2e%2fsecret.txt', '/lessons/..%2f..%2fsecret.txt']) {
      const res = await get(p);
      expect(res.status, p).toBe(404);
      expect(await res.text()).not.toContain('outside the root');
    }
  });

  it('answers HEAD without a body and refuses other methods', async () => {
    const head = await get('/app.js', { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.headers.get('content-length')).toBe('7');
    expect((await head.arrayBuffer()).byteLength).toBe(0);
    expect((await get('/app.js', { method: 'POST' })).status).toBe(405);
  });

  it('refuses to start without a built site', async () => {
    await expect(serveDist({ root: path.join(root, 'nope') })).rejects.toThrow(/npm run build first/);
  });
});

/** Raw request with exactly the Accept-Encoding given (fetch would add its own). */
function rawGet(p: string, acceptEncoding?: string, method = 'GET') {
  return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }>((resolve, reject) => {
    const headers = acceptEncoding === undefined ? {} : { 'Accept-Encoding': acceptEncoding };
    const req = request(`${server.origin}${p}`, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('serve-dist with precompressed copies', () => {
  const original = () => readFileSync(path.join(root, 'big.js'));

  it('the build step wrote .br and .gz beside large text files only', () => {
    expect(existsSync(path.join(root, 'big.js.br'))).toBe(true);
    expect(existsSync(path.join(root, 'big.js.gz'))).toBe(true);
    expect(readFileSync(path.join(root, 'big.js.br')).length).toBeLessThan(original().length / 2);
    // Below the size floor, or not a compressible type: left alone.
    expect(readFileSync(path.join(root, 'app.js')).length).toBeLessThan(MIN_BYTES);
    expect(existsSync(path.join(root, 'app.js.br'))).toBe(false);
    expect(existsSync(path.join(root, 'big.png.br'))).toBe(false);
  });

  it('sends brotli to a client that accepts it, with the original type and Vary', async () => {
    const res = await rawGet('/big.js', 'gzip, deflate, br');
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(res.headers.vary).toBe('Accept-Encoding');
    expect(Number(res.headers['content-length'])).toBe(res.body.length);
    expect(brotliDecompressSync(res.body).equals(original())).toBe(true);
  });

  it('sends gzip when brotli is not accepted or weighed lower', async () => {
    for (const accept of ['gzip', 'br;q=0, gzip', 'br;q=0.5, gzip;q=0.8', 'x-gzip']) {
      const res = await rawGet('/big.js', accept);
      expect(res.headers['content-encoding'], accept).toBe('gzip');
      expect(gunzipSync(res.body).equals(original()), accept).toBe(true);
    }
  });

  it('sends the plain file without Accept-Encoding, for identity, or when every encoding is refused', async () => {
    for (const accept of [undefined, 'identity', 'deflate', 'br;q=0, gzip;q=0', '*;q=0']) {
      const res = await rawGet('/big.js', accept);
      expect(res.headers['content-encoding'], String(accept)).toBeUndefined();
      expect(res.headers.vary, String(accept)).toBe('Accept-Encoding');
      expect(res.body.equals(original()), String(accept)).toBe(true);
    }
    const any = await rawGet('/big.js', '*');
    expect(any.headers['content-encoding']).toBe('br');
  });

  it('files without compressed copies carry no Content-Encoding or Vary', async () => {
    const res = await rawGet('/app.js', 'br, gzip');
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.headers.vary).toBeUndefined();
    expect(res.body.toString()).toBe('void 0;');
  });

  it('HEAD reports the length of the encoding it would send', async () => {
    const res = await rawGet('/big.js', 'br', 'HEAD');
    expect(res.headers['content-encoding']).toBe('br');
    expect(Number(res.headers['content-length'])).toBe(readFileSync(path.join(root, 'big.js.br')).length);
    expect(res.body.length).toBe(0);
  });
});
