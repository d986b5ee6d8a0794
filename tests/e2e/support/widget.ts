// Handles on lesson 1's first AffineQuantizer, found the way a reader finds
// it: by its cell's anchor, control labels and roles.
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { hydrateAll } from './settle.ts';
import { LESSON1_PATH } from './site.ts';

export const WIDGET_ID = 'quantizer';

export interface Quantizer {
  page: Page;
  widget: Locator;
  min: Locator;
  max: Locator;
  scale: Locator;
  charts: Locator;
}

export function quantizer(page: Page): Quantizer {
  const widget = page.locator(`#${WIDGET_ID}`);
  return {
    page,
    widget,
    min: widget.getByRole('slider', { name: 'Min', exact: true }),
    max: widget.getByRole('slider', { name: 'Max', exact: true }),
    scale: widget.getByRole('textbox', { name: /^scale/i }),
    charts: widget.getByRole('img'),
  };
}

/** Opens lesson 1 (optionally with a query string), hydrated and with its charts drawn. */
export async function openLesson(context: BrowserContext, origin: string, query = ''): Promise<Quantizer> {
  const page = await context.newPage();
  await page.goto(`${origin}${LESSON1_PATH}${query}`, { waitUntil: 'load' });
  return settleLesson(page);
}

export async function settleLesson(page: Page): Promise<Quantizer> {
  await hydrateAll(page);
  const q = quantizer(page);
  await q.widget.getByText('Chart appears when scripts have loaded').first().waitFor({ state: 'detached', timeout: 15_000 });
  return q;
}

/** The metrics as the reader sees them: term → value text. */
export function readMetrics(widget: Locator): Promise<Record<string, string>> {
  return widget.getByRole('region', { name: /^Results/ }).evaluate((region) => {
    const out: Record<string, string> = {};
    for (const dt of region.querySelectorAll('dt')) {
      const dd = dt.nextElementSibling;
      if (dd?.tagName === 'DD') out[dt.textContent!.trim()] = dd.textContent!.replace(/\s+/g, ' ').trim();
    }
    return out;
  });
}

export function chartLabels(q: Quantizer): Promise<string[]> {
  return q.charts.evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''));
}
