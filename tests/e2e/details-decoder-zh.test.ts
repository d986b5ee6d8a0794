// Lesson 2's get_input_details() decoder on the Chinese page: labels, the
// explanation of each field, the parser's error messages and the notices are
// Chinese; numbers, printouts and generated code are the English page's.
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { type PageProblems, useChromium, watchProblems } from './support/browser.ts';
import { hydrateAll } from './support/settle.ts';

const origin = inject('origin');
const LESSON = '/zh/lessons/reading-get-input-details/';
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

async function open(query = '', id = 'decoder'): Promise<Locator> {
  await page.goto(`${origin}${LESSON}${query}`, { waitUntil: 'load' });
  await hydrateAll(page);
  const widget = page.locator(`#${id} [data-widget="details-decoder"][data-hydrated]`);
  await widget.waitFor();
  return widget;
}

const paste = (w: Locator) => w.getByRole('textbox', { name: '粘贴 Python 打印的内容' });

function rows(w: Locator): Promise<string[][]> {
  return w.locator('table').first().evaluate((table) =>
    [...table.querySelectorAll('tbody tr')].map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent!.replace(/\s+/g, ' ').trim())),
  );
}

/** Two English words in a row (field names such as zero_point and code are not words). */
const ENGLISH_PHRASE = /\b[A-Za-z][a-z]{2,}\s+[a-z]{3,}\b/;

/** The widget's visible text, titles and accessible names, without code, the paste and the excerpt of it. */
async function words(w: Locator): Promise<string> {
  return w.evaluate((root) => {
    const clone = root.cloneNode(true) as HTMLElement;
    for (const el of clone.querySelectorAll('code, textarea')) el.remove();
    const named = [...root.querySelectorAll('[aria-label], [title]')].flatMap((el) => [el.getAttribute('aria-label') ?? '', el.getAttribute('title') ?? '']);
    // An English term in brackets after the Chinese one, 零点（zero point）, is how terms are introduced.
    return `${clone.innerText}\n${named.join('\n')}`.replace(/（[^）]*）/g, '');
  });
}

describe('DetailsDecoder in Chinese', () => {
  it('the default example: the same numbers, Chinese words, the same code', async () => {
    const w = await open();
    expect(await w.locator('.zp-dd-title').innerText()).toBe('get_input_details() 解读器');
    expect(await rows(w)).toEqual([['input_1_1 索引 47', '[1, 128, 128, 3]', 'uint8', '0.003921568859368563', '0', '[0, 1]']]);
    expect(await w.locator('.zp-dd-headline').innerText()).toBe('uint8，缩放因子 0.00392157，零点 0：实数值范围 [0, 1]，步长 0.00392157');
    expect(await w.locator('.zp-dd-prose li').first().innerText()).toBe(
      '0–255 的图像字节可以直接输入。模型把它们读作 0 到 1，相当于把像素值除以 255（输入范围 [0, 1]）。',
    );
    expect(await w.getByRole('tabpanel').textContent()).toContain('SCALE = np.float32(0.003921568859368563)');
    expect(await w.getByRole('button', { name: '重置张量信息解读器“decoder”' }).count()).toBe(1);
    expect(await words(w)).not.toMatch(ENGLISH_PHRASE);
  });

  it('every example reads in Chinese; per-channel weights fill the channel table', async () => {
    const w = await open();
    for (const chip of await w.getByRole('group', { name: '示例' }).getByRole('button').all()) {
      await chip.click();
      await expect.poll(() => chip.getAttribute('aria-pressed')).toBe('true');
      expect(await words(w), await chip.innerText()).not.toMatch(ENGLISH_PHRASE);
    }
    await w.getByRole('button', { name: '逐通道量化的权重', exact: true }).click();
    await expect.poll(async () => (await rows(w))[0]?.slice(3, 5)).toEqual(['16 个缩放因子，轴 0', '全为 0']);
    await expect.poll(() => w.getByRole('table', { name: /沿第 0 维逐通道/ }).locator('tbody tr').count()).toBe(16);
  });

  it('a broken paste: the line, the column and the reason in Chinese; the spot is selected', async () => {
    const w = await open();
    const broken = "[{'name': 'x',\n  'shape': array([1, 2], dtype=int32)\n  'dtype': <class 'numpy.uint8'>}]";
    await paste(w).fill(broken);
    const alert = w.getByRole('alert');
    await expect.poll(() => alert.innerText()).toMatch(/无法读取第 3 行第 3 列：\s*'shape' 的值之后应为 ',' 或 '}'，但遇到的是文本 'dtype'。/);
    await alert.getByRole('button', { name: '在粘贴框中选中它' }).click();
    const at = broken.indexOf("'dtype'");
    expect(await paste(w).evaluate((el: HTMLTextAreaElement) => [el.selectionStart, el.selectionEnd])).toEqual([at, at + 7]);
    for (const bad of ["{'name': os.system('x')}", "[{\u2018name\u2019: 1}]", "[{'name': 'x', 'index': 1", "{'quantization': (0.5, 1.5)}", '']) {
      await paste(w).fill(bad);
      await expect.poll(() => alert.innerText()).toMatch(/^无法读取第 \d+ 行第 \d+ 列：/);
      expect(await words(w), bad).not.toMatch(ENGLISH_PHRASE);
    }
  });

  it('notes about a paste, and a paste too long for a link, are Chinese', async () => {
    const w = await open();
    await paste(w).fill("{'dtype': <class 'numpy.int8'>, 'quantization': (0.5, 200), 'extra': 1}");
    const notes = w.getByRole('note');
    await expect.poll(() => notes.innerText()).toMatch(/键 'extra' 不是解释器会输出的键/);
    expect(await notes.innerText()).toMatch(/输出中没有 'name'/);
    expect(await notes.innerText()).toMatch(/这组参数无法直接使用：零点（zero point）必须落在该数据类型能表示的整数范围内。/);
    expect(await words(w)).not.toMatch(ENGLISH_PHRASE);
    const one = "{'name': 'n', 'index': 1, 'shape': array([1], dtype=int32), 'dtype': <class 'numpy.float32'>, 'quantization': (0.0, 0)}";
    await paste(w).fill(`[${new Array(80).fill(one).join(', ')}]`);
    await expect.poll(() => w.getByText(/链接最多保存 6,000 个字符/).count()).toBe(1);
    expect(await w.locator('caption').first().innerText()).toBe('80 个张量');
  });

  it('hostile link values give a Chinese notice and the defaults', async () => {
    const w = await open(`?decoder.lang=cobol&decoder.paste=${encodeURIComponent('<script>alert(1)</script>')}`);
    const notice = w.getByRole('status').filter({ hasText: '有些设置无法使用' });
    await expect.poll(() => notice.count()).toBe(1);
    expect(await words(w)).not.toMatch(ENGLISH_PHRASE);
    await notice.getByRole('button', { name: '关闭' }).click();
    expect(await notice.count()).toBe(0);
  });
});
