/**
 * Latency of one onnxruntime-web session at a given batch size: warm-up
 * runs first (the first ones pay for allocation and kernel preparation),
 * then the median and spread of many timed runs.
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

/** Runs the session on `batch` images from `input` (cycling through them) for about `budgetMs`. */
export async function measureLatency(
  session: InferenceSession, input: Float32Array, batch: number,
  { warmup = 10, minRuns = 15, maxRuns = 400, budgetMs = 1500 } = {},
): Promise<Latency> {
  const images = input.length / IMAGE;
  const feeds: InferenceSession.FeedsType[] = [];
  for (let start = 0; start + batch <= images && feeds.length < 8; start += batch) {
    feeds.push({ input: new ort.Tensor('float32', input.slice(start * IMAGE, (start + batch) * IMAGE), [batch, 1, 28, 28]) });
  }
  for (let i = 0; i < warmup; i++) await session.run(feeds[i % feeds.length]);
  const times: number[] = [];
  const t0 = performance.now();
  while (times.length < maxRuns && (times.length < minRuns || performance.now() - t0 < budgetMs)) {
    const f = feeds[times.length % feeds.length];
    const s = performance.now();
    await session.run(f);
    times.push(performance.now() - s);
  }
  times.sort((a, b) => a - b);
  return { batch, runs: times.length, median: quantile(times, 0.5), p10: quantile(times, 0.1), p90: quantile(times, 0.9) };
}
