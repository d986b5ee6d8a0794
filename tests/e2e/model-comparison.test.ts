// Lesson 5's ModelComparison driven like a reader without a mouse (and one
// with): Run from the keyboard, the comparison choice and the pad's digit in
// the URL and back on reload, hostile URL values answered with a notice,
// latency measured, drawing updates every model's probabilities.
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { useChromium, watchProblems, type PageProblems } from './support/browser.ts';
import { hydrateAll } from './support/settle.ts';

const origin = inject('origin');
const LESSON5 = '/lessons/flavours-of-post-training-quantization/';

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
  await page.goto(`${origin}${LESSON5}${query}`, { waitUntil: 'load' });
  await hydrateAll(page);
  const widget = page.locator('[data-widget="model-comparison"]');
  await widget.and(page.locator('[data-hydrated]')).waitFor();
  return widget;
}

async function runFromKeyboard(widget: Locator): Promise<void> {
  const run = widget.getByRole('button', { name: 'Load the models and run' });
  await run.focus();
  await page.keyboard.press('Enter');
  await page.locator('[data-widget="model-comparison"][data-phase="ready"]').waitFor({ timeout: 60_000 });
}

const probabilities = (widget: Locator) => widget.locator('table.zp-mc-probs tbody').innerText();

describe('ModelComparison', () => {
  it('runs from the keyboard; the comparison and the digit go to the URL and come back on reload', async () => {
    const widget = await openWidget();
    await runFromKeyboard(widget);
    const gallery = widget.getByRole('list').first();
    const compare = widget.getByLabel('Compare fp32 with');
    await compare.focus();
    await compare.selectOption('dummy');
    await expect.poll(() => page.url(), { timeout: 5000 }).toContain('compare.against=dummy');
    // With dummy ranges (−100, 100) dozens of test digits change their answer.
    await expect.poll(async () => gallery.getByRole('button').count()).toBeGreaterThan(10);

    const before = await probabilities(widget);
    const digit = widget.getByLabel('Start from test digit');
    await digit.fill('1234');
    await digit.press('Enter');
    await expect.poll(() => page.url(), { timeout: 5000 }).toContain('compare.digit=1234');
    await expect.poll(() => probabilities(widget)).not.toBe(before);
    await widget.getByRole('button', { name: 'Next test digit' }).press('Enter');
    await expect.poll(() => page.url(), { timeout: 5000 }).toContain('compare.digit=1235');

    await page.reload({ waitUntil: 'load' });
    await hydrateAll(page);
    const again = page.locator('[data-widget="model-comparison"]');
    await runFromKeyboard(again);
    expect(await again.getByLabel('Compare fp32 with').inputValue()).toBe('dummy');
    expect(await again.getByLabel('Start from test digit').inputValue()).toBe('1235');
  });

  it('hostile URL values fall back to defaults with a visible notice', async () => {
    const widget = await openWidget('?compare.against=%3Cscript%3E&compare.digit=NaN&compare.bogus=1');
    const notice = widget.getByRole('status').filter({ hasText: 'could not be used' });
    await expect.poll(() => notice.innerText()).toMatch(/against/);
    expect(await notice.innerText()).toMatch(/digit/);
    expect(await notice.innerText()).not.toContain('<script>');
  });

  it('measures latency at batch 1 and 32, and drawing updates every model', async () => {
    const widget = await openWidget();
    await runFromKeyboard(widget);
    await widget.getByRole('button', { name: 'Measure speed' }).click();
    await widget.getByRole('button', { name: 'Measure again', disabled: false }).waitFor({ timeout: 120_000 });
    const table = await widget.locator('table.zp-mc-table').innerText();
    expect(table.match(/\d+(\.\d+)? (ms|µs) \(/g)?.length ?? 0).toBeGreaterThanOrEqual(2 * 8);
    expect(await widget.locator('.zp-mc-note').innerText()).toMatch(/× fp32’s time at batch 1/);

    await widget.getByRole('button', { name: 'Clear the pad' }).click();
    const pad = widget.getByRole('img', { name: /Drawing pad/ });
    const box = (await pad.boundingBox())!;
    const before = await probabilities(widget);
    // A vertical stroke: a 1.
    await page.mouse.move(box.x + box.width * 0.5, box.y + box.height * 0.15);
    await page.mouse.down();
    for (let i = 1; i <= 12; i++) await page.mouse.move(box.x + box.width * 0.52, box.y + box.height * (0.15 + i * 0.06));
    await page.mouse.up();
    await expect.poll(() => probabilities(widget)).not.toBe(before);
    const fp32 = widget.locator('table.zp-mc-probs tbody tr').first();
    await expect.poll(() => fp32.locator('td').last().innerText()).toBe('1');
  });
});
