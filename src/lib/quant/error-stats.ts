import type { QuantParams } from './types.ts';
import { QuantError, show } from './errors.ts';
import { dtypeRange } from './dtype.ts';
import { checkValues, notFiniteValue, resolveParams } from './validate.ts';

/** Error measures that need only the two arrays. */
export interface ReconstructionError {
  /** Mean squared error. */
  mse: number;
  rmse: number;
  /** Largest |original − reconstructed|. */
  maxAbs: number;
  /**
   * Signal-to-quantization-noise ratio, 10·log10(Σ original² / Σ error²), in
   * dB. +Infinity when the error is exactly zero (including an all-zero
   * signal reconstructed exactly); −Infinity when the signal is all zeros but
   * the reconstruction is not.
   */
  sqnrDb: number;
  count: number;
}

/** `ReconstructionError` plus the share of clipped values, which needs the parameters. */
export interface ErrorStats extends ReconstructionError {
  /**
   * Fraction of originals outside the representable range
   * [(qmin − zeroPoint)·scale, (qmax − zeroPoint)·scale]: the values that
   * were clipped rather than only rounded.
   */
  clippedFraction: number;
}

/** The float range the codes of `params` cover, as `dequantize` computes its ends. */
export function representableRange(params: QuantParams): { min: number; max: number } {
  const p = resolveParams(params);
  const { qmin, qmax } = dtypeRange(p.dtype, p.narrowRange);
  return {
    min: Math.fround(Math.fround(qmin - p.zeroPoint) * p.scale),
    max: Math.fround(Math.fround(qmax - p.zeroPoint) * p.scale),
  };
}

/**
 * Error of a reconstruction (usually `dequantize(quantize(original, params))`)
 * against the original values. Pass the quantization parameters to also get
 * `clippedFraction`. Sums are accumulated in double precision.
 */
export function errorStats(original: ArrayLike<number>, reconstructed: ArrayLike<number>): ReconstructionError;
export function errorStats(original: ArrayLike<number>, reconstructed: ArrayLike<number>, params: QuantParams): ErrorStats;
export function errorStats(
  original: ArrayLike<number>, reconstructed: ArrayLike<number>, params?: QuantParams,
): ReconstructionError | ErrorStats {
  const a = checkValues(original, 'original');
  const b = checkValues(reconstructed, 'reconstructed');
  if (a.length !== b.length) {
    throw new QuantError('length-mismatch', `original has ${a.length} values but reconstructed has ${b.length}; they must match`);
  }
  const { min, max } = params === undefined ? { min: -Infinity, max: Infinity } : representableRange(params);
  const n = a.length;
  let signal = 0;
  let noise = 0;
  let maxAbs = 0;
  let clipped = 0;
  for (let i = 0; i < n; i++) {
    const x = a[i];
    const y = b[i];
    const e = x - y;
    if (!(e - e === 0)) {
      // x or y is NaN or infinite (or not a number at all): say which.
      if (!(typeof x === 'number' && Number.isFinite(x))) throw notFiniteValue(a, i, 'original');
      throw new QuantError('not-finite-value', `reconstructed[${i}] is ${show(y)}; errors need finite numbers`);
    }
    signal += x * x;
    noise += e * e;
    const abs = e < 0 ? -e : e;
    if (abs > maxAbs) maxAbs = abs;
    if (x < min || x > max) clipped++;
  }
  const mse = noise / n;
  let sqnrDb: number;
  if (noise === 0) sqnrDb = Infinity;
  else if (signal === 0) sqnrDb = -Infinity;
  else sqnrDb = 10 * Math.log10(signal / noise);
  const measures: ReconstructionError = { mse, rmse: Math.sqrt(mse), maxAbs, sqnrDb, count: n };
  return params === undefined ? measures : { ...measures, clippedFraction: clipped / n };
}
