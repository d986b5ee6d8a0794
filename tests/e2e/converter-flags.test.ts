// Lesson 3's ConverterFlags: the seed's two conversions from the keyboard,
// the state in the URL, hostile URL values, and a pasted error message that
// leads to its explanation and the lesson.
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

async function open(query = ''): Promise<Locator> {
  page = await context.newPage();
  problems = watchProblems(page);
  await page.goto(`${origin}${LESSON}${query}`, { waitUntil: 'load' });
  await hydrateAll(page);
  const widget = page.locator('#flags [data-widget="converter-flags"]');
  await widget.locator('xpath=self::*[@data-hydrated]').waitFor();
  return widget;
}

const result = (w: Locator) => w.getByRole('region', { name: /^What happens/ });
const row = (w: Locator, kind: string) => result(w).locator(`tr[data-kind="${kind}"] td`);

describe('lesson 3: ConverterFlags', () => {
  it("post_training_quantize alone: float32 inputs with (0.0, 0), as in the question's first printout", async () => {
    const w = await open();
    expect(await result(w).getAttribute('data-case')).toBe('tf1-weights-only');
    expect(await row(w, 'inputs').nth(0).innerText()).toBe('float32');
    expect(await row(w, 'inputs').nth(1).innerText()).toBe('(0.0, 0)');
  });

  it('keyboard: QUANTIZED_UINT8 + stats fails lacking min/max data; default ranges give the two tuples of the second printout', async () => {
    const w = await open();
    const select = w.getByRole('combobox', { name: 'inference_type' });
    await select.focus();
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => select.inputValue()).toBe('QUANTIZED_UINT8');
    // Without quantized_input_stats the Python API refuses first.
    await expect.poll(() => result(w).getAttribute('data-case')).toBe('tf1-stats-missing');
    await w.getByRole('checkbox', { name: 'quantized_input_stats' }).focus();
    await page.keyboard.press('Space');
    await expect.poll(() => result(w).getAttribute('data-case')).toBe('tf1-float-no-ranges');
    expect(await result(w).innerText()).toMatch(/lacking min\/max data/);
    await w.getByRole('checkbox', { name: 'default_ranges_stats' }).focus();
    await page.keyboard.press('Space');
    await expect.poll(() => result(w).getAttribute('data-case')).toBe('tf1-dummy-ranges');
    expect(await row(w, 'inputs').nth(1).innerText()).toBe('(0.003921568859368563, 0)');
    expect(await row(w, 'outputs').nth(1).innerText()).toBe('(0.7843137383460999, 128)');
    // The explanation links to a lesson that exists.
    const link = result(w).getByRole('link').first();
    const response = await page.request.get(new URL((await link.getAttribute('href'))!, origin).href);
    expect(response.status()).toBe(200);
  });

  it('the state goes into the URL, and reloading that URL reproduces it', async () => {
    const w = await open();
    await w.getByRole('radio', { name: /TF 2\.x/ }).check();
    await w.getByRole('checkbox', { name: /representative_dataset/ }).check();
    await w.getByRole('combobox', { name: /inference_input_type/ }).selectOption('int8');
    await expect.poll(() => result(w).getAttribute('data-case')).toBe('tf2-full-integer');
    await expect.poll(() => new URL(page.url()).searchParams.get('flags.ioType')).toBe('int8');
    const url = page.url();
    const w2 = await open(new URL(url).search);
    expect(await result(w2).getAttribute('data-case')).toBe('tf2-full-integer');
    expect(await row(w2, 'inputs').nth(0).innerText()).toBe('int8');
  });

  it('hostile URL values give a visible notice and the defaults', async () => {
    const w = await open('?flags.generation=%3Cscript%3Ealert(1)%3C%2Fscript%3E&flags.mean=Infinity&flags.message=%3Cimg%20src%3Dx%3E');
    const notice = w.getByRole('status').filter({ hasText: 'could not be used' });
    await expect.poll(() => notice.locator('li').count()).toBe(3);
    expect(await notice.innerText()).not.toMatch(/<script>|<img/);
    expect(await result(w).getAttribute('data-case')).toBe('tf1-weights-only');
  });

  it('pasting an error message finds its explanation and fix', async () => {
    const w = await open();
    const box = w.getByRole('textbox', { name: /Paste an error message/ });
    await box.focus();
    await page.keyboard.insertText("RuntimeError: quantized_dimension must be in range [0, 1). Was 3.Node number 0 (CONV_2D) failed to prepare.");
    const match = w.locator('[data-message="quantized-dimension"]');
    await match.waitFor();
    expect(await match.innerText()).toMatch(/rank-1 tensor/);
    await box.fill('nothing known here');
    await expect.poll(() => w.getByText(/No message we know/).count()).toBe(1);
    await w.getByRole('button', { name: /A tensor has no recorded range/ }).click();
    await w.locator('[data-message="lacking-min-max"]').waitFor();
  });
});
