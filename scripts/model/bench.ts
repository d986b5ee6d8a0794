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
import { measureLatency } from './latency.ts';
import type { Latency } from './latency.ts';
import { investigate } from './where-int8-wins.ts';

const MODELS = path.resolve(import.meta.dirname, '../../public/models');

interface CardEntry { id: string; file: string; bytes: number }

export function fmtLatency(l: Latency): string {
  return `${l.median.toFixed(3)} (${l.p10.toFixed(3)}–${l.p90.toFixed(3)})`;
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
  console.log('latency: milliseconds per session.run, median (p10–p90) after 10 warm-up runs; ratio = variant / fp32 (below 1 is faster or smaller)\n');
  console.log(`${pad('variant', 18)}${pad('bytes', 8)}${pad('size', 7)}${pad('accuracy', 10)}${pad('agree', 9)}${pad('batch 1 ms', 24)}${pad('×fp32', 7)}${pad('batch 32 ms', 24)}${pad('×fp32', 7)}per image @32`);
  let fp32: { bytes: number; pred: Uint8Array; b1: Latency; b32: Latency } | undefined;
  for (const m of card.models) {
    const bytes = new Uint8Array(readFileSync(path.join(MODELS, m.file)));
    const session = await createSession(bytes);
    const pred = predictions(await runLogits(session, input, n));
    const b1 = await measureLatency(session, input, 1);
    const b32 = await measureLatency(session, input, 32);
    await session.release();
    fp32 ??= { bytes: bytes.length, pred, b1, b32 };
    let ok = 0;
    let same = 0;
    for (let i = 0; i < n; i++) {
      if (pred[i] === labels[i]) ok++;
      if (pred[i] === fp32.pred[i]) same++;
    }
    console.log(
      `${pad(m.id, 18)}${pad(bytes.length, 8)}${pad(`${((100 * bytes.length) / fp32.bytes).toFixed(1)}%`, 7)}` +
      `${pad(`${((100 * ok) / n).toFixed(2)}%`, 10)}${pad(`${((100 * same) / n).toFixed(2)}%`, 9)}` +
      `${pad(fmtLatency(b1), 24)}${pad((b1.median / fp32.b1.median).toFixed(2), 7)}` +
      `${pad(fmtLatency(b32), 24)}${pad((b32.median / fp32.b32.median).toFixed(2), 7)}${(b32.median / 32).toFixed(4)} ms`,
    );
  }
}

await committed();
if (!process.argv.includes('--committed')) await investigate();
