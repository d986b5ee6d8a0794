/**
 * The .onnx reader: ModelProto → the raw structure below, with field numbers
 * from onnx.proto (IR version ≤ 11). Initializer data is located, not read:
 * only small tensors (scales, zero points, Constant values; up to
 * SMALL_TENSOR_VALUES elements) are decoded, because the quantization
 * summary needs their values. External data is reported (location, offset,
 * length), never fetched.
 */
import { ByteSource } from '../bytes.ts';
import { FormatError } from '../errors.ts';
import { formatError } from '../error-messages.ts';
import { sniffKind } from '../tflite/read.ts';
import { ProtoReader, WIRE_FIXED32, WIRE_LEN, WIRE_VARINT } from './proto.ts';
import type { Span } from './proto.ts';

export const SMALL_TENSOR_VALUES = 65536;

export const ONNX_TYPES: readonly string[] = [
  'UNDEFINED', 'FLOAT', 'UINT8', 'INT8', 'UINT16', 'INT16', 'INT32', 'INT64', 'STRING', 'BOOL', 'FLOAT16', 'DOUBLE',
  'UINT32', 'UINT64', 'COMPLEX64', 'COMPLEX128', 'BFLOAT16', 'FLOAT8E4M3FN', 'FLOAT8E4M3FNUZ', 'FLOAT8E5M2',
  'FLOAT8E5M2FNUZ', 'UINT4', 'INT4', 'FLOAT4E2M1', 'FLOAT8E8M0', 'UINT2', 'INT2',
];

/** Bits per element of each data type (0: variable, e.g. STRING). */
const BITS: Record<number, number> = {
  1: 32, 2: 8, 3: 8, 4: 16, 5: 16, 6: 32, 7: 64, 8: 0, 9: 8, 10: 16, 11: 64, 12: 32, 13: 64, 14: 64, 15: 128, 16: 16,
  17: 8, 18: 8, 19: 8, 20: 8, 21: 4, 22: 4, 23: 4, 24: 8, 25: 2, 26: 2,
};

export interface OnnxTensor {
  name: string;
  dataType: number;
  dims: number[];
  /** Bytes of data stored in the file for it (raw_data or typed fields), or the external length. */
  byteSize: number;
  /** raw_data window, when the data is stored that way. */
  raw: Span | null;
  /** Decoded values of a small tensor (≤ SMALL_TENSOR_VALUES elements); null otherwise. */
  values: number[] | null;
  external: { location: string; offset?: number; length?: number; checksum?: string } | null;
}

export interface OnnxValueInfo {
  name: string;
  /** 0 when the value has no (tensor) type. */
  elemType: number;
  /** null when no shape is given; entries are numbers, dim_param names or null (unknown). */
  shape: (number | string | null)[] | null;
  hasType: boolean;
}

export type OnnxAttribute = number | string | number[] | string[] | OnnxTensor | OnnxGraph | OnnxGraph[] | null;

/** If/Loop/Scan bodies nest graphs in attributes; deeper nesting than this is refused (and would overflow the stack). */
export const MAX_GRAPH_DEPTH = 16;

export interface OnnxNode {
  name: string;
  opType: string;
  domain: string;
  inputs: string[];
  outputs: string[];
  attributes: Record<string, OnnxAttribute>;
}

export interface OnnxGraph {
  name: string;
  nodes: OnnxNode[];
  initializers: OnnxTensor[];
  inputs: OnnxValueInfo[];
  outputs: OnnxValueInfo[];
  valueInfo: OnnxValueInfo[];
}

export interface OnnxModel {
  bytes: Uint8Array;
  irVersion: number;
  opsets: Record<string, number>;
  producerName: string;
  producerVersion: string;
  domain: string;
  modelVersion: number;
  docString: string;
  metadata: Record<string, string>;
  graph: OnnxGraph | null;
}

export function readOnnx(bytes: Uint8Array): OnnxModel {
  if (bytes.length === 0) throw formatError('empty-file', 'empty-file');
  if (bytes.length >= 8 && String.fromCharCode(bytes[4], bytes[5], bytes[6], bytes[7]) === 'TFL3') {
    throw formatError('not-onnx', 'onnx-is-tflite');
  }
  const hint = sniffKind(bytes);
  if (hint && hint !== 'onnx') throw formatError('not-onnx', 'not-onnx-hint', { hint });
  try {
    return readModelProto(bytes);
  } catch (e) {
    // Garbage fails on the first bytes; say what the file is not before saying why.
    if (e instanceof FormatError && e.code !== 'not-onnx' && e.code !== 'truncated' && (e.offset ?? 0) < 2) {
      throw formatError('not-onnx', 'not-onnx-cause', {}, e.offset, e.detail);
    }
    throw e;
  }
}

function readModelProto(bytes: Uint8Array): OnnxModel {
  const src = new ByteSource(bytes);
  const r = new ProtoReader(src, 0, bytes.length, 'ModelProto');
  const model: OnnxModel = {
    bytes, irVersion: 0, opsets: {}, producerName: '', producerVersion: '', domain: '', modelVersion: 0, docString: '',
    metadata: {}, graph: null,
  };
  let sawField = false;
  while (!r.done()) {
    const { field, wire } = r.key();
    sawField = true;
    if (field === 1 && wire === WIRE_VARINT) model.irVersion = r.varint();
    else if (field === 2 && wire === WIRE_LEN) model.producerName = r.string();
    else if (field === 3 && wire === WIRE_LEN) model.producerVersion = r.string();
    else if (field === 4 && wire === WIRE_LEN) model.domain = r.string();
    else if (field === 5 && wire === WIRE_VARINT) model.modelVersion = r.signedVarint();
    else if (field === 6 && wire === WIRE_LEN) model.docString = r.string();
    else if (field === 7 && wire === WIRE_LEN) model.graph = readGraph(r.message('GraphProto'), 0);
    else if (field === 8 && wire === WIRE_LEN) {
      const m = r.message('OperatorSetIdProto');
      let domain = '';
      let version = 0;
      while (!m.done()) {
        const k = m.key();
        if (k.field === 1 && k.wire === WIRE_LEN) domain = m.string();
        else if (k.field === 2 && k.wire === WIRE_VARINT) version = m.signedVarint();
        else m.skip(k.wire);
      }
      model.opsets[domain] = version;
    } else if (field === 14 && wire === WIRE_LEN) {
      const [k, v] = readStringPair(r.message('StringStringEntryProto'));
      model.metadata[k] = v;
    } else r.skip(wire);
  }
  if (!sawField || model.graph === null || model.irVersion === 0) {
    throw formatError('not-onnx', 'onnx-missing-field', { field: model.graph === null ? 'graph' : 'ir_version' });
  }
  return model;
}

function readStringPair(m: ProtoReader): [string, string] {
  let key = '';
  let value = '';
  while (!m.done()) {
    const k = m.key();
    if (k.field === 1 && k.wire === WIRE_LEN) key = m.string();
    else if (k.field === 2 && k.wire === WIRE_LEN) value = m.string();
    else m.skip(k.wire);
  }
  return [key, value];
}

function readGraph(r: ProtoReader, depth: number): OnnxGraph {
  const g: OnnxGraph = { name: '', nodes: [], initializers: [], inputs: [], outputs: [], valueInfo: [] };
  while (!r.done()) {
    const { field, wire } = r.key();
    if (wire !== WIRE_LEN) {
      r.skip(wire);
      continue;
    }
    if (field === 1) g.nodes.push(readNode(r.message(`GraphProto.node[${g.nodes.length}]`), depth));
    else if (field === 2) g.name = r.string();
    else if (field === 5) g.initializers.push(readTensor(r.message(`GraphProto.initializer[${g.initializers.length}]`)));
    else if (field === 11) g.inputs.push(readValueInfo(r.message('GraphProto.input')));
    else if (field === 12) g.outputs.push(readValueInfo(r.message('GraphProto.output')));
    else if (field === 13) g.valueInfo.push(readValueInfo(r.message('GraphProto.value_info')));
    else r.skip(wire);
  }
  return g;
}

function readNode(r: ProtoReader, depth: number): OnnxNode {
  const n: OnnxNode = { name: '', opType: '', domain: '', inputs: [], outputs: [], attributes: {} };
  while (!r.done()) {
    const { field, wire } = r.key();
    if (wire !== WIRE_LEN) {
      r.skip(wire);
      continue;
    }
    if (field === 1) n.inputs.push(r.string());
    else if (field === 2) n.outputs.push(r.string());
    else if (field === 3) n.name = r.string();
    else if (field === 4) n.opType = r.string();
    else if (field === 7) n.domain = r.string();
    else if (field === 5) {
      const [name, value] = readAttribute(r.message(`NodeProto.attribute (node ${n.name || n.opType})`), depth);
      n.attributes[name] = value;
    } else r.skip(wire);
  }
  return n;
}

function readAttribute(r: ProtoReader, depth: number): [string, OnnxAttribute] {
  let name = '';
  let type = 0;
  let f: number | null = null;
  let i: number | null = null;
  let s: string | null = null;
  let t: OnnxTensor | null = null;
  const floats: number[] = [];
  const ints: number[] = [];
  const strings: string[] = [];
  let g: OnnxGraph | null = null;
  const graphs: OnnxGraph[] = [];
  const nested = (what: string) => {
    if (depth + 1 > MAX_GRAPH_DEPTH) {
      throw formatError('bad-structure', 'graphs-too-deep', { max: MAX_GRAPH_DEPTH, name, at: r.pos }, r.pos);
    }
    return readGraph(r.message(what), depth + 1);
  };
  while (!r.done()) {
    const { field, wire } = r.key();
    if (field === 1 && wire === WIRE_LEN) name = r.string();
    else if (field === 6 && wire === WIRE_LEN) g = nested('AttributeProto.g');
    else if (field === 11 && wire === WIRE_LEN) graphs.push(nested('AttributeProto.graphs'));
    else if (field === 20 && wire === WIRE_VARINT) type = r.varint();
    else if (field === 2 && wire === WIRE_FIXED32) f = r.float32();
    else if (field === 3 && wire === WIRE_VARINT) i = r.signedVarint();
    else if (field === 4 && wire === WIRE_LEN) s = r.string();
    else if (field === 5 && wire === WIRE_LEN) t = readTensor(r.message('AttributeProto.t'));
    else if (field === 7) r.readFloats(wire, floats, SMALL_TENSOR_VALUES);
    else if (field === 8) r.readInts(wire, ints, SMALL_TENSOR_VALUES);
    else if (field === 9 && wire === WIRE_LEN) strings.push(r.string());
    else r.skip(wire);
  }
  // type: 1 FLOAT, 2 INT, 3 STRING, 4 TENSOR, 5 GRAPH, 6 FLOATS, 7 INTS, 8 STRINGS, 10 GRAPHS (older files may omit it).
  if (type === 5 || (type === 0 && g !== null)) return [name, g];
  if (type === 10 || (type === 0 && graphs.length)) return [name, graphs];
  if (type === 1 || (type === 0 && f !== null)) return [name, f];
  if (type === 2 || (type === 0 && i !== null)) return [name, i];
  if (type === 3 || (type === 0 && s !== null)) return [name, s];
  if (type === 4 || (type === 0 && t !== null)) return [name, t];
  if (type === 6 || (type === 0 && floats.length)) return [name, floats];
  if (type === 7 || (type === 0 && ints.length)) return [name, ints];
  if (type === 8 || (type === 0 && strings.length)) return [name, strings];
  return [name, null];
}

function readValueInfo(r: ProtoReader): OnnxValueInfo {
  const v: OnnxValueInfo = { name: '', elemType: 0, shape: null, hasType: false };
  while (!r.done()) {
    const { field, wire } = r.key();
    if (field === 1 && wire === WIRE_LEN) v.name = r.string();
    else if (field === 2 && wire === WIRE_LEN) {
      const type = r.message('TypeProto');
      while (!type.done()) {
        const k = type.key();
        if (k.field === 1 && k.wire === WIRE_LEN) {
          v.hasType = true;
          readTensorType(type.message('TypeProto.Tensor'), v);
        } else type.skip(k.wire);
      }
    } else r.skip(wire);
  }
  return v;
}

function readTensorType(r: ProtoReader, v: OnnxValueInfo): void {
  while (!r.done()) {
    const { field, wire } = r.key();
    if (field === 1 && wire === WIRE_VARINT) v.elemType = r.varint();
    else if (field === 2 && wire === WIRE_LEN) {
      const shape: (number | string | null)[] = [];
      const s = r.message('TensorShapeProto');
      while (!s.done()) {
        const k = s.key();
        if (k.field === 1 && k.wire === WIRE_LEN) {
          const d = s.message('TensorShapeProto.Dimension');
          let dim: number | string | null = null;
          while (!d.done()) {
            const dk = d.key();
            if (dk.field === 1 && dk.wire === WIRE_VARINT) dim = d.signedVarint();
            else if (dk.field === 2 && dk.wire === WIRE_LEN) dim = d.string();
            else d.skip(dk.wire);
          }
          shape.push(dim);
        } else s.skip(k.wire);
      }
      v.shape = shape;
    } else r.skip(wire);
  }
}

export function readTensor(r: ProtoReader): OnnxTensor {
  const t: OnnxTensor = { name: '', dataType: 0, dims: [], byteSize: 0, raw: null, values: null, external: null };
  const typed: { field: number; wire: number; at: number }[] = [];
  let externalEntries: [string, string][] | null = null;
  let dataLocation = 0;
  const start = r.pos;
  while (!r.done()) {
    const key = r.key();
    const { field, wire } = key;
    if (field === 1) r.readInts(wire, t.dims, 64);
    else if (field === 2 && wire === WIRE_VARINT) t.dataType = r.varint();
    else if (field === 8 && wire === WIRE_LEN) t.name = r.string();
    else if (field === 9 && wire === WIRE_LEN) t.raw = r.span();
    else if (field === 13 && wire === WIRE_LEN) (externalEntries ??= []).push(readStringPair(r.message('TensorProto.external_data')));
    else if (field === 14 && wire === WIRE_VARINT) dataLocation = r.varint();
    else if (field === 4 || field === 5 || field === 7 || field === 10 || field === 11) {
      typed.push({ field, wire, at: r.pos });
      r.skip(wire);
    } else r.skip(wire);
  }
  const count = t.dims.reduce((a, b) => a * b, 1);
  const small = Number.isSafeInteger(count) && count >= 0 && count <= SMALL_TENSOR_VALUES;
  if (externalEntries || dataLocation === 1) {
    const entries = Object.fromEntries(externalEntries ?? []);
    const ext: NonNullable<OnnxTensor['external']> = { location: entries.location ?? '' };
    if (entries.offset !== undefined) ext.offset = Number(entries.offset);
    if (entries.length !== undefined) ext.length = Number(entries.length);
    if (entries.checksum !== undefined) ext.checksum = entries.checksum;
    t.external = ext;
    t.byteSize = ext.length ?? (small || count > 0 ? Math.ceil((count * (BITS[t.dataType] ?? 0)) / 8) : 0);
    return t;
  }
  if (t.raw) {
    t.byteSize = t.raw.length;
    if (small) t.values = decodeRaw(r.src, t.raw, t.dataType, count);
  } else if (typed.length) {
    // Typed fields are varint-encoded; report the tensor's size in its own type instead of the encoding's.
    if (Number.isSafeInteger(count) && count >= 0) t.byteSize = Math.ceil((count * (BITS[t.dataType] ?? 0)) / 8);
    if (small) t.values = decodeTyped(new ProtoReader(r.src, start, r.end, `TensorProto ${t.name}`), t.dataType, count);
  }
  return t;
}

/** Values from raw_data (little-endian; 4-bit types two per byte, low nibble first). */
function decodeRaw(src: ByteSource, raw: Span, type: number, count: number): number[] | null {
  const bits = BITS[type] ?? 0;
  if (bits === 0 || bits > 64 || raw.length * 8 < count * bits) return null;
  const out = new Array<number>(count);
  const s = raw.start;
  for (let i = 0; i < count; i++) {
    switch (type) {
      case 1: out[i] = src.f32(s + 4 * i); break;
      case 2: case 9: out[i] = src.u8(s + i); break;
      case 3: out[i] = (src.u8(s + i) << 24) >> 24; break;
      case 4: out[i] = src.u16(s + 2 * i); break;
      case 5: out[i] = src.i16(s + 2 * i); break;
      case 6: out[i] = src.i32(s + 4 * i); break;
      case 7: out[i] = src.i64(s + 8 * i); break;
      case 10: out[i] = halfToNumber(src.u16(s + 2 * i)); break;
      case 11: out[i] = src.f64(s + 8 * i); break;
      case 12: out[i] = src.u32(s + 4 * i); break;
      case 13: out[i] = src.u64(s + 8 * i); break;
      case 16: out[i] = bfloat16ToNumber(src.u16(s + 2 * i)); break;
      case 21: case 22: out[i] = nibble(src.u8(s + (i >> 1)), i, type === 22); break;
      default: return null;
    }
  }
  return out;
}

/** Values from the typed repeated fields (float_data, int32_data, int64_data, double_data, uint64_data). */
function decodeTyped(r: ProtoReader, type: number, count: number): number[] | null {
  const raw: number[] = [];
  while (!r.done()) {
    const { field, wire } = r.key();
    if (field === 4) r.readFloats(wire, raw, SMALL_TENSOR_VALUES);
    else if (field === 5 || field === 7 || field === 11) r.readInts(wire, raw, SMALL_TENSOR_VALUES);
    else if (field === 10 && wire === WIRE_LEN) {
      const s = r.span();
      for (let i = 0; i + 8 <= s.length && raw.length < SMALL_TENSOR_VALUES; i += 8) raw.push(r.src.f64(s.start + i));
    } else r.skip(wire);
  }
  // int32_data holds 16-bit floats as their bit patterns and 4-bit types two to an element.
  if (type === 10) return raw.map((b) => halfToNumber(b & 0xffff));
  if (type === 16) return raw.map((b) => bfloat16ToNumber(b & 0xffff));
  if (type === 21 || type === 22) {
    const out: number[] = [];
    for (let i = 0; i < count; i++) out.push(nibble((raw[i >> 1] ?? 0) & 0xff, i, type === 22));
    return out;
  }
  if (type === 12) return raw.map((v) => v >>> 0);
  if (type === 13) return raw.map((v) => (v < 0 ? v + 2 ** 64 : v));
  return raw.length === count ? raw : raw.slice(0, count);
}

function nibble(byte: number, i: number, signed: boolean): number {
  const n = i % 2 === 0 ? byte & 0x0f : byte >> 4;
  return signed && n >= 8 ? n - 16 : n;
}

export function halfToNumber(bits: number): number {
  const sign = bits & 0x8000 ? -1 : 1;
  const exp = (bits >> 10) & 0x1f;
  const frac = bits & 0x3ff;
  if (exp === 0) return sign * frac * 2 ** -24;
  if (exp === 31) return frac ? NaN : sign * Infinity;
  return sign * (1 + frac / 1024) * 2 ** (exp - 15);
}

function bfloat16ToNumber(bits: number): number {
  const view = new DataView(new ArrayBuffer(4));
  view.setUint32(0, bits << 16);
  return view.getFloat32(0);
}

export function elementBits(type: number): number {
  return BITS[type] ?? 0;
}
