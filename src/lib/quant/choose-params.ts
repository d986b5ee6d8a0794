import type { CodeRange, Dtype } from './types.ts';
import { QuantError, show } from './errors.ts';
import { checkDtype, dtypeRange } from './dtype.ts';
import { roundWith } from './rounding.ts';

export interface ChooseOptions {
  dtype: Dtype;
  /** Zero point fixed at the middle of the type: 0 for signed types, 128 for uint8. */
  symmetric?: boolean;
  narrowRange?: boolean;
}

export interface ChosenParams extends CodeRange {
  /** float32 scale. */
  scale: number;
  /** Integer code of 0.0. */
  zeroPoint: number;
  /** Real value of code qmin, exactly as `dequantize` returns it. */
  nudgedMin: number;
  /** Real value of code qmax, exactly as `dequantize` returns it. */
  nudgedMax: number;
}

/** The smallest positive float32; a range so narrow that the scale underflows uses it. */
const MIN_FLOAT32_SCALE = 2 ** -149;

function checkRangeEnds(min: unknown, max: unknown): void {
  for (const [name, v] of [['min', min], ['max', max]] as const) {
    if (typeof v !== 'number' || !Number.isFinite(v)) {
      throw new QuantError('range-not-finite', `${name} must be a finite number; got ${show(v)}`);
    }
  }
  if ((min as number) > (max as number)) {
    throw new QuantError('min-greater-than-max', `min (${show(min)}) is greater than max (${show(max)}); swap them`);
  }
}

function float32Scale(scale: number, min: number, max: number): number {
  const s = Math.fround(scale);
  if (s === Infinity) {
    throw new QuantError('range-not-finite', `the range [${min}, ${max}] is too wide: its scale overflows float32`);
  }
  return s === 0 ? MIN_FLOAT32_SCALE : s;
}

/**
 * Scale and zero point for a float range, the way TensorFlow's FakeQuant
 * nudges them:
 *
 * 1. Widen [min, max] to include 0, so 0.0 gets a code.
 * 2. Asymmetric: scale = (max − min) / (qmax − qmin); the real-valued zero
 *    point qmin − min / scale is rounded (half away from zero) and clamped to
 *    [qmin, qmax]. The range actually covered shifts to the nudged ends
 *    (qmin − zeroPoint)·scale and (qmax − zeroPoint)·scale: same width, 0.0
 *    exact.
 * 3. Symmetric: zero point 0 for signed types (128 for uint8, so uint8 codes
 *    run 128 ± 127); scale = max(|min|, |max|) / 127 for int8 (32767 for int16,
 *    2^31 − 1 for int32), whether or not the range is narrow, as TFLite does
 *    for int8 weights.
 *
 * The scale is rounded to float32 (what a model file stores) before the
 * zero point and the nudged ends are computed, so the nudged ends are exactly
 * what dequantizing qmin and qmax gives. A range of zero width ([0, 0] after
 * widening) has nothing to divide; it gets scale 1 so the result is still
 * valid and 0.0 is still exact.
 */
export function chooseParams(range: { min: number; max: number }, options: ChooseOptions): ChosenParams {
  if (range === null || typeof range !== 'object') {
    throw new QuantError('bad-input', `range must be an object { min, max }; got ${show(range)}`);
  }
  if (options === null || typeof options !== 'object') {
    throw new QuantError('bad-input', `options must be an object { dtype, symmetric?, narrowRange? }; got ${show(options)}`);
  }
  const { min, max } = range;
  checkRangeEnds(min, max);
  const dtype = checkDtype(options.dtype);
  const narrowRange = options.narrowRange === true;
  const { qmin, qmax } = dtypeRange(dtype, narrowRange);
  const lo = Math.min(min, 0);
  const hi = Math.max(max, 0);

  let scale: number;
  let zeroPoint: number;
  if (options.symmetric === true) {
    zeroPoint = dtype === 'uint8' ? 128 : 0;
    const halfSteps = dtype === 'uint8' ? 127 : dtypeRange(dtype, true).qmax;
    const maxAbs = Math.max(-lo, hi);
    scale = maxAbs === 0 ? 1 : float32Scale(maxAbs / halfSteps, min, max);
  } else if (hi === lo) {
    scale = 1;
    zeroPoint = qmin; // qmin − 0 / 1
  } else {
    const steps = qmax - qmin;
    scale = float32Scale(hi / steps - lo / steps, min, max); // avoids overflow of hi − lo
    const fromMin = qmin - lo / scale;
    zeroPoint = fromMin <= qmin ? qmin : fromMin >= qmax ? qmax : roundWith(fromMin, 'half-away-from-zero');
  }
  return {
    scale,
    zeroPoint,
    nudgedMin: Math.fround(Math.fround(qmin - zeroPoint) * scale),
    nudgedMax: Math.fround(Math.fround(qmax - zeroPoint) * scale),
    qmin,
    qmax,
  };
}
