// The list of pages to check comes from the built sitemap, so a new lesson is
// tested without editing the tests. Sitemap URLs carry the configured site
// origin; only their paths matter here.
import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { DEFAULT_ROOT } from '../../../scripts/serve-dist.ts';

export const DIST = DEFAULT_ROOT;
export const MISSING_PATH = '/this-page-does-not-exist/';
export const LESSON1_PATH = '/lessons/scale-and-zero-point/';

function locs(xml: string): string[] {
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1].trim());
}

function distFile(urlOrPath: string): string {
  return path.join(DIST, new URL(urlOrPath, 'http://site.invalid').pathname);
}

/** Paths of every page the sitemap lists, plus /search/; sorted, unique. */
export function sitemapPaths(): string[] {
  const index = readFileSync(path.join(DIST, 'sitemap-index.xml'), 'utf8');
  const pages = new Set<string>(['/search/']);
  for (const sitemap of locs(index)) {
    const file = distFile(sitemap);
    if (!existsSync(file)) throw new Error(`sitemap-index.xml lists ${sitemap}, which is not in dist/`);
    for (const loc of locs(readFileSync(file, 'utf8'))) pages.add(new URL(loc).pathname);
  }
  return [...pages].sort();
}

export interface PageCase {
  /** Short name for test titles and screenshot files. */
  name: string;
  path: string;
  status: number;
}

/** Every page to test: the sitemap's, /search/, and the 404 page via a missing URL. */
export function allPages(): PageCase[] {
  const cases: PageCase[] = sitemapPaths().map((p) => ({ name: slugOf(p), path: p, status: 200 }));
  cases.push({ name: '404', path: MISSING_PATH, status: 404 });
  return cases;
}

export function slugOf(p: string): string {
  const s = p.replace(/^\/+|\/+$/g, '').replace(/[^a-z0-9]+/gi, '-');
  return s === '' ? 'home' : s;
}

export function hasPage(p: string): boolean {
  return existsSync(path.join(distFile(p), 'index.html'));
}

export type Scheme = 'light' | 'dark';

/**
 * Pages with the colour scheme to check each in. A page and its twin in the
 * other language share layout, styles, colours and code, so each language
 * takes one scheme per page and the twins take opposite ones: every page is
 * checked, every page's design in both schemes, and the suite stays within
 * its ten minutes now that the site has two languages. Pages without a twin
 * (the 404) get both.
 */
export function withSchemes<P extends { path: string }>(pages: P[]): Array<P & { scheme: Scheme }> {
  const paths = new Set(pages.map((p) => p.path));
  const bare = (p: string) => p.replace(/^\/zh(?=\/)/, '');
  const twin = (p: string) => (p.startsWith('/zh/') ? bare(p) : `/zh${p}`);
  // Alternate by the English path's position, so twins land on opposite schemes.
  const order = [...new Set(pages.map((p) => bare(p.path)))].sort();
  return pages.flatMap((p) => {
    if (!paths.has(twin(p.path))) return (['light', 'dark'] as const).map((scheme) => ({ ...p, scheme }));
    const even = order.indexOf(bare(p.path)) % 2 === 0;
    const first: Scheme = even === p.path.startsWith('/zh/') ? 'dark' : 'light';
    return [{ ...p, scheme: first }];
  });
}

/**
 * Chinese embeds are their English twins with other words, and
 * tests/e2e/i18n.test.ts loads each (hydrated, errors watched): the per-page
 * layout, CSP and console passes skip them.
 */
export function isChineseEmbed(p: string): boolean {
  return p.startsWith('/zh/embed/');
}
