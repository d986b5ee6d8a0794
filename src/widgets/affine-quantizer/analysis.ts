// Everything the quantizer widget shows about one tensor under one set of
// parameters, computed from the core's functions. Pure and DOM-free: it runs
// during server rendering, on the main thread for small tensors and in a
// worker for large ones. Results are small (chart points, counts, a few
// rows) so they are cheap to post between threads.
// The core's modules, not its index.ts, which would also bundle the fast
// engines (table loops, WebAssembly SIMD): on the main thread tensors are too
// small for them to pay off; the worker installs the table engine itself.
import { dequantize, dequantizeValue, quantize, quantizeValue } from '../../lib/quant/affine.ts';
import { errorStats } from '../../lib/quant/error-stats.ts';
import { histogram } from '../../lib/quant/histogram.ts';
import { ROUNDINGS } from '../../lib/quant/rounding.ts';
import type { Rounding } from '../../lib/quant/types.ts';
import type { ResolvedParams, WidgetDtype } from './params.ts';

/** Points in the float-versus-dequantized chart: half data sample, half evenly spaced. */
export const STAIRCASE_POINTS = 2000;
/** Sorted data values kept per tensor (for the staircase and the sample rows). */
export const SAMPLE_POINTS = STAIRCASE_POINTS / 2;
/** Tensors this small are listed in full in the sample table, in their own order. */
export const LIST_ALL_BELOW = 17;
export const SAMPLE_ROWS = 8;
export const FLOAT_BINS = 80;
export const ERROR_BINS = 40;

export interface AnalysisRequest {
  params: ResolvedParams;
  dtype: WidgetDtype;
  narrowRange: boolean;
  rounding: Rounding;
  /** x-axis of the float histogram: the data and the range, padded. */
  domain: readonly [number, number];
}

export interface TensorSummary {
  count: number;
  min: number;
  max: number;
  /** Up to SAMPLE_POINTS values, sorted, always including min and max. */
  sample: Float32Array;
}

export interface Hist {
  lo: number;
  hi: number;
  counts: number[];
  underflow: number;
  overflow: number;
}

export interface SampleRow {
  f: number;
  q: number;
  fHat: number;
  error: number;
  clipped: boolean;
  /** Codes under each rounding mode; they differ only for exact ties. */
  codes: Record<Rounding, number>;
  tie: boolean;
  /** Why this row was picked ("min", "max", "nearest 0", "tie", "median", …). */
  role: string;
}

export interface Analysis {
  count: number;
  dataMin: number;
  dataMax: number;
  mse: number;
  rmse: number;
  maxAbs: number;
  sqnrDb: number;
  clippedFraction: number;
  clippedCount: number;
  levelsUsed: number;
  levelsTotal: number;
  /** Values whose code under the current rounding differs from another mode's: exact ties. */
  tieCount: number;
  /** For each mode, how many codes would change if it were used instead. */
  tieChanges: Record<Rounding, number>;
  rows: SampleRow[];
  rowsAreAll: boolean;
  floatHist: Hist;
  errorHist: Hist;
  /** Sorted values (x) and what they come back as (y). */
  staircase: { x: number[]; y: number[] };
}

export function summarise(values: Float32Array): TensorSummary {
  const n = values.length;
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < n; i++) {
    const v = values[i];
    if (v < min) min = v;
    if (v > max) max = v;
  }
  const m = Math.min(n, SAMPLE_POINTS);
  const sample = new Float32Array(m);
  // Evenly strided picks; the extremes replace the first and last picks so
  // the staircase spans the whole tensor.
  for (let i = 0; i < m; i++) sample[i] = values[Math.floor((i * n) / m)];
  sample.sort();
  if (m >= 2) {
    sample[0] = min;
    sample[m - 1] = max;
  }
  return { count: n, min, max, sample };
}

/**
 * Where to evaluate f → f̂ for the staircase: the data sample (so the curve
 * covers the values that occur) plus evenly spaced points over the data's
 * extent (so every step is drawn crisply, even in sparse tails). Sorted.
 */
export function staircaseInputs(summary: TensorSummary): Float32Array {
  const { sample, min, max } = summary;
  const even = max > min ? STAIRCASE_POINTS - sample.length : 0;
  const out = new Float32Array(sample.length + even);
  out.set(sample);
  for (let i = 0; i < even; i++) out[sample.length + i] = min + ((max - min) * i) / (even - 1);
  return out.sort();
}

function toHist(h: { counts: ArrayLike<number>; underflow: number; overflow: number }, lo: number, hi: number): Hist {
  return { lo, hi, counts: Array.from(h.counts), underflow: h.underflow, overflow: h.overflow };
}

export function floatHistogram(values: Float32Array, domain: readonly [number, number]): Hist {
  const [lo, hi] = domain;
  return toHist(histogram(values, { bins: FLOAT_BINS, min: lo, max: hi }), lo, hi);
}

function quantParams(req: AnalysisRequest, rounding: Rounding) {
  return {
    scale: req.params.scale,
    zeroPoint: req.params.zeroPoint,
    dtype: req.dtype,
    narrowRange: req.narrowRange,
    rounding,
  };
}

function sampleRow(f: number, role: string, req: AnalysisRequest): SampleRow {
  const codes = {} as Record<Rounding, number>;
  for (const mode of ROUNDINGS) codes[mode] = quantizeValue(f, quantParams(req, mode));
  const q = codes[req.rounding];
  const fHat = dequantizeValue(q, { scale: req.params.scale, zeroPoint: req.params.zeroPoint });
  const tie = ROUNDINGS.some((mode) => codes[mode] !== q);
  // Clipped as the core counts it: outside the range the codes cover.
  const clipped = f < req.params.nudgedMin || f > req.params.nudgedMax;
  return { f, q, fHat, error: fHat - f, clipped, codes, tie, role };
}

function pickRows(values: Float32Array, summary: TensorSummary, firstTie: number, req: AnalysisRequest): SampleRow[] {
  if (values.length < LIST_ALL_BELOW) return Array.from(values, (f) => sampleRow(f, '', req));
  const picks = new Map<number, string>();
  const add = (f: number, role: string) => {
    if (picks.size < SAMPLE_ROWS && !picks.has(f)) picks.set(f, role);
  };
  add(summary.min, 'min');
  add(summary.max, 'max');
  if (firstTie >= 0) add(values[firstTie], 'tie');
  const s = summary.sample;
  let nearest = s[0];
  for (const v of s) if (Math.abs(v) < Math.abs(nearest)) nearest = v;
  add(summary.min <= 0 && summary.max >= 0 ? (s.includes(0) ? 0 : nearest) : nearest, 'nearest0');
  const at = (p: number) => s[Math.min(s.length - 1, Math.floor(p * (s.length - 1)))];
  for (const [p, role] of [[0.5, 'median'], [0.25, 'p25'], [0.75, 'p75'], [0.05, 'p5'], [0.95, 'p95'], [0.1, 'p10'], [0.9, 'p90']] as const) {
    add(at(p), role);
  }
  return [...picks].sort((a, b) => a[0] - b[0]).map(([f, role]) => sampleRow(f, role, req));
}

/** A tensor, summarised once, analysed for many parameter settings. */
export class TensorAnalysis {
  readonly values: Float32Array;
  readonly summary: TensorSummary;
  #floatHist: { key: string; hist: Hist } | null = null;

  constructor(values: Float32Array) {
    this.values = values;
    this.summary = summarise(values);
  }

  floatHist(domain: readonly [number, number]): Hist {
    const key = `${domain[0]}:${domain[1]}`;
    if (this.#floatHist?.key !== key) this.#floatHist = { key, hist: floatHistogram(this.values, domain) };
    return this.#floatHist.hist;
  }

  run(req: AnalysisRequest): Analysis {
    const { values, summary } = this;
    const n = values.length;
    const { scale, zeroPoint, qmin, qmax } = req.params;

    const q = quantize(values, quantParams(req, req.rounding));
    const fHat = dequantize(q, { scale, zeroPoint });
    const stats = errorStats(values, fHat, quantParams(req, req.rounding));

    // Ties: the codes other rounding modes would give. They can only differ
    // by one step, and only at exact ties.
    const tieChanges = {} as Record<Rounding, number>;
    const differs = new Uint8Array(n);
    let firstTie = -1;
    for (const mode of ROUNDINGS) {
      tieChanges[mode] = 0;
      if (mode === req.rounding) continue;
      const other = quantize(values, quantParams(req, mode));
      let changes = 0;
      for (let i = 0; i < n; i++) {
        if (other[i] !== q[i]) {
          changes++;
          differs[i] = 1;
          if (firstTie < 0 || i < firstTie) firstTie = i;
        }
      }
      tieChanges[mode] = changes;
    }
    let tieCount = 0;
    for (let i = 0; i < n; i++) tieCount += differs[i];

    // One pass for the error array and the codes in use.
    const err = new Float32Array(n);
    const used = new Uint8Array(qmax - qmin + 1);
    for (let i = 0; i < n; i++) {
      err[i] = fHat[i] - values[i];
      used[q[i] - qmin] = 1;
    }
    let levelsUsed = 0;
    for (const u of used) levelsUsed += u;

    const errorHist = toHist(histogram(err, { bins: ERROR_BINS, min: -scale, max: scale }), -scale, scale);

    const sx = staircaseInputs(summary);
    const sy = dequantize(quantize(sx, quantParams(req, req.rounding)), { scale, zeroPoint });

    return {
      count: n,
      dataMin: summary.min,
      dataMax: summary.max,
      mse: stats.mse,
      rmse: stats.rmse,
      maxAbs: stats.maxAbs,
      sqnrDb: stats.sqnrDb,
      clippedFraction: stats.clippedFraction,
      clippedCount: Math.round(stats.clippedFraction * n),
      levelsUsed,
      levelsTotal: qmax - qmin + 1,
      tieCount,
      tieChanges,
      rows: pickRows(values, summary, firstTie, req),
      rowsAreAll: n < LIST_ALL_BELOW,
      floatHist: this.floatHist(req.domain),
      errorHist,
      staircase: { x: Array.from(sx), y: Array.from(sy) },
    };
  }
}
