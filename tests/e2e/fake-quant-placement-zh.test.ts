// Lesson 7's FakeQuantPlacement on the Chinese page: verdicts, explanations,
// converter notes, metrics and messages in Chinese; tensor names, flags and
// the converter's own log line as they are; the same figures as in English.
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { type PageProblems, useChromium, watchProblems } from './support/browser.ts';
import { hydrateAll } from './support/settle.ts';

const origin = inject('origin');
const PATH = '/zh/lessons/fake-quantization/';
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

const cell = (id: string): Locator => page.locator(`#${id} [data-widget="fake-quant-placement"][data-hydrated]`);
const toggle = (w: Locator, tensor: string): Locator => w.getByRole('checkbox', { name: new RegExp(`^${tensor.replace('/', '\\/')}\\b`) });
const metric = (w: Locator, term: string): Promise<string> =>
  w.locator('dt', { hasText: term }).locator('xpath=following-sibling::dd[1]').innerText();
/** Three Latin words in a row: an English phrase left untranslated. */
const ENGLISH_PHRASE = /\b[A-Za-z]{3,}\s+[A-Za-z]{3,}\s+[A-Za-z]{3,}\b/;

/** Visible text, the diagram's text alternative and accessible names, without the converter's quoted log. */
async function words(w: Locator): Promise<string> {
  return w.evaluate((root) => {
    const clone = root.cloneNode(true) as HTMLElement;
    for (const el of clone.querySelectorAll('pre, code')) el.remove();
    const labels = [...root.querySelectorAll('[aria-label]')].map((el) => el.getAttribute('aria-label'));
    return `${clone.textContent}\n${labels.join('\n')}`;
  });
}

describe('FakeQuantPlacement in Chinese', () => {
  it('refuses, then converts, with Chinese words around the converter’s own log line and the English page’s figures', async () => {
    await open();
    const w = cell('placement');
    await w.waitFor();
    const alert = w.getByRole('alert');
    await expect.poll(() => alert.innerText()).toContain('转换失败。');
    expect(await alert.innerText()).toContain('Array input, which is an input to the FullyConnected operator');
    expect(await words(w)).not.toMatch(ENGLISH_PHRASE);
    for (const t of ['input', 'fc1/Relu6', 'fc2/BiasAdd']) {
      await toggle(w, t).focus();
      await page.keyboard.press('Space');
    }
    await expect.poll(() => w.getByRole('alert').count()).toBe(0);
    expect(await w.innerText()).toContain('转换成功：整数网络存储的每个激活值都有范围。');
    expect(await w.innerText()).toContain('常量数组 fc1/weights 没有范围');
    for (const t of ['fc1/weights', 'fc2/weights']) {
      await toggle(w, t).focus();
      await page.keyboard.press('Space');
    }
    await expect.poll(() => metric(w, '不一致的输出码值')).toBe('1 / 144');
    expect(await w.innerText()).toContain('✓ 应该放在这里');
    expect(await words(w)).not.toMatch(ENGLISH_PHRASE);
  });

  it('wrong places: Chinese verdicts and explanations, the same gap as in English', async () => {
    await open();
    const w = cell('wrong-places');
    await w.waitFor();
    await expect.poll(() => metric(w, '输出的最大差距')).toBe('2 个量化步长');
    expect(await w.innerText()).toContain('✗ 不该放在这里');
    expect(await w.locator('.zp-fq-why').innerText()).toContain('仍在融合层内部');
    expect(await w.locator('figcaption').innerText()).toContain('放错位置的：fc1/biases、fc1/BiasAdd。');
    expect(await words(w)).not.toMatch(ENGLISH_PHRASE);
  });

  it('a bad range gets a Chinese message; dummy ranges are named as such', async () => {
    await open('?placement.input=true&placement.act1=true&placement.out=true');
    const w = cell('placement');
    await w.waitFor();
    const max = w.getByRole('textbox', { name: '范围最大值' });
    await max.fill('-5');
    await max.press('Enter');
    await expect.poll(() => w.getByRole('alert').count()).toBeGreaterThan(0);
    expect(await w.getByRole('alert').first().innerText()).toMatch(/^最大值不能小于最小值（/);
    const dummy = cell('dummy');
    await expect.poll(() => dummy.innerText()).toContain('其中一些只是虚拟的默认范围');
    expect(await dummy.innerText()).toContain('input 没有范围，改用默认范围 [0, 6]。');
    expect(await words(dummy)).not.toMatch(ENGLISH_PHRASE);
  });

  it('a hostile link falls back with a Chinese notice', async () => {
    await open('?placement.focus=%3Cscript%3E&placement.min=NaN&placement.bogus=1');
    const w = cell('placement');
    await w.waitFor();
    const notice = w.getByRole('status').filter({ hasText: '部分设置无法使用' });
    await expect.poll(() => notice.count()).toBe(1);
    const text = await notice.innerText();
    expect(text).toContain('链接中的 placement.focus');
    expect(text).not.toMatch(/<script>|[A-Za-z]{3,} [A-Za-z]{3,}/);
    expect(await w.getByRole('combobox', { name: '边' }).inputValue()).toBe('act1');
  });
});
