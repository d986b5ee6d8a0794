// Lesson 6's IntegerLayerStepper driven from the keyboard: stepping with
// Previous/Next and the step list, switching the requantization, the state in
// the URL and back on reload, and hostile links that fall back with a notice.
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { type PageProblems, useChromium, watchProblems } from './support/browser.ts';
import { hydrateAll } from './support/settle.ts';

const origin = inject('origin');
const LESSON = '/lessons/integer-arithmetic/';
let context: BrowserContext;
let page: Page;
let problems: PageProblems;

const openContext = useChromium();
beforeEach(async () => {
  context = await openContext();
  page = await context.newPage();
  problems = watchProblems(page);
});
afterEach(async () => {
  expect(problems, 'errors while driving the widget').toEqual({ consoleErrors: [], pageErrors: [], failedRequests: [] });
  await context.close();
});

async function open(query = ''): Promise<Locator> {
  await page.goto(`${origin}${LESSON}${query}`, { waitUntil: 'load' });
  await hydrateAll(page);
  const widget = page.locator('#stepper [data-widget="integer-layer-stepper"][data-hydrated]');
  await widget.waitFor();
  return widget;
}

const stepTitle = (w: Locator) => w.locator('.zp-ils-step-title strong').textContent();
const param = (key: string) => new URL(page.url()).searchParams.get(`stepper.${key}`);
const cell = (w: Locator, unit: number, column: number) =>
  w.getByRole('group', { name: 'Output codes of every unit' }).locator('tbody tr').nth(unit).locator('th, td').nth(column).textContent();

describe('IntegerLayerStepper from the keyboard', () => {
  it('Tab to Next step, Enter and Space walk through the steps; the list marks the current one; the URL follows', async () => {
    const w = await open();
    expect(await stepTitle(w)).toBe('Step 1 of 12: Quantize the input');
    const next = w.getByRole('button', { name: 'Next step →' });
    const previous = w.getByRole('button', { name: '← Previous step' });
    expect(await previous.getAttribute('aria-disabled')).toBe('true');
    await previous.focus();
    await page.keyboard.press('Tab');
    expect(await next.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => stepTitle(w)).toBe('Step 2 of 12: Quantize the weights');
    for (let i = 0; i < 6; i++) await page.keyboard.press(i % 2 ? 'Enter' : 'Space');
    await expect.poll(() => stepTitle(w)).toBe('Step 8 of 12: Saturating rounding doubling high multiply');
    expect(await w.locator('.zp-ils-step[aria-current="step"]').textContent()).toMatch(/^8/);
    // The SRDHM of the default layer's unit 0: 11467 · 2097417193 / 2^31 → 11200
    expect(await w.locator('.zp-ils-formula').textContent()).toBe('SRDHM(11467, 2097417193) = 11200');
    await expect.poll(() => param('step'), { timeout: 3000 }).toBe('8');

    // Keep going to the end: Next stays focusable and does nothing more.
    for (let i = 0; i < 6; i++) await page.keyboard.press('Enter');
    await expect.poll(() => stepTitle(w)).toBe('Step 12 of 12: Compare with float');
    expect(await next.getAttribute('aria-disabled')).toBe('true');
    expect(await next.evaluate((el) => el === document.activeElement)).toBe(true);

    // Shift+Tab to Previous and go back one.
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Enter');
    await expect.poll(() => stepTitle(w)).toBe('Step 11 of 12: Fused activation as a clamp');

    // A step in the list, chosen with the keyboard.
    await w.locator('.zp-ils-step').nth(5).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => stepTitle(w)).toBe('Step 6 of 12: The real multiplier M');
  });

  it('switching the requantization with arrow keys changes the steps and the URL; the table marks TFLite’s −40', async () => {
    const w = await open('?stepper.step=9');
    expect(await stepTitle(w)).toBe('Step 9 of 12: Rounding right shift (ties away from zero)');
    expect(await cell(w, 0, 2)).toBe('−40 ≠');
    expect(await cell(w, 0, 1)).toBe('−41');
    await w.getByRole('radio', { name: /TFLite fixed point/ }).focus();
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => stepTitle(w)).toBe('Step 9 of 12: Rounding shift (ties up)');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => stepTitle(w)).toBe('Step 9 of 12: Round half to even');
    expect(await w.locator('.zp-ils-formula').textContent()).toMatch(/^round_half_even\(87\.4973\d*\) = 87$/);
    await expect.poll(() => param('mode'), { timeout: 3000 }).toBe('onnxruntime');
    expect(await w.locator('.zp-ils-counts').textContent()).toMatch(/TFLite's fixed point differs from ONNX Runtime on \d+ \(/);
  });

  it('state from the URL is shown, survives a reload, and Reset clears it', async () => {
    const w = await open('?stepper.step=7&stepper.mode=tflite-single-rounding&stepper.unit=2&stepper.granularity=per-tensor&stepper.activation=relu');
    expect(await stepTitle(w)).toBe('Step 7 of 12: M as a Q31 number and a shift');
    expect(await w.getByRole('combobox', { name: 'Output unit' }).inputValue()).toBe('2');
    expect(await w.getByRole('radio', { name: 'Per tensor' }).isChecked()).toBe(true);
    expect(await w.getByRole('radio', { name: /single rounding/ }).isChecked()).toBe(true);
    await page.reload({ waitUntil: 'load' });
    await hydrateAll(page);
    const again = page.locator('#stepper [data-widget="integer-layer-stepper"][data-hydrated]');
    expect(await stepTitle(again)).toBe('Step 7 of 12: M as a Q31 number and a shift');
    await again.getByRole('button', { name: /^Reset/ }).click();
    await expect.poll(() => stepTitle(again)).toBe('Step 1 of 12: Quantize the input');
    await expect.poll(() => param('step'), { timeout: 3000 }).toBe(null);
  });

  it('typed numbers that cannot be used get a message, and the last good layer stays', async () => {
    const w = await open();
    const weights = w.getByRole('textbox', { name: /^Weights W/ });
    await weights.fill('1, 2, 3');
    const alert = w.getByRole('alert');
    await expect.poll(() => alert.textContent()).toMatch(/Weights, row 1 has 3 numbers; it needs one per input \(4\)/);
    expect(await weights.getAttribute('aria-invalid')).toBe('true');
    expect(await cell(w, 0, 7)).toBe('11467');
    await weights.fill('1, 2, 3, 4; 0, 0, 0, 1; -1, 1, -1, 1');
    await expect.poll(() => alert.count()).toBe(0);
    await expect.poll(() => cell(w, 0, 7)).not.toBe('11467');
    expect(await w.getByRole('group', { name: 'Output codes of every unit' }).locator('tbody tr').count()).toBe(3);
  });
});

describe('IntegerLayerStepper with hostile links', () => {
  it('bad values fall back to the defaults with a visible notice, never a crash', async () => {
    const hostile = new URLSearchParams({
      'stepper.step': '99',
      'stepper.mode': '<script>alert(1)</script>',
      'stepper.unit': 'NaN',
      'stepper.inputs': '<img src=x onerror=alert(1)>',
      'stepper.seed': '-5',
      'stepper.bogus': '1',
    });
    const w = await open(`?${hostile}`);
    const notice = w.getByRole('status').filter({ hasText: 'Some settings could not be used' });
    await notice.waitFor();
    const text = await notice.textContent();
    expect(text).toMatch(/stepper\.step/);
    expect(text).toMatch(/stepper\.mode/);
    expect(text).toMatch(/stepper\.inputs/);
    expect(text).toMatch(/unknown setting/);
    expect(text).not.toMatch(/<script>|onerror/);
    expect(await stepTitle(w)).toBe('Step 1 of 12: Quantize the input');
    expect(await w.getByRole('textbox', { name: 'Inputs x' }).inputValue()).toBe('0.63, -0.35, 1.02, 0.05');
    expect(await page.locator('img[src="x"]').count()).toBe(0);
  });

  it('a unit beyond the layer is kept inside it', async () => {
    const w = await open('?stepper.unit=5');
    expect(await w.getByRole('combobox', { name: 'Output unit' }).inputValue()).toBe('2');
  });
});
