// ModelInspector on /zh/inspect/ and in the Chinese lesson 9: everything the
// reader sees is Chinese (labels, the worker's verdict, evidence, warnings,
// formulas and chart texts, and the messages for damaged or hostile files),
// numbers and code stay as they are, and lesson links stay in Chinese.
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { type PageProblems, useChromium, watchProblems } from './support/browser.ts';
import { hydrateAll } from './support/settle.ts';

const origin = inject('origin');
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

async function open(query = '', where = '/zh/inspect/'): Promise<Locator> {
  await page.goto(`${origin}${where}${query}`, { waitUntil: 'load' });
  await hydrateAll(page);
  return page.locator('#inspector [data-widget="model-inspector"]');
}
const summaryLine = (w: Locator) => w.locator('[data-summary-line]');
const fileInput = (w: Locator) => w.getByLabel('或选择一个模型文件');
const rowButton = (w: Locator, name: string) => w.locator('.zp-mi-tt').getByRole('button', { name, exact: true });

/**
 * English words left in the widget's text, leaving out what is not prose:
 * code, printouts, file and tensor names (buttons, monospace), operator and
 * type names, and the handful of technical words Chinese text keeps as they are.
 * A file error's detail is checked word for word instead: it quotes the
 * file's own structure names (ModelProto, "model root offset").
 */
const KEPT = new Set([
  'ONNX', 'TFLite', 'IR', 'schema', 'dtype', 'real', 'scale', 'zero_point', 'axis', 'quantized_dimension', 'get_input_details',
  'get_tensor_details', 'quantization', 'int8', 'uint8', 'int16', 'int32', 'float16', 'float32', 'ConvInteger', 'SQNR', 'ReLU',
  'softmax', 'sigmoid', 'default_ranges_stats', 'QuantizeLinear', 'DequantizeLinear', 'QUANTIZE', 'DEQUANTIZE', 'JavaScript',
  's_in', 's_w', 's_out', 'sin', 'sout', 'shift', 'M0', 'HTTP', 'protobuf', 'varint', 'FlatBuffer', 'ModelProto', 'HTML', 'XML', 'TFL3', 'onnx',
  'tflite', 'NaN', 'Python', 'API', 'interpreter', 'get_output_details', 'int4', 'uint16', 'float64', 'bfloat16',
]);
async function englishLeft(w: Locator): Promise<string[]> {
  const text = await w.evaluate((root) => {
    const copy = root.cloneNode(true) as HTMLElement;
    for (const el of copy.querySelectorAll('pre, code, .mono, .zp-mi-t, .zp-mi-link, .zp-mi-name, .zp-mi-code, strong, option, [data-error]')) el.remove();
    // Cells and lines apart, as a reader sees them (a detached copy has no layout).
    for (const el of copy.querySelectorAll('*')) el.append(' ');
    // Quoted names ('fc1.w', the producer “zero-point”) are the file's, not ours.
    return (copy.textContent ?? '').replace(/'[^']*'|“[^”]*”/g, ' ');
  });
  const ops = await w.evaluate((root) => [...root.querySelectorAll('.zp-mi-box strong')].map((e) => e.textContent ?? ''));
  return [...new Set(text.match(/[A-Za-z][A-Za-z0-9_]{2,}/g) ?? [])].filter((word) => !KEPT.has(word) && !ops.includes(word) && !/^[A-Z][A-Z0-9_]+$/.test(word) && !/^(Q?Linear|Conv|Mat|Gemm|Relu|Add|Reshape|Flatten|MaxPool|Softmax)/.test(word));
}

describe('ModelInspector in Chinese', () => {
  it('opens the sample model with Chinese labels, verdict, evidence, warnings and a Chinese lesson link', async () => {
    const w = await open();
    await summaryLine(w).waitFor({ timeout: 15_000 });
    expect(await summaryLine(w).innerText()).toMatch(/^digits-int8\.onnx：ONNX IR 7，16,446 字节，36 个张量，9 个算子，由“zero-point”生成。读取用时 [\d.]+ 毫秒。$/);
    expect(await w.getByRole('heading', { name: '量化类型：全整数量化，uint8 激活值' }).count()).toBe(1);
    expect(await w.getByRole('link', { name: '课程：整数运算' }).getAttribute('href')).toBe('/zh/lessons/integer-arithmetic/');
    expect(await w.locator('.zp-mi-evidence').innerText()).toMatch(/个带权重的算子中有 \d+ 个/);
    expect(await w.getByRole('heading', { name: /^警告（\d+）$/ }).count()).toBe(1);
    // The printout is Python's, in any language.
    expect(await w.getByLabel('print(interpreter.get_input_details()) 的输出').innerText()).toContain("'name': 'input'");

    await w.getByLabel('筛选张量').fill('fc2 激活值');
    await rowButton(w, 'fc2').click();
    await expect.poll(() => w.locator('[data-formula]').innerText()).toBe('real = 0.187 × (q − 100)');
    expect(await w.locator('.zp-mi-panel').innerText()).toContain('可以表示的实数范围是 [−18.7, 28.99]。');
    expect(await englishLeft(w)).toEqual([]);
  });

  it('a per-channel weight’s axis, charts and their text alternatives are Chinese; an English filter in a link still works', async () => {
    const w = await open('?inspector.sample=digits-weights-int8&inspector.filter=per-axis');
    await summaryLine(w).waitFor({ timeout: 15_000 });
    await expect.poll(() => w.locator('#inspector-filter-count').innerText()).toMatch(/^\d+ \/ \d+ 个张量$/);
    await rowButton(w, 'conv2.weight.q').click();
    await expect.poll(() => w.locator('[data-formula]').innerText()).toBe('real = scale[c] × (q − 0)，沿轴 0（通道 c）');
    const panel = w.locator('.zp-mi-panel');
    expect(await panel.innerText()).toContain('quantized_dimension 0：通道 c 是形状 [16, 8, 3, 3] 沿轴 0 的下标（大小 16），每个下标一个缩放因子。');
    const hist = panel.getByRole('figure', { name: '反量化值的直方图' });
    await expect.poll(() => hist.locator('tbody tr').count(), { timeout: 10_000 }).toBe(40);
    await panel.getByText('Chart appears', { exact: false }).first().waitFor({ state: 'detached', timeout: 15_000 }).catch(() => undefined);
    await expect.poll(() => hist.getByRole('img').getAttribute('aria-label'), { timeout: 15_000 }).toContain('1,152 个反量化值的直方图');
    const scales = panel.getByRole('figure', { name: '逐通道缩放因子' });
    expect(await scales.getByRole('img').getAttribute('aria-label')).toMatch(/^沿轴 0 的逐通道缩放因子：共 16 个通道/);
    expect(await w.getByRole('heading', { name: '量化类型：动态范围量化（仅权重）' }).count()).toBe(1);
    expect(await englishLeft(w)).toEqual([]);
  });

  it('damaged and hostile files get Chinese messages, and the inspector keeps working', async () => {
    const w = await open('?inspector.sample=none');
    await w.getByText('还没有打开任何模型。').waitFor();
    const cases: [string, Buffer, string][] = [
      ['empty.tflite', Buffer.alloc(0), '文件是空的：0 字节，没有可读的内容'],
      ['model.tflite', Buffer.from('<!DOCTYPE html><html><head><title>Download</title></head><body>model</body></html>'), "不是 TFLite 文件（标识为 'CTYP'）：它的开头像 HTML 或 XML 网页，可能保存的是下载页面而不是模型本身"],
      ['header.tflite', Buffer.from([12, 0, 0, 0, 0x54, 0x46, 0x4c, 0x33]), '文件被截断：偏移 12 指向文件末尾之后（文件共 8 字节）（读取 model root offset 时）'],
      ['cut.onnx', readFileSync('public/models/digits-int8.onnx').subarray(0, 1000), '文件被截断：偏移 15 处一个 16422 字节的字段超出了文件末尾（文件共 1000 字节）（读取 ModelProto 时）'],
    ];
    for (const [name, buffer, message] of cases) {
      await fileInput(w).setInputFiles({ name, mimeType: 'application/octet-stream', buffer });
      const alert = w.getByRole('alert');
      await expect.poll(() => alert.innerText(), { timeout: 10_000 }).toContain(`无法读取你的文件 ${name}。`);
      expect(await alert.locator('[data-error]').innerText()).toBe(message);
      expect(await englishLeft(w)).toEqual([]);
    }
    await w.getByLabel('或打开本站自带的模型').selectOption('digits-fp32');
    await summaryLine(w).waitFor({ timeout: 15_000 });
    expect(await w.getByRole('heading', { name: '量化类型：未量化' }).count()).toBe(1);
  });

  it('a hostile link gets a Chinese notice', async () => {
    const w = await open('?inspector.sort=%3Cscript%3E&inspector.tensor=999');
    const notice = w.getByRole('status').filter({ hasText: '有些设置无法使用' });
    await expect.poll(() => notice.count()).toBe(1);
    await summaryLine(w).waitFor({ timeout: 15_000 });
    await expect.poll(() => notice.innerText()).toContain('这个模型有 36 个张量，没有张量 999。');
    // The parameter and its allowed values are the link's own words.
    expect(await notice.innerText()).toMatch(/链接中的 inspector\.sort 必须是 position、name、.*之一，已改用 position。/);
    await notice.getByRole('button', { name: '关闭' }).click();
    expect(await englishLeft(w)).toEqual([]);
  });

  it('the Chinese lesson 9 carries the Chinese inspector', async () => {
    const w = await open('', '/zh/lessons/look-inside-your-model/');
    await summaryLine(w).waitFor({ timeout: 15_000 });
    expect(await w.getByRole('heading', { name: '量化类型：全整数量化，uint8 激活值' }).count()).toBe(1);
  });
});
