/**
 * What the integer kernels share: the quantization of a layer's three tensors,
 * validation of codes, the per-channel multipliers, and the int32 bias.
 */
import { QuantError, show } from '../errors.ts';
import { dtypeRange } from '../dtype.ts';
import { roundWith } from '../rounding.ts';
import { checkScale, checkZeroPoint } from '../validate.ts';
import type { Rounding } from '../types.ts';
import { INT32_MAX, INT32_MIN } from './fixed-point.ts';
import { activationBounds, channelMultiplier, checkRequantization } from './requantize.ts';
import type { Activation, ActivationDtype, ChannelMultiplier, ClampBounds, Requantization, TensorQuant } from './requantize.ts';

/**
 * Weight quantization: one scale and zero point (per tensor) or one per
 * output channel (per channel; TFLite's quantized_dimension 0 of a Conv2D or
 * FullyConnected weight).
 */
export interface WeightQuant {
  scales: ArrayLike<number>;
  zeroPoints: ArrayLike<number>;
  dtype: ActivationDtype;
}

export interface IntegerLayerSpec {
  input: TensorQuant;
  weights: WeightQuant;
  output: TensorQuant;
  /** Fused activation, applied as clamp bounds; default 'none'. */
  activation?: Activation;
  requantization: Requantization;
}

export interface IntegerLayerResult {
  /** Output codes (Int8Array or Uint8Array after the output dtype). */
  output: Int8Array | Uint8Array;
  /** Per output element: Σ (q_in − z_in)(q_w − z_w) + bias, the int32 the requantization starts from. */
  accumulators: Int32Array;
  /** One per output channel. */
  multipliers: ChannelMultiplier[];
  bounds: ClampBounds;
}

/** A layer spec checked and expanded to one multiplier and weight zero point per output channel. */
export interface ResolvedLayer {
  spec: IntegerLayerSpec;
  inputZeroPoint: number;
  weightZeroPoints: number[];
  outputZeroPoint: number;
  multipliers: ChannelMultiplier[];
  bounds: ClampBounds;
}

export function resolveLayer(spec: IntegerLayerSpec, outChannels: number): ResolvedLayer {
  if (spec === null || typeof spec !== 'object') throw new QuantError('bad-input', `layer spec must be an object; got ${show(spec)}`);
  const scheme = checkRequantization(spec.requantization);
  checkActivationDtype(spec.input?.dtype, 'input dtype');
  checkActivationDtype(spec.weights?.dtype, 'weight dtype');
  checkActivationDtype(spec.output?.dtype, 'output dtype');
  const inputZeroPoint = checkZeroPoint(spec.input.zeroPoint, spec.input.dtype, 'input zero point');
  const outputZeroPoint = checkZeroPoint(spec.output.zeroPoint, spec.output.dtype, 'output zero point');
  const { scales, zeroPoints } = spec.weights;
  const n = scales?.length;
  if (n !== 1 && n !== outChannels) {
    throw new QuantError('length-mismatch', `weight scales must have 1 entry (per tensor) or ${outChannels} (per channel); got ${show(n)}`);
  }
  if (zeroPoints?.length !== n) {
    throw new QuantError('length-mismatch', `weight zero points must have as many entries as weight scales (${n}); got ${show(zeroPoints?.length)}`);
  }
  const weightZeroPoints: number[] = [];
  const multipliers: ChannelMultiplier[] = [];
  for (let c = 0; c < outChannels; c++) {
    const k = n === 1 ? 0 : c;
    weightZeroPoints.push(checkZeroPoint(zeroPoints[k], spec.weights.dtype, `weight zero point ${k}`));
    multipliers.push(channelMultiplier(spec.input.scale, checkScale(scales[k], `weight scale ${k}`), spec.output.scale, scheme));
  }
  const bounds = activationBounds(spec.activation ?? 'none', spec.output);
  return { spec, inputZeroPoint, weightZeroPoints, outputZeroPoint, multipliers, bounds };
}

function checkActivationDtype(dtype: unknown, name: string): ActivationDtype {
  if (dtype !== 'uint8' && dtype !== 'int8') throw new QuantError('bad-dtype', `${name} must be uint8 or int8; got ${show(dtype)}`);
  return dtype;
}

/** Checks that every value is an integer code of the dtype. */
export function checkCodes(values: ArrayLike<number>, dtype: ActivationDtype, expectedLength: number, name: string): void {
  if (values === null || typeof values !== 'object' || typeof values.length !== 'number') {
    throw new QuantError('bad-input', `${name} must be an array of ${dtype} codes; got ${show(values)}`);
  }
  if (values.length !== expectedLength) {
    throw new QuantError('length-mismatch', `${name} must have ${expectedLength} values for its shape; got ${values.length}`);
  }
  const { qmin, qmax } = dtypeRange(dtype);
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (!Number.isInteger(v) || v < qmin || v > qmax) {
      throw new QuantError('not-integer-value', `${name}[${i}] is ${show(v)}; ${dtype} codes are integers in [${qmin}, ${qmax}]`);
    }
  }
}

export function checkBias(bias: ArrayLike<number> | undefined, outChannels: number): void {
  if (bias === undefined) return;
  if (bias.length !== outChannels) {
    throw new QuantError('length-mismatch', `bias must have one int32 per output channel (${outChannels}); got ${bias.length}`);
  }
  for (let i = 0; i < bias.length; i++) {
    const b = bias[i];
    if (!Number.isInteger(b) || b < INT32_MIN || b > INT32_MAX) {
      throw new QuantError('not-integer-value', `bias[${i}] is ${show(b)}; the bias is int32`);
    }
  }
}

export function checkShape(shape: ArrayLike<number>, rank: number, name: string): number[] {
  if (shape === null || typeof shape !== 'object' || shape.length !== rank) {
    throw new QuantError('bad-shape', `${name} must have ${rank} dimensions; got ${show(shape)}`);
  }
  const dims = Array.from(shape);
  for (const d of dims) {
    if (!Number.isInteger(d) || d < 1) throw new QuantError('bad-shape', `${name} must hold positive integers; got [${dims.join(', ')}]`);
  }
  return dims;
}

/** An exact accumulator (products of 8-bit codes are exact doubles) that must still fit the int32 the runtimes use. */
export function checkAccumulator(acc: number, index: number): number {
  if (acc < INT32_MIN || acc > INT32_MAX) {
    throw new QuantError('bad-input', `accumulator ${index} is ${acc}, beyond int32: the runtimes would overflow here`);
  }
  return acc;
}

export function allocateOutput(dtype: ActivationDtype, length: number): Int8Array | Uint8Array {
  return dtype === 'int8' ? new Int8Array(length) : new Uint8Array(length);
}

/**
 * The int32 bias of a quantized layer: scale s_in · s_w[c] (product of the
 * float32 scales), zero point 0, so that it adds straight onto the
 * accumulator. Ties round half away from zero by default (TFLite's
 * converter); onnxruntime's quantization tool rounds half to even.
 */
export function quantizeBias(
  bias: ArrayLike<number>, inputScale: number, weightScales: ArrayLike<number>, rounding: Rounding = 'half-away-from-zero',
): Int32Array {
  const sIn = checkScale(inputScale, 'input scale');
  const out = new Int32Array(bias.length);
  if (weightScales.length !== 1 && weightScales.length !== bias.length) {
    throw new QuantError('length-mismatch', `weight scales must have 1 entry or one per bias value (${bias.length}); got ${weightScales.length}`);
  }
  for (let c = 0; c < bias.length; c++) {
    const b = bias[c];
    if (!Number.isFinite(b)) throw new QuantError('not-finite-value', `bias[${c}] is ${show(b)}; only finite numbers can be quantized`);
    const scale = sIn * checkScale(weightScales[weightScales.length === 1 ? 0 : c], `weight scale ${c}`);
    const q = roundWith(b / scale, rounding);
    if (q < INT32_MIN || q > INT32_MAX) throw new QuantError('bad-input', `bias[${c}] = ${b} is ${q} in units of s_in·s_w, beyond int32`);
    out[c] = q;
  }
  return out;
}
