// Lesson 3's ConverterFlags on the Chinese page: every case of the table and
// every known message is explained in Chinese, the tuples and the Python are
// the English page's, the quoted error messages stay as the tools print them,
// and lesson links stay on the Chinese site.
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

async function open(query = ''): Promise<Locator> {
  await page.goto(`${origin}${LESSON}${query}`, { waitUntil: 'load' });
  await hydrateAll(page);
  const widget = page.locator('#flags [data-widget="converter-flags"][data-hydrated]');
  await widget.waitFor();
  return widget;
}

const result = (w: Locator) => w.getByRole('region', { name: /^结果/ });
const row = (w: Locator, kind: string) => result(w).locator(`tr[data-kind="${kind}"] td`);

/** Two English words in a row (API names such as post_training_quantize are not words). */
const ENGLISH_PHRASE = /\b[A-Za-z][a-z]{2,}\s+[a-z]{3,}\b/;

/** Visible text and accessible names, without code, the Python and the quoted messages. */
async function words(w: Locator): Promise<string> {
  return w.evaluate((root) => {
    const clone = root.cloneNode(true) as HTMLElement;
    // Field labels are the API's names (mean, std_dev, min, max), not words.
    for (const el of clone.querySelectorAll('code, pre, textarea, .zp-number > label')) el.remove();
    const labels = [...root.querySelectorAll('[aria-label], [placeholder]')].map((el) => `${el.getAttribute('aria-label') ?? ''} ${el.getAttribute('placeholder') ?? ''}`);
    return `${clone.innerText}\n${labels.join('\n')}`.replace(/（[^）]*）/g, '');
  });
}

describe('ConverterFlags in Chinese', () => {
  it("post_training_quantize alone: the English page's tuples under Chinese headings", async () => {
    const w = await open();
    expect(await result(w).getAttribute('data-case')).toBe('tf1-weights-only');
    expect(await w.locator('.zp-cf-verdict').innerText()).toBe('转换成功：post_training_quantize：仅量化权重');
    expect(await result(w).locator('thead').innerText()).toMatch(/张量\s+dtype\s+quantization\s+说明/);
    expect(await result(w).locator('tr[data-kind="inputs"] th').innerText()).toBe('输入');
    expect(await row(w, 'inputs').nth(0).innerText()).toBe('float32');
    expect(await row(w, 'inputs').nth(1).innerText()).toMatch(/^\(0\.0, 0\)/);
    const links = result(w).getByRole('link');
    expect(await links.first().getAttribute('href')).toBe('/zh/lessons/three-forms/');
    expect(await links.first().innerText()).toBe('(mean, std_dev)、(scale, zero_point)、(min, max)');
    expect(await words(w)).not.toMatch(ENGLISH_PHRASE);
  });

  it('keyboard to the dummy ranges: the same two tuples as the English page, the snippet comments in Chinese', async () => {
    const w = await open();
    const select = w.getByRole('combobox', { name: 'inference_type' });
    await select.focus();
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => result(w).getAttribute('data-case')).toBe('tf1-stats-missing');
    expect(await w.locator('.zp-cf-verdict').innerText()).toBe('转换失败：要求量化推理，却没给输入统计量');
    await w.getByRole('checkbox', { name: 'quantized_input_stats' }).focus();
    await page.keyboard.press('Space');
    await expect.poll(() => result(w).getAttribute('data-case')).toBe('tf1-float-no-ranges');
    // The quoted message is the converter's own output, so it stays English.
    expect(await result(w).locator('pre').innerText()).toMatch(/is lacking min\/max data/);
    expect(await words(w)).not.toMatch(ENGLISH_PHRASE);
    await w.getByRole('checkbox', { name: 'default_ranges_stats' }).focus();
    await page.keyboard.press('Space');
    await expect.poll(() => result(w).getAttribute('data-case')).toBe('tf1-dummy-ranges');
    expect(await row(w, 'inputs').nth(1).innerText()).toMatch(/^\(0\.003921568859368563, 0\)/);
    expect(await row(w, 'outputs').nth(1).innerText()).toMatch(/^\(0\.7843137383460999, 128\)/);
    expect(await w.getByLabel('这些设置对应的转换器调用').count()).toBe(1);
    expect(await w.locator('.zp-cf-code').innerText()).toContain('# TF 1.13 及更早版本中的 tf.contrib.lite.TFLiteConverter');
  });

  it('every converter setting reads in Chinese', async () => {
    const w = await open();
    const seen = new Set<string>();
    for (const generation of ['TF 1.x', 'TF 1.13', 'TF 2.x']) {
      await w.getByRole('radio', { name: new RegExp(`^${generation.replace('.', '\\.')}`) }).check();
      const graph = w.getByRole('combobox', { name: '图' });
      const mode = w.getByRole('combobox', { name: '优化与目标' });
      const selects = (await graph.count()) > 0 ? [graph, w.getByRole('combobox', { name: 'inference_type' })] : [mode];
      for (const select of selects) {
        for (const value of await select.locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value))) {
          await select.selectOption(value);
          for (const box of await w.getByRole('checkbox').all()) {
            await box.setChecked(!(await box.isChecked()));
            seen.add((await result(w).getAttribute('data-case')) ?? '');
            expect(await words(w), [...seen].join()).not.toMatch(ENGLISH_PHRASE);
          }
        }
      }
    }
    expect(seen.size).toBeGreaterThan(10);
  });

  it('a pasted message is explained in Chinese; the message itself is not touched', async () => {
    const w = await open();
    const box = w.getByRole('textbox', { name: '粘贴转换器或解释器给出的报错信息' });
    await box.focus();
    await page.keyboard.insertText('RuntimeError: quantized_dimension must be in range [0, 1). Was 3.Node number 0 (CONV_2D) failed to prepare.');
    const match = w.locator('[data-message="quantized-dimension"]');
    await match.waitFor();
    expect(await match.innerText()).toMatch(/1 维张量（通常是逐通道的偏置）声称自己的轴是 3/);
    expect(await w.locator('.zp-cf-found').innerText()).toBe('找到 1 条已知消息：逐轴量化张量的 quantized_dimension 超出范围。');
    await box.fill('nothing known here');
    await expect.poll(() => w.getByText(/这段文字里没有我们认识的消息/).count()).toBe(1);
    await w.getByRole('button', { name: '某个张量没有记录范围' }).click();
    await w.locator('[data-message="lacking-min-max"]').waitFor();
    expect(await box.inputValue()).toMatch(/^F tensorflow\/lite\/toco\/tooling_util\.cc:1728\] Array /);
    expect(await words(w)).not.toMatch(ENGLISH_PHRASE);
  });

  it('hostile URL values give a Chinese notice and the defaults', async () => {
    const w = await open('?flags.generation=%3Cscript%3Ealert(1)%3C%2Fscript%3E&flags.mean=Infinity&flags.message=%3Cimg%20src%3Dx%3E');
    const notice = w.getByRole('status').filter({ hasText: '有些设置无法使用' });
    await expect.poll(() => notice.locator('li').count()).toBe(3);
    expect(await notice.innerText()).not.toMatch(/<script>|<img/);
    expect(await notice.innerText()).not.toMatch(ENGLISH_PHRASE);
    expect(await result(w).getAttribute('data-case')).toBe('tf1-weights-only');
  });
});
