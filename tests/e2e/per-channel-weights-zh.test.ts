// PerChannelWeights in the Chinese lesson 8: labels, the axis explanation,
// the results table, chart titles and their text alternatives are Chinese;
// a damaged model file and a bad seed get Chinese messages; a hostile link a
// Chinese notice. Numbers, layouts and operator names stay as they are.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { type PageProblems, useChromium, watchProblems } from './support/browser.ts';
import { hydrateAll } from './support/settle.ts';
import { DIST } from './support/site.ts';

const origin = inject('origin');
const PATH = '/zh/lessons/per-tensor-or-per-channel/';
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
const cell = (id: string): Locator => page.locator(`#${id} [data-widget="per-channel-weights"]`);

/** English words left in the widget's text, leaving out code, names and the technical words Chinese text keeps. */
const KEPT = new Set(['SQNR', 'int8', 'TFLite', 'ONNX', 'Conv', 'Conv2D', 'DepthwiseConv2D', 'OHWI', 'OIHW', 'HWC', 'axis', 'onnx', 'tflite', 'KB', 'MB', 'digits', 'depthwise', 'fp32']);
async function englishLeft(w: Locator): Promise<string[]> {
  const text = await w.evaluate((root) => {
    const copy = root.cloneNode(true) as HTMLElement;
    for (const el of copy.querySelectorAll('code, .mono, option, input')) el.remove();
    // Cells and lines apart, as a reader sees them (a detached copy has no layout).
    for (const el of copy.querySelectorAll('*')) el.append(' ');
    return copy.textContent ?? '';
  });
  return [...new Set(text.match(/[A-Za-z][A-Za-z0-9_]{1,}/g) ?? [])].filter((word) => !KEPT.has(word) && !/^[A-Z0-9_]+$/.test(word) && !/^(fp32|dB)$/.test(word));
}

describe('PerChannelWeights in Chinese', () => {
  it('the demo model’s conv2: Chinese labels, table, chart titles and text alternatives', async () => {
    await open();
    const w = cell('weights');
    await w.getByText('conv2.weight').waitFor({ timeout: 15_000 });
    expect(await w.innerText()).toContain('ONNX 按 O×I×H×W 存储 Conv 权重；输出通道同样在第一维');
    const channel = w.getByRole('combobox', { name: '通道' });
    expect(await channel.locator('option').first().innerText()).toBe('通道 0');
    await channel.focus();
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => channel.inputValue()).toBe('1');
    expect(await w.getByRole('rowheader', { name: '缩放因子' }).count()).toBe(1);
    expect(await w.locator('.zp-pc-table caption').innerText()).toMatch(/^通道 1：权重范围 ±/);
    await w.getByText('Chart appears', { exact: false }).first().waitFor({ state: 'detached', timeout: 15_000 }).catch(() => undefined);
    expect(await w.getByRole('figure', { name: '逐通道缩放因子' }).getByRole('img').getAttribute('aria-label')).toMatch(/^逐通道缩放因子：共 16 个通道。/);
    const errors = w.getByRole('figure', { name: 'SQNR（dB，越高越好），按通道' });
    expect(await errors.getByRole('img').getAttribute('aria-label')).toMatch(/逐通道在 16 个通道中的 \d+ 个上更好。通道 1：/);
    expect(await englishLeft(w)).toEqual([]);
  });

  it('the depthwise kernel’s axis explanation is Chinese', async () => {
    await open();
    const w = cell('depthwise');
    await expect.poll(() => w.innerText(), { timeout: 15_000 }).toContain('深度卷积（depthwise）的卷积核把通道放在最后一维 (C)');
    expect(await englishLeft(w)).toEqual([]);
  });

  it('a model file, a damaged one and a bad seed: Chinese words throughout', async () => {
    await open();
    const w = cell('spread');
    const input = w.getByLabel('或加载一个模型（.onnx、.tflite）');
    await input.setInputFiles({ name: 'digits.onnx', mimeType: 'application/octet-stream', buffer: readFileSync(path.join(DIST, 'models', 'digits-fp32.onnx')) });
    await expect.poll(() => w.innerText()).toContain('你的文件：digits.onnx');
    expect(await w.getByRole('combobox', { name: '文件中的层' }).locator('option').count()).toBe(2);
    // A .tflite cut after its header: the .tflite reader's own error, worded in Chinese.
    await input.setInputFiles({ name: 'cut.tflite', mimeType: 'application/octet-stream', buffer: Buffer.from([12, 0, 0, 0, 0x54, 0x46, 0x4c, 0x33]) });
    await expect.poll(() => w.getByRole('alert').first().innerText()).toMatch(/^无法将这个文件读取为 \.tflite 或 \.onnx 模型：文件被截断：偏移 12 指向文件末尾之后（文件共 8 字节）/);
    await input.setInputFiles({ name: 'junk.onnx', mimeType: 'application/octet-stream', buffer: Buffer.from('this is not a model') });
    await expect.poll(() => w.getByRole('alert').first().innerText()).toMatch(/^(无法将这个文件读取为|没有找到卷积权重)/);

    await w.getByRole('combobox', { name: '权重' }).selectOption('synthetic-conv');
    const seed = w.getByLabel('随机种子');
    await seed.fill('1.5');
    await expect.poll(() => w.getByRole('alert').first().innerText()).toBe('随机种子必须是 0 到 4294967295 之间的整数。');
    expect(await englishLeft(w)).toEqual([]);
  });

  it('a hostile link gets a Chinese notice, and a clamped channel says so in Chinese', async () => {
    await open('?weights.source=javascript%3Aalert(1)&spread.channel=99');
    const notice = cell('weights').getByRole('status').filter({ hasText: '有些设置无法使用' });
    await expect.poll(() => notice.count()).toBe(1);
    expect(await notice.innerText()).not.toContain('javascript:');
    await expect.poll(() => cell('spread').getByRole('status').filter({ hasText: '有些设置无法使用' }).innerText()).toContain('显示通道 7，而不是 99');
  });
});
