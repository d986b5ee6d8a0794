// A convolution's weights quantized the two ways TFLite can store them:
// one scale for the whole tensor, or one scale per output channel along the
// tensor's quantized_dimension. Both are int8, symmetric (zero point 0) and
// narrow range [−127, 127], as the TFLite spec asks of weights.
import { dequantize, quantize } from '../quant/affine.ts';
import { chooseParams } from '../quant/choose-params.ts';
import { errorStats, type ReconstructionError } from '../quant/error-stats.ts';
import { QuantError } from '../quant/errors.ts';
import { dequantizePerAxis, quantizePerAxis } from '../quant/per-axis.ts';

/**
 * How a kernel is laid out, and so which axis holds its output channels:
 * TFLite Conv2D OHWI (axis 0), TFLite DepthwiseConv2D 1HWC (axis 3), ONNX
 * Conv OIHW (axis 0).
 */
export type KernelLayout = 'OHWI' | '1HWC' | 'OIHW';

export const LAYOUT_AXIS: Readonly<Record<KernelLayout, number>> = { OHWI: 0, '1HWC': 3, OIHW: 0 };

export const LAYOUT_OP: Readonly<Record<KernelLayout, string>> = {
  OHWI: 'TFLite CONV_2D',
  '1HWC': 'TFLite DEPTHWISE_CONV_2D',
  OIHW: 'ONNX Conv',
};

export interface ConvKernel {
  /** Where it comes from, for labels (a tensor name, or "synthetic"). */
  name: string;
  layout: KernelLayout;
  shape: readonly number[];
  values: Float32Array;
}

export interface ChannelStats extends ReconstructionError {
  /** Largest |w| in the channel. */
  absMax: number;
  /** Distinct int8 codes the channel's weights use (of 255). */
  codesUsed: number;
}

export interface WeightQuantization {
  axis: number;
  channels: number;
  perTensor: { scale: number; stats: ChannelStats[]; codes: Int8Array; reconstructed: Float32Array };
  perChannel: { scales: number[]; stats: ChannelStats[]; codes: Int8Array; reconstructed: Float32Array };
}

/** Flat indices of channel c along `axis` of a row-major tensor. */
export function channelIndices(shape: readonly number[], axis: number, c: number): number[] {
  const outer = shape.slice(0, axis).reduce((a, b) => a * b, 1);
  const channels = shape[axis];
  const inner = shape.slice(axis + 1).reduce((a, b) => a * b, 1);
  const out: number[] = [];
  for (let o = 0; o < outer; o++) {
    const base = (o * channels + c) * inner;
    for (let j = 0; j < inner; j++) out.push(base + j);
  }
  return out;
}

function symmetricScale(absMax: number): number {
  return chooseParams({ min: -absMax, max: absMax }, { dtype: 'int8', symmetric: true, narrowRange: true }).scale;
}

function channelStats(orig: Float32Array, recon: Float32Array, codes: Int8Array, idx: number[]): ChannelStats {
  const o = new Float32Array(idx.length);
  const r = new Float32Array(idx.length);
  const used = new Set<number>();
  let absMax = 0;
  idx.forEach((i, k) => {
    o[k] = orig[i];
    r[k] = recon[i];
    used.add(codes[i]);
    absMax = Math.max(absMax, Math.abs(orig[i]));
  });
  return { ...errorStats(o, r), absMax, codesUsed: used.size };
}

/** Quantizes a kernel per tensor and per channel (along its layout's axis) and measures both, channel by channel. */
export function quantizeKernel(kernel: ConvKernel): WeightQuantization {
  const { values, shape, layout } = kernel;
  const axis = LAYOUT_AXIS[layout];
  if (shape.length !== 4) throw new QuantError('bad-shape', `a convolution kernel has 4 dimensions; got [${shape.join(', ')}]`);
  const size = shape.reduce((a, b) => a * b, 1);
  if (size !== values.length) throw new QuantError('bad-shape', `shape [${shape.join(', ')}] holds ${size} values but ${values.length} were given`);
  if (size === 0) throw new QuantError('empty-input', 'the kernel has no weights');
  const channels = shape[axis];
  const indices = Array.from({ length: channels }, (_, c) => channelIndices(shape, axis, c));

  let absMax = 0;
  for (const v of values) {
    if (!Number.isFinite(v)) throw new QuantError('not-finite-value', `the kernel holds ${v}; only finite weights can be quantized`);
    absMax = Math.max(absMax, Math.abs(v));
  }
  const tensorScale = symmetricScale(absMax);
  const tParams = { scale: tensorScale, zeroPoint: 0, dtype: 'int8' as const, narrowRange: true };
  const tCodes = quantize(values, tParams);
  const tRecon = dequantize(tCodes, tParams);

  const scales = indices.map((idx) => symmetricScale(idx.reduce((m, i) => Math.max(m, Math.abs(values[i])), 0)));
  const cParams = { scales, zeroPoints: scales.map(() => 0), axis, shape, dtype: 'int8' as const, narrowRange: true };
  const cCodes = quantizePerAxis(values, cParams);
  const cRecon = dequantizePerAxis(cCodes, cParams);

  return {
    axis,
    channels,
    perTensor: { scale: tensorScale, stats: indices.map((idx) => channelStats(values, tRecon, tCodes, idx)), codes: tCodes, reconstructed: tRecon },
    perChannel: { scales, stats: indices.map((idx) => channelStats(values, cRecon, cCodes, idx)), codes: cCodes, reconstructed: cRecon },
  };
}
