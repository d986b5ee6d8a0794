// Interaction latency of lesson 1's quantizer, as the browser reports it:
// slider key presses measured with the Event Timing API (what INP is built
// on) in headless Chromium; beside it, how long until the new MSE is on
// screen (deferred work paints fast but answers later). Also the JavaScript
// the lesson loads before the reader does anything. Prints figures; asserts
// nothing.
//   npm run build && npm run bench:inp
// Options: --presses 60  --pause 50  --sizes 65536,1048576
import os from 'node:os';
import { serveDist } from './serve-dist.ts';
import { launchChromium } from '../tests/e2e/support/browser.ts';
import { hydrateAll, trackNetwork } from '../tests/e2e/support/settle.ts';
import { WIDGET_ID, readMetrics, settleLesson } from '../tests/e2e/support/widget.ts';
import { LESSON1_PATH as LESSON } from '../tests/e2e/support/site.ts';
import { recordScripts } from '../tests/e2e/support/script-bytes.ts';
import type { Browser } from 'playwright-core';


function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}
const PRESSES = Number(option('presses', '60'));
const PAUSE_MS = Number(option('pause', '50'));
// 1,048,576 is the widget's largest size option (at least the 1,000,000 the targets name).
const SIZES = option('sizes', '65536,1048576').split(',').map(Number);
// The sequence a keyboard user might type while hunting for a good range.
const KEYS = ['ArrowLeft', 'ArrowLeft', 'ArrowLeft', 'ArrowRight', 'ArrowRight', 'PageDown', 'ArrowRight', 'PageUp', 'ArrowLeft', 'ArrowRight'];

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i];
}

async function measureScripts(browser: Browser, origin: string): Promise<void> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const network = trackNetwork(page);
  const scripts = recordScripts(page, origin);
  await page.goto(origin + LESSON, { waitUntil: 'load' });
  await network.idle(500);
  scripts.markPhase('scroll');
  // client:visible islands fetch their code when scrolled into view; that is
  // still "before the reader acts" on the widget.
  await hydrateAll(page);
  await network.idle(500);
  const rows = await scripts.rows();
  console.log(`\nJavaScript loaded by ${LESSON} before any interaction (gzip -9 of each response):`);
  for (const r of rows) console.log(`  ${kb(r.gzip).padStart(9)} gzip ${kb(r.raw).padStart(9)} raw  [${r.phase}] ${r.url}`);
  const sum = (list: typeof rows, k: 'raw' | 'gzip') => list.reduce((s, r) => s + r[k], 0);
  const atLoad = rows.filter((r) => r.phase === 'load');
  console.log(`  at load:                ${atLoad.length} scripts, ${kb(sum(atLoad, 'raw'))} raw, ${kb(sum(atLoad, 'gzip'))} gzip`);
  console.log(`  after islands hydrated: ${rows.length} scripts, ${kb(sum(rows, 'raw'))} raw, ${kb(sum(rows, 'gzip'))} gzip`);
  await context.close();
}

interface Interaction {
  duration: number;
  inputDelay: number;
  processing: number;
  presentation: number;
}

/** Installed before the page's own scripts: keeps the longest event per interaction. */
function observeInteractions(): void {
  const longest = new Map<number, Interaction>();
  (window as unknown as { __interactions: Map<number, Interaction> }).__interactions = longest;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries() as PerformanceEventTiming[]) {
      if (!e.interactionId) continue;
      const prev = longest.get(e.interactionId);
      if (prev && prev.duration >= e.duration) continue;
      longest.set(e.interactionId, {
        duration: e.duration,
        inputDelay: e.processingStart - e.startTime,
        processing: e.processingEnd - e.processingStart,
        presentation: e.startTime + e.duration - e.processingEnd,
      });
    }
  }).observe({ type: 'event', durationThreshold: 16, buffered: true } as PerformanceObserverInit);
}

/**
 * INP stops at the first paint after a key press; a widget that defers its
 * work paints fast and shows the new numbers later. This records, per update
 * of the metrics, the time from the latest key press to the frame after the
 * change: how long the reader waits for the answer.
 */
function observeMetricUpdates(): void {
  const waits: number[] = [];
  (window as unknown as { __metricWaits: number[] }).__metricWaits = waits;
  let pressedAt: number | null = null;
  addEventListener('keydown', (e) => (pressedAt = e.timeStamp), true);
  new MutationObserver((records) => {
    if (pressedAt === null) return;
    const inMetrics = records.some((r) => {
      const el = r.target instanceof Element ? r.target : r.target.parentElement;
      // MSE needs the whole tensor; scale and zero point change without it.
      const dd = el?.closest('[aria-label^="Results"] dd');
      return dd?.previousElementSibling?.textContent?.trim() === 'MSE';
    });
    if (!inMetrics) return;
    const start = pressedAt;
    pressedAt = null;
    requestAnimationFrame(() => setTimeout(() => waits.push(performance.now() - start), 0));
  }).observe(document, { subtree: true, childList: true, characterData: true });
}

async function measureSize(browser: Browser, origin: string, size: number): Promise<void> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.addInitScript(observeInteractions);
  await page.addInitScript(observeMetricUpdates);
  await page.goto(`${origin}${LESSON}?${WIDGET_ID}.size=${size}`, { waitUntil: 'load' });
  const q = await settleLesson(page);
  const values = (await readMetrics(q.widget)).Values;
  if (Number(values.replace(/\D/g, '')) !== size) throw new Error(`the widget shows ${values} values, not ${size}`);
  const slider = q.max;
  await slider.focus();
  await page.waitForTimeout(500);
  const before = await slider.inputValue();

  let moved = 0;
  let last = before;
  for (let i = 0; i < PRESSES; i++) {
    await page.keyboard.press(KEYS[i % KEYS.length]);
    await page.waitForTimeout(PAUSE_MS);
    const now = await slider.inputValue();
    if (now !== last) moved++;
    last = now;
  }
  // Let the last frames paint and the observer deliver its entries.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 500))));
  const after = await slider.inputValue();
  const observed = await page.evaluate(() =>
    [...(window as unknown as { __interactions: Map<number, Interaction> }).__interactions.values()],
  );
  // Interactions under the 16 ms threshold are never reported; count them as
  // 16 ms so the percentiles cover every press (an upper bound for those).
  const all = [...observed.map((i) => i.duration), ...Array(Math.max(0, PRESSES - observed.length)).fill(16)].sort((a, b) => a - b);
  const fmt = (v: number) => `${v.toFixed(0)} ms`;
  console.log(
    `  ${size.toLocaleString('en-US').padStart(9)} values: p50 ${fmt(percentile(all, 50)).padStart(6)}  p95 ${fmt(percentile(all, 95)).padStart(6)}  max ${fmt(all[all.length - 1]).padStart(6)}` +
      `   (${observed.length}/${PRESSES} presses ≥ 16 ms; max slider ${before} → ${after}, ${moved} moves)`,
  );
  const waits = (await page.evaluate(() => (window as unknown as { __metricWaits: number[] }).__metricWaits)).sort((a, b) => a - b);
  if (waits.length > 0) {
    console.log(
      `${''.padStart(19)}key press → new MSE on screen: p50 ${fmt(percentile(waits, 50))}, p95 ${fmt(percentile(waits, 95))}, max ${fmt(waits[waits.length - 1])} (${waits.length} updates)`,
    );
  }
  // Where the time goes in the slowest twentieth: waiting, handlers, or rendering.
  const slow = [...observed].sort((a, b) => b.duration - a.duration).slice(0, Math.max(1, Math.ceil(observed.length / 20)));
  const mean = (k: keyof Interaction) => slow.reduce((t, i) => t + i[k], 0) / slow.length;
  if (observed.length > 0) {
    console.log(
      `${''.padStart(19)}slowest 5%: input delay ${fmt(mean('inputDelay'))}, event handlers ${fmt(mean('processing'))}, until paint ${fmt(mean('presentation'))} (mean)`,
    );
  }
  await context.close();
}

const server = await serveDist();
const browser = await launchChromium();
try {
  const load = os.loadavg()[0].toFixed(2);
  console.log(`Chromium ${browser.version()}, ${os.cpus().length} cores, load average ${load} (other work on the machine inflates these figures)`);
  console.log(`Interaction to next paint, ${PRESSES} key presses on the max slider, ${PAUSE_MS} ms apart (Event Timing API, headless Chromium):`);
  for (const size of SIZES) await measureSize(browser, server.origin, size);
  await measureScripts(browser, server.origin);
} finally {
  await browser.close();
  await server.close();
}
