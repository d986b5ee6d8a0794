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
