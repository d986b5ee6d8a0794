// ModelComparison on the Chinese lesson: after a run, a comparison choice,
// a timing run and a digit picked from the keyboard, every word it shows or
// announces is Chinese (numbers, code and names aside); a model that fails
// to download is reported in Chinese in its own row.
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { useChromium, watchProblems, type PageProblems } from './support/browser.ts';
import { hydrateAll } from './support/settle.ts';
import { englishPhrases, widgetWords } from './support/english-left.ts';

const origin = inject('origin');
const LESSON5_ZH = '/zh/lessons/flavours-of-post-training-quantization/';

const openContext = useChromium();
let context: BrowserContext;
let page: Page;
let problems: PageProblems;

beforeEach(async () => {
  context = await openContext();
  page = await context.newPage();
  problems = watchProblems(page);
});
afterEach(async () => {
  expect(problems, 'errors while driving the widget').toEqual({ consoleErrors: [], pageErrors: [], failedRequests: [] });
  await context.close();
});

async function openWidget(path: string): Promise<Locator> {
  await page.goto(`${origin}${path}`, { waitUntil: 'load' });
  await hydrateAll(page);
  const widget = page.locator('div[data-widget="model-comparison"]');
  await widget.and(page.locator('[data-hydrated]')).waitFor();
  return widget;
}

async function run(widget: Locator): Promise<void> {
  await widget.getByRole('button', { name: '加载模型并运行' }).focus();
  await page.keyboard.press('Enter');
  await widget.and(page.locator('[data-phase="ready"]')).waitFor({ timeout: 90_000 });
}

describe('ModelComparison in Chinese', () => {
  it('speaks Chinese through a run, the gallery, a timing run and the drawing pad', async () => {
    const widget = await openWidget(LESSON5_ZH);
    expect(englishPhrases(await widgetWords(widget))).toEqual([]);
    await run(widget);
    expect(await widget.locator('table.zp-mc-table tbody th').first().innerText()).toBe('float32');

    await widget.getByLabel('将 fp32 与此模型对比').selectOption('dummy');
    await expect.poll(() => page.url(), { timeout: 5000 }).toContain('compare.against=dummy');
    const first = widget.getByRole('list').first().getByRole('button').first();
    expect(await first.getAttribute('aria-label')).toMatch(/^测试数字 \d+，真实标签为 \d：fp32 认为是 \d，“虚拟范围 \(-100, 100\)”认为是 \d。放到手写板上。$/);

    await widget.getByRole('button', { name: '测量速度' }).press('Enter');
    await widget.getByRole('button', { name: '重新测量', disabled: false }).waitFor({ timeout: 120_000 });
    expect(await widget.locator('.zp-mc-note').innerText()).toMatch(/在批大小 1 时耗时为 fp32 的 [\d.]+×/);

    const digit = widget.getByLabel('从测试数字开始');
    await digit.fill('5000');
    await digit.press('Enter');
    await expect.poll(() => widget.getByRole('alert').innerText()).toBe('请选择 0 到 1999 之间的测试数字。');
    await digit.fill('42');
    await digit.press('Enter');
    await expect.poll(() => page.url(), { timeout: 5000 }).toContain('compare.digit=42');
    await widget.getByRole('button', { name: '下一个测试数字' }).press('Enter');
    await expect.poll(() => widget.locator('.zp-pad-note').innerText()).toMatch(/^测试数字 43，标签为 \d。$/);

    expect(englishPhrases(await widgetWords(widget))).toEqual([]);
    expect(await widget.locator('.zp-mc-credit').innerText()).toBe(
      '数字图像：MNIST，作者 Yann LeCun、Corinna Cortes 和 Christopher J. C. Burges，按 CC BY-SA 3.0 许可使用。',
    );
  });

  it('reports a model that did not download in its own row, in Chinese', async () => {
    await page.route('**/models/digits-fp16.onnx', (route) => route.abort('aborted'));
    const widget = await openWidget('/zh/embed/model-comparison/');
    await run(widget);
    const row = widget.locator('table.zp-mc-table tbody tr', { has: page.getByRole('rowheader', { name: 'float16 权重' }) });
    expect(await row.locator('td').innerText()).toBe('无法下载模型“float16 权重”：网络请求失败（是否已离线？）。请检查网络连接后重试。');
    expect(englishPhrases(await widgetWords(widget))).toEqual([]);
  });
});
