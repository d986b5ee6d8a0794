/**
 * One-node ONNX models for QLinearMatMul and QLinearConv, written with the
 * tests' protobuf writer: the activation input `x` is fed at run time, every
 * other input (weights, scales, zero points, bias) is an initializer, as in a
 * real quantized model (onnxruntime prepacks constant weights).
 */
import * as ort from 'onnxruntime-web/wasm';
import { MessageWriter } from '../../../support/protobuf.ts';
import { ONNX_FLOAT, ONNX_INT32, ONNX_INT8, ONNX_UINT8 } from '../../../support/onnx-tensor.ts';

ort.env.wasm.numThreads = 1;
ort.env.logLevel = 'error';

export type Int8Kind = 'uint8' | 'int8';

const ONNX_ELEM: Record<Int8Kind | 'int32' | 'float32', number> = {
  uint8: ONNX_UINT8, int8: ONNX_INT8, int32: ONNX_INT32, float32: ONNX_FLOAT,
};

interface Initializer {
  name: string;
  type: Int8Kind | 'int32' | 'float32';
  dims: number[];
  values: ArrayLike<number>;
}

function rawBytes(type: Initializer['type'], values: ArrayLike<number>): Uint8Array {
  const size = type === 'int32' || type === 'float32' ? 4 : 1;
  const buf = new Uint8Array(values.length * size);
  const view = new DataView(buf.buffer);
  for (let i = 0; i < values.length; i++) {
    if (type === 'float32') view.setFloat32(i * 4, values[i], true);
    else if (type === 'int32') view.setInt32(i * 4, values[i], true);
    else if (type === 'int8') view.setInt8(i, values[i]);
    else view.setUint8(i, values[i]);
  }
  return buf;
}

function initializer(t: Initializer): MessageWriter {
  const m = new MessageWriter();
  for (const d of t.dims) m.varint(1, d);
  return m.varint(2, ONNX_ELEM[t.type]).string(8, t.name).bytes(9, rawBytes(t.type, t.values));
}

function valueInfo(name: string, type: Int8Kind, dims: number[]): MessageWriter {
  const shape = new MessageWriter();
  for (const d of dims) shape.message(1, new MessageWriter().varint(1, d));
  const tensor = new MessageWriter().varint(1, ONNX_ELEM[type]).message(2, shape);
  return new MessageWriter().string(1, name).message(2, new MessageWriter().message(1, tensor));
}

function intsAttribute(name: string, values: number[]): MessageWriter {
  const a = new MessageWriter().string(1, name).varint(20, 7); // AttributeProto.INTS
  for (const v of values) a.varint(8, v);
  return a;
}

function model(
  op: string, inputs: string[], attributes: MessageWriter[], inits: Initializer[],
  x: { type: Int8Kind; dims: number[] }, y: { type: Int8Kind; dims: number[] },
): Uint8Array {
  const node = new MessageWriter();
  for (const i of inputs) node.string(1, i);
  node.string(2, 'y').string(3, 'node0').string(4, op);
  for (const a of attributes) node.message(5, a);
  const graph = new MessageWriter().message(1, node).string(2, `zero_point_${op}`);
  for (const t of inits) graph.message(5, initializer(t));
  graph.message(11, valueInfo('x', x.type, x.dims)).message(12, valueInfo('y', y.type, y.dims));
  return new MessageWriter()
    .varint(1, 10)
    .string(2, 'zero-point-tests')
    .message(7, graph)
    .message(8, new MessageWriter().string(1, '').varint(2, 21))
    .finish();
}

export interface QLinearCase {
  xType: Int8Kind;
  wType: Int8Kind;
  yType: Int8Kind;
  xScale: number;
  xZeroPoint: number;
  /** One entry (per tensor) or one per output channel. */
  wScales: number[];
  wZeroPoints: number[];
  yScale: number;
  yZeroPoint: number;
}

function quantInits(c: QLinearCase, perChannelDims: number[]): Initializer[] {
  const wDims = c.wScales.length === 1 ? [] : perChannelDims;
  return [
    { name: 'x_scale', type: 'float32', dims: [], values: [c.xScale] },
    { name: 'x_zero_point', type: c.xType, dims: [], values: [c.xZeroPoint] },
    { name: 'w_scale', type: 'float32', dims: wDims, values: c.wScales },
    { name: 'w_zero_point', type: c.wType, dims: wDims, values: c.wZeroPoints },
    { name: 'y_scale', type: 'float32', dims: [], values: [c.yScale] },
    { name: 'y_zero_point', type: c.yType, dims: [], values: [c.yZeroPoint] },
  ];
}

async function run(bytes: Uint8Array, type: Int8Kind, x: ArrayLike<number>, dims: number[]): Promise<Int8Array | Uint8Array> {
  const session = await ort.InferenceSession.create(bytes, { executionProviders: ['wasm'] });
  try {
    const data = type === 'int8' ? Int8Array.from(x) : Uint8Array.from(x);
    const out = await session.run({ x: new ort.Tensor(type, data, dims) });
    return out.y.data as Int8Array | Uint8Array;
  } finally {
    await session.release();
  }
}

/**
 * QLinearMatMul: x [M, K] times w [K, N] (ONNX layout: pass our [N, K]
 * weights transposed). Per-column weight quantization has N entries.
 */
export async function runQLinearMatMul(
  c: QLinearCase, x: ArrayLike<number>, m: number, k: number, wKN: ArrayLike<number>, n: number,
): Promise<Int8Array | Uint8Array> {
  const inits: Initializer[] = [...quantInits(c, [n]), { name: 'w', type: c.wType, dims: [k, n], values: wKN }];
  const bytes = model(
    'QLinearMatMul', ['x', 'x_scale', 'x_zero_point', 'w', 'w_scale', 'w_zero_point', 'y_scale', 'y_zero_point'],
    [], inits, { type: c.xType, dims: [m, k] }, { type: c.yType, dims: [m, n] },
  );
  return run(bytes, c.xType, x, [m, k]);
}

export interface ConvGeometry {
  /** NCHW */
  xDims: [number, number, number, number];
  /** OIHW */
  wDims: [number, number, number, number];
  /** NCHW */
  yDims: [number, number, number, number];
  strides: [number, number];
  dilations: [number, number];
  /** ONNX order: [top, left, bottom, right] */
  pads: [number, number, number, number];
}

/** QLinearConv on NCHW input and OIHW weights, with an int32 bias. */
export async function runQLinearConv(
  c: QLinearCase, g: ConvGeometry, xNCHW: ArrayLike<number>, wOIHW: ArrayLike<number>, bias: ArrayLike<number>,
): Promise<Int8Array | Uint8Array> {
  const inits: Initializer[] = [
    ...quantInits(c, [g.wDims[0]]),
    { name: 'w', type: c.wType, dims: g.wDims, values: wOIHW },
    { name: 'B', type: 'int32', dims: [g.wDims[0]], values: bias },
  ];
  const attributes = [
    intsAttribute('strides', g.strides), intsAttribute('dilations', g.dilations), intsAttribute('pads', g.pads),
    intsAttribute('kernel_shape', [g.wDims[2], g.wDims[3]]),
  ];
  const bytes = model(
    'QLinearConv', ['x', 'x_scale', 'x_zero_point', 'w', 'w_scale', 'w_zero_point', 'y_scale', 'y_zero_point', 'B'],
    attributes, inits, { type: c.xType, dims: g.xDims }, { type: c.yType, dims: g.yDims },
  );
  return run(bytes, c.xType, xNCHW, g.xDims);
}
