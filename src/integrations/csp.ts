// A strict Content-Security-Policy for every built page, shipped as
// dist/_headers (Netlify / Cloudflare Pages format).
//
// Scripts: 'self' plus the sha256 of each inline <script> on that page (the
// theme script, Astro's island runtime, small bundled modules Astro inlines).
// No 'unsafe-inline', no 'unsafe-eval'. 'wasm-unsafe-eval' only on pages
// whose reachable JavaScript compiles WebAssembly (Pagefind on /search/,
// later onnxruntime-web).
// Styles: 'self' 'unsafe-inline'. CSS is inlined in <style> and KaTeX, Shiki
// and Svelte write style="" attributes; hashes cannot cover attributes
// without 'unsafe-hashes' and a hash per attribute, and style injection
// cannot run code, so styles stay permissive on purpose.
//
// Each page gets an exact-path rule; a `/*` rule carries the union of every
// page's sources (the ceiling), which covers the 404 page served at any
// missing path and the scripts' own responses (a worker's policy comes from
// its script's response). Hosts join both rules, so a page gets the
// intersection: its own policy.
// Framing: pages under /embed/ exist to be shown in other sites' iframes
// (frame-ancestors *); every other page refuses to be framed.
// Rules from public/_headers (copied to dist/ before this runs) are kept,
// first, so other headers (e.g. CORS for a script others load) live there.
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatHeaders, parseHeaders, type HeaderRule } from './headers-file.ts';

export interface PageSources {
  urlPath: string;
  scriptHashes: string[];
  wasm: boolean;
  frameable: boolean;
}

export const EMBED_PREFIX = '/embed/';

/** Site-wide headers that are not about scripts. */
export const COMMON_HEADERS: Array<[string, string]> = [
  ['X-Content-Type-Options', 'nosniff'],
  ['Referrer-Policy', 'strict-origin-when-cross-origin'],
];

export function policy(sources: Omit<PageSources, 'urlPath'>): string {
  const script = ["'self'", ...sources.scriptHashes.map((h) => `'${h}'`), ...(sources.wasm ? ["'wasm-unsafe-eval'"] : [])];
  return [
    "default-src 'none'",
    `script-src ${script.join(' ')}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "base-uri 'none'",
    "form-action 'self'",
    `frame-ancestors ${sources.frameable ? '*' : "'none'"}`,
  ].join('; ');
}

const INLINE_SCRIPT = /<script\b(?![^>]*\bsrc\s*=)[^>]*>([\s\S]*?)<\/script>/gi;

export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const m of html.matchAll(INLINE_SCRIPT)) {
    if (m[1].trim() === '') continue;
    hashes.add(`sha256-${createHash('sha256').update(m[1], 'utf8').digest('base64')}`);
  }
  return [...hashes];
}

// Compiling or instantiating a module needs 'wasm-unsafe-eval'; validate() does not.
const WASM_COMPILE = /WebAssembly\.(?:instantiate|instantiateStreaming|compile|compileStreaming|Module)\b/;
// Script URLs a file can load: import specifiers, new URL(…) for workers, and
// absolute paths built in template literals (`${base}/pagefind/pagefind.js`).
const SCRIPT_REF = /(?<=["'`}])((?:\/|\.{1,2}\/)[\w./@-]+?\.m?js)(?=["'`?#])/g;
const PAGE_REF = /(?:src|component-url|renderer-url)="(\/[^"]+\.m?js)"/g;

/** Every same-site script a page can end up running, as text. */
export async function reachableScripts(root: string, html: string): Promise<string[]> {
  const queue: string[] = [...html.matchAll(PAGE_REF)].map((m) => m[1]);
  const texts: string[] = [];
  for (const m of html.matchAll(INLINE_SCRIPT)) {
    texts.push(m[1]);
    for (const r of m[1].matchAll(SCRIPT_REF)) if (r[1].startsWith('/')) queue.push(r[1]);
  }
  const seen = new Set<string>();
  while (queue.length) {
    const url = queue.pop()!;
    if (seen.has(url)) continue;
    seen.add(url);
    const file = path.join(root, url);
    if (!existsSync(file)) continue;
    const text = await readFile(file, 'utf8');
    texts.push(text);
    for (const r of text.matchAll(SCRIPT_REF)) {
      queue.push(r[1].startsWith('/') ? r[1] : path.posix.join(path.posix.dirname(url), r[1]));
    }
  }
  return texts;
}

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => path.join(e.parentPath, e.name));
}

/** URL path a host serves an HTML file at: a/index.html → /a/, 404.html → /404.html. */
export function urlPathOf(root: string, file: string): string {
  const rel = '/' + path.relative(root, file).split(path.sep).join('/');
  return rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel;
}

export async function pageSources(root: string): Promise<PageSources[]> {
  const pages: PageSources[] = [];
  for (const file of await htmlFiles(root)) {
    const html = await readFile(file, 'utf8');
    const scripts = await reachableScripts(root, html);
    const urlPath = urlPathOf(root, file);
    pages.push({
      urlPath,
      scriptHashes: inlineScriptHashes(html),
      wasm: scripts.some((t) => WASM_COMPILE.test(t)),
      frameable: urlPath.startsWith(EMBED_PREFIX),
    });
  }
  return pages.sort((a, b) => a.urlPath.localeCompare(b.urlPath));
}

export function headerRules(pages: PageSources[]): HeaderRule[] {
  const ceiling = {
    scriptHashes: [...new Set(pages.flatMap((p) => p.scriptHashes))].sort(),
    wasm: pages.some((p) => p.wasm),
    frameable: pages.some((p) => p.frameable),
  };
  return [
    { pattern: '/*', headers: [...COMMON_HEADERS, ['Content-Security-Policy', policy(ceiling)]] },
    ...pages.map((p) => ({ pattern: p.urlPath, headers: [['Content-Security-Policy', policy(p)] as [string, string]] })),
  ];
}

export default function cspHeaders(): AstroIntegration {
  return {
    name: 'zero-point:csp-headers',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const pages = await pageSources(root);
        const file = path.join(root, '_headers');
        const fromPublic = existsSync(file) ? parseHeaders(await readFile(file, 'utf8')) : [];
        await writeFile(file, formatHeaders([...fromPublic, ...headerRules(pages)]));
        const wasm = pages.filter((p) => p.wasm).map((p) => p.urlPath);
        logger.info(`_headers: CSP for ${pages.length} pages; 'wasm-unsafe-eval' on ${wasm.length ? wasm.join(', ') : 'none'}`);
      },
    },
  };
}
