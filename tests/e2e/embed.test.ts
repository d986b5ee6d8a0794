// Iframe embeds: /embed/<widget>/ shows the widget alone, keeps its state in
// the address like a lesson does, refuses hostile state visibly, links back
// to the lesson with the same state, and resizes its iframe on a foreign
// parent page through the snippet the gallery documents.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, inject, it, onTestFinished } from 'vitest';
import { serveDist } from '../../scripts/serve-dist.ts';
import type { Page } from 'playwright-core';
import { useChromium, watchProblems } from './support/browser.ts';
import { hydrateAll } from './support/settle.ts';
import { openLesson, quantizer, readMetrics } from './support/widget.ts';
import { LESSON1_PATH } from './support/site.ts';
import { widgets } from '../../src/widgets/registry.ts';

const origin = inject('origin');
const openContext = useChromium();
const EMBED = '/embed/affine-quantizer/';

async function openEmbed(page: Page, query: string): Promise<void> {
  await page.goto(`${origin}${EMBED}${query}`, { waitUntil: 'load' });
  await hydrateAll(page);
  await page.getByText('Chart appears when scripts have loaded').first().waitFor({ state: 'detached', timeout: 15_000 });
}

function decodeEntities(html: string): string {
  return html
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&#x27;/g, "'")
    .replace(/&amp;/g, '&');
}

describe('embed pages', () => {
  it('exist for every widget in the registry', async () => {
    const context = await openContext();
    const page = await context.newPage();
    for (const w of widgets) {
      const response = await page.goto(`${origin}/embed/${w.slug}/`);
      expect(response?.status(), w.slug).toBe(200);
      // Only the widget: no site header, navigation or footer.
      expect(await page.locator('header, nav, footer').count()).toBe(0);
      expect(await page.getByRole('link', { name: /^Open in Zero Point/ }).count()).toBe(1);
    }
    await context.close();
  });

  it('state round-trips: from the address, into the address, and through the link to the lesson', async () => {
    const context = await openContext();
    const page = await context.newPage();
    const problems = watchProblems(page);
    await openEmbed(page, '?quantizer.dtype=int8&quantizer.min=-0.5&quantizer.max=1.5&quantizer.source=laplace&quantizer.rounding=half-to-even');
    const q = quantizer(page);
    expect(await q.widget.getByRole('radio', { name: 'int8', exact: true }).isChecked()).toBe(true);
    expect(Number(await q.min.inputValue())).toBe(-0.5);
    expect(await q.widget.getByRole('status').filter({ hasText: 'could not be used' }).count()).toBe(0);

    // A change made in the embed lands in its address; a reload shows it again.
    await q.max.focus();
    await page.keyboard.press('ArrowRight');
    const moved = Number(await q.max.inputValue());
    expect(moved).toBeGreaterThan(1.5);
    await expect.poll(() => new URL(page.url()).searchParams.get('quantizer.max'), { timeout: 5000 }).toBe(String(moved));
    const embedMetrics = await readMetrics(q.widget);
    await page.reload({ waitUntil: 'load' });
    await hydrateAll(page);
    expect(Number(await quantizer(page).max.inputValue())).toBe(moved);
    await expect.poll(() => readMetrics(quantizer(page).widget)).toEqual(embedMetrics);

    // "Open in Zero Point" carries the whole state to lesson 1, whose own
    // starting values (uint8, −3…4, normal) differ from the embed's.
    const home = page.getByRole('link', { name: /^Open in Zero Point/ });
    expect(await home.getAttribute('target')).toBe('_blank');
    await home.focus();
    const href = new URL((await home.getAttribute('href'))!);
    expect(href.origin).toBe(origin);
    expect(href.pathname).toBe(LESSON1_PATH);
    expect(href.hash).toBe('#quantizer');
    const lesson = await openLesson(context, origin, href.search + href.hash);
    expect(await lesson.widget.getByRole('radio', { name: 'int8', exact: true }).isChecked()).toBe(true);
    expect(href.searchParams.get('quantizer.max')).toBe(String(moved));
    await expect.poll(() => readMetrics(lesson.widget)).toEqual(embedMetrics);
    expect(await lesson.widget.getByRole('status').filter({ hasText: 'could not be used' }).count()).toBe(0);
    expect(problems.pageErrors).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
    await context.close();
  });

  const hostile: Array<[string, string]> = [
    ['NaN', '?quantizer.min=NaN'],
    ['a huge number', '?quantizer.max=1e400&quantizer.size=1000000000000'],
    ['markup in the numbers', '?quantizer.source=custom&quantizer.values=%3Cimg%20src%3Dx%20onerror%3Dwindow.__pwned%3D1%3E'],
    ['a javascript: URL', '?quantizer.source=javascript:window.__pwned=1'],
    ['a script tag under an unknown key', '?quantizer.bogus=%3Cscript%3Ewindow.__pwned%3D1%3C%2Fscript%3E'],
    ['unknown parameters outside the widget', '?%3Cscript%3E=1&state=javascript:alert(1)'],
  ];

  it.each(hostile)('hostile state (%s) falls back to defaults with a notice and injects nothing', async (_name, query) => {
    const context = await openContext();
    const page = await context.newPage();
    const problems = watchProblems(page);
    await openEmbed(page, query);
    const q = quantizer(page);
    const widgetNotice = q.widget.getByRole('status').filter({ hasText: 'could not be used' });
    const embedNotice = page.locator('[data-embed-notice]');
    const shown = (await widgetNotice.isVisible()) || (await embedNotice.isVisible());
    expect(shown, 'a visible notice').toBe(true);
    const text = `${await widgetNotice.allInnerTexts()} ${await embedNotice.innerText()}`;
    expect(text).not.toMatch(/<script|<img|javascript:/i);
    expect(await page.locator('img[src="x"], [onerror]').count()).toBe(0);
    expect(await page.locator('script').evaluateAll((els) => els.filter((e) => e.textContent?.includes('__pwned')).length)).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    // The embed's defaults in place of what was refused.
    expect(Number(await q.min.inputValue())).toBe(-1);
    expect(Number(await q.max.inputValue())).toBe(1);
    expect(await q.widget.getByRole('radio', { name: 'uint8', exact: true }).isChecked()).toBe(true);
    expect(problems.pageErrors).toEqual([]);
    await context.close();
  });

  it('resizes its iframe on a page from another origin, with the snippet from the gallery', async () => {
    const context = await openContext();
    const page = await context.newPage();
    // The parent snippet exactly as the gallery documents it, pointed at this server.
    const gallery = await (await page.request.get(`${origin}/widgets/`)).text();
    const block = [...gallery.matchAll(/<pre[^>]*><code[^>]*>([\s\S]*?)<\/code><\/pre>/g)]
      .map((m) => decodeEntities(m[1].replace(/<[^>]+>/g, '')))
      .find((t) => t.includes('zp-embed-resize'));
    expect(block, 'parent snippet on /widgets/').toBeTruthy();
    const documented = /event\.origin !== '([^']+)'/.exec(block!)![1];
    const snippet = block!.replaceAll(documented, origin);
    // A second server: another origin (another port), as a real parent page would be.
    const dir = await mkdtemp(path.join(os.tmpdir(), 'zp-parent-'));
    await writeFile(
      path.join(dir, 'index.html'),
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Parent</title></head>
      <body><h1>Someone else's page</h1>
      <iframe id="zp" src="${origin}${EMBED}?quantizer.dtype=int8" title="Affine quantizer" style="width: 100%; border: 0" height="150"></iframe>
      ${snippet}</body></html>`,
    );
    const parent = await serveDist({ root: dir });
    onTestFinished(async () => {
      await parent.close();
      await rm(dir, { recursive: true, force: true });
    });
    expect(new URL(parent.origin).origin).not.toBe(new URL(origin).origin);
    await page.goto(`${parent.origin}/`, { waitUntil: 'load' });
    const iframe = page.locator('iframe#zp');
    const frame = page.frameLocator('iframe#zp');
    await frame.getByRole('slider', { name: 'Min', exact: true }).waitFor();
    const inner = () => page.frames().find((f) => f.url().includes(EMBED))!.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
    const outer = () => iframe.evaluate((el) => Math.round(el.getBoundingClientRect().height));
    await expect.poll(async () => Math.abs((await outer()) - (await inner())), { timeout: 10_000 }).toBeLessThanOrEqual(1);
    const first = await outer();
    expect(first).toBeGreaterThan(600);

    // Content grows (a data table opens): the iframe follows.
    await frame.getByText('Data table').first().click();
    await expect.poll(outer, { timeout: 10_000 }).toBeGreaterThan(first);
    await expect.poll(async () => Math.abs((await outer()) - (await inner())), { timeout: 10_000 }).toBeLessThanOrEqual(1);
    await context.close();
  });
});
