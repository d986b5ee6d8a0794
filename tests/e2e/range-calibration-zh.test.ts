// RangeCalibration on the Chinese lesson, driven from the keyboard: every
// word it shows or announces after a run, a sweep and the reference check is
// Chinese (numbers, code and names aside); bad input, a hostile link and a
// failed download are answered in Chinese too.
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { useChromium, watchProblems, type PageProblems } from './support/browser.ts';
import { hydrateAll } from './support/settle.ts';
import { englishPhrases, widgetWords } from './support/english-left.ts';

const origin = inject('origin');
const LESSON4_ZH = '/zh/lessons/calibration-and-dummy-ranges/';

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
  const widget = page.locator('div[data-widget="range-calibration"]');
  await widget.and(page.locator('[data-hydrated]')).waitFor();
  return widget;
}

async function start(widget: Locator): Promise<void> {
  await widget.getByRole('button', { name: '加载模型并量化' }).focus();
  await page.keyboard.press('Enter');
  await widget.and(page.locator('[data-phase="ready"]')).waitFor({ timeout: 90_000 });
}

const settled = (widget: Locator) => widget.and(page.locator(':not([data-busy])')).waitFor({ timeout: 60_000 });

describe('RangeCalibration in Chinese', () => {
  it('speaks Chinese through a run, a dummy range, a sweep and the reference check', async () => {
    const widget = await openWidget(LESSON4_ZH);
    expect(englishPhrases(await widgetWords(widget))).toEqual([]);
    await start(widget);
    await settled(widget);
    expect(await widget.locator('.zp-rc-metrics').textContent()).toMatch(/准确率（int8）\s*[\d.]+%/);
    expect(englishPhrases(await widgetWords(widget))).toEqual([]);

    await widget.getByRole('radio', { name: '百分位数' }).check();
    expect(await widget.getByLabel('保留的百分位').locator('option').allTextContents()).toEqual(['第 99.9 百分位（两端各截掉 0.1%）', '第 99.99 百分位（两端各截掉 0.01%）']);

    await widget.getByRole('radio', { name: '虚拟范围（不校准）' }).check();
    await widget.getByRole('button', { name: '(0, 6)' }).press('Enter');
    await expect.poll(async () => widget.locator('.zp-rc-summary').innerText(), { timeout: 60_000 }).toMatch(/fc1 \+ ReLU：有截断，[\d.]+% 的值落在范围之外/);

    const min = widget.getByLabel('虚拟最小值');
    await min.fill('abc');
    await min.press('Enter');
    await expect.poll(() => widget.getByText('请输入一个数，例如 −100 或 6。').count()).toBeGreaterThan(0);
    await min.fill('50');
    await min.press('Enter');
    await expect.poll(() => widget.getByRole('alert').innerText()).toBe('最小值必须小于最大值。');

    await widget.getByRole('button', { name: '扫描一组虚拟范围' }).press('Enter');
    const sweep = widget.locator('table.zp-rc-sweep');
    await expect.poll(() => sweep.locator('caption').innerText(), { timeout: 120_000 }).toBe('所有层使用同一个虚拟范围时的准确率');
    await settled(widget);
    await widget.getByRole('button', { name: '与 TypeScript 整数参考实现对比', disabled: false }).press('Enter');
    await expect.poll(() => widget.getByText(/逐位一致/).count(), { timeout: 60_000 }).toBe(1);

    expect(englishPhrases(await widgetWords(widget))).toEqual([]);
    expect(await widget.locator('.zp-rc-credit').innerText()).toBe(
      '数字图像：MNIST，作者 Yann LeCun、Corinna Cortes 和 Christopher J. C. Burges，按 CC BY-SA 3.0 许可使用。',
    );
  }, 240_000);

  it('answers a hostile link with a Chinese notice', async () => {
    const widget = await openWidget(`${LESSON4_ZH}?calibration.method=%3Cscript%3E&calibration.images=5000`);
    const notice = widget.getByRole('status').filter({ hasText: '以下设置无法使用' });
    await expect.poll(() => notice.innerText()).toMatch(/method/);
    expect(await notice.innerText()).not.toContain('<script>');
    expect(englishPhrases(await widgetWords(widget))).toEqual([]);
  });

  it('says in Chinese that a download failed, and offers to try again', async () => {
    // The reader is offline when the model card is fetched.
    await page.route('**/models/model-card.json', (route) => route.abort('aborted'));
    const widget = await openWidget('/zh/embed/range-calibration/');
    await widget.getByRole('button', { name: '加载模型并量化' }).press('Enter');
    const alert = widget.getByRole('alert');
    await expect.poll(() => alert.innerText(), { timeout: 60_000 }).toBe('无法下载模型说明文件：网络请求失败（是否已离线？）。请检查网络连接后重试。');
    expect(await widget.getByRole('button', { name: '重试' }).count()).toBe(1);
  });
});
