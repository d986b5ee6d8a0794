import type { Dtype, PerAxisDequantParams, PerAxisParams, QuantizedArrayOf } from './types.ts';
import { QuantError, show } from './errors.ts';
import { allocate, checkDtype } from './dtype.ts';
import { checkScale, checkValues, checkZeroPoint, notFiniteValue } from './validate.ts';
import { dequantize, quantize } from './affine.ts';

/** The tensor seen as [outer, channels, inner] around the quantized axis. */
interface AxisLayout {
  outer: number;
  channels: number;
  inner: number;
}

function layoutOf(shape: ArrayLike<number>, axis: number, length: number): AxisLayout {
  if (shape === null || typeof shape !== 'object' || typeof shape.length !== 'number' || shape.length === 0) {
    throw new QuantError('bad-shape', `shape must be a non-empty list of dimensions; got ${show(shape)}`);
  }
  const dims = Array.from(shape);
  for (const d of dims) {
    if (!Number.isInteger(d) || d < 0) {
      throw new QuantError('bad-shape', `shape [${dims.join(', ')}] has ${show(d)}; dimensions must be non-negative integers`);
    }
  }
  const rank = dims.length;
  if (!Number.isInteger(axis) || axis < -rank || axis >= rank) {
    throw new QuantError('bad-axis', `axis ${show(axis)} does not exist for a rank-${rank} tensor; use 0 … ${rank - 1} (or −${rank} … −1)`);
  }
  const a = axis < 0 ? axis + rank : axis;
  const size = dims.reduce((x, y) => x * y, 1);
  if (size !== length) {
    throw new QuantError('bad-shape', `shape [${dims.join(', ')}] holds ${size} values but ${length} were given`);
  }
  return {
    outer: dims.slice(0, a).reduce((x, y) => x * y, 1),
    channels: dims[a],
    inner: dims.slice(a + 1).reduce((x, y) => x * y, 1),
  };
}

function checkPerChannel(list: ArrayLike<number>, name: string, channels: number, axis: number): void {
  if (list === null || typeof list !== 'object' || typeof list.length !== 'number') {
    throw new QuantError('bad-input', `${name} must be an array with one entry per channel; got ${show(list)}`);
  }
  if (list.length !== channels) {
    throw new QuantError(
      'length-mismatch',
      `${name} has ${list.length} entries but axis ${axis} has ${channels} channels; give one per channel`,
    );
  }
}

/** Indices of channel c, in order: for each outer index, a run of `inner` values. */
function gather(values: ArrayLike<number>, layout: AxisLayout, c: number, into: Float32Array | Float64Array | number[]): void {
  const { channels, inner, outer } = layout;
  let k = 0;
  for (let o = 0; o < outer; o++) {
    const base = (o * channels + c) * inner;
    for (let j = 0; j < inner; j++) into[k++] = values[base + j];
  }
}

function scatter(from: ArrayLike<number>, layout: AxisLayout, c: number, into: { [i: number]: number }): void {
  const { channels, inner, outer } = layout;
  let k = 0;
  for (let o = 0; o < outer; o++) {
    const base = (o * channels + c) * inner;
    for (let j = 0; j < inner; j++) into[base + j] = from[k++];
  }
}

/** Checks every per-channel scale and zero point, naming the channel in the message. */
function checkChannelParams(scales: ArrayLike<number>, zeroPoints: ArrayLike<number>, dtype: Dtype | undefined): void {
  for (let c = 0; c < scales.length; c++) {
    checkScale(scales[c], `scales[${c}]`);
    checkZeroPoint(zeroPoints[c], dtype, `zeroPoints[${c}]`);
  }
}

/** Finds the first value that is not a finite number, so the message names its flat index. */
function checkFinite(values: ArrayLike<number>, name: string): void {
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (typeof v !== 'number' || !Number.isFinite(v) || !Number.isFinite(Math.fround(v))) throw notFiniteValue(values, i, name);
  }
}

/**
 * Per-axis (per-channel) quantization: channel c along `axis` uses
 * `scales[c]` and `zeroPoints[c]`, with the same arithmetic as `quantize`.
 * `shape` describes the flat, row-major `values`.
 */
export function quantizePerAxis<D extends Dtype>(values: ArrayLike<number>, params: PerAxisParams & { dtype: D }): QuantizedArrayOf[D] {
  const dtype = checkDtype(params.dtype) as D;
  const list = checkValues(values);
  const layout = layoutOf(params.shape, params.axis, list.length);
  checkPerChannel(params.scales, 'scales', layout.channels, params.axis);
  checkPerChannel(params.zeroPoints, 'zeroPoints', layout.channels, params.axis);
  checkChannelParams(params.scales, params.zeroPoints, dtype);
  checkFinite(list, 'values');
  const out = allocate(dtype, list.length);
  const count = layout.outer * layout.inner;
  if (count === 0) return out;
  const buf = new Float32Array(count);
  const codes = allocate(dtype, count);
  for (let c = 0; c < layout.channels; c++) {
    gather(list, layout, c, buf);
    quantize(buf, {
      scale: params.scales[c], zeroPoint: params.zeroPoints[c], dtype,
      narrowRange: params.narrowRange, rounding: params.rounding,
    }, codes);
    scatter(codes, layout, c, out);
  }
  return out;
}

/** Per-axis dequantization: f = (q − zeroPoints[c]) · scales[c] for channel c along `axis`, in float32. */
export function dequantizePerAxis(codes: ArrayLike<number>, params: PerAxisDequantParams): Float32Array {
  const list = checkValues(codes, 'codes');
  const layout = layoutOf(params.shape, params.axis, list.length);
  checkPerChannel(params.scales, 'scales', layout.channels, params.axis);
  checkPerChannel(params.zeroPoints, 'zeroPoints', layout.channels, params.axis);
  if (params.dtype !== undefined) checkDtype(params.dtype);
  checkChannelParams(params.scales, params.zeroPoints, params.dtype);
  for (let i = 0; i < list.length; i++) {
    const v = list[i];
    if (typeof v !== 'number' || !Number.isInteger(v)) {
      throw new QuantError(Number.isFinite(v) ? 'not-integer-value' : 'not-finite-value', `codes[${i}] is ${show(v)}; quantized codes must be finite integers`);
    }
  }
  const out = new Float32Array(list.length);
  const count = layout.outer * layout.inner;
  if (count === 0) return out;
  const buf: number[] = new Array<number>(count);
  const floats = new Float32Array(count);
  for (let c = 0; c < layout.channels; c++) {
    gather(list, layout, c, buf);
    dequantize(buf, { scale: params.scales[c], zeroPoint: params.zeroPoints[c], dtype: params.dtype }, floats);
    scatter(floats, layout, c, out);
  }
  return out;
}
