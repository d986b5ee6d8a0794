// Before (and without) JavaScript every lesson still reads: its text, its
// math, its code and each widget's starting state are in the HTML itself.
// Lesson 1's quantizer is checked in detail; every lesson in the sitemap gets
// the general check, so a new lesson cannot ship a blank cell.
import { describe, expect, inject, it } from 'vitest';
import { useChromium } from './support/browser.ts';
import { LESSON1_PATH, sitemapPaths } from './support/site.ts';
import { openLesson, readMetrics, quantizer } from './support/widget.ts';

const origin = inject('origin');
const openContext = useChromium();

describe('lesson 1 without JavaScript', () => {
  it('the raw HTML holds the initial metrics and sample table, equal to what the hydrated widget shows', async () => {
    const html = await (await fetch(origin + LESSON1_PATH)).text();
    // Parse the server's HTML in a page that runs no scripts.
    const context = await openContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.setContent(html);
    const q = quantizer(page);
    const fromHtml = await readMetrics(q.widget);
    const sampleRows = await q.widget.locator('table').first().locator('tbody tr').count();
    await context.close();

    for (const term of ['MSE', 'Max |error|', 'SQNR', 'Clipped']) {
      expect(fromHtml[term], `${term} in the HTML`).toMatch(/\d/);
    }
    expect(sampleRows).toBeGreaterThanOrEqual(3);

    const live = await openContext();
    try {
      const hydrated = await openLesson(live, origin);
      expect(await readMetrics(hydrated.widget)).toEqual(fromHtml);
    } finally {
      await live.close();
    }
  });

  it('with JavaScript disabled, the text, the math and the widget’s starting state are visible', async () => {
    const context = await openContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    try {
      await page.goto(origin + LESSON1_PATH);
      expect(await page.getByRole('heading', { level: 1 }).isVisible()).toBe(true);
      const prose = page.locator('main p').filter({ hasText: /zero point/i }).first();
      expect(await prose.isVisible()).toBe(true);
      const math = page.locator('.katex');
      expect(await math.count()).toBeGreaterThan(5);
      expect(await math.first().isVisible()).toBe(true);
      expect(await page.locator('.katex-mathml, .katex-html').count()).toBeGreaterThan(0);

      const q = quantizer(page);
      await q.widget.scrollIntoViewIfNeeded();
      const region = q.widget.getByRole('region', { name: /^Results/ });
      expect(await region.isVisible()).toBe(true);
      for (const term of ['MSE', 'SQNR']) {
        expect(await region.getByText(term, { exact: true }).isVisible(), `${term} visible`).toBe(true);
      }
      const metrics = await readMetrics(q.widget);
      expect(metrics.MSE).toMatch(/\d/);
      expect(await q.widget.locator('table').first().isVisible()).toBe(true);
      expect(await page.locator('astro-island[ssr]').count()).toBeGreaterThan(0);
    } finally {
      await context.close();
    }
  });
});

const lessons = sitemapPaths().filter((p) => p.startsWith('/lessons/'));

describe('every lesson without JavaScript', () => {
  it.each(lessons)('%s: text, math, code and every widget cell are readable', async (path) => {
    const context = await openContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    try {
      await page.goto(origin + path);
      expect(await page.getByRole('heading', { level: 1 }).isVisible()).toBe(true);
      const paragraphs = page.locator('main article p');
      expect(await paragraphs.count(), 'prose paragraphs').toBeGreaterThan(3);
      for (const kind of ['.katex', 'pre']) {
        const all = page.locator(`main ${kind}`);
        const n = await all.count();
        for (let i = 0; i < n; i++) {
          await all.nth(i).scrollIntoViewIfNeeded();
          expect(await all.nth(i).isVisible(), `${kind} #${i} visible`).toBe(true);
        }
      }
      const cells = page.locator('figure.widget-cell');
      const cellCount = await cells.count();
      for (let i = 0; i < cellCount; i++) {
        const body = cells.nth(i).locator('.cell-body');
        await body.scrollIntoViewIfNeeded();
        const text = (await body.innerText()).trim();
        // A server-rendered widget shows its controls' labels and first results.
        expect(text.length, `widget cell #${i} (${await cells.nth(i).getAttribute('id')}) has content`).toBeGreaterThan(80);
        expect(text, `widget cell #${i} shows numbers`).toMatch(/\d/);
      }
    } finally {
      await context.close();
    }
  });
});
