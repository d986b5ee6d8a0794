// onnxruntime-web on the lesson pages: nothing of it (no worker, no
// WebAssembly, no model file) is fetched until the reader presses Run; then
// a labelled progress bar follows the download, the runtime arrives
// compressed, the models run and report their accuracy. Failures (offline,
// 404, damaged bytes) give a message and a retry, never a blank. Lesson 1
// loads none of it.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { serveDist, type RunningServer } from '../../scripts/serve-dist.ts';
import { headersFor, parseHeaders } from '../../src/integrations/headers-file.ts';
import type { BrowserContext, Page, Request } from 'playwright-core';
import { useChromium, watchProblems, type PageProblems } from './support/browser.ts';
import { hydrateAll } from './support/settle.ts';
import { DIST, LESSON1_PATH } from './support/site.ts';

const origin = inject('origin');
const LESSON5 = '/lessons/flavours-of-post-training-quantization/';
const LESSON4 = '/lessons/calibration-and-dummy-ranges/';
/** Requests that belong to the model runtime. */
const RUNTIME = /ort\.worker|ort-wasm|\.wasm(\?|$)|\/models\/|calibrate\.worker|\/runtime[.-]/;

const openContext = useChromium();
let context: BrowserContext;
let page: Page;
let problems: PageProblems;
let requests: Request[];

beforeEach(async () => {
  context = await openContext();
  page = await context.newPage();
  requests = [];
  page.on('request', (r) => requests.push(r));
  problems = watchProblems(page);
});
afterEach(async () => {
  await context.close();
});

const runtimeRequests = () => requests.map((r) => r.url()).filter((u) => RUNTIME.test(new URL(u).pathname));

/** Waits until the model widget on the page has loaded and evaluated its models. */
function ready(options: { timeout: number }): Promise<void> {
  return page.locator('[data-widget][data-phase="ready"]').first().waitFor(options);
}

async function open(path: string): Promise<void> {
  await page.goto(origin + path, { waitUntil: 'load' });
  await hydrateAll(page);
  await page.waitForLoadState('networkidle');
}

describe('model widgets load the runtime only on request', () => {
  it('lesson 5: no runtime bytes before Run; after Run every model shows its accuracy', async () => {
    await open(LESSON5);
    expect(runtimeRequests(), 'runtime requests before the reader asked').toEqual([]);

    const widget = page.locator('[data-widget="model-comparison"]');
    // Hold the WebAssembly back a moment so the progress bar can be seen.
    await page.route('**/*.wasm', async (route) => {
      await new Promise((r) => setTimeout(r, 400));
      await route.continue();
    });
    await widget.getByRole('button', { name: 'Load the models and run' }).click();
    const progress = widget.getByRole('progressbar', { name: /Downloading the runtime/ });
    await expect.poll(() => progress.count()).toBe(1);

    await ready({ timeout: 60_000 });
    const fp32 = widget.locator('table.zp-mc-table tbody tr', { has: page.getByRole('rowheader', { name: 'float32', exact: true }) });
    const accuracy = Number((await fp32.locator('td').nth(1).innerText()).match(/([\d.]+)%/)![1]);
    expect(accuracy).toBeGreaterThanOrEqual(97);
    const int8 = widget.locator('table.zp-mc-table tbody tr', { has: page.getByRole('rowheader', { name: /full integer \(uint8/ }) });
    expect(Number((await int8.locator('td').nth(1).innerText()).match(/([\d.]+)%/)![1])).toBeGreaterThan(accuracy - 0.5);

    const wasm = requests.find((r) => /ort-wasm-simd-threaded.*\.wasm$/.test(new URL(r.url()).pathname));
    expect(wasm, 'the SIMD runtime was fetched from this site').toBeTruthy();
    expect(new URL(wasm!.url()).origin).toBe(origin);
    const response = await wasm!.response();
    expect(response?.headers()['content-encoding'], 'the runtime is served compressed').toMatch(/^(br|gzip)$/);
    expect(problems).toEqual({ consoleErrors: [], pageErrors: [], failedRequests: [] });
  });

  it('lesson 4: no runtime bytes before Run; after Run the re-quantized model is evaluated', async () => {
    await open(LESSON4);
    expect(runtimeRequests()).toEqual([]);
    const widget = page.locator('[data-widget="range-calibration"]');
    await widget.getByRole('button', { name: /Load the model/ }).click();
    await ready({ timeout: 90_000 });
    const metrics = (await widget.locator('.zp-rc-metrics').textContent()) ?? '';
    expect(Number(metrics.match(/Accuracy \(int8\)\s*([\d.]+)%/i)![1])).toBeGreaterThanOrEqual(97);
    expect(problems).toEqual({ consoleErrors: [], pageErrors: [], failedRequests: [] });
  });

  it('lesson 1 loads nothing of the model runtime', async () => {
    await open(LESSON1_PATH);
    expect(runtimeRequests()).toEqual([]);
    const scripts = requests.filter((r) => r.resourceType() === 'script').map((r) => new URL(r.url()).pathname);
    expect(scripts.filter((s) => /model|ort|calibrat|Comparison/i.test(s))).toEqual([]);
  });
});

describe('model widgets explain failures and can retry', () => {
  it('offline: the runtime download fails with a message, and Try again works once the network is back', async () => {
    await open(LESSON5);
    const widget = page.locator('[data-widget="model-comparison"]');
    await page.route('**/*.wasm', (route) => route.abort('internetdisconnected'));
    await widget.getByRole('button', { name: 'Load the models and run' }).click();
    await expect.poll(() => widget.getByRole('alert').innerText(), { timeout: 30_000 }).toMatch(/offline|network/i);
    await page.unroute('**/*.wasm');
    await widget.getByRole('button', { name: 'Try again' }).click();
    await ready({ timeout: 60_000 });
  });

  it('a missing model card (404) is named in the message', async () => {
    await open(LESSON5);
    const widget = page.locator('[data-widget="model-comparison"]');
    await page.route('**/models/model-card.json', (route) => route.fulfill({ status: 404, body: 'Not found' }));
    await widget.getByRole('button', { name: 'Load the models and run' }).click();
    await expect.poll(() => widget.getByRole('alert').innerText(), { timeout: 30_000 }).toMatch(/404.*model-card\.json/);
  });

  it('damaged model bytes are reported for that model while the others still run', async () => {
    await open(LESSON5);
    const widget = page.locator('[data-widget="model-comparison"]');
    await page.route('**/models/digits-fp16.onnx', (route) => route.fulfill({ status: 200, contentType: 'application/octet-stream', body: Buffer.from('this is not an onnx file at all, sorry') }));
    await widget.getByRole('button', { name: 'Load the models and run' }).click();
    await ready({ timeout: 60_000 });
    const row = widget.locator('table.zp-mc-table tbody tr', { has: page.getByRole('rowheader', { name: 'float16 weights' }) });
    expect(await row.innerText()).toMatch(/could not (be read|prepare)/);
    const fp32 = widget.locator('table.zp-mc-table tbody tr', { has: page.getByRole('rowheader', { name: 'float32', exact: true }) });
    expect(await fp32.innerText()).toMatch(/9\d\.\d+%/);
  });

  it('a damaged runtime download is caught before onnxruntime sees it', async () => {
    await open(LESSON4);
    const widget = page.locator('[data-widget="range-calibration"]');
    await page.route('**/*.wasm', (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>Oops</title>' }));
    await widget.getByRole('button', { name: /Load the model/ }).click();
    await expect.poll(() => widget.getByRole('alert').innerText(), { timeout: 30_000 }).toMatch(/not a WebAssembly module/);
  });
});

describe('under the Content-Security-Policy the build ships', () => {
  let strict: RunningServer;
  beforeAll(async () => {
    const rules = parseHeaders(readFileSync(path.join(DIST, '_headers'), 'utf8'));
    strict = await serveDist({ root: DIST, headers: (urlPath) => headersFor(rules, urlPath) });
  });
  afterAll(async () => {
    await strict?.close();
  });

  for (const [lesson, button] of [[LESSON5, 'Load the models and run'], [LESSON4, 'Load the model and quantize']] as const) {
    it(`${lesson}: the workers start, WebAssembly compiles and the models run without a violation`, async () => {
      const violations: string[] = [];
      page.on('console', (msg) => {
        if (/Content.Security.Policy/i.test(msg.text())) violations.push(msg.text());
      });
      await page.exposeFunction('zpViolation', (text: string) => violations.push(text));
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (e) => {
          (window as unknown as { zpViolation: (t: string) => void }).zpViolation(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'}`);
        });
      });
      const response = await page.goto(strict.origin + lesson, { waitUntil: 'load' });
      expect(response?.headers()['content-security-policy']).toContain("'wasm-unsafe-eval'");
      await hydrateAll(page);
      await page.getByRole('button', { name: button }).click();
      await ready({ timeout: 90_000 });
      expect(violations).toEqual([]);
      expect(problems.pageErrors).toEqual([]);
    });
  }
});

describe('on a cross-origin isolated page', () => {
  let isolated: RunningServer;
  beforeAll(async () => {
    isolated = await serveDist({
      root: DIST,
      headers: () => ({ 'Cross-Origin-Opener-Policy': 'same-origin', 'Cross-Origin-Embedder-Policy': 'require-corp' }),
    });
  });
  afterAll(async () => {
    await isolated?.close();
  });

  it('the runtime uses threads (the headers README asks hosts for) and the models still run', async () => {
    await page.goto(isolated.origin + LESSON5, { waitUntil: 'load' });
    expect(await page.evaluate(() => crossOriginIsolated)).toBe(true);
    await hydrateAll(page);
    const widget = page.locator('[data-widget="model-comparison"]');
    await widget.getByRole('button', { name: 'Load the models and run' }).click();
    await ready({ timeout: 60_000 });
    const threads = await page.evaluate(() => Math.max(1, Math.min(4, navigator.hardwareConcurrency || 1)));
    const note = await widget.locator('.zp-mc-note').innerText();
    expect(note).toContain(threads === 1 ? 'on one thread' : `on ${threads} threads`);
    expect(note).toContain('cross-origin isolated, so threads are allowed');
    expect(problems).toEqual({ consoleErrors: [], pageErrors: [], failedRequests: [] });
  });
});
