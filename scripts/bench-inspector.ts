// How the model inspector copes with real and very large files, in headless
// Chromium against a built site: the worker's parse time for every fixture
// model, and for a 150 MB .tflite (weights after the FlatBuffer) the time
// until the summary shows, the parse time, the weight histogram's time and
// the longest gap between animation frames on the main thread meanwhile.
// Prints figures; asserts nothing.
//   npm run build && node scripts/bench-inspector.ts   (ZP_DIST for another build)
// Options: --mb 150
import { readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { serveDist } from './serve-dist.ts';
import { launchChromium } from '../tests/e2e/support/browser.ts';
import { hydrateAll } from '../tests/e2e/support/settle.ts';
import { buildTflite, type ModelSpec } from '../tests/unit/formats/tflite-builder.ts';
import { fixturesDir } from '../tests/support/fixtures.ts';
import type { Page } from 'playwright-core';

function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}
const MB = Number(option('mb', '150'));

/** One FULLY_CONNECTED whose int8 weights (MB megabytes, per-channel) sit after the FlatBuffer. */
function largeModel(): string {
  const rows = 1024;
  const cols = Math.floor((MB * 2 ** 20) / rows);
  const spec = (offset: number): ModelSpec => ({
    description: 'large test model',
    opcodes: [{ builtin: 9, version: 4 }],
    subgraphs: [{
      tensors: [
        { name: 'input', shape: [1, cols], type: 9, buffer: 0, quant: { scale: [0.02], zeroPoint: [-128] } },
        { name: 'weights', shape: [rows, cols], type: 9, buffer: 1, quant: { scale: Array.from({ length: rows }, (_, i) => 0.001 * (1 + (i % 7))), zeroPoint: new Array(rows).fill(0), axis: 0 } },
        { name: 'output', shape: [1, rows], type: 9, buffer: 0, quant: { scale: [0.1], zeroPoint: [3] } },
      ],
      inputs: [0],
      outputs: [2],
      operators: [{ opcode: 0, inputs: [0, 1, -1], outputs: [2] }],
    }],
    buffers: [{}, { offset, size: rows * cols }],
  });
  const head = buildTflite(spec(1 << 30)).bytes.length;
  const offset = Math.ceil(head / 16) * 16;
  const flat = buildTflite(spec(offset)).bytes;
  const file = path.join(os.tmpdir(), `zp-inspector-${MB}mb.tflite`);
  const bytes = new Uint8Array(offset + rows * cols);
  bytes.set(flat);
  // Weights: a deterministic spread of codes.
  for (let i = offset; i < bytes.length; i++) bytes[i] = (i * 2654435761) >>> 24;
  writeFileSync(file, bytes);
  return file;
}

async function openFile(page: Page, file: string): Promise<{ shownMs: number; parse: string; maxFrameGapMs: number }> {
  const w = page.locator('[data-widget="model-inspector"]');
  await page.evaluate(() => {
    const g = globalThis as unknown as { zpGaps: number[]; zpRun: boolean };
    g.zpGaps = [];
    g.zpRun = true;
    let last = performance.now();
    const tick = (t: number) => {
      g.zpGaps.push(t - last);
      last = t;
      if (g.zpRun) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  const t0 = Date.now();
  await w.getByLabel('or choose a model file').setInputFiles(file);
  // The line that names this file (the previous file's line is on screen until the new one is read).
  const done = w.locator('[data-summary-line], .zp-mi-error', { hasText: path.basename(file) }).first();
  await done.waitFor({ timeout: 120_000 });
  const shownMs = Date.now() - t0;
  const line = await done.innerText();
  const maxFrameGapMs = await page.evaluate(() => {
    const g = globalThis as unknown as { zpGaps: number[]; zpRun: boolean };
    g.zpRun = false;
    return Math.max(...g.zpGaps.slice(1));
  });
  return { shownMs, parse: /Read in ([\d.]+) ms/.exec(line)?.[1] ?? line, maxFrameGapMs };
}

const server = await serveDist({});
const browser = await launchChromium();
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${server.origin}/inspect/?inspector.sample=none`, { waitUntil: 'load' });
  await hydrateAll(page);
  await page.waitForLoadState('networkidle');

  console.log('Fixture models (../shared/fixtures/models), parse time in the worker:');
  for (const kind of ['tflite', 'onnx']) {
    const dir = path.join(fixturesDir, 'models', kind);
    let files: string[] = [];
    try {
      files = readdirSync(dir).sort();
    } catch {
      console.log(`  ${dir} is missing: fixture figures NOT measured`);
    }
    for (const f of files) {
      const r = await openFile(page, path.join(dir, f));
      console.log(`  ${f.padEnd(48)} parse ${r.parse.padStart(6)} ms, on screen after ${r.shownMs} ms`);
    }
  }

  const big = largeModel();
  const r = await openFile(page, big);
  console.log(`\n${MB} MB .tflite: parse ${r.parse} ms in the worker, summary on screen after ${r.shownMs} ms, longest main-thread frame gap ${r.maxFrameGapMs.toFixed(0)} ms`);
  const w = page.locator('[data-widget="model-inspector"]');
  const t0 = Date.now();
  await w.locator('.zp-mi-tt').getByRole('button', { name: 'weights', exact: true }).click();
  await w.locator('.zp-mi-panel').getByRole('figure', { name: /Histogram/ }).locator('tbody tr').first().waitFor({ state: 'attached', timeout: 300_000 });
  console.log(`  histogram of its ${MB} MB weight tensor (dequantized per channel in the worker): ${Date.now() - t0} ms`);
  await context.close();
} finally {
  await browser.close();
  await server.close();
}
