/**
 * Requantization: turning an int32 accumulator (in units of s_in · s_w) into
 * an output code (in units of s_out), the one step where runtimes differ.
 *
 * - `'onnxruntime'`: M = f32(f32(s_in · s_w) / s_out) computed once in
 *   float32; each accumulator becomes f32(f32(acc) · M), rounded half to even
 *   (MLAS's MlasRequantizeOutput).
 * - `'tflite'`: M = s_in · s_w / s_out in double, split into a Q31 M0 and a
 *   shift (QuantizeMultiplier); each accumulator goes through gemmlowp's
 *   SaturatingRoundingDoublingHighMul and RoundingDivideByPOT (two roundings,
 *   the last one ties away from zero). TFLite's default build.
 * - `'tflite-single-rounding'`: the same M0 and shift, one 64-bit product and
 *   one rounding shift, ties up (TFLite built with TFLITE_SINGLE_ROUNDING).
 *
 * All three then add the output zero point and clamp to the activation bounds.
 */
import { QuantError, show } from '../errors.ts';
import { roundWith } from '../rounding.ts';
import { checkScale, checkZeroPoint } from '../validate.ts';
import { dtypeRange } from '../dtype.ts';
import type { FixedPointMultiplier } from '../multiplier.ts';
import { quantizeMultiplier } from '../multiplier.ts';
import {
  multiplyByQuantizedMultiplier, multiplyByQuantizedMultiplierSingleRounding, quantizeMultiplierSingleRounding,
  saturatingRoundingDoublingHighMul, wrapInt32,
} from './fixed-point.ts';

export type Requantization = 'onnxruntime' | 'tflite' | 'tflite-single-rounding';

export const REQUANTIZATIONS: readonly Requantization[] = ['onnxruntime', 'tflite', 'tflite-single-rounding'];

export function isRequantization(value: unknown): value is Requantization {
  return typeof value === 'string' && (REQUANTIZATIONS as readonly string[]).includes(value);
}

export function checkRequantization(value: unknown): Requantization {
  if (!isRequantization(value)) {
    throw new QuantError('bad-input', `requantization must be one of ${REQUANTIZATIONS.join(', ')}; got ${show(value)}`);
  }
  return value;
}

/** TFLite's fused activations that a quantized kernel applies as clamp bounds. */
export type Activation = 'none' | 'relu' | 'relu6';

export const ACTIVATIONS: readonly Activation[] = ['none', 'relu', 'relu6'];

export function isActivation(value: unknown): value is Activation {
  return typeof value === 'string' && (ACTIVATIONS as readonly string[]).includes(value);
}

/** Activation tensors of the integer kernels are 8-bit. */
export type ActivationDtype = 'uint8' | 'int8';

export interface TensorQuant {
  scale: number;
  zeroPoint: number;
  dtype: ActivationDtype;
}

export interface ClampBounds {
  lo: number;
  hi: number;
}

/**
 * The output codes a fused activation allows, as TFLite's
 * CalculateActivationRangeQuantized computes them: ReLU raises the lower
 * bound to the code of 0.0 (the zero point), ReLU6 also lowers the upper bound
 * to zp + round(6 / s_out) (float32 quotient, ties away from zero); both stay
 * inside the dtype.
 */
export function activationBounds(activation: Activation, output: TensorQuant): ClampBounds {
  if (!isActivation(activation)) {
    throw new QuantError('bad-input', `activation must be one of ${ACTIVATIONS.join(', ')}; got ${show(activation)}`);
  }
  const scale = checkScale(output.scale, 'output scale');
  const zeroPoint = checkZeroPoint(output.zeroPoint, output.dtype, 'output zero point');
  const { qmin, qmax } = dtypeRange(output.dtype);
  if (activation === 'none') return { lo: qmin, hi: qmax };
  const lo = Math.max(qmin, zeroPoint);
  if (activation === 'relu') return { lo, hi: qmax };
  const six = zeroPoint + roundWith(Math.fround(6 / scale), 'half-away-from-zero');
  return { lo, hi: Math.min(qmax, six) };
}

/** How one output channel rescales its accumulator. */
export interface ChannelMultiplier {
  /** s_in · s_w / s_out in double precision from the float32 scales: the ideal every scheme approximates. */
  real: number;
  /** onnxruntime's multiplier, f32(f32(s_in · s_w) / s_out). */
  float32: number;
  /** TFLite's Q31 decomposition of `real` (saturated at shift 30 for the single-rounding scheme). */
  fixedPoint: FixedPointMultiplier;
  /** What the scheme really multiplies by: `float32`, or M0 · 2^(shift − 31). */
  effective: number;
}

export function channelMultiplier(
  inputScale: number, weightScale: number, outputScale: number, scheme: Requantization,
): ChannelMultiplier {
  const sIn = checkScale(inputScale, 'input scale');
  const sW = checkScale(weightScale, 'weight scale');
  const sOut = checkScale(outputScale, 'output scale');
  checkRequantization(scheme);
  const real = (sIn * sW) / sOut;
  const float32 = Math.fround(Math.fround(sIn * sW) / sOut);
  if (!Number.isFinite(float32) || float32 === 0) {
    throw new QuantError('bad-input', `the multiplier s_in·s_w/s_out = ${show(real)} is not a usable float32 (it rounds to ${show(float32)})`);
  }
  const fixedPoint = scheme === 'tflite-single-rounding' ? quantizeMultiplierSingleRounding(real) : quantizeMultiplier(real);
  const effective = scheme === 'onnxruntime' ? float32 : fixedPoint.multiplier * 2 ** (fixedPoint.shift - 31);
  return { real, float32, fixedPoint, effective };
}

/**
 * An accumulator rescaled to output units and rounded to an integer, before
 * the zero point and the clamp.
 */
export function rescale(accumulator: number, m: ChannelMultiplier, scheme: Requantization): number {
  switch (scheme) {
    case 'onnxruntime':
      // MLAS converts the int32 to float32 first, then multiplies in float32.
      return roundWith(Math.fround(Math.fround(accumulator) * m.float32), 'half-to-even');
    case 'tflite':
      return multiplyByQuantizedMultiplier(accumulator, m.fixedPoint);
    case 'tflite-single-rounding':
      return multiplyByQuantizedMultiplierSingleRounding(accumulator, m.fixedPoint);
    default:
      throw new QuantError('bad-input', `requantization must be one of ${REQUANTIZATIONS.join(', ')}; got ${show(scheme)}`);
  }
}

/** The output code: clamp(zp + rescale(acc), lo, hi). */
export function requantize(
  accumulator: number, m: ChannelMultiplier, scheme: Requantization, outputZeroPoint: number, bounds: ClampBounds,
): number {
  const v = rescale(accumulator, m, scheme) + outputZeroPoint;
  return v < bounds.lo ? bounds.lo : v > bounds.hi ? bounds.hi : v;
}

/**
 * The double-precision reference: acc · s_in · s_w / s_out rounded half away
 * from zero, plus the zero point, clamped. What an integer kernel would give
 * if its multiplier and its product were exact.
 */
export function requantizeExact(
  accumulator: number, m: Pick<ChannelMultiplier, 'real'>, outputZeroPoint: number, bounds: ClampBounds,
): number {
  const v = roundWith(accumulator * m.real, 'half-away-from-zero') + outputZeroPoint;
  return v < bounds.lo ? bounds.lo : v > bounds.hi ? bounds.hi : v;
}

/** Every intermediate value of one requantization, for showing it step by step. */
export interface RequantizationTrace {
  scheme: Requantization;
  accumulator: number;
  multiplier: ChannelMultiplier;
  /** onnxruntime: f32(acc) and f32(f32(acc) · M). */
  float32Accumulator?: number;
  float32Product?: number;
  /** TFLite: acc · 2^left (wrapped), the SRDHM result, and the right shift applied to it. */
  leftShifted?: number;
  highMul?: number;
  rightShift?: number;
  /** Exact acc · M0 / 2^(31 − shift) before any rounding (TFLite modes). */
  exactFixedPoint?: number;
  /** The rounded, rescaled value (before the zero point). */
  rescaled: number;
  withZeroPoint: number;
  bounds: ClampBounds;
  output: number;
  /** The double-precision reference and the real value it rounds. */
  exactReal: number;
  reference: number;
}

export function traceRequantization(
  accumulator: number, m: ChannelMultiplier, scheme: Requantization, outputZeroPoint: number, bounds: ClampBounds,
): RequantizationTrace {
  const rescaled = rescale(accumulator, m, scheme);
  const withZeroPoint = rescaled + outputZeroPoint;
  const output = withZeroPoint < bounds.lo ? bounds.lo : withZeroPoint > bounds.hi ? bounds.hi : withZeroPoint;
  const trace: RequantizationTrace = {
    scheme, accumulator, multiplier: m, rescaled, withZeroPoint, bounds, output,
    exactReal: accumulator * m.real,
    reference: requantizeExact(accumulator, m, outputZeroPoint, bounds),
  };
  if (scheme === 'onnxruntime') {
    trace.float32Accumulator = Math.fround(accumulator);
    trace.float32Product = Math.fround(trace.float32Accumulator * m.float32);
  } else {
    const { multiplier, shift } = m.fixedPoint;
    trace.exactFixedPoint = accumulator * multiplier * 2 ** (shift - 31);
    if (scheme === 'tflite') {
      trace.leftShifted = shift > 0 ? wrapInt32(accumulator * 2 ** shift) : accumulator;
      trace.highMul = saturatingRoundingDoublingHighMul(trace.leftShifted, multiplier);
      trace.rightShift = shift > 0 ? 0 : -shift;
    } else {
      trace.rightShift = 31 - shift;
    }
  }
  return trace;
}
