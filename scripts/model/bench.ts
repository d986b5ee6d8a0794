/**
 * npm run bench:model — every committed model variant, measured in one run
 * with onnxruntime-web (wasm backend, one thread, in Node): file size, test
 * accuracy, agreement with fp32, latency at batch 1 and 32 (median and
 * p10–p90 after warm-up), and int8/fp32 ratios. Then the search for where
 * int8 wins: the same quantization on other model shapes, in QDQ form, and
 * at larger batches (see README "Where int8 wins").
 *
 *   npm run bench:model                 everything
 *   npm run bench:model -- --committed  only the committed variants
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createSession, predictions, runLogits, toInput } from './ort-run.ts';
import { measureInterleaved } from './latency.ts';
import type { Latency } from './latency.ts';
import { investigate } from './where-int8-wins.ts';

const MODELS = path.resolve(import.meta.dirname, '../../public/models');

interface CardEntry { id: string; file: string; bytes: number; evaluatedAtBatch?: number }

export function fmtLatency(l: Latency): string {
  return `${l.median.toFixed(3)} (${l.p10.toFixed(3)}–${l.p90.toFixed(3)})`;
}

/** Ratio of medians and of 10th percentiles (the least disturbed runs on a busy machine). */
function ratios(l: Latency, base: Latency): string {
  return `${(l.median / base.median).toFixed(2)} | ${(l.p10 / base.p10).toFixed(2)}`;
}

export function pad(s: string | number, n: number): string {
  return String(s).padEnd(n);
}

async function committed(): Promise<void> {
  const card = JSON.parse(readFileSync(path.join(MODELS, 'model-card.json'), 'utf8')) as { models: CardEntry[]; digits: { test: { pixels: string; labels: string } } };
  const pixels = new Uint8Array(readFileSync(path.join(MODELS, card.digits.test.pixels)));
  const labels = new Uint8Array(readFileSync(path.join(MODELS, card.digits.test.labels)));
  const input = toInput(pixels);
  const n = labels.length;
  console.log(`Committed variants: onnxruntime-web wasm, 1 thread, Node ${process.versions.node}; ${n} test digits.`);
  console.log('latency: ms per session.run, median (p10–p90) after 10 warm-up runs, all variants timed interleaved; ×fp32 = variant / fp32 for the median and for p10 (below 1 is faster or smaller).\nOn a busy machine runs longer than a scheduler time slice get stretched; p10 then shows the cost of the model itself.\n');
  const rows = [];
  for (const m of card.models) {
    const bytes = new Uint8Array(readFileSync(path.join(MODELS, m.file)));
    const session = await createSession(bytes);
    rows.push({ id: m.id, bytes: bytes.length, session, pred: predictions(await runLogits(session, input, n, [1, 28, 28], m.evaluatedAtBatch ?? 250)) });
  }
  const sessions = rows.map((r) => r.session);
  const b1 = await measureInterleaved(sessions, input, 1);
  const b32 = await measureInterleaved(sessions, input, 32);
  const fp32 = rows[0];
  console.log(`${pad('variant', 26)}${pad('bytes', 8)}${pad('size', 7)}${pad('accuracy', 10)}${pad('agree', 9)}${pad('batch 1 ms', 24)}${pad('×fp32 med|p10', 15)}${pad('batch 32 ms', 24)}${pad('×fp32 med|p10', 15)}per image @32`);
  rows.forEach((r, k) => {
    let ok = 0;
    let same = 0;
    for (let i = 0; i < n; i++) {
      if (r.pred[i] === labels[i]) ok++;
      if (r.pred[i] === fp32.pred[i]) same++;
    }
    console.log(
      `${pad(r.id, 26)}${pad(r.bytes, 8)}${pad(`${((100 * r.bytes) / fp32.bytes).toFixed(1)}%`, 7)}` +
      `${pad(`${((100 * ok) / n).toFixed(2)}%`, 10)}${pad(`${((100 * same) / n).toFixed(2)}%`, 9)}` +
      `${pad(fmtLatency(b1[k]), 24)}${pad(ratios(b1[k], b1[0]), 15)}` +
      `${pad(fmtLatency(b32[k]), 24)}${pad(ratios(b32[k], b32[0]), 15)}${(b32[k].median / 32).toFixed(4)} ms`,
    );
  });
  for (const s of sessions) await s.release();
}

await committed();
if (!process.argv.includes('--committed')) await investigate();
