// Lesson 3's ParamConverter driven from the keyboard: typing the converter's
// min moves mean and std_dev, the state goes into the URL and comes back,
// hostile URL values give a notice, and bad numbers give messages.
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { type PageProblems, useChromium, watchProblems } from './support/browser.ts';
import { hydrateAll } from './support/settle.ts';

const origin = inject('origin');
const LESSON = '/lessons/three-forms/';
let context: BrowserContext;
let page: Page;
let problems: PageProblems;

const openContext = useChromium();
beforeEach(async () => {
  context = await openContext();
});
afterEach(async () => {
  expect(problems, 'errors while driving the widget').toEqual({ consoleErrors: [], pageErrors: [], failedRequests: [] });
  await context.close();
});

async function open(query = '', id = 'converter'): Promise<Locator> {
  page = await context.newPage();
  problems = watchProblems(page);
  await page.goto(`${origin}${LESSON}${query}`, { waitUntil: 'load' });
  await hydrateAll(page);
  const widget = page.locator(`#${id} [data-widget="param-converter"]`);
  await widget.locator('xpath=self::*[@data-hydrated]').waitFor();
  return widget;
}

const field = (w: Locator, name: string) => w.getByRole('textbox', { name, exact: true });
const printed = (w: Locator) => w.getByRole('region', { name: /^Converted/ }).locator('dd').nth(1).innerText();

async function retype(w: Locator, name: string, text: string): Promise<void> {
  const input = field(w, name);
  await input.focus();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type(text);
  await page.keyboard.press('Tab');
}

describe('lesson 3: ParamConverter', () => {
  it("starts at (0, 255) and prints the interpreter's (0.003921568859368563, 0)", async () => {
    const w = await open();
    expect(await field(w, 'mean').inputValue()).toBe('0');
    expect(await field(w, 'std_dev').inputValue()).toBe('255');
    expect(await printed(w)).toBe("'quantization': (0.003921568859368563, 0)");
    expect(await field(w, 'min').inputValue()).toBe('0');
    expect(await field(w, 'max').inputValue()).toBe('1');
  });

  it("typing the converter's min from the keyboard moves mean and std_dev", async () => {
    const w = await open();
    await retype(w, 'min', '-1');
    await expect.poll(() => field(w, 'mean').inputValue()).toBe('127.5');
    expect(await field(w, 'std_dev').inputValue()).toBe('127.5');
    expect(await printed(w)).toBe("'quantization': (0.007843137718737125, 128)");
    await expect.poll(() => w.locator('[data-warning="rounded-zero-point"]').innerText()).toMatch(/rounds it to 128/);
    // The number line's text alternative follows.
    expect(await w.getByRole('img').getAttribute('aria-labelledby')).toBeTruthy();
    await expect.poll(() => w.locator('.zp-nl-desc').innerText()).toMatch(/0\.0 is code 128/);
  });

  it('the state goes into the URL, and reloading that URL reproduces it', async () => {
    const w = await open();
    await retype(w, 'min', '-100');
    await retype(w, 'max', '100');
    await w.getByRole('radio', { name: 'int8', exact: true }).check();
    // The URL is written a moment after the last change.
    await expect.poll(() => new URL(page.url()).searchParams.get('converter.dtype')).toBe('int8');
    const url = page.url();
    expect(new URL(url).searchParams.get('converter.from')).toBe('range');
    const before = await printed(w);
    // int8: the ideal zero point is −0.5, a tie rounded away from zero.
    expect(before).toBe("'quantization': (0.7843137383460999, -1)");

    const w2 = await open(new URL(url).search);
    expect(await printed(w2)).toBe(before);
    expect(await field(w2, 'min').inputValue()).toBe('-100');
    expect(await w2.getByRole('radio', { name: 'int8', exact: true }).isChecked()).toBe(true);
  });

  it('the default_ranges_stats preset reproduces (0.7843137383460999, 128) covering about [−100.39, 99.61]', async () => {
    const w = await open();
    await w.getByRole('button', { name: /default_ranges_stats/ }).click();
    await expect.poll(() => printed(w)).toBe("'quantization': (0.7843137383460999, 128)");
    expect(await w.getByRole('region', { name: /^Converted/ }).locator('dd').nth(2).innerText()).toMatch(/^\[\u2212100\.392, 99\.6078\]/);
  });

  it('hostile URL values give a visible notice and the defaults', async () => {
    const w = await open('?converter.stdDev=NaN&converter.dtype=%3Cimg%3E&converter.from=params&converter.zeroPoint=1e999');
    const notice = w.getByRole('status').filter({ hasText: 'could not be used' });
    await expect.poll(() => notice.locator('li').count()).toBe(3);
    expect(await notice.innerText()).not.toContain('<img>');
    expect(await printed(w)).toBe("'quantization': (0.003921568859368563, 0)");
  });

  it('a negative std_dev and a fractional zero point get clear messages, never NaN', async () => {
    const w = await open();
    await retype(w, 'std_dev', '-2');
    await expect.poll(() => w.getByRole('alert').innerText()).toMatch(/std_dev must be positive/);
    expect(await w.innerText()).not.toMatch(/NaN/);
    await retype(w, 'zero_point', '127.5');
    await expect.poll(() => w.getByRole('alert').innerText()).toMatch(/must be an integer/);
  });
});
