// Lesson 8's PerChannelWeights: the demo model's real conv weights load,
// channels are picked from the keyboard, charts have table alternatives,
// the state lands in the URL, a model file can be loaded, and a hostile
// link falls back with a notice.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { type PageProblems, useChromium, watchProblems } from './support/browser.ts';
import { hydrateAll } from './support/settle.ts';
import { DIST } from './support/site.ts';

const origin = inject('origin');
const PATH = '/lessons/per-tensor-or-per-channel/';
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
const row = (w: Locator, name: string) => w.locator('.zp-pc-table tr', { has: page.getByRole('rowheader', { name }) });

describe('lesson 8: PerChannelWeights', () => {
  it('shows the demo model’s conv2 (16 channels, axis 0) and follows the channel menu from the keyboard', async () => {
    await open();
    const w = cell('weights');
    await w.getByText('conv2.weight').waitFor({ timeout: 15_000 });
    expect(await w.innerText()).toContain('quantized_dimension: 0');
    const channel = w.getByRole('combobox', { name: 'Channel' });
    expect(await channel.locator('option').count()).toBe(16);
    const scale0 = await row(w, 'Scale').innerText();

    await channel.focus();
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => channel.inputValue()).toBe('1');
    await expect.poll(() => row(w, 'Scale').innerText()).not.toBe(scale0);
    await expect.poll(() => new URL(page.url()).searchParams.get('weights.channel'), { timeout: 5000 }).toBe('1');

    // Charts are drawn, with summaries and data tables as text alternatives.
    await w.getByText('Chart appears when scripts have loaded').first().waitFor({ state: 'detached', timeout: 15_000 });
    const labels = await w.getByRole('img').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''));
    expect(labels.some((l) => /Scale per channel: 16 channels/.test(l))).toBe(true);
    expect(labels.some((l) => /Channel 1:/.test(l))).toBe(true);
    expect(await w.locator('.zp-chart-data table').first().locator('tbody tr').count()).toBe(16);

    await page.reload({ waitUntil: 'load' });
    await hydrateAll(page);
    await cell('weights').getByText('conv2.weight').waitFor({ timeout: 15_000 });
    expect(await cell('weights').getByRole('combobox', { name: 'Channel' }).inputValue()).toBe('1');
  });

  it('the depthwise kernel puts its channels on axis 3, and the source travels in the URL', async () => {
    await open();
    const w = cell('spread');
    const source = w.getByRole('combobox', { name: 'Weights' });
    await source.selectOption('synthetic-depthwise');
    await expect.poll(() => w.innerText()).toContain('quantized_dimension: 3');
    expect(await w.innerText()).toContain('DEPTHWISE_CONV_2D');
    await expect.poll(() => new URL(page.url()).searchParams.get('spread.source'), { timeout: 5000 }).toBe('synthetic-depthwise');
  });

  it('reads a model file chosen by the reader (the demo model’s ONNX file), and says so for junk', async () => {
    await open();
    const w = cell('depthwise');
    const input = w.getByLabel('Or load a model (.onnx, .tflite)');
    await input.setInputFiles({ name: 'digits.onnx', mimeType: 'application/octet-stream', buffer: readFileSync(path.join(DIST, 'models', 'digits-fp32.onnx')) });
    await expect.poll(() => w.innerText()).toContain('Your file: digits.onnx');
    expect(await w.getByRole('combobox', { name: 'Layer in your file' }).locator('option').count()).toBe(2);
    await input.setInputFiles({ name: 'junk.onnx', mimeType: 'application/octet-stream', buffer: Buffer.from('this is not a model') });
    await expect.poll(() => w.getByRole('alert').count()).toBeGreaterThan(0);
    expect(await w.getByRole('alert').first().innerText()).toMatch(/could not be read|No convolution weights/);
  });

  it('a hostile link falls back with a notice, and a channel past the end is clamped with one', async () => {
    await open('?weights.source=javascript%3Aalert(1)&weights.metric=%3Cb%3E&spread.channel=99');
    const w = cell('weights');
    const notice = w.getByRole('status').filter({ hasText: 'could not be used' });
    await expect.poll(() => notice.count()).toBe(1);
    expect(await notice.innerText()).not.toContain('javascript:');
    expect(await w.getByRole('combobox', { name: 'Weights' }).inputValue()).toBe('demo-conv2');
    const spread = cell('spread');
    await expect.poll(() => spread.getByRole('status').filter({ hasText: 'could not be used' }).innerText()).toContain('showing channel 7');
  });
});
