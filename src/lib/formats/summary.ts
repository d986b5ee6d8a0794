// The one description of a model that every reader in src/lib/formats produces:
// the .tflite reader, the .onnx reader and the parser of a pasted
// get_input_details() printout. Widgets and the `zp inspect` command only ever
// see this shape, so a new format is a new reader, not a new widget.

import type { Evidence, WarningDetail } from './analysis-messages.ts';

/** numpy-style names, because that is what readers see in Python printouts. */
export type DType =
  | 'float32'
  | 'float16'
  | 'float64'
  | 'bfloat16'
  | 'int4'
  | 'uint4'
  | 'int8'
  | 'uint8'
  | 'int16'
  | 'uint16'
  | 'int32'
  | 'uint32'
  | 'int64'
  | 'uint64'
  | 'bool'
  | 'string'
  | 'complex64'
  | 'complex128'
  | 'float8e4m3fn'
  | 'float8e5m2'
  | 'unknown';

/**
 * Quantization of one tensor. `scales.length === 1` is per-tensor; more is
 * per-axis along `axis`. Scales stay as the float32 value widened to a double,
 * which is what TFLite's Python API returns.
 */
export interface TensorQuantization {
  scales: readonly number[];
  /** int64 in the files; every real zero point fits in a double exactly. */
  zeroPoints: readonly number[];
  /** TFLite `quantized_dimension` / ONNX `axis`, as stored (it may be out of range: report, do not fix). */
  axis: number;
  /** Recorded calibration range, when the file keeps one (TFLite min/max). */
  min?: readonly number[];
  max?: readonly number[];
  /** ONNX blockwise quantization (opset 21 `block_size`); absent otherwise. */
  blockSize?: number;
  /** TFLite `details` union type when set (BlockwiseQuantization, CustomQuantization…). */
  detailsType?: string;
  /** ONNX: where the parameters come from ('initializer', 'Constant', 'runtime' for dynamic quantization). */
  source?: string;
}

/** TFLite SparsityParameters, for the get_input_details() `sparsity_parameters` entry. */
export interface SparsitySummary {
  traversalOrder: readonly number[];
  blockMap: readonly number[];
  dimMetadata: readonly {
    format: 'DENSE' | 'SPARSE_CSR';
    denseSize: number;
    arraySegments?: readonly number[];
    arrayIndices?: readonly number[];
  }[];
}

/** ONNX tensor data kept in another file: reported, never fetched. */
export interface ExternalDataRef {
  location: string;
  offset?: number;
  length?: number;
  checksum?: string;
}

export interface TensorSummary {
  /** TFLite tensor index; for ONNX the position in the summary's tensor list. */
  index: number;
  /** May be empty: real files have unnamed tensors. */
  name: string;
  /** -1 (or a symbolic name for ONNX) marks a dynamic dimension. */
  shape: readonly (number | string)[];
  /** TFLite `shape_signature` when present. */
  shapeSignature?: readonly number[];
  dtype: DType;
  /** Absent when not quantized (TFLite: no table, or empty scale/zero_point). */
  quantization?: TensorQuantization;
  /** Bytes of constant data (weights); 0 for activations. */
  byteSize: number;
  isConstant: boolean;
  isVariable?: boolean;
  /** Indices into ModelSummary.operators of the operator(s) writing and reading it. */
  producers: readonly number[];
  consumers: readonly number[];
  subgraph: number;
  /** The file's own type name (TFLite TensorType like 'INT8', ONNX TensorProto type like 'UINT8'). */
  sourceType?: string;
  /** Unquantized TFLite tensors: whether the file has no QuantizationParameters table or an empty one. */
  quantizationTable?: 'absent' | 'empty';
  /** TFLite buffer index. */
  buffer?: number;
  /** Where the constant data sits in the file (byte offset), when it is inside it. */
  dataOffset?: number;
  sparsity?: SparsitySummary;
  externalData?: ExternalDataRef;
}

export interface OperatorSummary {
  index: number;
  /** Builtin name as the runtime spells it (CONV_2D, QLinearConv…); custom ops by their custom code. */
  opType: string;
  custom?: boolean;
  inputs: readonly number[];
  outputs: readonly number[];
  subgraph: number;
  /** Fused activation and the like, for display. */
  attributes?: Readonly<Record<string, string | number | readonly number[]>>;
  /** TFLite operator-code version; ONNX opset domain. */
  version?: number;
  domain?: string;
  /** ONNX node name (TFLite operators have none). */
  name?: string;
}

/** One real multiplier and its fixed-point form (M0 as Q31, shift), as TFLite's kernels use it. */
export interface MultiplierEntry {
  real: number;
  multiplier: number;
  shift: number;
}

/**
 * The requantization of one convolution / fully connected / matmul operator:
 * M = s_in · s_w / s_out, one per output channel when the weights are per-axis.
 */
export interface RequantSummary {
  operator: number;
  opType: string;
  input: number;
  weights: number;
  output: number;
  inputScale: number;
  weightScales: readonly number[];
  outputScale: number;
  multipliers: readonly MultiplierEntry[];
}

export interface SignatureSummary {
  key: string;
  subgraph: number;
  inputs: readonly { name: string; tensor: number }[];
  outputs: readonly { name: string; tensor: number }[];
}

/** Bytes of constant data per dtype (the size breakdown). */
export interface DtypeBytes {
  dtype: DType;
  tensors: number;
  bytes: number;
}

export type QuantFlavour =
  | 'float'
  | 'float16'
  | 'dynamic-range'
  | 'full-integer-uint8'
  | 'full-integer-int8'
  | '16x8'
  | 'mixed'
  | 'unknown';

export interface FlavourVerdict {
  flavour: QuantFlavour;
  /** Plain sentences, each a fact from the file that supports the verdict. */
  evidence: readonly string[];
  /** The same facts as ids and values, one per sentence, for wording them in other languages (analysis-messages.ts). */
  facts?: readonly Evidence[];
}

export interface ModelWarning {
  code: string;
  /** In English. */
  message: string;
  tensors?: readonly number[];
  /** The message's id and values, for wording it in other languages (analysis-messages.ts). */
  detail?: WarningDetail;
}

export interface ModelSummary {
  format: 'tflite' | 'onnx' | 'details-printout';
  inputs: readonly number[];
  outputs: readonly number[];
  tensors: readonly TensorSummary[];
  operators: readonly OperatorSummary[];
  subgraphs: readonly { name: string; inputs: readonly number[]; outputs: readonly number[] }[];
  metadata: Readonly<Record<string, string>>;
  flavour: FlavourVerdict;
  warnings: readonly ModelWarning[];
  /** File size in bytes. */
  fileBytes?: number;
  /** TFLite description / ONNX producer, e.g. "MLIR Converted." or "onnx.quantize 0.1.0". */
  producer?: string;
  /** TFLite schema version / ONNX ir_version. */
  version?: number;
  /** ONNX opset imports by domain ('' is the default domain). */
  opsets?: Readonly<Record<string, number>>;
  signatures?: readonly SignatureSummary[];
  requantization?: readonly RequantSummary[];
  sizeByDtype?: readonly DtypeBytes[];
}
