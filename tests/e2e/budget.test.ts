// The byte budget: a lesson page's JavaScript, chart.js included, at
// most 80 KB gzip. scripts/js-size.ts counts everything a page can reach
// (inline scripts, islands, every static and dynamic import), which is more
// than what loads before the reader acts — so passing here is a safe margin.
import { describe, expect, it } from 'vitest';
import { pageJavaScript } from '../../scripts/js-size.ts';
import { DIST, sitemapPaths } from './support/site.ts';

const LESSON_JS_BUDGET_GZIP = 80_000;

const lessons = sitemapPaths().filter((p) => p.startsWith('/lessons/'));

describe('JavaScript byte budget', () => {
  it('the sitemap lists lessons to measure', () => {
    expect(lessons.length).toBeGreaterThan(0);
  });

  it.each(lessons)(`%s loads at most ${LESSON_JS_BUDGET_GZIP} bytes of JavaScript gzip`, async (p) => {
    const js = await pageJavaScript(DIST, p);
    const largest = js.files.slice(0, 5).map((f) => `${f.file} ${f.gzip}`).join(', ');
    expect(js.gzip, `${p}: ${js.gzip} B gzip (largest: ${largest}; inline ${js.inlineGzip})`).toBeLessThanOrEqual(LESSON_JS_BUDGET_GZIP);
  });
});
