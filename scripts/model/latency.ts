/**
 * Latency of onnxruntime-web sessions at a given batch size: warm-up runs
 * first (the first ones pay for allocation and kernel preparation), then
 * many timed runs, reported as median and p10–p90.
 *
 * The sessions being compared are timed interleaved (A, B, C, A, B, C, …)
 * rather than one after the other, so that load from other processes on a
 * shared machine lands on all of them alike and the ratios stay meaningful.
 */
import type { InferenceSession } from 'onnxruntime-web/wasm';
import { IMAGE, ort } from './ort-run.ts';

export interface Latency {
  batch: number;
  runs: number;
  /** Milliseconds per call. */
  median: number;
  p10: number;
  p90: number;
}

function quantile(sorted: number[], q: number): number {
  const i = (sorted.length - 1) * q;
  const lo = Math.floor(i);
  const hi = Math.ceil(i);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (i - lo);
}

export interface LatencyOptions {
  warmup?: number;
  minRounds?: number;
  maxRounds?: number;
  /** Keep going (after minRounds) until this much time has passed. */
  budgetMs?: number;
}

/** Times every session on the same `batch`-image inputs (taken from `input` in turn), interleaved. */
export async function measureInterleaved(
  sessions: InferenceSession[], input: Float32Array, batch: number,
  { warmup = 10, minRounds = 25, maxRounds = 500, budgetMs = 3000 }: LatencyOptions = {},
): Promise<Latency[]> {
  const images = input.length / IMAGE;
  const feeds: InferenceSession.FeedsType[] = [];
  for (let start = 0; start + batch <= images && feeds.length < 8; start += batch) {
    feeds.push({ input: new ort.Tensor('float32', input.slice(start * IMAGE, (start + batch) * IMAGE), [batch, 1, 28, 28]) });
  }
  for (const s of sessions) for (let i = 0; i < warmup; i++) await s.run(feeds[i % feeds.length]);
  const times: number[][] = sessions.map(() => []);
  const t0 = performance.now();
  for (let round = 0; round < maxRounds && (round < minRounds || performance.now() - t0 < budgetMs); round++) {
    const f = feeds[round % feeds.length];
    for (let k = 0; k < sessions.length; k++) {
      const j = (k + round) % sessions.length; // rotate who goes first
      const s = performance.now();
      await sessions[j].run(f);
      times[j].push(performance.now() - s);
    }
  }
  return times.map((t) => {
    t.sort((a, b) => a - b);
    return { batch, runs: t.length, median: quantile(t, 0.5), p10: quantile(t, 0.1), p90: quantile(t, 0.9) };
  });
}
