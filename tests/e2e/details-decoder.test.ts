// Lesson 2's get_input_details() decoder, driven as a reader would: click an
// example, paste a printout, read the table, switch code tabs from the
// keyboard, copy the Python snippet, break the paste and see where, and share
// the state through the URL. Hostile URL values give a notice, not a crash.
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { type PageProblems, useChromium, watchProblems } from './support/browser.ts';
import { hydrateAll } from './support/settle.ts';
import { EXAMPLES } from '../../src/widgets/details-decoder/examples.ts';
import { en } from '../../src/widgets/details-decoder/strings.ts';

const origin = inject('origin');
const LESSON = '/lessons/reading-get-input-details/';
const openContext = useChromium();
let context: BrowserContext;
let page: Page;
let problems: PageProblems;

async function open(query = ''): Promise<Locator> {
  page = await context.newPage();
  problems = watchProblems(page);
  await page.goto(`${origin}${LESSON}${query}`, { waitUntil: 'load' });
  await hydrateAll(page);
  const widget = page.locator('#decoder [data-widget="details-decoder"]');
  await widget.and(page.locator('[data-hydrated]')).waitFor();
  return widget;
}

function paste(widget: Locator): Locator {
  return widget.getByRole('textbox', { name: 'Paste what Python printed' });
}

/** The tensor table as text: one array of cell texts per row. */
function rows(widget: Locator): Promise<string[][]> {
  return widget.locator('table').first().evaluate((table) =>
    [...table.querySelectorAll('tbody tr')].map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent!.replace(/\s+/g, ' ').trim())),
  );
}

beforeEach(async () => {
  context = await openContext({ permissions: ['clipboard-read', 'clipboard-write'] });
});
afterEach(async () => {
  expect(problems, 'errors while driving the widget').toEqual({ consoleErrors: [], pageErrors: [], failedRequests: [] });
  await context.close();
});

describe('lesson 2: DetailsDecoder', () => {
  it('renders the default example, and every example from one click', async () => {
    const widget = await open();
    expect(await rows(widget)).toEqual([['input_1_1 index 47', '[1, 128, 128, 3]', 'uint8', '0.003921568859368563', '0', '[0, 1]']]);
    expect(EXAMPLES.length).toBeGreaterThanOrEqual(8);
    for (const example of EXAMPLES) {
      const { label } = en.examples[example.id];
      await widget.getByRole('button', { name: label, exact: true }).click();
      await expect.poll(() => paste(widget).inputValue()).toBe(example.text);
      expect(await widget.getByRole('button', { name: label, exact: true }).getAttribute('aria-pressed')).toBe('true');
      expect((await rows(widget)).length, example.id).toBeGreaterThan(0);
    }
    await widget.getByRole('button', { name: 'Per-channel weights', exact: true }).click();
    const r = await rows(widget);
    expect(r[0].slice(1, 5)).toEqual(['[16, 3, 3, 3]', 'int8', '16 scales, axis 0', 'all 0']);
    await expect.poll(() => widget.getByRole('table', { name: /Per channel along dimension 0/ }).locator('tbody tr').count()).toBe(16);
  });

  it('without JavaScript the default example is already explained', async () => {
    const bare = await openContext({ javaScriptEnabled: false });
    page = await bare.newPage();
    problems = watchProblems(page);
    await page.goto(`${origin}${LESSON}`, { waitUntil: 'load' });
    const widget = page.locator('#decoder [data-widget="details-decoder"]');
    expect(await rows(widget)).toEqual([['input_1_1 index 47', '[1, 128, 128, 3]', 'uint8', '0.003921568859368563', '0', '[0, 1]']]);
    expect(await widget.getByRole('tabpanel').textContent()).toContain('SCALE = np.float32(0.003921568859368563)');
    await bare.close();
  });

  it('a pasted printout becomes the table; tabs work from the keyboard; the Python snippet copies', async () => {
    const widget = await open();
    const text = "[{'name': 'serving_default_x:0', 'index': 3, 'shape': array([ 1, 10], dtype=int32), 'dtype': <class 'numpy.int8'>, 'quantization': (0.00390625, -128)}]";
    await paste(widget).fill(text);
    await expect.poll(() => rows(widget)).toEqual([['serving_default_x:0 index 3', '[1, 10]', 'int8', '0.00390625', '−128', '[0, 0.996094]']]);
    expect(await widget.getByText(/looks like a probability/).count()).toBe(1);

    const python = widget.getByRole('tab', { name: 'Python (numpy)' });
    expect(await python.getAttribute('aria-selected')).toBe('true');
    await python.focus();
    await page.keyboard.press('ArrowRight');
    const kotlin = widget.getByRole('tab', { name: 'Kotlin (Android)' });
    await expect.poll(() => kotlin.getAttribute('aria-selected')).toBe('true');
    expect(await page.evaluate(() => (document.activeElement as HTMLElement).textContent)).toBe('Kotlin (Android)');
    await expect.poll(() => widget.getByRole('tabpanel').textContent()).toContain('const val SCALE = 0.00390625f');
    await page.keyboard.press('End');
    await expect.poll(() => widget.getByRole('tab', { name: 'TypeScript' }).getAttribute('aria-selected')).toBe('true');
    await page.keyboard.press('Home');
    await expect.poll(() => python.getAttribute('aria-selected')).toBe('true');

    await widget.getByRole('button', { name: 'Copy Python (numpy) code' }).click();
    await expect.poll(() => widget.getByText('Copied.').count()).toBe(1);
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain('SCALE = np.float32(0.00390625)');
    expect(copied).toContain('ZERO_POINT = -128');
    expect(copied).toContain('y = dequantize(interpreter.get_tensor(3))');
  });

  it('a broken paste shows the line and column and selects the spot in the text box', async () => {
    const widget = await open();
    const broken = "[{'name': 'x',\n  'shape': array([1, 2], dtype=int32)\n  'dtype': <class 'numpy.uint8'>}]";
    await paste(widget).fill(broken);
    const alert = widget.getByRole('alert');
    await expect.poll(() => alert.textContent()).toMatch(/Could not read line 3, column 3: expected ',' or '}' after the value of 'shape'/);
    expect(await alert.locator('mark').textContent()).toBe("'dtype'");
    expect(await paste(widget).getAttribute('aria-invalid')).toBe('true');
    expect(await widget.locator('table').count()).toBe(0);
    await alert.getByRole('button', { name: 'Select it in the paste' }).click();
    const selection = await paste(widget).evaluate((el: HTMLTextAreaElement) => [el.selectionStart, el.selectionEnd, document.activeElement === el]);
    const at = broken.indexOf("'dtype'");
    expect(selection).toEqual([at, at + "'dtype'".length, true]);
  });

  it('state goes into the URL and comes back: example, tensor, language, and a pasted text', async () => {
    let widget = await open();
    await widget.getByRole('button', { name: 'Several outputs', exact: true }).click();
    await widget.getByRole('button', { name: 'StatefulPartitionedCall:1' }).click();
    await widget.getByRole('tab', { name: 'C++ (TFLite)' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('decoder.lang')).toBe('cpp');
    const url = new URL(page.url());
    expect(url.searchParams.get('decoder.preset')).toBe('several');
    expect(url.searchParams.get('decoder.tensor')).toBe('2');
    await page.close();

    widget = await open(url.search);
    expect(await paste(widget).inputValue()).toBe(EXAMPLES.find((e) => e.id === 'several')!.text);
    expect(await widget.getByRole('button', { name: 'StatefulPartitionedCall:1' }).getAttribute('aria-pressed')).toBe('true');
    expect(await widget.getByRole('tab', { name: 'C++ (TFLite)' }).getAttribute('aria-selected')).toBe('true');

    const text = "{'name': 'mine', 'index': 9, 'shape': array([4], dtype=int32), 'dtype': <class 'numpy.uint8'>, 'quantization': (0.5, 10)}";
    await paste(widget).fill(text);
    await expect.poll(() => new URL(page.url()).searchParams.get('decoder.paste')).toBe(text.replace('<', '~l').replace('>', '~g'));
    const pasted = new URL(page.url()).search;
    await page.close();
    widget = await open(pasted);
    expect(await paste(widget).inputValue()).toBe(text);
    expect((await rows(widget))[0][0]).toBe('mine index 9');
  });

  it('hostile or invalid URL values give a notice and the defaults', async () => {
    const query = `?decoder.preset=${encodeURIComponent('<img src=x onerror=alert(1)>')}&decoder.paste=${encodeURIComponent("<script>alert(1)</script>")}&decoder.lang=cobol&decoder.tensor=-3`;
    const widget = await open(query);
    const notice = widget.getByRole('status').filter({ hasText: 'could not be used' });
    await expect.poll(() => notice.textContent()).toMatch(/decoder\.paste contains markup/);
    const text = (await notice.textContent())!;
    expect(text).toMatch(/decoder\.preset must be one of/);
    expect(text).toMatch(/decoder\.lang must be one of/);
    expect(text).toMatch(/decoder\.tensor must be a whole number/);
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(await paste(widget).inputValue()).toBe(EXAMPLES[0].text);
    await notice.getByRole('button', { name: 'Dismiss' }).click();
    expect(await notice.count()).toBe(0);
  });

  it('a paste too long for a link says so and leaves the link on the example', async () => {
    const widget = await open();
    const one = "{'name': 'n', 'index': 1, 'shape': array([1], dtype=int32), 'dtype': <class 'numpy.float32'>, 'quantization': (0.0, 0)}";
    const long = `[${new Array(80).fill(one).join(', ')}]`;
    await paste(widget).fill(long);
    await expect.poll(() => widget.getByText(/links keep pastes up to 6,000/).count()).toBe(1);
    expect((await rows(widget)).length).toBe(80);
    await page.waitForTimeout(500);
    expect(new URL(page.url()).searchParams.get('decoder.paste')).toBeNull();
  });
});
