/**
 * A small ONNX ModelProto writer and reader for the graphs this project
 * builds (one graph, initializers stored as raw_data, int / float / ints /
 * string attributes). Field numbers are those of onnx/onnx.proto.
 */
import { asString, MessageWriter, readFields, readInts } from './protobuf.ts';

/** TensorProto.DataType codes of the element types used here. */
export const ONNX_DTYPE = { float32: 1, uint8: 2, int8: 3, int32: 6, int64: 7, float16: 10 } as const;
export type ElemType = keyof typeof ONNX_DTYPE;

const ELEM_BY_CODE = new Map<number, ElemType>(
  Object.entries(ONNX_DTYPE).map(([k, v]) => [v, k as ElemType]),
);

/** Tensor data; float16 travels as its raw 16-bit patterns. */
export type TensorData = Float32Array | Uint8Array | Int8Array | Int32Array | BigInt64Array | Uint16Array;

export interface OnnxTensor {
  name: string;
  type: ElemType;
  dims: number[];
  data: TensorData;
}

export type OnnxAttribute = { i: number } | { f: number } | { ints: number[] } | { s: string };

export interface OnnxNode {
  op: string;
  inputs: string[];
  outputs: string[];
  name?: string;
  domain?: string;
  attributes?: Record<string, OnnxAttribute>;
}

export interface OnnxValueInfo {
  name: string;
  type: ElemType;
  /** Numbers are fixed sizes; strings are symbolic (e.g. 'batch'). */
  dims: (number | string)[];
}

export interface OnnxGraph {
  name: string;
  opset: number;
  nodes: OnnxNode[];
  initializers: OnnxTensor[];
  inputs: OnnxValueInfo[];
  outputs: OnnxValueInfo[];
  /** ModelProto.metadata_props: small strings describing how the file was made. */
  metadata?: Record<string, string>;
}

/** IR version that goes with each opset we write (onnx/onnx versioning table). */
function irVersionFor(opset: number): number {
  if (opset <= 14) return 7;
  if (opset <= 18) return 8;
  if (opset <= 20) return 9;
  return 10;
}

const ATTR_FLOAT = 1;
const ATTR_INT = 2;
const ATTR_STRING = 3;
const ATTR_INTS = 7;

function rawBytes(data: TensorData): Uint8Array {
  // Typed arrays are little-endian on every platform a browser runs on; ONNX raw_data is little-endian.
  return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
}

function writeTensor(t: OnnxTensor): MessageWriter {
  const m = new MessageWriter();
  if (t.dims.length > 0) m.packedVarints(1, t.dims);
  return m.varint(2, ONNX_DTYPE[t.type]).string(8, t.name).bytes(9, rawBytes(t.data));
}

function writeAttribute(name: string, a: OnnxAttribute): MessageWriter {
  const m = new MessageWriter().string(1, name);
  if ('i' in a) m.varint(3, a.i).varint(20, ATTR_INT);
  else if ('f' in a) m.float32(2, a.f).varint(20, ATTR_FLOAT);
  else if ('ints' in a) m.packedVarints(8, a.ints).varint(20, ATTR_INTS);
  else m.bytes(4, new TextEncoder().encode(a.s)).varint(20, ATTR_STRING);
  return m;
}

function writeNode(n: OnnxNode, index: number): MessageWriter {
  const m = new MessageWriter();
  for (const i of n.inputs) m.string(1, i);
  for (const o of n.outputs) m.string(2, o);
  m.string(3, n.name ?? `n${index}`).string(4, n.op);
  for (const [k, v] of Object.entries(n.attributes ?? {})) m.message(5, writeAttribute(k, v));
  if (n.domain) m.string(7, n.domain);
  return m;
}

function writeValueInfo(v: OnnxValueInfo): MessageWriter {
  const shape = new MessageWriter();
  for (const d of v.dims) {
    const dim = new MessageWriter();
    if (typeof d === 'number') dim.varint(1, d);
    else dim.string(2, d);
    shape.message(1, dim);
  }
  const tensorType = new MessageWriter().varint(1, ONNX_DTYPE[v.type]).message(2, shape);
  return new MessageWriter().string(1, v.name).message(2, new MessageWriter().message(1, tensorType));
}

/** Serializes one graph as an ONNX model file. Deterministic: same graph, same bytes. */
export function writeOnnxModel(g: OnnxGraph): Uint8Array {
  const graph = new MessageWriter();
  g.nodes.forEach((n, i) => graph.message(1, writeNode(n, i)));
  graph.string(2, g.name);
  for (const t of g.initializers) graph.message(5, writeTensor(t));
  for (const v of g.inputs) graph.message(11, writeValueInfo(v));
  for (const v of g.outputs) graph.message(12, writeValueInfo(v));
  const model = new MessageWriter()
    .varint(1, irVersionFor(g.opset))
    .string(2, 'zero-point')
    .message(7, graph)
    .message(8, new MessageWriter().string(1, '').varint(2, g.opset));
  for (const [k, v] of Object.entries(g.metadata ?? {})) {
    model.message(14, new MessageWriter().string(1, k).string(2, v));
  }
  return model.finish();
}

// ---- reading ----

function copyAligned(bytes: Uint8Array): ArrayBuffer {
  const out = new ArrayBuffer(bytes.byteLength);
  new Uint8Array(out).set(bytes);
  return out;
}

function readTensor(buf: Uint8Array): OnnxTensor {
  let name = '';
  let code = 0;
  const dims: number[] = [];
  let raw: Uint8Array | undefined;
  for (const f of readFields(buf)) {
    if (f.field === 1) dims.push(...readInts(f));
    else if (f.field === 2) code = Number(f.varint);
    else if (f.field === 8) name = asString(f.bytes);
    else if (f.field === 9) raw = f.bytes;
  }
  const type = ELEM_BY_CODE.get(code);
  if (type === undefined) throw new Error(`ONNX: initializer ${name} has data type ${code}, which this reader does not handle`);
  if (raw === undefined) throw new Error(`ONNX: initializer ${name} has no raw_data (only raw_data is read here)`);
  const ab = copyAligned(raw);
  const data: TensorData = type === 'float32' ? new Float32Array(ab)
    : type === 'uint8' ? new Uint8Array(ab)
    : type === 'int8' ? new Int8Array(ab)
    : type === 'int32' ? new Int32Array(ab)
    : type === 'int64' ? new BigInt64Array(ab)
    : new Uint16Array(ab);
  return { name, type, dims, data };
}

function readAttribute(buf: Uint8Array): [string, OnnxAttribute] {
  let name = '';
  let type = 0;
  let i = 0;
  let f = 0;
  let s = '';
  const ints: number[] = [];
  for (const fl of readFields(buf)) {
    if (fl.field === 1) name = asString(fl.bytes);
    else if (fl.field === 2) f = new DataView(fl.bytes!.buffer, fl.bytes!.byteOffset, 4).getFloat32(0, true);
    else if (fl.field === 3) i = Number(BigInt.asIntN(64, fl.varint!));
    else if (fl.field === 4) s = asString(fl.bytes);
    else if (fl.field === 8) ints.push(...readInts(fl));
    else if (fl.field === 20) type = Number(fl.varint);
  }
  const value: OnnxAttribute = type === ATTR_FLOAT ? { f } : type === ATTR_INTS ? { ints } : type === ATTR_STRING ? { s } : { i };
  return [name, value];
}

function readNode(buf: Uint8Array): OnnxNode {
  const n: OnnxNode = { op: '', inputs: [], outputs: [], attributes: {} };
  for (const f of readFields(buf)) {
    if (f.field === 1) n.inputs.push(asString(f.bytes));
    else if (f.field === 2) n.outputs.push(asString(f.bytes));
    else if (f.field === 3) n.name = asString(f.bytes);
    else if (f.field === 4) n.op = asString(f.bytes);
    else if (f.field === 7) n.domain = asString(f.bytes);
    else if (f.field === 5) {
      const [k, v] = readAttribute(f.bytes!);
      n.attributes![k] = v;
    }
  }
  return n;
}

function readValueInfo(buf: Uint8Array): OnnxValueInfo {
  const v: OnnxValueInfo = { name: '', type: 'float32', dims: [] };
  for (const f of readFields(buf)) {
    if (f.field === 1) v.name = asString(f.bytes);
    else if (f.field === 2) {
      for (const t of readFields(f.bytes!)) {
        if (t.field !== 1) continue;
        for (const tt of readFields(t.bytes!)) {
          if (tt.field === 1) v.type = ELEM_BY_CODE.get(Number(tt.varint)) ?? 'float32';
          else if (tt.field === 2) {
            for (const d of readFields(tt.bytes!)) {
              const dim = readFields(d.bytes!)[0];
              if (dim === undefined) v.dims.push('?');
              else if (dim.field === 1) v.dims.push(Number(dim.varint));
              else v.dims.push(asString(dim.bytes));
            }
          }
        }
      }
    }
  }
  return v;
}

/** Reads a model written by `writeOnnxModel` (or any single-graph model whose initializers use raw_data). */
export function readOnnxModel(bytes: Uint8Array): OnnxGraph {
  const g: OnnxGraph = { name: '', opset: 0, nodes: [], initializers: [], inputs: [], outputs: [], metadata: {} };
  for (const f of readFields(bytes)) {
    if (f.field === 8) {
      let domain = '';
      let version = 0;
      for (const o of readFields(f.bytes!)) {
        if (o.field === 1) domain = asString(o.bytes);
        else if (o.field === 2) version = Number(o.varint);
      }
      if (domain === '' || domain === 'ai.onnx') g.opset = version;
    } else if (f.field === 14) {
      let k = '';
      let v = '';
      for (const p of readFields(f.bytes!)) {
        if (p.field === 1) k = asString(p.bytes);
        else if (p.field === 2) v = asString(p.bytes);
      }
      g.metadata![k] = v;
    } else if (f.field === 7) {
      for (const gf of readFields(f.bytes!)) {
        if (gf.field === 1) g.nodes.push(readNode(gf.bytes!));
        else if (gf.field === 2) g.name = asString(gf.bytes);
        else if (gf.field === 5) g.initializers.push(readTensor(gf.bytes!));
        else if (gf.field === 11) g.inputs.push(readValueInfo(gf.bytes!));
        else if (gf.field === 12) g.outputs.push(readValueInfo(gf.bytes!));
      }
    }
  }
  return g;
}

/** Distinct operator types of a graph, in first-use order. */
export function opList(g: OnnxGraph): string[] {
  return [...new Set(g.nodes.map((n) => (n.domain ? `${n.domain}.${n.op}` : n.op)))];
}
