/**
 * OnnxModel → ModelSummary (before the format-independent analysis).
 *
 * Tensors are every named value of the main graph: graph inputs, then
 * initializers, then node outputs in node order, then names only ever read
 * (dangling) and graph outputs not yet seen. A tensor's quantization comes
 * from the nodes that use it: QuantizeLinear's output and DequantizeLinear's
 * input take that node's scale / zero point / axis; QLinear* nodes,
 * MatMulInteger / ConvInteger (zero points only), DynamicQuantizeLinear
 * (runtime parameters) and MatMulNBits (blockwise 4-bit weights) map their
 * operands the same way.
 */
import type { DType, OperatorSummary, TensorQuantization, TensorSummary } from '../summary.ts';
import type { BaseSummary } from '../tflite/summarize.ts';
import { ONNX_TYPES } from './read.ts';
import type { OnnxAttribute, OnnxModel, OnnxNode, OnnxTensor, OnnxValueInfo } from './read.ts';

const DTYPES: Record<string, DType> = {
  FLOAT: 'float32', UINT8: 'uint8', INT8: 'int8', UINT16: 'uint16', INT16: 'int16', INT32: 'int32', INT64: 'int64',
  STRING: 'string', BOOL: 'bool', FLOAT16: 'float16', DOUBLE: 'float64', UINT32: 'uint32', UINT64: 'uint64',
  COMPLEX64: 'complex64', COMPLEX128: 'complex128', BFLOAT16: 'bfloat16', FLOAT8E4M3FN: 'float8e4m3fn',
  FLOAT8E5M2: 'float8e5m2', UINT4: 'uint4', INT4: 'int4',
};

export function onnxTypeName(type: number): string {
  return ONNX_TYPES[type] ?? `TYPE_${type}`;
}

function dtypeOf(type: number): DType {
  return DTYPES[onnxTypeName(type)] ?? 'unknown';
}

interface Param {
  name: string;
  values: number[] | null;
  type: number;
  source: 'initializer' | 'Constant' | 'runtime' | 'absent';
}

export function summarizeOnnx(model: OnnxModel): BaseSummary {
  const g = model.graph!;
  const tensors: TensorSummary[] = [];
  const position = new Map<string, number>();
  const initializers = new Map<string, OnnxTensor>(g.initializers.map((t) => [t.name, t]));
  const constants = new Map<string, OnnxTensor>();
  for (const n of g.nodes) {
    const value = n.attributes.value;
    if (n.opType === 'Constant' && n.domain === '' && isTensor(value) && n.outputs[0]) constants.set(n.outputs[0], value);
  }
  const infos = new Map<string, OnnxValueInfo>();
  for (const v of [...g.valueInfo, ...g.inputs, ...g.outputs]) if (v.name) infos.set(v.name, v);

  const add = (name: string): number => {
    const known = position.get(name);
    if (known !== undefined) return known;
    const index = tensors.length;
    const init = initializers.get(name) ?? constants.get(name);
    const info = infos.get(name);
    const type = init ? init.dataType : info ? info.elemType : 0;
    const t: TensorSummary = {
      index,
      name,
      shape: init ? init.dims : info && info.shape ? info.shape.map((d) => (d === null ? -1 : d)) : [],
      dtype: dtypeOf(type),
      byteSize: init ? init.byteSize : 0,
      isConstant: !!init,
      producers: [],
      consumers: [],
      subgraph: 0,
      sourceType: type ? onnxTypeName(type) : 'UNDEFINED',
    };
    if (init?.raw) t.dataOffset = init.raw.start;
    if (init?.external) t.externalData = init.external;
    tensors.push(t);
    position.set(name, index);
    return index;
  };

  const initializerNames = new Set(initializers.keys());
  const inputs = g.inputs.filter((v) => !initializerNames.has(v.name)).map((v) => add(v.name));
  for (const t of g.initializers) add(t.name);
  for (const n of g.nodes) for (const o of n.outputs) if (o) add(o);
  for (const n of g.nodes) for (const i of n.inputs) if (i) add(i);
  const outputs = g.outputs.map((v) => add(v.name));

  const operators: OperatorSummary[] = g.nodes.map((n, index) => {
    const op: OperatorSummary = {
      index,
      opType: n.opType,
      inputs: n.inputs.map((i) => (i ? position.get(i)! : -1)),
      outputs: n.outputs.map((o) => (o ? position.get(o)! : -1)),
      subgraph: 0,
      domain: n.domain,
    };
    if (n.name) op.name = n.name;
    const attrs = simpleAttributes(n.attributes);
    if (Object.keys(attrs).length) op.attributes = attrs;
    const version = model.opsets[n.domain === 'ai.onnx' ? '' : n.domain];
    if (version !== undefined) op.version = version;
    return op;
  });
  operators.forEach((op) => {
    // Operators come in order, so a repeat of this operator can only be the last entry.
    for (const i of op.inputs) if (i >= 0 && tensors[i].consumers.at(-1) !== op.index) (tensors[i].consumers as number[]).push(op.index);
    for (const o of op.outputs) if (o >= 0 && tensors[o].producers.at(-1) !== op.index) (tensors[o].producers as number[]).push(op.index);
  });

  const param = (name: string | undefined): Param => {
    if (!name) return { name: '', values: null, type: 0, source: 'absent' };
    const init = initializers.get(name);
    if (init) return { name, values: init.values, type: init.dataType, source: 'initializer' };
    const c = constants.get(name);
    if (c) return { name, values: c.values, type: c.dataType, source: 'Constant' };
    return { name, values: null, type: infos.get(name)?.elemType ?? 0, source: 'runtime' };
  };

  const quantize = (name: string | undefined, scale: Param | null, zero: Param, axis: number, blockSize?: number) => {
    if (!name) return;
    const t = tensors[position.get(name)!];
    if (t.quantization) return; // the first node that names it wins; Q/DQ pairs agree.
    const scales = scale?.values ?? [];
    let zeroPoints = zero.values ?? [];
    if (zero.source === 'absent' && scales.length) zeroPoints = scales.map(() => 0);
    const q: TensorQuantization = { scales, zeroPoints, axis };
    const source = !scale ? 'zero-point only' : scale.source === 'runtime' ? 'runtime' : scale.source;
    q.source = source;
    if (blockSize) q.blockSize = blockSize;
    t.quantization = q;
    // An untyped value's type follows its zero point (Q output) when the file does not say.
    if (t.dtype === 'unknown' && zero.type) {
      t.dtype = dtypeOf(zero.type);
      t.sourceType = onnxTypeName(zero.type);
    }
  };

  for (const n of g.nodes) mapNode(n, param, quantize, tensors, position);
  inferTypes(g.nodes, tensors, position, param);

  const metadata: Record<string, string> = {};
  if (model.producerName) metadata.producer_name = model.producerName;
  if (model.producerVersion) metadata.producer_version = model.producerVersion;
  if (model.domain) metadata.domain = model.domain;
  if (model.modelVersion) metadata.model_version = String(model.modelVersion);
  if (model.docString) metadata.doc_string = model.docString.slice(0, 500);
  Object.assign(metadata, model.metadata);

  const producer = [model.producerName, model.producerVersion].filter(Boolean).join(' ');
  const out: BaseSummary = {
    format: 'onnx',
    inputs,
    outputs,
    tensors,
    operators,
    subgraphs: [{ name: g.name, inputs, outputs }],
    metadata,
    fileBytes: model.bytes.length,
    version: model.irVersion,
    opsets: model.opsets,
  };
  if (producer) out.producer = producer;
  return out;
}

function isTensor(v: OnnxAttribute | undefined): v is OnnxTensor {
  return !!v && typeof v === 'object' && !Array.isArray(v);
}

function simpleAttributes(attrs: Record<string, OnnxAttribute>): Record<string, string | number | readonly number[]> {
  const out: Record<string, string | number | readonly number[]> = {};
  for (const [k, v] of Object.entries(attrs)) {
    if (typeof v === 'number' || typeof v === 'string') out[k] = v;
    else if (Array.isArray(v) && v.every((x) => typeof x === 'number') && v.length <= 64) out[k] = v as number[];
  }
  return out;
}

type Quantize = (name: string | undefined, scale: Param | null, zero: Param, axis: number, blockSize?: number) => void;

function intAttr(n: OnnxNode, name: string, fallback: number): number {
  const v = n.attributes[name];
  return typeof v === 'number' ? v : fallback;
}

function mapNode(
  n: OnnxNode,
  param: (name: string | undefined) => Param,
  quantize: Quantize,
  tensors: TensorSummary[],
  position: Map<string, number>,
): void {
  const i = n.inputs;
  const rank = (name: string | undefined) => (name && position.has(name) ? tensors[position.get(name)!].shape.length : 0);
  switch (n.opType) {
    case 'QuantizeLinear':
      quantize(n.outputs[0], param(i[1]), param(i[2]), intAttr(n, 'axis', 1), intAttr(n, 'block_size', 0));
      return;
    case 'DequantizeLinear':
      quantize(i[0], param(i[1]), param(i[2]), intAttr(n, 'axis', 1), intAttr(n, 'block_size', 0));
      return;
    case 'QLinearConv':
      quantize(i[0], param(i[1]), param(i[2]), 1);
      quantize(i[3], param(i[4]), param(i[5]), 0);
      quantize(n.outputs[0], param(i[6]), param(i[7]), 1);
      return;
    case 'QLinearMatMul':
      quantize(i[0], param(i[1]), param(i[2]), Math.max(0, rank(i[0]) - 2));
      quantize(i[3], param(i[4]), param(i[5]), Math.max(0, rank(i[3]) - 1));
      quantize(n.outputs[0], param(i[6]), param(i[7]), 1);
      return;
    case 'QLinearAdd':
    case 'QLinearMul':
      quantize(i[0], param(i[1]), param(i[2]), 1);
      quantize(i[3], param(i[4]), param(i[5]), 1);
      quantize(n.outputs[0], param(i[6]), param(i[7]), 1);
      return;
    case 'QLinearSigmoid':
    case 'QLinearLeakyRelu':
    case 'QLinearAveragePool':
    case 'QLinearGlobalAveragePool':
    case 'QLinearSoftmax':
      quantize(i[0], param(i[1]), param(i[2]), 1);
      quantize(n.outputs[0], param(i[3]), param(i[4]), 1);
      return;
    case 'QLinearConcat':
      quantize(n.outputs[0], param(i[0]), param(i[1]), 1);
      for (let k = 2; k + 2 < i.length + 1; k += 3) quantize(i[k], param(i[k + 1]), param(i[k + 2]), 1);
      return;
    case 'MatMulInteger':
    case 'ConvInteger':
      quantize(i[0], null, param(i[2]), 1);
      quantize(i[1], null, param(i[3]), n.opType === 'ConvInteger' ? 0 : 1);
      return;
    case 'DynamicQuantizeLinear':
      quantize(n.outputs[0], param(n.outputs[1]), param(n.outputs[2]), 1);
      return;
    case 'MatMulNBits': {
      const zero = param(i[3]);
      const bits = intAttr(n, 'bits', 4);
      quantize(i[1], param(i[2]), zero.source === 'absent' ? { ...zero, values: null } : zero, 0, intAttr(n, 'block_size', 0));
      const t = i[1] ? tensors[position.get(i[1])!] : undefined;
      if (t?.quantization && zero.source === 'absent') {
        // Without zero points MatMulNBits uses the middle code, 2^(bits-1).
        t.quantization = { ...t.quantization, zeroPoints: t.quantization.scales.map(() => 2 ** (bits - 1)) };
      }
      return;
    }
    default:
  }
}

const INT64_RESULTS = new Set(['Shape', 'Size', 'ArgMax', 'ArgMin', 'NonZero', 'NonMaxSuppression']);
const BOOL_RESULTS = new Set(['Equal', 'Less', 'Greater', 'LessOrEqual', 'GreaterOrEqual', 'And', 'Or', 'Xor', 'Not', 'IsNaN', 'IsInf']);

/** Types for untyped node outputs, from the operators that define them. */
function inferTypes(nodes: OnnxNode[], tensors: TensorSummary[], position: Map<string, number>, param: (n: string | undefined) => Param): void {
  const at = (name: string | undefined) => (name && position.has(name) ? tensors[position.get(name)!] : undefined);
  const set = (name: string | undefined, dtype: DType, source: string) => {
    const t = at(name);
    if (t && t.dtype === 'unknown') {
      t.dtype = dtype;
      t.sourceType = `${source} (inferred)`;
    }
  };
  // Two passes let a type flow through one unknown link; enough for Q/DQ chains.
  for (let pass = 0; pass < 2; pass++) {
    for (const n of nodes) {
      const i = n.inputs;
      if (n.opType === 'QuantizeLinear') {
        const zp = param(i[2]);
        set(n.outputs[0], zp.type ? dtypeOf(zp.type) : 'uint8', zp.type ? onnxTypeName(zp.type) : 'UINT8');
      } else if (n.opType === 'DequantizeLinear') {
        const s = param(i[1]);
        set(n.outputs[0], s.type ? dtypeOf(s.type) : at(i[1])?.dtype ?? 'float32', s.type ? onnxTypeName(s.type) : 'FLOAT');
      } else if (n.opType === 'DynamicQuantizeLinear') {
        set(n.outputs[0], 'uint8', 'UINT8');
        set(n.outputs[1], 'float32', 'FLOAT');
        set(n.outputs[2], 'uint8', 'UINT8');
      } else if (n.opType === 'MatMulInteger' || n.opType === 'ConvInteger') {
        set(n.outputs[0], 'int32', 'INT32');
      } else if (n.opType.startsWith('QLinear')) {
        const zp = n.opType === 'QLinearConcat' ? param(i[1]) : param(i[i.length === 9 ? 7 : i.length - 1]);
        if (zp.type) set(n.outputs[0], dtypeOf(zp.type), onnxTypeName(zp.type));
      } else if (n.opType === 'Cast') {
        const to = intAttr(n, 'to', 0);
        if (to) set(n.outputs[0], dtypeOf(to), onnxTypeName(to));
      } else if (INT64_RESULTS.has(n.opType)) {
        set(n.outputs[0], 'int64', 'INT64');
      } else if (BOOL_RESULTS.has(n.opType)) {
        set(n.outputs[0], 'bool', 'BOOL');
      } else if (n.outputs.length === 1 && i[0]) {
        // Elementwise and layout ops keep their first input's type.
        const src = at(i[0]);
        if (src && src.dtype !== 'unknown') set(n.outputs[0], src.dtype, (src.sourceType ?? '').replace(' (inferred)', ''));
      }
    }
  }
}
