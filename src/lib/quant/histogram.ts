import { QuantError, show } from './errors.ts';
import { checkValues, notFiniteValue } from './validate.ts';

export interface HistogramOptions {
  /** Number of equal-width bins, a positive integer. */
  bins: number;
  min: number;
  max: number;
}

export interface Histogram {
  /** bins + 1 bin edges, edges[0] = min, edges[bins] = max. */
  edges: Float64Array;
  /** counts[k] counts values in [edges[k], edges[k+1]); the last bin also takes max itself. */
  counts: Uint32Array;
  /** Values below min. */
  underflow: number;
  /** Values above max. */
  overflow: number;
}

/**
 * Equal-width histogram of finite values over [min, max]. A value is counted
 * in bin k exactly when edges[k] ≤ value < edges[k + 1] (the computed index is
 * corrected against the stored edges, so values on an edge never land in
 * the neighbouring bin). Throws `not-finite-value` for NaN or ±Infinity.
 */
export function histogram(values: ArrayLike<number>, options: HistogramOptions): Histogram {
  const list = checkValues(values);
  if (options === null || typeof options !== 'object') {
    throw new QuantError('bad-input', `options must be an object { bins, min, max }; got ${show(options)}`);
  }
  const { bins, min, max } = options;
  if (!Number.isInteger(bins) || bins < 1 || bins > 1e7) {
    throw new QuantError('bad-bins', `bins must be a whole number from 1 to 10,000,000; got ${show(bins)}`);
  }
  for (const [name, v] of [['min', min], ['max', max]] as const) {
    if (typeof v !== 'number' || !Number.isFinite(v)) {
      throw new QuantError('range-not-finite', `${name} must be a finite number; got ${show(v)}`);
    }
  }
  if (min > max) throw new QuantError('min-greater-than-max', `min (${min}) is greater than max (${max}); swap them`);
  if (min === max) throw new QuantError('empty-range', `min and max are both ${min}; a histogram needs a range of positive width`);
  const width = max - min;
  if (!Number.isFinite(width)) throw new QuantError('range-not-finite', `the range [${min}, ${max}] is too wide to divide into bins`);

  const edges = new Float64Array(bins + 1);
  for (let k = 0; k <= bins; k++) edges[k] = min + (width * k) / bins;
  edges[bins] = max;
  const counts = new Uint32Array(bins);
  const perUnit = bins / width;
  let underflow = 0;
  let overflow = 0;
  const n = list.length;
  for (let i = 0; i < n; i++) {
    const v = list[i];
    if (v >= min && v < max) {
      let k = Math.floor((v - min) * perUnit);
      if (k >= bins) k = bins - 1;
      if (v < edges[k]) k--;
      else if (v >= edges[k + 1]) k++;
      counts[k]++;
    } else if (v === max) counts[bins - 1]++;
    else if (v < min) underflow++;
    else if (v > max) overflow++;
    else throw notFiniteValue(list, i);
  }
  return { edges, counts, underflow, overflow };
}
