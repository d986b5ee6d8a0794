// Lesson 6's IntegerLayerStepper on the Chinese page: the steps, controls,
// table and messages are Chinese, the formulas and figures are the same as on
// the English page, typed mistakes and hostile links get Chinese messages.
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { type PageProblems, useChromium, watchProblems } from './support/browser.ts';
import { hydrateAll } from './support/settle.ts';

const origin = inject('origin');
const LESSON = '/zh/lessons/integer-arithmetic/';
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
/** Three Latin words in a row: an English phrase left untranslated (names such as ONNX Runtime are two). */
const ENGLISH_PHRASE = /\b[A-Za-z]{3,}\s+[A-Za-z]{3,}\s+[A-Za-z]{3,}\b/;

/** The widget's visible text and accessible names, without formulas. */
async function words(w: Locator): Promise<string> {
  return w.evaluate((root) => {
    const clone = root.cloneNode(true) as HTMLElement;
    for (const el of clone.querySelectorAll('code, .zp-ils-formula')) el.remove();
    const labels = [...root.querySelectorAll('[aria-label]')].map((el) => el.getAttribute('aria-label'));
    return `${clone.textContent}\n${labels.join('\n')}`;
  });
}

describe('IntegerLayerStepper in Chinese', () => {
  it('steps in Chinese with the English page’s formulas; no English phrase left in any step or mode', async () => {
    const w = await open();
    expect(await stepTitle(w)).toBe('第 1 步（共 12 步）：量化输入');
    const next = w.getByRole('button', { name: '下一步 →' });
    await next.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => stepTitle(w)).toBe('第 2 步（共 12 步）：量化权重');
    for (let i = 0; i < 6; i++) await page.keyboard.press('Enter');
    await expect.poll(() => stepTitle(w)).toBe('第 8 步（共 12 步）：饱和舍入倍增取高位乘法（SRDHM）');
    expect(await w.locator('.zp-ils-formula').textContent()).toBe('SRDHM(11467, 2097417193) = 11200');
    for (const mode of ['TFLite 定点', 'TFLite 单次舍入', 'ONNX Runtime']) {
      await w.getByRole('radio', { name: new RegExp(`^${mode}`) }).check();
      for (let step = 1; step <= 12; step++) {
        await w.locator('.zp-ils-step').nth(step - 1).click();
        await expect.poll(() => stepTitle(w)).toMatch(new RegExp(`^第 ${step} 步`));
        expect(await words(w)).not.toMatch(ENGLISH_PHRASE);
      }
    }
    expect(await w.locator('.zp-ils-counts').textContent()).toMatch(/TFLite 定点结果与 ONNX Runtime 不同的有\s+\d+\s+个（/);
    expect(await w.getByRole('group', { name: '所有单元的输出码值' }).locator('tbody tr').count()).toBe(3);
  });

  it('a typed mistake gets a Chinese message, and the seed field too', async () => {
    const w = await open();
    await w.getByRole('textbox', { name: /^权重 W/ }).fill('1, 2, 3');
    await expect.poll(() => w.getByRole('alert').textContent()).toBe('权重第 1 行有 3 个数，而每行需要与输入个数相同（4 个）。下面的步骤仍显示上一个可用的层。');
    await w.getByRole('textbox', { name: /^输入 x/ }).fill('1, abc, 2, 3');
    await expect.poll(() => w.getByRole('alert').textContent()).toMatch(/^输入：第 2 项 “abc” 不是数。/);
    await w.getByRole('spinbutton', { name: '随机种子' }).fill('-3');
    await expect.poll(() => w.getByRole('alert').filter({ hasText: '随机种子' }).textContent()).toBe('随机种子必须是 0 到 4294967295 之间的整数。');
  });

  it('a hostile link falls back with a Chinese notice naming the refused settings', async () => {
    const w = await open('?stepper.step=99&stepper.mode=%3Cscript%3E&stepper.bogus=1');
    const notice = w.getByRole('status').filter({ hasText: '部分设置无法使用' });
    await notice.waitFor();
    const text = (await notice.textContent()) ?? '';
    expect(text).toMatch(/链接中的 stepper\.step .*，已改用 1。/);
    expect(text).toContain('链接中的 stepper.mode');
    expect(text).toContain('已忽略链接中“stepper”的 1 个未知设置。');
    expect(text).not.toMatch(/[A-Za-z]{3,} [A-Za-z]{3,}|<script>/);
    expect(await stepTitle(w)).toBe('第 1 步（共 12 步）：量化输入');
  });
});
