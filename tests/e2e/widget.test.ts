// Lesson 1's quantizer driven from the keyboard, as a reader without a mouse
// would: the metrics and the charts follow the sliders, the state lands in
// the URL and comes back on reload, and bad parameters get a message.
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { type PageProblems, useChromium, watchProblems } from './support/browser.ts';
import { waitForCanvasesStable } from './support/settle.ts';
import { WIDGET_ID, chartLabels, openLesson, readMetrics, settleLesson, type Quantizer } from './support/widget.ts';

const origin = inject('origin');
const CANVASES = `#${WIDGET_ID} canvas`;
let context: BrowserContext;
let q: Quantizer;
let problems: PageProblems;

const openContext = useChromium();
beforeEach(async () => {
  context = await openContext();
  q = await openLesson(context, origin);
  problems = watchProblems(q.page);
});
afterEach(async () => {
  expect(problems, 'errors while driving the widget').toEqual({ consoleErrors: [], pageErrors: [], failedRequests: [] });
  await context.close();
});

const value = (slider: Quantizer['max']) => slider.inputValue().then(Number);

describe('lesson 1: AffineQuantizer from the keyboard', () => {
  it('ArrowLeft and PageDown on the max slider change the metrics and redraw the charts', async () => {
    const metrics0 = await readMetrics(q.widget);
    expect(Object.keys(metrics0)).toEqual(expect.arrayContaining(['MSE', 'Max |error|', 'SQNR', 'Clipped']));
    const pixels0 = await waitForCanvasesStable(q.page, CANVASES);
    const labels0 = await chartLabels(q);
    expect(pixels0.length).toBe(3);
    const v0 = await value(q.max);

    await q.max.focus();
    await q.page.keyboard.press('ArrowLeft');
    await expect.poll(() => value(q.max)).toBeLessThan(v0);
    await expect.poll(() => readMetrics(q.widget)).not.toEqual(metrics0);
    const metrics1 = await readMetrics(q.widget);
    expect(metrics1.MSE).not.toBe(metrics0.MSE);
    const pixels1 = await waitForCanvasesStable(q.page, CANVASES);
    expect(pixels1).not.toEqual(pixels0);
    expect(await chartLabels(q)).not.toEqual(labels0);

    const v1 = await value(q.max);
    await q.page.keyboard.press('PageDown');
    await expect.poll(() => value(q.max)).toBeLessThan(v1);
    // Page Down moves further than one arrow step.
    expect(v1 - (await value(q.max))).toBeGreaterThan(v0 - v1);
    await expect.poll(() => readMetrics(q.widget)).not.toEqual(metrics1);
    expect(await waitForCanvasesStable(q.page, CANVASES)).not.toEqual(pixels1);
    expect(await q.max.getAttribute('aria-valuetext')).toMatch(/^max /);
  });

  it('Home and End move the sliders to the ends of their track', async () => {
    const metrics0 = await readMetrics(q.widget);
    await q.max.focus();
    await q.page.keyboard.press('End');
    await expect.poll(() => q.max.inputValue()).toBe(await q.max.getAttribute('max'));
    await expect.poll(() => readMetrics(q.widget)).not.toEqual(metrics0);

    await q.min.focus();
    await q.page.keyboard.press('Home');
    await expect.poll(() => q.min.inputValue()).toBe(await q.min.getAttribute('min'));

    // Max cannot pass below min: Home on max stops at min's value.
    await q.max.focus();
    await q.page.keyboard.press('Home');
    await expect.poll(() => value(q.max)).toBe(await value(q.min));
  });

  it('the state goes into the URL, and reloading that URL reproduces it', async () => {
    const initialUrl = q.page.url();
    await q.max.focus();
    for (const key of ['ArrowLeft', 'ArrowLeft', 'PageDown']) await q.page.keyboard.press(key);
    await q.min.focus();
    await q.page.keyboard.press('ArrowRight');
    await expect.poll(() => new URL(q.page.url()).searchParams.has(`${WIDGET_ID}.max`)).toBe(true);
    expect(q.page.url()).not.toBe(initialUrl);
    expect(new URL(q.page.url()).searchParams.has(`${WIDGET_ID}.min`)).toBe(true);

    const wanted = { min: await q.min.inputValue(), max: await q.max.inputValue(), metrics: await readMetrics(q.widget), charts: await chartLabels(q) };
    await q.page.reload({ waitUntil: 'load' });
    q = await settleLesson(q.page);
    expect(await q.min.inputValue()).toBe(wanted.min);
    expect(await q.max.inputValue()).toBe(wanted.max);
    expect(await readMetrics(q.widget)).toEqual(wanted.metrics);
    expect(await chartLabels(q)).toEqual(wanted.charts);

    // Reset returns to the page's starting state and clears the URL.
    await q.widget.getByRole('button', { name: /^reset/i }).click();
    await expect.poll(() => new URL(q.page.url()).search).toBe(new URL(initialUrl).search);
  });

  it('an invalid scale shows a message and keeps the last valid result', async () => {
    const metrics0 = await readMetrics(q.widget);
    for (const bad of ['0', '-1', 'NaN', 'abc']) {
      await q.scale.fill(bad);
      await q.scale.press('Enter');
      const alert = q.widget.getByRole('alert').first();
      await alert.waitFor({ timeout: 5_000 });
      expect((await alert.textContent())?.trim().length, `message for scale “${bad}”`).toBeGreaterThan(10);
      expect(await q.scale.getAttribute('aria-invalid')).toBe('true');
      expect(await readMetrics(q.widget)).toEqual(metrics0);
    }
    // A valid scale clears the message and is used.
    await q.scale.fill('0.05');
    await q.scale.press('Enter');
    await expect.poll(() => q.widget.getByRole('alert').count()).toBe(0);
    await expect.poll(() => readMetrics(q.widget).then((m) => m.Scale)).toBe('0.05');
  });
});
