/**
 * The .tflite reader: walks the FlatBuffer with our own accessors (field
 * numbers from TFLite's schema.fbs, schema version 3) and produces the raw
 * structure below. Weight bytes are never read: buffers are recorded as
 * (offset, length) in the file and only sliced on request.
 */
import { showBytes } from '../errors.ts';
import { formatError, formatMessagesEn, type HintId } from '../error-messages.ts';
import { FlatFile } from './flat.ts';
import type { FlatTable } from './flat.ts';
import { builtinName } from './builtin-ops.ts';

export const TENSOR_TYPES: readonly string[] = [
  'FLOAT32', 'FLOAT16', 'INT32', 'UINT8', 'INT64', 'STRING', 'BOOL', 'INT16', 'COMPLEX64', 'INT8', 'FLOAT64',
  'COMPLEX128', 'UINT64', 'RESOURCE', 'VARIANT', 'UINT32', 'UINT16', 'INT4', 'BFLOAT16', 'INT2', 'UINT4',
  'FLOAT8_E4M3FN', 'FLOAT8_E5M2',
];

const QUANTIZATION_DETAILS = ['NONE', 'CustomQuantization', 'BlockwiseQuantization', 'MultiAxisQuantization'];
const SPARSE_INDEX_VECTORS = ['NONE', 'Int32Vector', 'Uint16Vector', 'Uint8Vector'];
const ACTIVATIONS = ['NONE', 'RELU', 'RELU_N1_TO_1', 'RELU6', 'TANH', 'SIGN_BIT'];
const PADDINGS = ['SAME', 'VALID'];

export interface TfliteOperatorCode {
  /** max(builtin_code, deprecated_builtin_code), as the schema prescribes. */
  builtinCode: number;
  builtinName: string;
  deprecatedBuiltinCode: number;
  rawBuiltinCode: number;
  customCode: string | null;
  version: number;
}

export interface TfliteQuantization {
  min: number[] | null;
  max: number[] | null;
  scale: number[] | null;
  zeroPoint: number[] | null;
  quantizedDimension: number;
  detailsType: string;
  blockSize?: number;
}

export interface TfliteSparsity {
  traversalOrder: number[];
  blockMap: number[];
  dimMetadata: { format: 'DENSE' | 'SPARSE_CSR'; denseSize: number; arraySegments?: number[]; arrayIndices?: number[] }[];
}

export interface TfliteTensor {
  index: number;
  name: string;
  shape: number[];
  shapeSignature: number[] | null;
  type: number;
  typeName: string;
  buffer: number;
  isVariable: boolean;
  quantization: TfliteQuantization | null;
  sparsity: TfliteSparsity | null;
  /** Id of an ExternalBuffer holding the data in another file (schema 3d); 0 = none. */
  externalBuffer: number;
}

/** An ExternalBuffer (schema 3d): a slice of another file, named by its group. */
export interface TfliteExternalBuffer {
  id: number;
  location: string;
  offset: number;
  length: number;
  packing: string;
}

export interface TfliteOperator {
  index: number;
  opcodeIndex: number;
  inputs: number[];
  outputs: number[];
  intermediates: number[];
  optionsType: number;
  attributes: Record<string, string | number>;
}

export interface TfliteSubgraph {
  name: string;
  tensors: TfliteTensor[];
  inputs: number[];
  outputs: number[];
  operators: TfliteOperator[];
}

/** Where a buffer's bytes are: inside the FlatBuffer's data vector, or at (offset, size) after it. */
export interface TfliteBuffer {
  offset: number;
  length: number;
  external: boolean;
}

export interface TfliteModel {
  bytes: Uint8Array;
  version: number;
  description: string | null;
  operatorCodes: TfliteOperatorCode[];
  subgraphs: TfliteSubgraph[];
  buffers: TfliteBuffer[];
  metadata: { name: string; buffer: number }[];
  signatureDefs: { key: string; subgraph: number; inputs: { name: string; tensor: number }[]; outputs: { name: string; tensor: number }[] }[];
  externalBuffers: TfliteExternalBuffer[];
}

/** Checks the header: size and the "TFL3" identifier at bytes 4–7. */
export function checkTfliteHeader(bytes: Uint8Array): void {
  if (bytes.length === 0) throw formatError('empty-file', 'empty-file');
  if (bytes.length < 8) {
    throw formatError('truncated', 'tflite-too-short', { size: bytes.length }, bytes.length);
  }
  const id = String.fromCharCode(bytes[4], bytes[5], bytes[6], bytes[7]);
  if (id !== 'TFL3') {
    throw formatError('not-tflite', 'not-tflite', { found: showBytes(bytes, 4, 4), hint: sniffKind(bytes) ?? '' });
  }
}

/** What the bytes recognisably are instead, if anything. */
export function sniffKind(bytes: Uint8Array): HintId | null {
  const head = showBytes(bytes, 0, 64).toLowerCase();
  if (/^(\s|\\xef\\xbb\\xbf)*<(!doctype|html|head|body|\?xml|!--)/.test(head)) return 'html';
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return 'zip';
  if (bytes[0] === 0x08 && bytes.length > 2 && bytes[1] < 0x20) return 'onnx';
  if (head.startsWith('{')) return 'json';
  return null;
}

/** A hint, in English, when the bytes are recognisably something else. */
export function sniffHint(bytes: Uint8Array): string {
  const kind = sniffKind(bytes);
  return kind ? formatMessagesEn.hints[kind] : '';
}

export function readTflite(bytes: Uint8Array): TfliteModel {
  checkTfliteHeader(bytes);
  const file = new FlatFile(bytes);
  const model = file.root('model');

  const operatorCodes: TfliteOperatorCode[] = [];
  const codes = model.tables(1, 'operator_codes');
  for (let i = 0; codes && i < codes.length; i++) operatorCodes.push(readOperatorCode(codes.get(i)));

  const buffers: TfliteBuffer[] = [];
  const bufferTables = model.tables(4, 'buffers');
  for (let i = 0; bufferTables && i < bufferTables.length; i++) buffers.push(readBuffer(bufferTables.get(i), i, bytes.length));

  const subgraphs: TfliteSubgraph[] = [];
  const sgTables = model.tables(2, 'subgraphs');
  for (let s = 0; sgTables && s < sgTables.length; s++) {
    subgraphs.push(readSubgraph(sgTables.get(s), s, operatorCodes.length, buffers.length));
  }

  const metadata: TfliteModel['metadata'] = [];
  const metaTables = model.tables(6, 'metadata');
  for (let i = 0; metaTables && i < metaTables.length; i++) {
    const t = metaTables.get(i);
    metadata.push({ name: t.string(0, 'name') ?? '', buffer: t.u32(1, 'buffer') });
  }

  const signatureDefs: TfliteModel['signatureDefs'] = [];
  const sigTables = model.tables(7, 'signature_defs');
  for (let i = 0; sigTables && i < sigTables.length; i++) {
    const t = sigTables.get(i);
    const maps = (slot: number, name: string) => {
      const v = t.tables(slot, name);
      const out: { name: string; tensor: number }[] = [];
      for (let k = 0; v && k < v.length; k++) {
        const m = v.get(k);
        out.push({ name: m.string(0, 'name') ?? '', tensor: m.u32(1, 'tensor_index') });
      }
      return out;
    };
    signatureDefs.push({
      key: t.string(2, 'signature_key') ?? '',
      subgraph: t.u32(4, 'subgraph_index'),
      inputs: maps(0, 'inputs'),
      outputs: maps(1, 'outputs'),
    });
  }

  const groups: string[] = [];
  const groupTables = model.tables(8, 'external_buffer_groups');
  for (let i = 0; groupTables && i < groupTables.length; i++) groups.push(groupTables.get(i).string(0, 'name') ?? '');
  const externalBuffers: TfliteExternalBuffer[] = [];
  const extTables = model.tables(9, 'external_buffers');
  for (let i = 0; extTables && i < extTables.length; i++) {
    const t = extTables.get(i);
    const group = t.u32(1, 'group');
    externalBuffers.push({
      id: t.u32(0, 'id'),
      location: groups[group] ?? `(group ${group} does not exist)`,
      offset: t.u64(2, 'offset'),
      length: t.u64(3, 'length'),
      packing: t.string(4, 'packing') ?? '',
    });
  }

  for (const [i, d] of signatureDefs.entries()) {
    const sg = subgraphs[d.subgraph];
    if (!sg) throw formatError('bad-index', 'signature-subgraph', { i, key: d.key, subgraph: d.subgraph, count: subgraphs.length });
    for (const m of [...d.inputs, ...d.outputs]) {
      if (m.tensor >= sg.tensors.length) {
        throw formatError('bad-index', 'signature-tensor', { i, key: d.key, tensor: m.tensor, subgraph: d.subgraph, count: sg.tensors.length });
      }
    }
  }

  return {
    bytes,
    version: model.u32(0, 'version'),
    description: model.string(3, 'description'),
    operatorCodes,
    subgraphs,
    buffers,
    metadata,
    signatureDefs,
    externalBuffers,
  };
}

function readOperatorCode(t: FlatTable): TfliteOperatorCode {
  const deprecated = t.i8(0, 'deprecated_builtin_code');
  const raw = t.i32(3, 'builtin_code');
  const code = Math.max(raw, deprecated);
  return {
    builtinCode: code,
    builtinName: builtinName(code),
    deprecatedBuiltinCode: deprecated,
    rawBuiltinCode: raw,
    customCode: t.string(1, 'custom_code'),
    version: t.i32(2, 'version', 1),
  };
}

function readBuffer(t: FlatTable, index: number, fileLength: number): TfliteBuffer {
  // offset/size (schema: "offset > 1" means the data follows the FlatBuffer in the same file).
  const offset = t.u64(1, 'offset');
  const size = t.u64(2, 'size');
  if (offset > 1) {
    if (offset + size > fileLength) {
      throw formatError('truncated', 'buffer-past-end', { index, at: offset, size, fileSize: fileLength }, offset);
    }
    return { offset, length: size, external: true };
  }
  const data = t.vector(0, 1, 'data');
  return data ? { offset: data.start, length: data.length, external: false } : { offset: 0, length: 0, external: false };
}

function readSubgraph(t: FlatTable, s: number, opcodeCount: number, bufferCount: number): TfliteSubgraph {
  const tensors: TfliteTensor[] = [];
  const tensorTables = t.tables(0, 'tensors');
  const tensorCount = tensorTables ? tensorTables.length : 0;
  for (let i = 0; i < tensorCount; i++) {
    const tensor = readTensor(tensorTables!.get(i), i);
    if (tensor.buffer >= bufferCount && !(tensor.buffer === 0 && bufferCount === 0)) {
      throw formatError('bad-index', 'tensor-buffer', { i, subgraph: s, buffer: tensor.buffer, count: bufferCount });
    }
    tensors.push(tensor);
  }
  // Operators may pass -1 for an optional operand; subgraph inputs and outputs may not.
  type ListId = 'subgraph-input-ref' | 'subgraph-output-ref' | 'operator-input-ref' | 'operator-output-ref' | 'operator-intermediate-ref';
  const checkTensorList = (list: number[], id: ListId, op = -1) => {
    const optional = op >= 0;
    for (const k of list) {
      if (k < (optional ? -1 : 0) || k >= tensorCount) {
        throw formatError('bad-index', id, { op, subgraph: s, tensor: k, count: tensorCount });
      }
    }
    return list;
  };
  const inputs = checkTensorList(t.int32s(1, 'inputs') ?? [], 'subgraph-input-ref');
  const outputs = checkTensorList(t.int32s(2, 'outputs') ?? [], 'subgraph-output-ref');
  const operators: TfliteOperator[] = [];
  const opTables = t.tables(3, 'operators');
  for (let i = 0; opTables && i < opTables.length; i++) {
    const op = readOperator(opTables.get(i), i);
    if (op.opcodeIndex >= opcodeCount) {
      throw formatError('bad-index', 'opcode-index', { i, subgraph: s, code: op.opcodeIndex, count: opcodeCount });
    }
    checkTensorList(op.inputs, 'operator-input-ref', i);
    checkTensorList(op.outputs, 'operator-output-ref', i);
    checkTensorList(op.intermediates, 'operator-intermediate-ref', i);
    operators.push(op);
  }
  return { name: t.string(4, 'name') ?? '', tensors, inputs, outputs, operators };
}

function readTensor(t: FlatTable, index: number): TfliteTensor {
  const type = t.i8(1, 'type');
  const q = t.table(4, 'quantization');
  const sp = t.table(6, 'sparsity');
  return {
    index,
    name: t.string(3, 'name') ?? '',
    shape: t.int32s(0, 'shape') ?? [],
    shapeSignature: t.int32s(7, 'shape_signature'),
    type,
    typeName: TENSOR_TYPES[type] ?? `TYPE_${type}`,
    buffer: t.u32(2, 'buffer'),
    isVariable: t.bool(5, 'is_variable'),
    quantization: q ? readQuantization(q) : null,
    sparsity: sp ? readSparsity(sp) : null,
    externalBuffer: t.u32(10, 'external_buffer'),
  };
}

function readQuantization(t: FlatTable): TfliteQuantization {
  const detailsCode = t.u8(4, 'details_type');
  const out: TfliteQuantization = {
    min: t.float32s(0, 'min'),
    max: t.float32s(1, 'max'),
    scale: t.float32s(2, 'scale'),
    zeroPoint: t.int64s(3, 'zero_point'),
    quantizedDimension: t.i32(6, 'quantized_dimension'),
    detailsType: QUANTIZATION_DETAILS[detailsCode] ?? `DETAILS_${detailsCode}`,
  };
  if (detailsCode === 2 || detailsCode === 3) {
    const d = t.table(5, 'details');
    if (d) out.blockSize = d.i32(2, 'block_size');
  }
  return out;
}

function readSparsity(t: FlatTable): TfliteSparsity {
  const dims = t.tables(2, 'dim_metadata');
  const dimMetadata: TfliteSparsity['dimMetadata'] = [];
  for (let i = 0; dims && i < dims.length; i++) {
    const d = dims.get(i);
    const entry: TfliteSparsity['dimMetadata'][number] = {
      format: d.i8(0, 'format') === 1 ? 'SPARSE_CSR' : 'DENSE',
      denseSize: d.i32(1, 'dense_size'),
    };
    const segments = readIndexVector(d, 2, 'array_segments');
    const indices = readIndexVector(d, 4, 'array_indices');
    if (segments) entry.arraySegments = segments;
    if (indices) entry.arrayIndices = indices;
    dimMetadata.push(entry);
  }
  return { traversalOrder: t.int32s(0, 'traversal_order') ?? [], blockMap: t.int32s(1, 'block_map') ?? [], dimMetadata };
}

/** SparseIndexVector union: Int32Vector, Uint16Vector or Uint8Vector, each a table with `values`. */
function readIndexVector(t: FlatTable, typeSlot: number, name: string): number[] | undefined {
  const kind = SPARSE_INDEX_VECTORS[t.u8(typeSlot, `${name}_type`)];
  if (!kind || kind === 'NONE') return undefined;
  const table = t.table(typeSlot + 1, name);
  if (!table) return undefined;
  if (kind === 'Int32Vector') return table.int32s(0, 'values') ?? [];
  const size = kind === 'Uint16Vector' ? 2 : 1;
  const run = table.vector(0, size, 'values');
  if (!run) return [];
  const src = table.file.src;
  const out = new Array<number>(run.length);
  for (let i = 0; i < run.length; i++) out[i] = size === 2 ? src.u16(run.start + 2 * i) : src.u8(run.start + i);
  return out;
}

function readOperator(t: FlatTable, index: number): TfliteOperator {
  const optionsType = t.u8(3, 'builtin_options_type');
  return {
    index,
    opcodeIndex: t.u32(0, 'opcode_index'),
    inputs: t.int32s(1, 'inputs') ?? [],
    outputs: t.int32s(2, 'outputs') ?? [],
    intermediates: t.int32s(8, 'intermediates') ?? [],
    optionsType,
    attributes: readOptions(t, optionsType),
  };
}

/** BuiltinOptions union member → slot of its fused_activation_function field. */
const FUSED_ACTIVATION_SLOT: Record<number, number> = {
  1: 3, // Conv2DOptions
  2: 4, // DepthwiseConv2DOptions
  5: 5, // Pool2DOptions
  6: 1, // SVDFOptions
  8: 0, // FullyConnectedOptions
  10: 1, // ConcatenationOptions
  11: 0, // AddOptions
  21: 0, // MulOptions
  28: 0, // SubOptions
  29: 0, // DivOptions
};

/** The options worth showing: fused activations, and the geometry of convolutions and pools. */
function readOptions(t: FlatTable, optionsType: number): Record<string, string | number> {
  const attrs: Record<string, string | number> = {};
  const fusedSlot = FUSED_ACTIVATION_SLOT[optionsType];
  if (fusedSlot === undefined) return attrs;
  const o = t.table(4, 'builtin_options');
  if (!o) return attrs;
  attrs.fused_activation_function = ACTIVATIONS[o.i8(fusedSlot, 'fused_activation_function')] ?? 'UNKNOWN';
  if (optionsType === 1 || optionsType === 2 || optionsType === 5) {
    attrs.padding = PADDINGS[o.i8(0, 'padding')] ?? 'UNKNOWN';
    attrs.stride_w = o.i32(1, 'stride_w');
    attrs.stride_h = o.i32(2, 'stride_h');
  }
  if (optionsType === 1) {
    attrs.dilation_w_factor = o.i32(4, 'dilation_w_factor', 1);
    attrs.dilation_h_factor = o.i32(5, 'dilation_h_factor', 1);
  } else if (optionsType === 2) {
    attrs.depth_multiplier = o.i32(3, 'depth_multiplier');
    attrs.dilation_w_factor = o.i32(5, 'dilation_w_factor', 1);
    attrs.dilation_h_factor = o.i32(6, 'dilation_h_factor', 1);
  } else if (optionsType === 5) {
    attrs.filter_width = o.i32(3, 'filter_width');
    attrs.filter_height = o.i32(4, 'filter_height');
  } else if (optionsType === 6) {
    attrs.rank = o.i32(0, 'rank');
  } else if (optionsType === 10) {
    attrs.axis = o.i32(0, 'axis');
  }
  return attrs;
}
