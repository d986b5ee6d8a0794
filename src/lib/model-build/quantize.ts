/**
 * Full-integer static post-training quantization of a FloatModel, given one
 * float range per activation point (from calibration, or dummy ranges):
 *
 * - weights: int8, symmetric, per output channel (zero point 0, codes
 *   −127…127, scale = max|w| / 127), rounded half to even;
 * - activations: uint8 or int8, asymmetric, parameters from the range with
 *   TF's nudging (`chooseParams`), so 0.0 is exact;
 * - bias: int32 with scale = input scale × weight scale (per channel), zero point 0.
 *
 * The result is an `IntegerPlan`: every integer and scale the arithmetic
 * needs. `integer-reference.ts` runs a plan in TypeScript; `qoperator.ts`
 * writes it as an ONNX model. Dense layers become k×k convolutions over
 * their whole input, so they keep their int32 bias in QLinearConv (ONNX's
 * QLinearMatMul has no bias input).
 */
import { chooseParams } from '../quant/choose-params.ts';
import { quantizePerAxis } from '../quant/per-axis.ts';
import { dtypeRange } from '../quant/dtype.ts';
import { activationPoints, isWeighted, layerShapes } from './float-model.ts';
import type { FloatModel, Shape3 } from './float-model.ts';

export type ActivationType = 'uint8' | 'int8';

/** A float range per activation point ('input', then each conv/dense layer's name). */
export type ActivationRanges = Record<string, { min: number; max: number }>;

/** Scale (float32) and zero point of one quantized tensor. */
export interface QParams {
  scale: number;
  zeroPoint: number;
}

export interface QConvStep {
  kind: 'conv';
  name: string;
  /** Was a dense layer in the float model (now a k×k convolution over its whole input). */
  fromDense: boolean;
  inShape: Shape3;
  outShape: Shape3;
  kernel: number;
  /** [out, in, k, k] int8 codes, zero point 0. */
  weight: Int8Array;
  weightScales: Float32Array;
  /** int32 codes with scale input.scale × weightScales[o]. */
  bias: Int32Array;
  input: QParams;
  output: QParams;
  /** Fused ReLU: outputs below the code of 0.0 are raised to it. */
  relu: boolean;
  /** Lowest output code: the zero point with a ReLU, else the type's minimum. */
  outMin: number;
}

export interface QPoolStep {
  kind: 'maxpool';
  name: string;
  inShape: Shape3;
  outShape: Shape3;
  size: number;
}

export type QStep = QConvStep | QPoolStep;

export interface IntegerPlan {
  activationType: ActivationType;
  inputShape: Shape3;
  input: QParams;
  steps: QStep[];
  /** Parameters of the last step's output (the quantized logits). */
  output: QParams;
}

/** Input images are pixel / 255 in [0, 1]: quantized_input_stats = (0, 255) in TFLite's terms. */
export const INPUT_RANGE = { min: 0, max: 1 } as const;

/** Per-channel symmetric int8 weights, as TFLite and onnxruntime's quantizer make them. */
export function quantizeWeightsPerChannel(weight: Float32Array, outChannels: number): { codes: Int8Array; scales: Float32Array } {
  const per = weight.length / outChannels;
  const scales = new Float32Array(outChannels);
  for (let o = 0; o < outChannels; o++) {
    let maxAbs = 0;
    for (let i = o * per; i < (o + 1) * per; i++) maxAbs = Math.max(maxAbs, Math.abs(weight[i]));
    scales[o] = chooseParams({ min: -maxAbs, max: maxAbs }, { dtype: 'int8', symmetric: true, narrowRange: true }).scale;
  }
  const codes = quantizePerAxis(weight, {
    scales: Array.from(scales), zeroPoints: new Array<number>(outChannels).fill(0),
    axis: 0, shape: [outChannels, per], dtype: 'int8', narrowRange: true, rounding: 'half-to-even',
  }) as Int8Array;
  return { codes, scales };
}

/** int32 bias codes with scale fround(inputScale × weightScale[o]), rounded half to even. */
export function quantizeBias(bias: Float32Array, inputScale: number, weightScales: Float32Array): Int32Array {
  const scales = Array.from(weightScales, (s) => Math.fround(Math.fround(inputScale) * s));
  return quantizePerAxis(bias, {
    scales, zeroPoints: new Array<number>(bias.length).fill(0),
    axis: 0, shape: [bias.length], dtype: 'int32', rounding: 'half-to-even',
  }) as Int32Array;
}

export function activationParams(range: { min: number; max: number }, type: ActivationType): QParams {
  const { scale, zeroPoint } = chooseParams(range, { dtype: type });
  return { scale, zeroPoint };
}

/**
 * Builds the integer plan. `ranges` needs an entry for every activation
 * point except 'input' (which is always [0, 1], see INPUT_RANGE, unless given).
 */
export function planIntegerModel(model: FloatModel, ranges: ActivationRanges, activationType: ActivationType = 'uint8'): IntegerPlan {
  for (const p of activationPoints(model)) {
    if (p !== 'input' && ranges[p] === undefined) throw new Error(`no activation range for ${p}`);
  }
  const { qmin } = dtypeRange(activationType);
  const input = activationParams(ranges.input ?? INPUT_RANGE, activationType);
  const shapes = layerShapes(model);
  const steps: QStep[] = [];
  let current = input;
  let inShape: Shape3 = model.inputShape;
  model.layers.forEach((l, i) => {
    const outShape = shapes[i];
    if (!isWeighted(l)) {
      steps.push({ kind: 'maxpool', name: l.name, inShape, outShape, size: l.size });
    } else {
      const outChannels = l.kind === 'conv' ? l.outChannels : l.outFeatures;
      const kernel = l.kind === 'conv' ? l.kernel : inShape[1];
      if (l.kind === 'dense' && inShape[1] !== inShape[2]) throw new Error(`${l.name}: a dense layer over a non-square input cannot become a k×k convolution`);
      const { codes, scales } = quantizeWeightsPerChannel(l.weight, outChannels);
      const output = activationParams(ranges[l.name], activationType);
      steps.push({
        kind: 'conv', name: l.name, fromDense: l.kind === 'dense', inShape, outShape, kernel,
        weight: codes, weightScales: scales, bias: quantizeBias(l.bias, current.scale, scales),
        input: current, output, relu: l.relu, outMin: l.relu ? Math.max(output.zeroPoint, qmin) : qmin,
      });
      current = output;
    }
    inShape = outShape;
  });
  return { activationType, inputShape: model.inputShape, input, steps, output: current };
}

/** The same range for every activation but the input: what TFLite's `default_ranges_stats` did. */
export function dummyRanges(model: FloatModel, range: { min: number; max: number }): ActivationRanges {
  const out: ActivationRanges = { input: { ...INPUT_RANGE } };
  for (const p of activationPoints(model)) if (p !== 'input') out[p] = { ...range };
  return out;
}
