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

function positiveFloat32(x: number): number {
  const s = Math.fround(x);
  return s === 0 ? MIN_FLOAT32_SCALE : s;
}

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
 * The arithmetic is float32, step by step, as in TF's FakeQuant kernel
 * (and a model file stores float32 scales), so the nudged ends are exactly
 * what dequantizing qmin and qmax gives. For [-100, 100] in uint8 this gives
 * scale 0.7843137383460999 and zero point 128, the pair TF's converter
 * reports for `default_ranges_stats=(-100, 100)`: in float32, 100 / scale is
 * exactly 127.5, which rounds away from zero.
 *
 * A range of zero width ([0, 0] after widening) has nothing to divide; it
 * gets scale 1 so the result is still valid and 0.0 is still exact. A range
 * so narrow that the float32 scale underflows gets the smallest positive
 * float32 instead of 0.
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
  const lo = Math.fround(Math.min(min, 0));
  const hi = Math.fround(Math.max(max, 0));
  if (lo === -Infinity || hi === Infinity) {
    throw new QuantError('range-not-finite', `the range [${min}, ${max}] does not fit in float32 (about ±3.4e38)`);
  }

  let scale: number;
  let zeroPoint: number;
  if (options.symmetric === true) {
    zeroPoint = dtype === 'uint8' ? 128 : 0;
    const halfSteps = dtype === 'uint8' ? 127 : dtypeRange(dtype, true).qmax;
    const maxAbs = Math.max(-lo, hi);
    scale = maxAbs === 0 ? 1 : positiveFloat32(maxAbs / halfSteps);
  } else if (hi === lo) {
    scale = 1;
    zeroPoint = qmin; // qmin − 0 / 1
  } else {
    const width = Math.fround(hi - lo);
    if (width === Infinity) {
      throw new QuantError('range-not-finite', `the range [${min}, ${max}] is too wide: max − min overflows float32`);
    }
    scale = positiveFloat32(width / (qmax - qmin));
    const fromMin = Math.fround(qmin - Math.fround(lo / scale));
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
