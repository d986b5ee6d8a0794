// Lesson 4's RangeCalibration from the keyboard: calibrated ranges keep the
// model near fp32; dummy ranges that clip or are far too wide collapse it,
// and the layer table says which; settings live in the URL; hostile values
// get a notice.
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { useChromium, watchProblems, type PageProblems } from './support/browser.ts';
import { hydrateAll } from './support/settle.ts';

const origin = inject('origin');
const LESSON4 = '/lessons/calibration-and-dummy-ranges/';

const openContext = useChromium();
let context: BrowserContext;
let page: Page;
let problems: PageProblems;

beforeEach(async () => {
  context = await openContext();
  page = await context.newPage();
  problems = watchProblems(page);
});
afterEach(async () => {
  expect(problems, 'errors while driving the widget').toEqual({ consoleErrors: [], pageErrors: [], failedRequests: [] });
  await context.close();
});

async function openWidget(query = ''): Promise<Locator> {
  await page.goto(`${origin}${LESSON4}${query}`, { waitUntil: 'load' });
  await hydrateAll(page);
  const widget = page.locator('[data-widget="range-calibration"]');
  await widget.and(page.locator('[data-hydrated]')).waitFor();
  return widget;
}

async function start(widget: Locator): Promise<void> {
  await widget.getByRole('button', { name: /Load the model/ }).focus();
  await page.keyboard.press('Enter');
  await page.locator('[data-widget="range-calibration"][data-phase="ready"]').waitFor({ timeout: 90_000 });
}

/** Waits for the evaluation to settle, then reads the int8 accuracy in percent. */
async function accuracy(widget: Locator): Promise<number> {
  await page.locator('[data-widget="range-calibration"]:not([data-busy])').waitFor({ timeout: 60_000 });
  // textContent: innerText would follow the labels' CSS uppercase.
  const text = (await widget.locator('.zp-rc-metrics').textContent()) ?? '';
  return Number(text.match(/Accuracy \(int8\)\s*([\d.]+)%/)![1]);
}

describe('RangeCalibration', () => {
  it('min/max stays near fp32; dummy (0, 6) clips and (−1000, 1000) collapses; the URL keeps the settings', async () => {
    const widget = await openWidget();
    await start(widget);
    const calibrated = await accuracy(widget);
    expect(calibrated).toBeGreaterThanOrEqual(97);

    // Arrow keys move through the method radios: Min/max → Percentile → Moving average → Dummy.
    await widget.getByRole('radio', { name: 'Min/max' }).focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect(await widget.getByRole('radio', { name: /Dummy ranges/ }).isChecked()).toBe(true);

    await widget.getByRole('button', { name: '(0, 6)' }).press('Enter');
    await expect.poll(() => page.url(), { timeout: 5000 }).toMatch(/calibration\.method=dummy.*calibration\.dummyMin=0.*calibration\.dummyMax=6/);
    await expect.poll(() => accuracy(widget), { timeout: 60_000 }).toBeLessThan(calibrated - 3);
    const clipped = widget.locator('table.zp-rc-table tbody tr', { has: page.getByRole('rowheader', { name: 'fc1 + ReLU' }) });
    expect(await clipped.getAttribute('class')).toMatch(/zp-rc-bad/);
    expect(await widget.locator('.zp-rc-summary').innerText()).toMatch(/Clipping/);

    const min = widget.getByLabel('Dummy min');
    const max = widget.getByLabel('Dummy max');
    await min.fill('-1000');
    await max.fill('1000');
    await max.press('Enter');
    await expect.poll(() => accuracy(widget), { timeout: 60_000 }).toBeLessThan(50);
    expect(await widget.locator('.zp-rc-summary').innerText()).toMatch(/Too coarse/);

    await page.reload({ waitUntil: 'load' });
    await hydrateAll(page);
    const again = page.locator('[data-widget="range-calibration"]');
    expect(await again.getByRole('radio', { name: /Dummy ranges/ }).isChecked()).toBe(true);
    expect(await again.getByLabel('Dummy min').inputValue()).toBe('-1000');
  });

  it('the TypeScript integer reference matches onnxruntime-web on every logit', async () => {
    const widget = await openWidget('?calibration.images=10');
    await start(widget);
    await widget.getByRole('button', { name: /TypeScript integer reference/ }).click();
    await expect.poll(() => widget.getByText(/bit for bit/).count(), { timeout: 60_000 }).toBe(1);
  });

  it('hostile and contradictory URL values fall back with a notice', async () => {
    const widget = await openWidget('?calibration.method=evil&calibration.images=5000&calibration.dummyMin=7&calibration.dummyMax=-7');
    const notice = widget.getByRole('status').filter({ hasText: 'could not be used' });
    await expect.poll(() => notice.innerText()).toMatch(/method/);
    const text = await notice.innerText();
    expect(text).toMatch(/images/);
    expect(text).toMatch(/dummyMin must be less than dummyMax/);
    expect(await widget.getByRole('radio', { name: 'Min/max' }).isChecked()).toBe(true);
  });
});
