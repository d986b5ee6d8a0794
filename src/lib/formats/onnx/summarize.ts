/**
 * OnnxModel → ModelSummary (before the format-independent analysis).
 *
 * Tensors are every named value of the main graph: graph inputs, then
 * initializers, then node outputs in node order, then names only ever read
 * (dangling) and graph outputs not yet seen. Bodies of If / Loop / Scan
 * (graph attributes) follow as subgraphs 1, 2, … with their own tensors; a
 * name a body reads from an enclosing graph refers to that graph's tensor.
 * A tensor's quantization comes from the nodes that use it: QuantizeLinear's
 * output and DequantizeLinear's input take that node's scale / zero point /
 * axis; QLinear* nodes, MatMulInteger / ConvInteger (zero points only),
 * DynamicQuantizeLinear (runtime parameters) and MatMulNBits (blockwise 4-bit
 * weights) map their operands the same way.
 */
import type { DType, OperatorSummary, TensorQuantization, TensorSummary } from '../summary.ts';
import type { BaseSummary } from '../tflite/summarize.ts';
import { ONNX_TYPES } from './read.ts';
import type { OnnxAttribute, OnnxGraph, OnnxModel, OnnxNode, OnnxTensor, OnnxValueInfo } from './read.ts';

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

/** Names visible in one graph: its own, then its enclosing graphs' (If/Loop/Scan bodies see outer values). */
interface Scope {
  parent: Scope | null;
  position: Map<string, number>;
  initializers: Map<string, OnnxTensor>;
  constants: Map<string, OnnxTensor>;
  infos: Map<string, OnnxValueInfo>;
}

function find<T>(scope: Scope | null, pick: (s: Scope) => Map<string, T>, name: string): T | undefined {
  for (let s = scope; s; s = s.parent) {
    const v = pick(s).get(name);
    if (v !== undefined) return v;
  }
  return undefined;
}

interface Walk {
  model: OnnxModel;
  tensors: TensorSummary[];
  operators: OperatorSummary[];
  subgraphs: { name: string; inputs: number[]; outputs: number[] }[];
  queue: { graph: OnnxGraph; parent: Scope; name: string }[];
}

export function summarizeOnnx(model: OnnxModel): BaseSummary {
  const walk: Walk = { model, tensors: [], operators: [], subgraphs: [], queue: [] };
  walkGraph(walk, model.graph!, null, model.graph!.name);
  // Bodies of If / Loop / Scan become subgraphs 1, 2, … in the order they are met.
  for (let k = 0; k < walk.queue.length; k++) walkGraph(walk, walk.queue[k].graph, walk.queue[k].parent, walk.queue[k].name);

  const metadata: Record<string, string> = {};
  if (model.producerName) metadata.producer_name = model.producerName;
  if (model.producerVersion) metadata.producer_version = model.producerVersion;
  if (model.domain) metadata.domain = model.domain;
  if (model.modelVersion) metadata.model_version = String(model.modelVersion);
  if (model.docString) metadata.doc_string = model.docString.slice(0, 500);
  Object.assign(metadata, model.metadata);

  const producer = [model.producerName, model.producerVersion].filter(Boolean).join(' ');
  const main = walk.subgraphs[0];
  const out: BaseSummary = {
    format: 'onnx',
    inputs: main.inputs,
    outputs: main.outputs,
    tensors: walk.tensors,
    operators: walk.operators,
    subgraphs: walk.subgraphs,
    metadata,
    fileBytes: model.bytes.length,
    version: model.irVersion,
    opsets: model.opsets,
  };
  if (producer) out.producer = producer;
  return out;
}

function walkGraph(walk: Walk, g: OnnxGraph, parent: Scope | null, name: string): void {
  const { tensors, model } = walk;
  const subgraph = walk.subgraphs.length;
  // This graph's tensors are created while it is walked, so they sit together from here on.
  const base = tensors.length;
  const scope: Scope = {
    parent,
    position: new Map(),
    initializers: new Map(g.initializers.map((t) => [t.name, t])),
    constants: new Map(),
    infos: new Map(),
  };
  for (const n of g.nodes) {
    const value = n.attributes.value;
    if (n.opType === 'Constant' && n.domain === '' && isTensor(value) && n.outputs[0]) scope.constants.set(n.outputs[0], value);
  }
  for (const v of [...g.valueInfo, ...g.inputs, ...g.outputs]) if (v.name) scope.infos.set(v.name, v);

  /** A tensor of this graph (created on first mention). */
  const local = (tensorName: string): number => {
    const known = scope.position.get(tensorName);
    if (known !== undefined) return known;
    const index = tensors.length;
    const init = scope.initializers.get(tensorName) ?? scope.constants.get(tensorName);
    const info = scope.infos.get(tensorName);
    const type = init ? init.dataType : info ? info.elemType : 0;
    const t: TensorSummary = {
      index: index - base,
      name: tensorName,
      shape: init ? init.dims : info && info.shape ? info.shape.map((d) => (d === null ? -1 : d)) : [],
      dtype: dtypeOf(type),
      byteSize: init ? init.byteSize : 0,
      isConstant: !!init,
      producers: [],
      consumers: [],
      subgraph,
      sourceType: type ? onnxTypeName(type) : 'UNDEFINED',
    };
    if (init?.raw) t.dataOffset = init.raw.start;
    if (init?.external) t.externalData = init.external;
    tensors.push(t);
    scope.position.set(tensorName, index);
    return index;
  };
  /** A name as this graph sees it: its own tensor, else an enclosing graph's, else a new (dangling) one. */
  const resolve = (tensorName: string): number => scope.position.get(tensorName) ?? find(parent, (x) => x.position, tensorName) ?? local(tensorName);
  const posOf = (tensorName: string | undefined) => (tensorName ? resolve(tensorName) : undefined);

  const initializerNames = new Set(scope.initializers.keys());
  const inputs = g.inputs.filter((v) => !initializerNames.has(v.name)).map((v) => local(v.name));
  for (const t of g.initializers) local(t.name);
  for (const n of g.nodes) for (const o of n.outputs) if (o) local(o);
  for (const n of g.nodes) for (const i of n.inputs) if (i) resolve(i);
  const outputs = g.outputs.map((v) => resolve(v.name));
  walk.subgraphs.push({ name, inputs, outputs });

  const ops: OperatorSummary[] = g.nodes.map((n) => {
    const op: OperatorSummary = {
      index: walk.operators.length,
      opType: n.opType,
      inputs: n.inputs.map((i) => (i ? resolve(i) : -1)),
      outputs: n.outputs.map((o) => (o ? resolve(o) : -1)),
      subgraph,
      domain: n.domain,
    };
    if (n.name) op.name = n.name;
    const attrs = simpleAttributes(n.attributes);
    if (Object.keys(attrs).length) op.attributes = attrs;
    const version = model.opsets[n.domain === 'ai.onnx' ? '' : n.domain];
    if (version !== undefined) op.version = version;
    walk.operators.push(op);
    for (const [attr, value] of Object.entries(n.attributes)) {
      const bodies = isGraph(value) ? [value] : Array.isArray(value) ? value.filter(isGraph) : [];
      bodies.forEach((body, k) => walk.queue.push({ graph: body, parent: scope, name: body.name || `${n.name || n.opType}.${attr}${bodies.length > 1 ? `[${k}]` : ''}` }));
    }
    return op;
  });
  for (const op of ops) {
    // Operators come in order, so a repeat of this operator can only be the last entry.
    for (const i of op.inputs) if (i >= 0 && tensors[i].consumers.at(-1) !== op.index) (tensors[i].consumers as number[]).push(op.index);
    for (const o of op.outputs) if (o >= 0 && tensors[o].producers.at(-1) !== op.index) (tensors[o].producers as number[]).push(op.index);
  }

  const param = (paramName: string | undefined): Param => {
    if (!paramName) return { name: '', values: null, type: 0, source: 'absent' };
    const init = find(scope, (x) => x.initializers, paramName);
    if (init) return { name: paramName, values: init.values, type: init.dataType, source: 'initializer' };
    const c = find(scope, (x) => x.constants, paramName);
    if (c) return { name: paramName, values: c.values, type: c.dataType, source: 'Constant' };
    return { name: paramName, values: null, type: find(scope, (x) => x.infos, paramName)?.elemType ?? 0, source: 'runtime' };
  };

  const quantize = (tensorName: string | undefined, scale: Param | null, zero: Param, axis: number, blockSize?: number) => {
    const at = posOf(tensorName);
    if (at === undefined) return;
    const t = tensors[at];
    if (t.quantization) return; // the first node that names it wins; Q/DQ pairs agree.
    const scales = scale?.values ?? [];
    let zeroPoints = zero.values ?? [];
    if (zero.source === 'absent' && scales.length) zeroPoints = scales.map(() => 0);
    const q: TensorQuantization = { scales, zeroPoints, axis };
    q.source = !scale ? 'zero-point only' : scale.source === 'runtime' ? 'runtime' : scale.source;
    if (blockSize) q.blockSize = blockSize;
    t.quantization = q;
    // An untyped value's type follows its zero point (Q output) when the file does not say.
    if (t.dtype === 'unknown' && zero.type) {
      t.dtype = dtypeOf(zero.type);
      t.sourceType = onnxTypeName(zero.type);
    }
  };

  for (const n of g.nodes) mapNode(n, param, quantize, tensors, posOf);
  inferTypes(g.nodes, tensors, posOf, param);
}

function isGraph(v: unknown): v is OnnxGraph {
  return !!v && typeof v === 'object' && !Array.isArray(v) && 'nodes' in v && 'initializers' in v;
}

function isTensor(v: OnnxAttribute | undefined): v is OnnxTensor {
  return !!v && typeof v === 'object' && !Array.isArray(v) && 'dataType' in v;
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
  posOf: (name: string | undefined) => number | undefined,
): void {
  const i = n.inputs;
  const rank = (name: string | undefined) => {
    const at = posOf(name);
    return at === undefined ? 0 : tensors[at].shape.length;
  };
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
      const at = posOf(i[1]);
      const t = at === undefined ? undefined : tensors[at];
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
function inferTypes(
  nodes: OnnxNode[],
  tensors: TensorSummary[],
  posOf: (name: string | undefined) => number | undefined,
  param: (n: string | undefined) => Param,
): void {
  const at = (name: string | undefined) => {
    const k = posOf(name);
    return k === undefined ? undefined : tensors[k];
  };
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
