// TensorFlow's FakeQuantWithMinMaxVars, in float32 step by step: what a
// fake-quant node does to a tensor during quantization-aware training. The
// nudging of (min, max) is the core's chooseParams (the same float32 steps as
// TF's Nudge); this module adds the op itself.
import { chooseParams, type ChosenParams } from '../quant/choose-params.ts';
import { QuantError } from '../quant/errors.ts';

export interface FakeQuantOptions {
  /** TF's narrow_range: codes 1…255 instead of 0…255 (used for weights). */
  narrowRange?: boolean;
}

export interface FakeQuantParams extends ChosenParams {
  /** The range asked for, before widening and nudging. */
  min: number;
  max: number;
  /** float32 1 / scale, as the kernel multiplies by it instead of dividing. */
  invScale: number;
  /** Ideal (real-valued) uint8 zero point qmin − min / scale, before rounding. */
  idealZeroPoint: number;
  /** The same grid as int8 codes (TFLite today): zero point − 128. */
  int8ZeroPoint: number;
}

/**
 * The nudged grid of a fake-quant node with range [min, max]: 8 bits, uint8
 * codes as TF's kernel counts them (0…255, or 1…255 with narrow range).
 * The range is widened to include 0 first; QAT's range recording
 * (contrib/quantize and tfmot) always keeps 0 inside.
 */
export function fakeQuantParams(range: { min: number; max: number }, options: FakeQuantOptions = {}): FakeQuantParams {
  const narrowRange = options.narrowRange === true;
  const p = chooseParams(range, { dtype: 'uint8', narrowRange });
  const lo = Math.fround(Math.min(range.min, 0));
  const hi = Math.fround(Math.max(range.max, 0));
  const width = Math.fround(hi - lo);
  const invScale = width === 0 ? 1 : Math.fround(Math.fround(p.qmax - p.qmin) / width);
  const idealZeroPoint = width === 0 ? p.qmin : Math.fround(p.qmin - Math.fround(lo / p.scale));
  return { ...p, min: range.min, max: range.max, invScale, idealZeroPoint, int8ZeroPoint: p.zeroPoint - 128 };
}

/**
 * FakeQuantWithMinMaxVars forward pass (the op QAT graphs use), as TF's
 * kernel computes it in float32:
 *   clamped = clamp(x, nudgedMin, nudgedMax)
 *   out = floor((clamped − nudgedMin) / scale − quantZero + 0.5) · scale
 * with quantZero = floor(−nudgedMin · invScale + 0.5). The output is exactly
 * (code − zeroPoint)·scale for an integer code in [qmin, qmax]: the value the
 * integer network's code stands for. (The Args and PerChannel variants
 * multiply by invScale instead of dividing; ties can differ in the last bit.)
 */
export function fakeQuant(values: ArrayLike<number>, params: FakeQuantParams, out?: Float32Array): Float32Array {
  const n = values.length;
  const result = out ?? new Float32Array(n);
  if (result.length !== n) throw new QuantError('length-mismatch', `out has ${result.length} entries for ${n} values`);
  const { nudgedMin, nudgedMax, scale, invScale } = params;
  if (params.min === 0 && params.max === 0) return result.fill(0);
  const quantZero = Math.floor(Math.fround(Math.fround(-nudgedMin * invScale) + 0.5));
  for (let i = 0; i < n; i++) {
    const x = values[i];
    if (!Number.isFinite(x)) throw new QuantError('not-finite-value', `values[${i}] is ${x}; fake quantization needs finite numbers`);
    const f = Math.fround(x);
    const clamped = f < nudgedMin ? nudgedMin : f > nudgedMax ? nudgedMax : f;
    const shifted = Math.fround(clamped - nudgedMin);
    const t = Math.fround(Math.fround(Math.fround(shifted / scale) - quantZero) + 0.5);
    result[i] = Math.fround(Math.floor(t) * scale);
  }
  return result;
}
