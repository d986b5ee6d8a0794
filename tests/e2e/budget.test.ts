// Byte budgets for a lesson page's JavaScript, gzip, chart.js included.
//
// 1. What loads before the reader acts (issue 8): a phone-sized Chromium opens
//    the page and waits for the network to go quiet, without scrolling or
//    touching anything. Budget: 80 KB.
// 2. Everything the page can ever load (scripts/js-size.ts follows inline
//    scripts, islands and every static and dynamic import). Issue 2 asks for
//    80 KB here too, and lesson 1 now meets it: about 79.8 KB (chart.js 36.8
//    with its colour helper, easing table and Animation class left out, the
//    widget kit 26.4 of which Svelte's runtime is most, the quantizer 12.0).
//    Other lessons keep the earlier ceiling (85 KB).
import { describe, expect, inject, it } from 'vitest';
import { pageJavaScript } from '../../scripts/js-size.ts';
import { useChromium } from './support/browser.ts';
import { recordScripts } from './support/script-bytes.ts';
import { trackNetwork } from './support/settle.ts';
import { DIST, LESSON1_PATH as LESSON1, sitemapPaths } from './support/site.ts';

const BEFORE_ACTING_BUDGET_GZIP = 80_000;
const LESSON1_REACHABLE_RATCHET_GZIP = 80_000;
const REACHABLE_CEILING_GZIP = 85_000;
const reachableLimit = (p: string) => (p === LESSON1 ? LESSON1_REACHABLE_RATCHET_GZIP : REACHABLE_CEILING_GZIP);

const origin = inject('origin');
const openContext = useChromium();
const lessons = sitemapPaths().filter((p) => p.startsWith('/lessons/'));

describe('JavaScript byte budgets', () => {
  it('the sitemap lists lessons to measure', () => {
    expect(lessons.length).toBeGreaterThan(0);
  });

  it.each(lessons)(`%s loads at most ${BEFORE_ACTING_BUDGET_GZIP} B of JavaScript gzip before the reader acts`, async (p) => {
    const context = await openContext({ viewport: { width: 375, height: 667 } });
    try {
      const page = await context.newPage();
      const scripts = recordScripts(page, origin);
      const network = trackNetwork(page);
      await page.goto(origin + p);
      await network.idle();
      const rows = await scripts.rows();
      const total = rows.reduce((sum, r) => sum + r.gzip, 0);
      const detail = rows.map((r) => `${r.url} ${r.gzip}`).join(', ');
      expect(total, `${p}: ${total} B gzip before acting (${detail || 'no scripts'})`).toBeLessThanOrEqual(
        BEFORE_ACTING_BUDGET_GZIP,
      );
    } finally {
      await context.close();
    }
  });

  it('lesson 1 is among the lessons measured', () => {
    expect(lessons).toContain(LESSON1);
  });

  it.each(lessons)(`%s can reach at most its limit of JavaScript gzip in all (lesson 1: ${LESSON1_REACHABLE_RATCHET_GZIP} B, others ${REACHABLE_CEILING_GZIP} B)`, async (p) => {
    const js = await pageJavaScript(DIST, p);
    const largest = js.files.slice(0, 5).map((f) => `${f.file} ${f.gzip}`).join(', ');
    expect(js.gzip, `${p}: ${js.gzip} B gzip reachable (largest: ${largest}; inline ${js.inlineGzip})`).toBeLessThanOrEqual(
      reachableLimit(p),
    );
  });
});
