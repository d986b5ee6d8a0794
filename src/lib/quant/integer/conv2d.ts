/**
 * Quantized 2-D convolution (TFLite CONV_2D, ONNX QLinearConv), NHWC like
 * TFLite: input [batch, height, width, inChannels], weights [outChannels,
 * kernelH, kernelW, inChannels] (OHWI; per-channel weights vary along axis 0),
 * output [batch, outH, outW, outChannels]. ONNX's QLinearConv uses NCHW and
 * OIHW; transpose to compare.
 *
 * Padding contributes nothing to the sum, which is what padding the input
 * with its zero point (ONNX) or skipping positions outside the image
 * (TFLite's reference kernel) both amount to. No groups (depthwise is a
 * different kernel).
 */
import { QuantError, show } from '../errors.ts';
import { allocateOutput, checkAccumulator, checkBias, checkCodes, checkShape, resolveLayer } from './layer.ts';
import type { IntegerLayerResult, IntegerLayerSpec } from './layer.ts';
import { requantize } from './requantize.ts';

/** [top, left, bottom, right], or TFLite's 'valid' (none) and 'same' (output size ceil(in / stride), extra padding at the end). */
export type Conv2dPadding = 'valid' | 'same' | readonly [number, number, number, number];

export interface Conv2dArgs {
  input: ArrayLike<number>;
  /** NHWC */
  inputShape: ArrayLike<number>;
  weights: ArrayLike<number>;
  /** OHWI */
  weightShape: ArrayLike<number>;
  bias?: ArrayLike<number>;
  /** [strideH, strideW], default [1, 1] */
  strides?: readonly [number, number];
  /** [dilationH, dilationW], default [1, 1] */
  dilations?: readonly [number, number];
  padding?: Conv2dPadding;
}

export interface Conv2dResult extends IntegerLayerResult {
  /** NHWC */
  outputShape: [number, number, number, number];
  /** The explicit [top, left, bottom, right] padding used. */
  pads: [number, number, number, number];
}

function positivePair(value: readonly [number, number] | undefined, name: string): [number, number] {
  if (value === undefined) return [1, 1];
  if (!Array.isArray(value) || value.length !== 2 || !value.every((v) => Number.isInteger(v) && v >= 1)) {
    throw new QuantError('bad-shape', `${name} must be two positive integers; got ${show(value)}`);
  }
  return [value[0], value[1]];
}

function resolvePads(
  padding: Conv2dPadding | undefined, inH: number, inW: number, effH: number, effW: number, sh: number, sw: number,
): [number, number, number, number] {
  if (padding === undefined || padding === 'valid') return [0, 0, 0, 0];
  if (padding === 'same') {
    const total = (size: number, eff: number, s: number) => Math.max((Math.ceil(size / s) - 1) * s + eff - size, 0);
    const th = total(inH, effH, sh);
    const tw = total(inW, effW, sw);
    return [Math.floor(th / 2), Math.floor(tw / 2), th - Math.floor(th / 2), tw - Math.floor(tw / 2)];
  }
  if (!Array.isArray(padding) || padding.length !== 4 || !padding.every((v) => Number.isInteger(v) && v >= 0)) {
    throw new QuantError('bad-shape', `padding must be 'valid', 'same' or four non-negative integers [top, left, bottom, right]; got ${show(padding)}`);
  }
  return [padding[0], padding[1], padding[2], padding[3]];
}

export function conv2d(args: Conv2dArgs, spec: IntegerLayerSpec): Conv2dResult {
  const [batch, inH, inW, inC] = checkShape(args.inputShape, 4, 'input shape');
  const [outC, kH, kW, wC] = checkShape(args.weightShape, 4, 'weight shape');
  if (wC !== inC) throw new QuantError('bad-shape', `weights have ${wC} input channels, the input has ${inC}`);
  const [sh, sw] = positivePair(args.strides, 'strides');
  const [dh, dw] = positivePair(args.dilations, 'dilations');
  const effH = (kH - 1) * dh + 1;
  const effW = (kW - 1) * dw + 1;
  const pads = resolvePads(args.padding, inH, inW, effH, effW, sh, sw);
  const outH = Math.floor((inH + pads[0] + pads[2] - effH) / sh) + 1;
  const outW = Math.floor((inW + pads[1] + pads[3] - effW) / sw) + 1;
  if (outH < 1 || outW < 1) throw new QuantError('bad-shape', `the kernel (${effH}×${effW} with dilation) does not fit the padded ${inH}×${inW} input`);
  const layer = resolveLayer(spec, outC);
  checkCodes(args.input, spec.input.dtype, batch * inH * inW * inC, 'input');
  checkCodes(args.weights, spec.weights.dtype, outC * kH * kW * inC, 'weights');
  checkBias(args.bias, outC);
  const { inputZeroPoint, weightZeroPoints, outputZeroPoint, multipliers, bounds } = layer;
  const count = batch * outH * outW * outC;
  const accumulators = new Int32Array(count);
  const output = allocateOutput(spec.output.dtype, count);
  const { input, weights, bias } = args;
  let i = 0;
  for (let b = 0; b < batch; b++) {
    for (let oy = 0; oy < outH; oy++) {
      for (let ox = 0; ox < outW; ox++) {
        for (let o = 0; o < outC; o++) {
          const zw = weightZeroPoints[o];
          let acc = bias ? bias[o] : 0;
          for (let ky = 0; ky < kH; ky++) {
            const y = oy * sh - pads[0] + ky * dh;
            if (y < 0 || y >= inH) continue;
            for (let kx = 0; kx < kW; kx++) {
              const x = ox * sw - pads[1] + kx * dw;
              if (x < 0 || x >= inW) continue;
              const inBase = ((b * inH + y) * inW + x) * inC;
              const wBase = ((o * kH + ky) * kW + kx) * inC;
              for (let c = 0; c < inC; c++) acc += (input[inBase + c] - inputZeroPoint) * (weights[wBase + c] - zw);
            }
          }
          accumulators[i] = checkAccumulator(acc, i);
          output[i] = requantize(acc, multipliers[o], spec.requantization, outputZeroPoint, bounds);
          i++;
        }
      }
    }
  }
  return { output, accumulators, multipliers, bounds, outputShape: [batch, outH, outW, outC], pads };
}
