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
 * Pages with the colour schemes to check them in. English pages get both.
 * A Chinese page shares its English twin's layout, styles and code, so it
 * gets one scheme, alternating from page to page: every Chinese page is
 * checked, both schemes are covered in Chinese, and the suite stays within
 * its time budget now that the site has two languages.
 */
export function withSchemes<P extends { path: string }>(pages: P[]): Array<P & { scheme: Scheme }> {
  let zh = 0;
  return pages.flatMap((p) =>
    p.path.startsWith('/zh/')
      ? [{ ...p, scheme: (zh++ % 2 === 0 ? 'light' : 'dark') as Scheme }]
      : (['light', 'dark'] as const).map((scheme) => ({ ...p, scheme })),
  );
}

/** Chinese embeds are their English twins' layout with other words: layout checks skip them. */
export function isChineseEmbed(p: string): boolean {
  return p.startsWith('/zh/embed/');
}
