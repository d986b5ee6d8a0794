/** Small timing helpers for scripts/bench.ts. */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

// A collection before each measured batch keeps garbage from earlier batches
// (and V8's background GC threads) out of the numbers; on a 2-core machine
// those threads compete with the measured code for the second core.
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

export interface Timing {
  medianMs: number;
  minMs: number;
  runs: number;
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

export async function time(fn: () => unknown, { warmup = 15, runs = 31 } = {}): Promise<Timing> {
  for (let i = 0; i < warmup; i++) await fn();
  gc();
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    ms.push(performance.now() - t0);
  }
  return { medianMs: median(ms), minMs: Math.min(...ms), runs };
}

/**
 * Times several functions in alternation (a, b, a, b, …) so that garbage
 * collection phases, which come and go during a batch, weigh on each of
 * them alike. Returns one Timing per function.
 */
export async function timeInterleaved(fns: (() => unknown)[], { warmup = 15, runs = 41 } = {}): Promise<Timing[]> {
  for (let i = 0; i < warmup; i++) for (const fn of fns) await fn();
  gc();
  const ms: number[][] = fns.map(() => []);
  for (let i = 0; i < runs; i++) {
    for (let k = 0; k < fns.length; k++) {
      const t0 = performance.now();
      await fns[k]();
      ms[k].push(performance.now() - t0);
    }
  }
  return ms.map((m) => ({ medianMs: median(m), minMs: Math.min(...m), runs }));
}

/** Elements per second from a per-run time in milliseconds. */
export function rate(elements: number, ms: number): number {
  return (elements / ms) * 1000;
}

export function formatRate(perSecond: number): string {
  return `${(perSecond / 1e6).toFixed(0).padStart(6)} M/s`;
}
