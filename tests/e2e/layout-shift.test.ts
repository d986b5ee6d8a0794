// Pages must not jump while they load: the browser's own layout-shift entries
// (what CLS is built from) on a phone-sized screen, once the network is quiet. Caught the sidebar folding after the first paint once
// the lesson list grew (CLS 0.38 on lesson 1).
import { describe, expect, inject, it } from 'vitest';
import { useChromium } from './support/browser.ts';
import { isChineseEmbed, sitemapPaths } from './support/site.ts';

const origin = inject('origin');
const openContext = useChromium();
// Lighthouse calls a CLS up to 0.1 good.
const GOOD_CLS = 0.1;

describe('layout shift while loading, 375 px', () => {
  // Three pages at a time: each has its own context, and most of a case is
  // waiting for the network to go quiet.
  it.concurrent.each(sitemapPaths().filter((p) => !isChineseEmbed(p)))('%s', async (p) => {
    const context = await openContext({ viewport: { width: 375, height: 740 } });
    try {
      const page = await context.newPage();
      // Islands on screen hydrate on load; islands further down wait for the
      // reader to scroll and cannot shift what is on screen now.
      await page.goto(origin + p, { waitUntil: 'networkidle' });
      const shifts = await page.evaluate(
        () =>
          new Promise<{ total: number; sources: string[] }>((resolve) => {
            let total = 0;
            const sources: string[] = [];
            new PerformanceObserver((list) => {
              for (const e of list.getEntries() as unknown as Array<{ value: number; hadRecentInput: boolean; sources?: Array<{ node?: Node }> }>) {
                if (e.hadRecentInput) continue;
                total += e.value;
                for (const s of e.sources ?? []) sources.push(s.node instanceof Element ? s.node.tagName.toLowerCase() + (s.node.id ? `#${s.node.id}` : '') : '?');
              }
            }).observe({ type: 'layout-shift', buffered: true });
            setTimeout(() => resolve({ total, sources }), 500);
          }),
      );
      expect(shifts.total, `layout shift ${shifts.total.toFixed(3)} from ${shifts.sources.join(', ') || 'nothing'}`).toBeLessThanOrEqual(GOOD_CLS);
    } finally {
      await context.close();
    }
  });
});
