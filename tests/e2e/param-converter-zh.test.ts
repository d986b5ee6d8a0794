// Lesson 3's ParamConverter on the Chinese page: labels, warnings, the number
// line's text and every message are Chinese; numbers, code and field names
// are the English page's; typed mistakes and hostile links get Chinese
// messages.
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { type PageProblems, useChromium, watchProblems } from './support/browser.ts';
import { hydrateAll } from './support/settle.ts';

const origin = inject('origin');
const LESSON = '/zh/lessons/three-forms/';
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

async function open(query = '', id = 'converter'): Promise<Locator> {
  await page.goto(`${origin}${LESSON}${query}`, { waitUntil: 'load' });
  await hydrateAll(page);
  const widget = page.locator(`#${id} [data-widget="param-converter"][data-hydrated]`);
  await widget.waitFor();
  return widget;
}

const field = (w: Locator, name: string) => w.getByRole('textbox', { name, exact: true });
const results = (w: Locator) => w.getByRole('region', { name: /^换算结果/ });
const printed = (w: Locator) => results(w).locator('dd').nth(1).innerText();

async function retype(w: Locator, name: string, text: string): Promise<void> {
  await field(w, name).focus();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type(text);
  await page.keyboard.press('Tab');
}

/** Two English words in a row (field names such as std_dev and code are not words). */
const ENGLISH_PHRASE = /\b[A-Za-z][a-z]{2,}\s+[a-z]{3,}\b/;

/** The widget's visible text and accessible names, without code and formulas. */
async function words(w: Locator): Promise<string> {
  return w.evaluate((root) => {
    const clone = root.cloneNode(true) as HTMLElement;
    // Field labels are the API's names (mean, std_dev, min, max), not words.
    for (const el of clone.querySelectorAll('code, .zp-number > label')) el.remove();
    const labels = [...root.querySelectorAll('[aria-label]')].map((el) => el.getAttribute('aria-label'));
    // An English term in brackets after the Chinese one, 零点（zero point）, is how terms are introduced.
    return `${clone.innerText}\n${labels.join('\n')}`.replace(/（[^）]*）/g, '');
  });
}

describe('ParamConverter in Chinese', () => {
  it('the same numbers as the English page, in Chinese words', async () => {
    const w = await open();
    expect(await w.locator('.zp-pc-title').innerText()).toBe('参数换算器');
    expect(await field(w, 'mean').inputValue()).toBe('0');
    expect(await field(w, 'std_dev').inputValue()).toBe('255');
    expect(await printed(w)).toBe("'quantization': (0.003921568859368563, 0)");
    expect(await results(w).locator('dd').nth(2).innerText()).toBe('[0, 1] 共 255 步，每步 0.00392157');
    expect(await w.getByRole('group', { name: '预设' }).getByRole('button').first().innerText()).toBe('输入在 [0, 1]：(0, 255)');
    expect(await w.locator('.zp-nl-desc').innerText()).toMatch(/^从 0 到 255 共 256 个码值/);
    expect(await words(w)).not.toMatch(ENGLISH_PHRASE);
    expect(await w.getByRole('button', { name: '重置参数换算器“converter”' }).count()).toBe(1);
  });

  it('keyboard: typing min −1 gives (127.5, 127.5) and the rounding warning in Chinese', async () => {
    const w = await open();
    await retype(w, 'min', '-1');
    await expect.poll(() => field(w, 'mean').inputValue()).toBe('127.5');
    expect(await field(w, 'std_dev').inputValue()).toBe('127.5');
    await expect.poll(() => w.locator('[data-warning="rounded-zero-point"]').innerText()).toMatch(/转换器把它舍入为 128（恰好在两个整数正中间/);
    expect(await w.locator('.zp-nl-desc').innerText()).toMatch(/0\.0 对应码值 128。/);
    expect(await words(w)).not.toMatch(ENGLISH_PHRASE);
    // The wrong formula keeps its code and numbers inside the Chinese sentence.
    expect(await w.locator('.zp-pc-wrong').innerText()).toMatch(/如果把除以 std_dev 错写成乘以 std_dev，即 min = \(qmin − mean\)·std_dev 和 max = \(qmax − mean\)·std_dev/);
  });

  it('a range without 0 and the trap lesson cell speak Chinese too', async () => {
    const w = await open('?converter.from=range&converter.min=2&converter.max=10');
    await expect.poll(() => w.locator('[data-warning="no-zero"]').innerText()).toMatch(/^范围 \[2, 10\] 不包含 0\.0。转换器不会替你扩大范围/);
    expect(await w.locator('.zp-nl-zero').innerText()).toBe('0.0\u00a0= 码值 0\u00a0（已截断）');
    expect(await words(w)).not.toMatch(ENGLISH_PHRASE);
    const trap = page.locator('#trap [data-widget="param-converter"][data-hydrated]');
    expect(await words(trap)).not.toMatch(ENGLISH_PHRASE);
  });

  it('typed mistakes get Chinese messages, never NaN', async () => {
    const w = await open();
    await retype(w, 'std_dev', '-2');
    await expect.poll(() => w.locator('.zp-pc-error').innerText()).toMatch(/^std_dev 必须大于 0.*其他两组显示的是最后一次能换算出来的值。$/);
    expect(await w.innerText()).not.toMatch(/NaN/);
    await retype(w, 'zero_point', '127.5');
    await expect.poll(() => w.locator('.zp-pc-error').innerText()).toMatch(/零点.*必须是整数/);
    await retype(w, 'mean', 'abc');
    await expect.poll(() => w.locator('.zp-error').first().innerText()).toBe('“abc”不是数字；请输入类似 127.5 或 1e-3 的值。');
    expect(await words(w)).not.toMatch(ENGLISH_PHRASE);
  });

  it('hostile URL values give a Chinese notice and the defaults', async () => {
    const w = await open('?converter.stdDev=NaN&converter.dtype=%3Cimg%3E&converter.from=params&converter.zeroPoint=1e999');
    const notice = w.getByRole('status').filter({ hasText: '有些设置无法使用' });
    await expect.poll(() => notice.locator('li').count()).toBe(3);
    expect(await notice.innerText()).not.toContain('<img>');
    expect(await notice.innerText()).not.toMatch(ENGLISH_PHRASE);
    expect(await printed(w)).toBe("'quantization': (0.003921568859368563, 0)");
    await notice.getByRole('button', { name: '关闭' }).click();
    await expect.poll(() => notice.count()).toBe(0);
  });
});
