// Every internal link in the built site must land: the path exists in dist/
// and its #fragment names an element on the target page. External links are
// not fetched. As an integration it fails `astro build`; tests call
// `checkLinks` directly.
import type { AstroIntegration } from 'astro';
import { existsSync, statSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { urlPathOf } from './csp.ts';

export interface BrokenLink { page: string; href: string; reason: string }

// Attribute values in raw markup; scripts and styles hold code, not links.
const NON_MARKUP = /<(script|style|template)\b[^>]*>[\s\S]*?<\/\1>/gi;
const LINK_ATTR = /<(?:a|area|link|img|script|source|iframe|use|image)\b[^>]*?\s(?:href|src|xlink:href)\s*=\s*"([^"]*)"/gi;
const ID_ATTR = /<[a-z][\w:-]*\b[^>]*?\s(?:id|name)\s*=\s*"([^"]*)"/gi;

function decodeEntities(s: string): string {
  return s.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>');
}

export function linksIn(html: string): string[] {
  const markup = html.replace(NON_MARKUP, '');
  // <script src> sits before its closing tag, so read those from the full text.
  const scripts = [...html.matchAll(/<script\b[^>]*?\ssrc\s*=\s*"([^"]*)"/gi)].map((m) => m[1]);
  return [...[...markup.matchAll(LINK_ATTR)].map((m) => m[1]), ...scripts].map(decodeEntities);
}

export function idsIn(html: string): Set<string> {
  return new Set([...html.replace(NON_MARKUP, '').matchAll(ID_ATTR)].map((m) => decodeEntities(m[1])));
}

/** The dist file a URL path is served from, or null. */
export function fileFor(root: string, urlPath: string): string | null {
  const file = path.join(root, urlPath);
  if (!file.startsWith(root)) return null;
  if (existsSync(file) && statSync(file).isFile()) return file;
  const index = path.join(file, 'index.html');
  return existsSync(index) ? index : null;
}

/**
 * Broken internal links of every HTML file under root. `siteOrigin` is the
 * configured site (canonical URLs use it); other origins are external.
 */
export async function checkLinks(root: string, siteOrigin: string): Promise<BrokenLink[]> {
  const entries = await readdir(root, { withFileTypes: true, recursive: true });
  const pages = entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => path.join(e.parentPath, e.name));
  const idCache = new Map<string, Set<string>>();
  const ids = async (file: string) => {
    let set = idCache.get(file);
    if (!set) idCache.set(file, (set = idsIn(await readFile(file, 'utf8'))));
    return set;
  };
  const broken: BrokenLink[] = [];
  const site = new URL(siteOrigin).origin;
  for (const file of pages) {
    const page = urlPathOf(root, file);
    const base = new URL(page, site);
    for (const href of linksIn(await readFile(file, 'utf8'))) {
      if (href === '' || /^(?:mailto|tel|data|javascript|blob):/i.test(href)) continue;
      let url: URL;
      try {
        url = new URL(href, base);
      } catch {
        broken.push({ page, href, reason: 'not a URL' });
        continue;
      }
      if (url.origin !== site) continue;
      let target: string | null;
      try {
        target = fileFor(root, decodeURIComponent(url.pathname));
      } catch {
        target = null;
      }
      if (!target) {
        broken.push({ page, href, reason: `no file for ${url.pathname}` });
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && target.endsWith('.html') && !(await ids(target)).has(fragment)) {
        broken.push({ page, href, reason: `no id "${fragment}" on ${urlPathOf(root, target)}` });
      }
    }
  }
  return broken;
}

export function formatBroken(broken: BrokenLink[]): string {
  return broken.map((b) => `${b.page}: ${b.href} (${b.reason})`).join('\n');
}

export default function linkCheck(): AstroIntegration {
  let site = 'http://localhost';
  return {
    name: 'zero-point:link-check',
    hooks: {
      'astro:config:done': ({ config }) => {
        if (config.site) site = config.site;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const broken = await checkLinks(fileURLToPath(dir), site);
        if (broken.length) throw new Error(`${broken.length} broken internal link(s):\n${formatBroken(broken)}`);
        logger.info('every internal link and anchor resolves');
      },
    },
  };
}
