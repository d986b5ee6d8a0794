/**
 * A minimal ONNX ModelProto walker (nodes and their integer attributes) and
 * a writer for one-node QuantizeLinear / DequantizeLinear models.
 */
import { asInt64, asString, MessageWriter, readFields } from './protobuf.ts';
import { decodeTensor, ONNX_FLOAT } from './onnx-tensor.ts';
import type { DecodedTensor } from './onnx-tensor.ts';

export interface OnnxNode {
  opType: string;
  domain: string;
  inputs: string[];
  outputs: string[];
  /** Integer attributes (`axis`, `saturate`, `block_size`, `output_dtype`…). */
  intAttributes: Record<string, number>;
}

export interface OnnxModelSummary {
  irVersion: number;
  opsets: { domain: string; version: number }[];
  nodes: OnnxNode[];
  initializers: DecodedTensor[];
}

const ATTRIBUTE_INT = 2;

function readNode(buf: Uint8Array): OnnxNode {
  const node: OnnxNode = { opType: '', domain: '', inputs: [], outputs: [], intAttributes: {} };
  for (const f of readFields(buf)) {
    if (f.field === 1) node.inputs.push(asString(f.bytes));
    else if (f.field === 2) node.outputs.push(asString(f.bytes));
    else if (f.field === 4) node.opType = asString(f.bytes);
    else if (f.field === 7) node.domain = asString(f.bytes);
    else if (f.field === 5) {
      let name = '';
      let type = 0;
      let i: number | undefined;
      for (const a of readFields(f.bytes!)) {
        if (a.field === 1) name = asString(a.bytes);
        else if (a.field === 20) type = Number(a.varint);
        else if (a.field === 3) i = asInt64(a.varint!);
      }
      if (i !== undefined && (type === ATTRIBUTE_INT || type === 0)) node.intAttributes[name] = i;
    }
  }
  return node;
}

export function readModel(buf: Uint8Array): OnnxModelSummary {
  const summary: OnnxModelSummary = { irVersion: 0, opsets: [], nodes: [], initializers: [] };
  for (const f of readFields(buf)) {
    if (f.field === 1) summary.irVersion = Number(f.varint);
    else if (f.field === 8) {
      let domain = '';
      let version = 0;
      for (const o of readFields(f.bytes!)) {
        if (o.field === 1) domain = asString(o.bytes);
        else if (o.field === 2) version = asInt64(o.varint!);
      }
      summary.opsets.push({ domain, version });
    } else if (f.field === 7) {
      for (const g of readFields(f.bytes!)) {
        if (g.field === 1) summary.nodes.push(readNode(g.bytes!));
        else if (g.field === 5) summary.initializers.push(decodeTensor(g.bytes!));
      }
    }
  }
  return summary;
}

// ---- writing ----

function tensorType(elemType: number, dims: (number | string)[]): MessageWriter {
  const shape = new MessageWriter();
  for (const d of dims) {
    const dim = new MessageWriter();
    if (typeof d === 'number') dim.varint(1, d);
    else dim.string(2, d);
    shape.message(1, dim);
  }
  const tensor = new MessageWriter().varint(1, elemType).message(2, shape);
  return new MessageWriter().message(1, tensor);
}

function valueInfo(name: string, elemType: number, dims: (number | string)[]): MessageWriter {
  return new MessageWriter().string(1, name).message(2, tensorType(elemType, dims));
}

/** A scalar initializer with its value in raw_data (little-endian). */
function scalarInitializer(name: string, dataType: number, bytes: Uint8Array): MessageWriter {
  return new MessageWriter().varint(2, dataType).string(8, name).bytes(9, bytes);
}

export interface QdqModelSpec {
  op: 'QuantizeLinear' | 'DequantizeLinear';
  /** Element type of the integer side (ONNX_UINT8, ONNX_INT8, ONNX_INT16…). */
  intType: number;
  scale: number;
  zeroPoint: number;
  opset?: number;
}

function intBytes(intType: number, value: number): Uint8Array {
  const sizes: Record<number, number> = { 2: 1, 3: 1, 4: 2, 5: 2, 6: 4 };
  const size = sizes[intType];
  if (size === undefined) throw new Error(`no scalar writer for ONNX type ${intType}`);
  const buf = new Uint8Array(size);
  const view = new DataView(buf.buffer);
  if (size === 1) view.setUint8(0, value & 0xff);
  else if (size === 2) view.setUint16(0, value & 0xffff, true);
  else view.setInt32(0, value, true);
  return buf;
}

/**
 * One QuantizeLinear or DequantizeLinear node: dynamic 1-D input `x` of
 * symbolic length `n`, scalar `scale` (float32) and `zero_point` initializers,
 * output `y`.
 */
export function buildQdqModel(spec: QdqModelSpec): Uint8Array {
  const opset = spec.opset ?? 21;
  const scaleBytes = new Uint8Array(4);
  new DataView(scaleBytes.buffer).setFloat32(0, spec.scale, true);
  const inType = spec.op === 'QuantizeLinear' ? ONNX_FLOAT : spec.intType;
  const outType = spec.op === 'QuantizeLinear' ? spec.intType : ONNX_FLOAT;
  const node = new MessageWriter()
    .string(1, 'x').string(1, 'scale').string(1, 'zero_point')
    .string(2, 'y')
    .string(3, 'node0')
    .string(4, spec.op);
  const graph = new MessageWriter()
    .message(1, node)
    .string(2, `zero_point_${spec.op}`)
    .message(5, scalarInitializer('scale', ONNX_FLOAT, scaleBytes))
    .message(5, scalarInitializer('zero_point', spec.intType, intBytes(spec.intType, spec.zeroPoint)))
    .message(11, valueInfo('x', inType, ['n']))
    .message(12, valueInfo('y', outType, ['n']));
  return new MessageWriter()
    .varint(1, 10) // ir_version 10 (opset 21 era)
    .string(2, 'zero-point-tests')
    .message(7, graph)
    .message(8, new MessageWriter().string(1, '').varint(2, opset))
    .finish();
}
