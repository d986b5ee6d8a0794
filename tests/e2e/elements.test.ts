// The custom elements bundle on a plain HTML page that Astro never saw: the
// page is tests/e2e/fixtures/plain/, served beside the built site's
// /elements/ folder (one origin, like a page on the same host; other origins
// additionally need CORS headers on /elements/). Also measures what the
// element costs over the network on first load.
import { copyFile, mkdtemp, readdir, rm, symlink } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { serveDist, type RunningServer } from '../../scripts/serve-dist.ts';
import { useChromium, watchProblems } from './support/browser.ts';
import { DIST } from './support/site.ts';
import { readMetrics } from './support/widget.ts';
import { formatViolations, runAxe } from './support/axe.ts';
import { widgets } from '../../src/widgets/registry.ts';

const FIXTURE = path.resolve('tests/e2e/fixtures/plain');
const openContext = useChromium();
let server: RunningServer;
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'zp-plain-'));
  for (const file of await readdir(FIXTURE)) await copyFile(path.join(FIXTURE, file), path.join(dir, file));
  await symlink(path.join(DIST, 'elements'), path.join(dir, 'elements'));
  server = await serveDist({ root: dir });
});

afterAll(async () => {
  await server?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** The element's widget, mounted and with its charts drawn. */
async function ready(element: Locator): Promise<Locator> {
  await element.locator('[data-hydrated]').waitFor({ timeout: 15_000 });
  await element.getByText('Chart appears when scripts have loaded').first().waitFor({ state: 'detached', timeout: 15_000 });
  return element;
}

async function openPlain(): Promise<{ page: Page; element: Locator; problems: ReturnType<typeof watchProblems> }> {
  const context = await openContext();
  const page = await context.newPage();
  const problems = watchProblems(page);
  await page.goto(`${server.origin}/index.html`, { waitUntil: 'load' });
  const element = await ready(page.locator('zp-affine-quantizer#plain'));
  return { page, element, problems };
}

function notices(element: Locator): Locator {
  return element.getByRole('status').filter({ hasText: 'could not be used' });
}

describe('plain HTML page', () => {
  it('uses every element the bundle defines', async () => {
    const html = readFileSync(path.join(FIXTURE, 'index.html'), 'utf8');
    for (const w of widgets) expect(html, `fixture uses <${w.schema.tag}>`).toContain(`<${w.schema.tag}`);
  });

  it('renders the metrics its attributes ask for, and follows attribute changes', async () => {
    const { page, element, problems } = await openPlain();
    // Five custom values, uint8 over [0, 2]: s = 2/255, z = 0 (worked by hand).
    let m = await readMetrics(element);
    expect(m.Values).toBe('5');
    expect(m.Scale).toBe('0.0078431');
    expect(m['Zero point']).toBe('0');
    await expect.poll(() => element.evaluate((el) => (el as unknown as { max: number }).max)).toBe(2);

    await element.evaluate((el) => el.setAttribute('max', '4'));
    await ready(element);
    await expect.poll(async () => (await readMetrics(element)).Scale).toBe('0.015686'); // 4/255
    // Properties set attributes (and are read back as typed values).
    await element.evaluate((el) => ((el as unknown as { dtype: string }).dtype = 'int8'));
    expect(await element.getAttribute('dtype')).toBe('int8');
    await ready(element);
    expect(await element.getByRole('radio', { name: 'int8', exact: true }).isChecked()).toBe(true);
    expect(await notices(element).count()).toBe(0);
    expect(problems.pageErrors).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
    expect(problems.failedRequests).toEqual([]);
    await page.context().close();
  });

  it('keeps the page’s styles out and its own in (shadow root)', async () => {
    const { page, element } = await openPlain();
    const colors = await element.evaluate((el) => {
      const dd = el.shadowRoot!.querySelector('dd')!;
      return { dd: getComputedStyle(dd).color, font: getComputedStyle(dd).fontFamily, host: getComputedStyle(el).color };
    });
    expect(colors.dd).not.toBe('rgb(255, 0, 0)');
    expect(colors.font).not.toContain('Georgia');
    // theme="dark" switches the tokens: light text on a dark surface.
    const light = await element.evaluate((el) => getComputedStyle(el).backgroundColor);
    await element.evaluate((el) => el.setAttribute('theme', 'dark'));
    const dark = await element.evaluate((el) => getComputedStyle(el).backgroundColor);
    const luminance = (rgb: string) => rgb.match(/\d+/g)!.slice(0, 3).map(Number).reduce((a, b) => a + b, 0);
    expect(luminance(light)).toBeGreaterThan(600);
    expect(luminance(dark)).toBeLessThan(150);
    await page.context().close();
  });

  it('fires zp-change (bubbling, composed) with the state when the reader moves a slider from the keyboard', async () => {
    const { page, element } = await openPlain();
    const min = element.getByRole('slider', { name: 'Min', exact: true });
    const before = Number(await min.inputValue());
    await min.focus();
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => page.evaluate(() => (window as unknown as { zpEvents: unknown[] }).zpEvents.length)).toBeGreaterThan(0);
    const events = await page.evaluate(() => (window as unknown as { zpEvents: Array<{ target: string; composed: boolean; state: Record<string, unknown> }> }).zpEvents);
    const last = events.at(-1)!;
    expect(last.target).toBe('plain');
    expect(last.composed).toBe(true);
    expect(last.state.min).toBeLessThan(before);
    expect(last.state.min).toBe(Number(await min.inputValue()));
    expect(last.state.dtype).toBe('uint8');
    // The property reads the reader's value too.
    expect(await element.evaluate((el) => (el as unknown as { min: number }).min)).toBe(last.state.min);
    // The host page's URL is left alone.
    expect(new URL(page.url()).search).toBe('');
    await page.context().close();
  });

  it('copies a link to the widget’s lesson with the whole state, not the host page’s address', async () => {
    const context = await openContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    await page.goto(`${server.origin}/index.html`, { waitUntil: 'load' });
    const element = await ready(page.locator('zp-affine-quantizer#plain'));
    await element.getByRole('radio', { name: 'int8', exact: true }).check();
    await element.getByRole('button', { name: /^Copy link/ }).click();
    await element.getByText('Link copied.').waitFor();
    const link = new URL(await page.evaluate(() => navigator.clipboard.readText()));
    // The bundle's own site (here the test server), lesson 1, its cell's namespace.
    expect(link.origin).toBe(server.origin);
    expect(link.pathname).toBe(widgets[0].home.path);
    expect(link.hash).toBe(`#${widgets[0].home.cellId}`);
    expect(link.searchParams.get('quantizer.dtype')).toBe('int8');
    expect(link.searchParams.get('quantizer.source')).toBe('custom');
    expect(link.searchParams.get('quantizer.max')).toBe('2');
    expect(new URL(page.url()).search).toBe('');
    await context.close();
  });

  it('falls back to defaults with a visible notice for hostile attributes and properties, and injects nothing', async () => {
    const { page, element } = await openPlain();
    await page.evaluate(() => {
      const el = document.createElement('zp-affine-quantizer');
      el.id = 'hostile';
      el.setAttribute('min', 'NaN');
      el.setAttribute('max', '1e999');
      el.setAttribute('size', '99999999999999');
      el.setAttribute('source', 'javascript:alert(1)');
      el.setAttribute('values', '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>');
      el.setAttribute('dtype', '<b>int8</b>');
      document.body.append(el);
    });
    const hostile = await ready(page.locator('zp-affine-quantizer#hostile'));
    const list = notices(hostile);
    await expect.poll(() => list.count()).toBe(1);
    const text = await list.innerText();
    for (const name of ['min', 'max', 'size', 'source', 'values', 'dtype']) expect(text).toContain(`Attribute ${name}`);
    // Never echoed, never parsed as markup.
    expect(text).not.toContain('<img');
    expect(text).not.toContain('javascript:');
    const injected = await hostile.evaluate((el) => el.shadowRoot!.querySelectorAll('img, script, b').length);
    expect(injected).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    // Defaults in place of every refused value.
    const state = await hostile.evaluate((el) => (el as unknown as { state: Record<string, unknown> }).state);
    expect(state).toMatchObject({ min: -1, max: 1, size: 65536, source: 'normal', dtype: 'uint8' });
    expect(Number(await hostile.getByRole('slider', { name: 'Min', exact: true }).inputValue())).toBe(-1);

    // A property set to NaN is refused the same way, visibly.
    await element.evaluate((el) => ((el as unknown as { max: number }).max = Number.NaN));
    await expect.poll(() => notices(element).count()).toBe(1);
    expect(await notices(element).innerText()).toContain('Property max');
    expect(await element.evaluate((el) => (el as unknown as { max: number }).max)).toBe(1);
    await page.context().close();
  });
});

describe('first load', () => {
  it('loads only the small entry until an element is on the page; then the widget and chart.js', async () => {
    const context = await openContext();
    const page = await context.newPage();
    const problems = watchProblems(page);
    const loaded: Array<{ url: string; bytes: number; encoding: string }> = [];
    page.on('requestfinished', async (request) => {
      const url = new URL(request.url());
      if (!url.pathname.startsWith('/elements/')) return;
      const sizes = await request.sizes();
      const response = await request.response();
      loaded.push({ url: url.pathname, bytes: sizes.responseBodySize + sizes.responseHeadersSize, encoding: (await response?.headerValue('content-encoding')) ?? 'identity' });
    });
    await page.goto(`${server.origin}/empty.html`, { waitUntil: 'load' });
    await page.waitForTimeout(300);
    expect(loaded.map((l) => l.url)).toEqual(['/elements/zero-point-elements.js']);
    const entryBytes = loaded[0].bytes;

    await page.evaluate(() => {
      const el = document.createElement('zp-affine-quantizer');
      el.id = 'late';
      document.body.append(el);
    });
    await ready(page.locator('zp-affine-quantizer#late'));
    await page.waitForTimeout(300);
    const urls = loaded.map((l) => l.url);
    expect(urls.some((u) => /\/chunks\/affine-quantizer-[\w-]+\.js$/.test(u))).toBe(true);
    expect(urls.some((u) => /\/chunks\/chart-registry-[\w-]+\.js$/.test(u))).toBe(true);
    // 65,536 values are analysed on the main thread: no worker yet.
    expect(urls.some((u) => u.includes('worker'))).toBe(false);
    const total = loaded.reduce((a, l) => a + l.bytes, 0);
    console.log(
      `[elements] first load of <zp-affine-quantizer> over the network: ${(total / 1024).toFixed(1)} KiB ` +
        `(entry ${(entryBytes / 1024).toFixed(1)} KiB)\n` +
        loaded.map((l) => `  ${l.url}: ${(l.bytes / 1024).toFixed(1)} KiB (${l.encoding})`).join('\n'),
    );
    // Entry, widget with Svelte, chart.js; all compressed.
    expect(total).toBeLessThan(120 * 1024);
    expect(problems.failedRequests).toEqual([]);
    await context.close();
  });
});

describe('gallery', () => {
  // The sitemap-wide axe test may run before an element has loaded its widget;
  // this one waits for every preview, whose DOM lives in shadow roots.
  it.each(['light', 'dark'] as const)('previews are mounted and pass axe (%s)', async (scheme) => {
    const context = await openContext({ colorScheme: scheme });
    const page = await context.newPage();
    const problems = watchProblems(page);
    await page.goto(`${inject('origin')}/widgets/`, { waitUntil: 'load' });
    for (const w of widgets) {
      const element = page.locator(`${w.schema.tag}#gallery-${w.slug}`);
      await element.scrollIntoViewIfNeeded();
      await ready(element);
      expect(await notices(element).count()).toBe(0);
    }
    // theme="inherit": the preview follows the site's theme toggle, which pins <html>'s color-scheme.
    const preview = page.locator(`${widgets[0].schema.tag}#gallery-${widgets[0].slug}`);
    const other = scheme === 'light' ? 'dark' : 'light';
    const before = await preview.evaluate((el) => getComputedStyle(el).backgroundColor);
    await page.evaluate((t) => (document.documentElement.dataset.theme = t), other);
    expect(await preview.evaluate((el) => getComputedStyle(el).backgroundColor)).not.toBe(before);
    await page.evaluate(() => delete document.documentElement.dataset.theme);
    const violations = await runAxe(page);
    expect(violations.length, formatViolations(violations)).toBe(0);
    expect(problems.consoleErrors).toEqual([]);
    expect(problems.failedRequests).toEqual([]);
    await context.close();
  });
});
