// ModelInspector on /inspect/ and in lesson 9: a sample model opens, the
// printout and formulas are what Python and hand arithmetic say, the table
// sorts and filters from the keyboard, a weight's charts have table
// alternatives, a file of the reader's own is read without any network
// request, bad files give the reader's message, and hostile links a notice.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { type PageProblems, useChromium, watchProblems } from './support/browser.ts';
import { hydrateAll } from './support/settle.ts';
import { fixturesDir, requireFixtures } from '../support/fixtures.ts';

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

async function open(query = '', where = '/inspect/'): Promise<Locator> {
  await page.goto(`${origin}${where}${query}`, { waitUntil: 'load' });
  await hydrateAll(page);
  return page.locator('#inspector [data-widget="model-inspector"]');
}
const summaryLine = (w: Locator) => w.locator('[data-summary-line]');
const fileInput = (w: Locator) => w.getByLabel('or choose a model file');
/** A tensor's name button in the table (the graph and the warnings have buttons of the same names). */
const rowButton = (w: Locator, name: string) => w.locator('.zp-mi-tt').getByRole('button', { name, exact: true });
const param = (key: string) => new URL(page.url()).searchParams.get(`inspector.${key}`);

/** What Python prints for the digit model's float input [batch, 1, 28, 28] (a symbolic batch prints as -1). */
const DIGITS_INPUT =
  "[{'name': 'input', 'index': 0, 'shape': array([-1,  1, 28, 28], dtype=int32), 'shape_signature': array([-1,  1, 28, 28], dtype=int32), " +
  "'dtype': <class 'numpy.float32'>, 'quantization': (0.0, 0), 'quantization_parameters': {'scales': array([], dtype=float32), " +
  "'zero_points': array([], dtype=int32), 'quantized_dimension': 0}, 'sparsity_parameters': {}}]";

describe('ModelInspector', () => {
  it('opens the sample model: summary, verdict with its lesson, the printout and a per-tensor formula', async () => {
    const w = await open();
    await summaryLine(w).waitFor({ timeout: 15_000 });
    expect(await summaryLine(w).innerText()).toMatch(/digits-int8\.onnx: ONNX IR 7, 16,446 bytes, 36 tensors, 9 operators/);
    expect(await w.getByRole('heading', { name: /^Flavour: Full integer, uint8 activations$/ }).count()).toBe(1);
    expect(await w.getByRole('link', { name: 'Lesson: Integer arithmetic' }).getAttribute('href')).toBe('/lessons/integer-arithmetic/');
    expect(await w.getByLabel('Output of print(interpreter.get_input_details())').innerText()).toBe(DIGITS_INPUT);

    // fc2's output: the model card's calibrated scale 0.1870368868112564 and zero point 100.
    const filter = w.getByLabel('Filter tensors');
    await filter.fill('fc2 activation');
    await rowButton(w, 'fc2').click();
    await expect.poll(() => w.locator('[data-formula]').innerText()).toBe('real = 0.187 × (q − 100)');
    // uint8 codes 0…255 with z = 100: (0 − 100)·s to (255 − 100)·s.
    expect(await w.locator('.zp-mi-panel').innerText()).toContain('real values in [−18.7, 28.99]');
    await expect.poll(() => param('tensor'), { timeout: 5000 }).toBe('33');
  });

  it('sorts and filters from the keyboard, and both land in the URL', async () => {
    const w = await open();
    await summaryLine(w).waitFor({ timeout: 15_000 });
    const filter = w.getByLabel('Filter tensors');
    await filter.focus();
    await page.keyboard.type('.w');
    await expect.poll(() => w.locator('#inspector-filter-count').innerText()).toMatch(/^\d+ of 36 tensors$/);
    const header = w.getByRole('columnheader', { name: 'Stored bytes' });
    const sortButton = header.getByRole('button');
    await sortButton.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => header.getAttribute('aria-sort')).toBe('ascending');
    await page.keyboard.press('Enter');
    await expect.poll(() => header.getAttribute('aria-sort')).toBe('descending');
    expect(await w.getByRole('columnheader', { name: 'Name' }).getAttribute('aria-sort')).toBe('none');
    // fc1.w is 32 × 16 × 5 × 5 int8 weights, the largest tensor.
    const firstName = () => w.locator('.zp-mi-tt tbody tr').first().getByRole('rowheader').innerText();
    await expect.poll(firstName).toBe('fc1.w');
    await expect.poll(() => param('sort'), { timeout: 5000 }).toBe('bytes');
    expect(param('descending')).toBe('true');
    expect(param('filter')).toBe('.w');

    await page.waitForLoadState('networkidle');
    await page.reload({ waitUntil: 'load' });
    await hydrateAll(page);
    await summaryLine(w).waitFor({ timeout: 15_000 });
    expect(await w.getByLabel('Filter tensors').inputValue()).toBe('.w');
    await expect.poll(firstName).toBe('fc1.w');
  });

  it('a selected per-channel weight shows its axis, the scale chart and the histogram, with data tables', async () => {
    const w = await open('?inspector.sample=digits-weights-int8');
    await summaryLine(w).waitFor({ timeout: 15_000 });
    await w.getByLabel('Filter tensors').fill('conv2.weight.q');
    const name = rowButton(w, 'conv2.weight.q');
    await name.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => w.locator('[data-formula]').innerText()).toBe('real = scale[c] × (q − 0) along axis 0 (channel c)');
    const panel = w.locator('.zp-mi-panel');
    expect(await panel.innerText()).toContain('quantized_dimension 0: channel c is the index along axis 0 of shape [16, 8, 3, 3] (size 16), one scale per entry.');
    const scaleFigure = panel.getByRole('figure', { name: 'Scale per channel' });
    expect(await scaleFigure.locator('tbody tr').count()).toBe(16);
    const hist = panel.getByRole('figure', { name: 'Histogram of the dequantized values' });
    await expect.poll(() => hist.locator('tbody tr').count(), { timeout: 10_000 }).toBe(40);
    // 16 × 8 × 3 × 3 = 1152 weights in the histogram's bins.
    const counts = await hist.locator('tbody tr td:nth-child(2)').allTextContents();
    expect(counts.map((c) => Number(c.replace(/,/g, ''))).reduce((a, b) => a + b, 0)).toBe(1152);
    await panel.getByText('Chart appears when scripts have loaded').first().waitFor({ state: 'detached', timeout: 15_000 });
    const label = await hist.getByRole('img').getAttribute('aria-label');
    expect(label).toContain('1,152 dequantized values');
    expect(await w.getByRole('heading', { name: /Dynamic range/ }).count()).toBe(1);
  });

  const hello = path.join(fixturesDir, 'models', 'tflite', 'hello_world_int8.tflite');
  const truth = path.join(fixturesDir, 'truth', 'tflite', 'hello_world_int8.json');
  if (requireFixtures('ModelInspector reads a real .tflite chosen by the reader', 'models', 'tflite', 'hello_world_int8.tflite')) {
    it('reads a .tflite from the file input without any network request, as flatc’s truth says', async () => {
      const w = await open('?inspector.sample=none');
      await w.getByText('No model open yet.').waitFor();
      // The inspector fetches its worker and chart code when it starts; after that, nothing may go out.
      await page.waitForLoadState('networkidle');
      const requests: string[] = [];
      // Every request counts except the site icon, which Chromium fetches on its own schedule.
      page.on('request', (r) => {
        if (new URL(r.url()).pathname !== '/favicon.svg') requests.push(r.url());
      });
      await fileInput(w).setInputFiles({ name: 'hello_world_int8.tflite', mimeType: 'application/octet-stream', buffer: readFileSync(hello) });
      await summaryLine(w).waitFor({ timeout: 15_000 });
      const input = (JSON.parse(readFileSync(truth, 'utf8')) as { subgraphs: { input_details: { name: string; quantization: [number, number] }[] }[] }).subgraphs[0].input_details[0];
      const printed = await w.getByLabel('Output of print(interpreter.get_input_details())').innerText();
      expect(printed).toContain(`'name': '${input.name}', 'index': 0`);
      expect(printed).toContain(`'quantization': (${input.quantization[0]}, ${input.quantization[1]})`);
      // Tensor 0: scale 0.024480115622282028, zero point −128.
      await rowButton(w, input.name).click();
      await expect.poll(() => w.locator('[data-formula]').innerText()).toBe('real = 0.02448 × (q − (−128))');
      // A weight's histogram comes from the bytes kept in the worker.
      await rowButton(w, 'sequential/dense_1/MatMul').click();
      await expect.poll(() => w.locator('.zp-mi-panel').getByRole('figure', { name: /Histogram/ }).locator('tbody tr').count(), { timeout: 10_000 }).toBe(40);
      expect(await w.innerText()).toContain('cannot carry your own file');
      expect(param('sample')).toBe('none');
      expect(requests, 'requests made while the file was inspected').toEqual([]);
    });

    it('a .tflite renamed .onnx is read by its content, with a warning about the name', async () => {
      const w = await open('?inspector.sample=none');
      await fileInput(w).setInputFiles({ name: 'model.onnx', mimeType: 'application/octet-stream', buffer: readFileSync(hello) });
      await summaryLine(w).waitFor({ timeout: 15_000 });
      expect(await w.innerText()).toContain('The file is named .onnx but its content is a TFLite FlatBuffer; it was read as TFLite.');
    });
  }

  it('bad files show the reader’s message, and the inspector keeps working', async () => {
    const w = await open('?inspector.sample=none');
    await w.getByText('No model open yet.').waitFor();
    const cases: [string, Buffer, string][] = [
      ['empty.tflite', Buffer.alloc(0), 'empty file: 0 bytes, nothing to read'],
      ['model.tflite', Buffer.from('<!DOCTYPE html><html><head><title>Download</title></head><body>model</body></html>'), "not a TFLite file (identifier 'CTYP'): it starts like an HTML or XML page, perhaps a download page saved instead of the model"],
      ['header.tflite', Buffer.from([12, 0, 0, 0, 0x54, 0x46, 0x4c, 0x33]), 'truncated: offset 12 points past the end of the file (8 bytes) (reading model root offset)'],
      ['random.bin', Buffer.from(Array.from({ length: 64 }, (_, i) => (i * 73 + 41) % 251)), "not a TFLite or ONNX file (no 'TFL3' identifier at bytes 4-7"],
      ['cut.onnx', readFileSync('public/models/digits-int8.onnx').subarray(0, 1000), 'truncated: a field of 16422 bytes at offset 15 runs past the end of the file (1000 bytes) (reading ModelProto)'],
    ];
    for (const [name, buffer, message] of cases) {
      await fileInput(w).setInputFiles({ name, mimeType: 'application/octet-stream', buffer });
      const alert = w.getByRole('alert');
      await expect.poll(() => alert.innerText(), { timeout: 10_000 }).toContain(`Could not read your file ${name}.`);
      expect(await alert.locator('[data-error]').innerText()).toContain(message);
    }
    // Still alive: a sample opens after all that.
    await w.getByLabel('Or open one of this site’s models').selectOption('digits-fp32');
    await summaryLine(w).waitFor({ timeout: 15_000 });
    expect(await w.getByRole('heading', { name: 'Flavour: Not quantized' }).count()).toBe(1);
  });

  it('a file dropped on the drop zone is read like a chosen one', async () => {
    const w = await open('?inspector.sample=none');
    await w.getByText('No model open yet.').waitFor();
    const bytes = [...readFileSync('public/models/digits-fp16.onnx')];
    await w.locator('.zp-mi-drop').evaluate((zone, data) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([new Uint8Array(data)], 'dropped.onnx'));
      zone.dispatchEvent(new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true }));
      zone.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    }, bytes);
    await summaryLine(w).waitFor({ timeout: 15_000 });
    expect(await summaryLine(w).innerText()).toContain('dropped.onnx');
    // model-card.json: "float16 weights".
    expect(await w.getByRole('heading', { name: 'Flavour: float16 weights' }).count()).toBe(1);
  });

  it('a hostile or impossible link falls back with a notice', async () => {
    const w = await open('?inspector.sort=%3Cscript%3E&inspector.filter=javascript%3Aalert(1)&inspector.tensor=999');
    const notice = w.getByRole('status').filter({ hasText: 'could not be used' });
    await expect.poll(() => notice.count()).toBe(1);
    await summaryLine(w).waitFor({ timeout: 15_000 });
    await expect.poll(() => notice.innerText()).toContain('there is no tensor 999');
    expect(await notice.innerText()).not.toContain('<script>');
    expect(await w.getByLabel('Filter tensors').inputValue()).toBe('');
    expect(await w.getByRole('columnheader', { name: '#' }).getAttribute('aria-sort')).toBe('ascending');
  });

  it('lesson 9 shows the inspector, and the header links to /inspect/', async () => {
    const w = await open('', '/lessons/look-inside-your-model/');
    await summaryLine(w).waitFor({ timeout: 15_000 });
    expect(await page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'Inspect' }).getAttribute('href')).toBe('/inspect/');
  });
});
