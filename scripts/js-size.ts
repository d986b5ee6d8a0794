// Bytes of JavaScript a built page can load: its scripts, its islands'
// components and renderers, and everything they import (static or dynamic),
// raw and gzip. Workers are listed apart: they load only for large tensors.
//   node scripts/js-size.ts [page path, default /lessons/scale-and-zero-point/]
import { readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { DEFAULT_ROOT } from './serve-dist.ts';

export interface PageJs { files: Array<{ file: string; raw: number; gzip: number }>; raw: number; gzip: number; inlineGzip: number }

export async function pageJavaScript(root: string, pagePath: string): Promise<PageJs> {
  const html = await readFile(path.join(root, pagePath, pagePath.endsWith('.html') ? '' : 'index.html'), 'utf8');
  const entry = new Set<string>();
  for (const m of html.matchAll(/(?:src|component-url|renderer-url)="(\/[^"]+\.js)"/g)) entry.add(m[1]);
  // Module scripts Astro inlined still count, as does what they import.
  let inlineGzip = 0;
  for (const m of html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)) {
    inlineGzip += gzipSync(m[1], { level: 9 }).length;
    for (const i of m[1].matchAll(/(?:from|import)\s*\(?\s*["'](\/[^"']+\.js)["']/g)) entry.add(i[1]);
  }
  const seen = new Map<string, { raw: number; gzip: number }>();
  const queue = [...entry];
  while (queue.length) {
    const url = queue.pop()!;
    if (seen.has(url)) continue;
    const code = await readFile(path.join(root, url));
    seen.set(url, { raw: code.length, gzip: gzipSync(code, { level: 9 }).length });
    const text = code.toString('utf8');
    for (const i of text.matchAll(/(?:from|import)\s*\(?\s*["'`](\.{1,2}\/[^"'`]+\.js)["'`]/g)) {
      queue.push(path.posix.join(path.posix.dirname(url), i[1]));
    }
  }
  const files = [...seen].map(([file, s]) => ({ file, ...s })).sort((a, b) => b.gzip - a.gzip);
  return {
    files,
    raw: files.reduce((s, f) => s + f.raw, 0),
    gzip: files.reduce((s, f) => s + f.gzip, 0) + inlineGzip,
    inlineGzip,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const page = process.argv[2] ?? '/lessons/scale-and-zero-point/';
  const r = await pageJavaScript(DEFAULT_ROOT, page);
  for (const f of r.files) console.log(`${(f.gzip / 1024).toFixed(1).padStart(7)} KiB gzip ${(f.raw / 1024).toFixed(1).padStart(7)} KiB raw  ${f.file}`);
  console.log(`${(r.inlineGzip / 1024).toFixed(1).padStart(7)} KiB gzip inline scripts`);
  console.log(`${(r.gzip / 1024).toFixed(1).padStart(7)} KiB gzip total (${(r.gzip / 1000).toFixed(1)} kB) for ${page}`);
}
