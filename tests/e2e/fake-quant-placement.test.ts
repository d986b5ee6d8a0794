// Lesson 7's FakeQuantPlacement driven from the keyboard: toggling nodes
// changes what the converter says and how far the simulation and the integer
// network drift apart; the state lands in the URL and survives a reload; a
// hostile link falls back with a visible notice.
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { type PageProblems, useChromium, watchProblems } from './support/browser.ts';
import { hydrateAll } from './support/settle.ts';

const origin = inject('origin');
const PATH = '/lessons/fake-quantization/';
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

async function open(query = ''): Promise<void> {
  await page.goto(`${origin}${PATH}${query}`, { waitUntil: 'load' });
  await hydrateAll(page);
}

const cell = (id: string): Locator => page.locator(`#${id}`);
const toggle = (w: Locator, tensor: string): Locator => w.getByRole('checkbox', { name: new RegExp(`^${tensor.replace('/', '\\/')}\\b`) });
const metric = (w: Locator, term: string): Promise<string> =>
  w.locator('dt', { hasText: term }).locator('xpath=following-sibling::dd[1]').innerText();

describe('lesson 7: FakeQuantPlacement', () => {
  it('starts refused, and Space on the three activation toggles makes the converter accept the graph', async () => {
    await open();
    const w = cell('placement');
    const alert = w.getByRole('alert');
    await expect.poll(() => alert.innerText()).toContain('Array input, which is an input to the FullyConnected operator');
    expect(await alert.innerText()).toContain('is lacking min/max data');

    // Tab onto the first toggle, then drive them with the keyboard only.
    await toggle(w, 'input').focus();
    await page.keyboard.press('Space');
    await expect.poll(() => alert.innerText()).toContain('Array fc1/Relu6');
    await toggle(w, 'fc1/Relu6').focus();
    await page.keyboard.press('Space');
    await expect.poll(() => alert.innerText()).toContain('Array fc2/BiasAdd does not have MinMax information');
    await toggle(w, 'fc2/BiasAdd').focus();
    await page.keyboard.press('Space');
    await expect.poll(() => w.getByRole('alert').count()).toBe(0);
    expect(await w.innerText()).toContain('Converted');
    // Weights without nodes: the converter's fallback is listed.
    expect(await w.innerText()).toContain('Constant array fc1/weights has no range');
    // Adding the weight nodes leaves one output code of 144 different (seed 1).
    for (const t of ['fc1/weights', 'fc2/weights']) {
      await toggle(w, t).focus();
      await page.keyboard.press('Space');
    }
    await expect.poll(() => metric(w, 'Output codes that differ')).toBe('1 of 144');

    // The state is in the URL and comes back on reload.
    // The URL is written 250 ms after the last change: wait for the last toggle's key.
    await expect.poll(() => new URL(page.url()).searchParams.get('placement.w2'), { timeout: 5000 }).toBe('true');
    expect(new URL(page.url()).searchParams.get('placement.act1')).toBe('true');
    await page.reload({ waitUntil: 'load' });
    await hydrateAll(page);
    await expect.poll(() => metric(cell('placement'), 'Output codes that differ')).toBe('1 of 144');
    expect(await toggle(cell('placement'), 'fc1/Relu6').isChecked()).toBe(true);
  });

  it('a node before ReLU6 makes layer 1 disagree; unticking it brings the gap back to one step', async () => {
    await open();
    const w = cell('wrong-places');
    await expect.poll(() => metric(w, 'Largest output gap')).toBe('2 steps');
    const pre = toggle(w, 'fc1/BiasAdd');
    expect(await pre.isChecked()).toBe(true);
    await pre.focus();
    await page.keyboard.press('Space');
    await expect.poll(() => pre.isChecked()).toBe(false);
    await toggle(w, 'fc1/biases').focus();
    await page.keyboard.press('Space');
    await expect.poll(() => metric(w, 'Largest output gap')).toBe('1 step');
    await expect.poll(() => metric(w, 'Output codes that differ')).toBe('1 of 144');
  });

  it('the range fields nudge live, and a bad value gets a message instead of a change', async () => {
    await open('?placement.input=true&placement.act1=true&placement.out=true&placement.w1=true&placement.w2=true');
    const w = cell('placement');
    const nudge = w.locator('.zp-fq-nudge');
    const before = await nudge.innerText();
    const max = w.getByRole('textbox', { name: 'Range max' });
    await max.fill('6');
    await max.press('Enter');
    await expect.poll(() => nudge.innerText()).toContain('Your range [0, 6]');
    expect(await nudge.innerText()).not.toBe(before);
    await expect.poll(() => new URL(page.url()).searchParams.get('placement.max'), { timeout: 5000 }).toBe('6');
    await max.fill('-5');
    await max.press('Enter');
    await expect.poll(() => w.getByRole('alert').count()).toBeGreaterThan(0);
    expect(await w.getByRole('alert').first().innerText()).toMatch(/max must not be less than min/);
  });

  it('dummy ranges convert and give a much larger error than the simulation', async () => {
    await open();
    const w = cell('dummy');
    await expect.poll(() => metric(w, 'RMS error of the integer model vs float')).not.toBe('not converted');
    const integer = Number((await metric(w, 'RMS error of the integer model vs float')).replace('\u2212', '-'));
    const simulated = Number((await metric(w, 'RMS error of the simulation vs float')).replace('\u2212', '-'));
    expect(integer).toBeGreaterThan(20 * simulated);
  });

  it('a hostile link falls back to the page’s values with a notice', async () => {
    await open('?placement.focus=%3Cscript%3E&placement.min=NaN&placement.defaultMin=1e999&placement.bogus=1');
    const w = cell('placement');
    const notice = w.getByRole('status').filter({ hasText: 'could not be used' });
    await expect.poll(() => notice.count()).toBe(1);
    const text = await notice.innerText();
    expect(text).not.toContain('<script>');
    expect(text).toMatch(/focus/);
    expect(await w.getByRole('combobox', { name: 'Edge' }).inputValue()).toBe('act1');
    // Still refusing, as the page set it up.
    expect(await w.getByRole('alert').innerText()).toContain('lacking min/max data');
  });
});
