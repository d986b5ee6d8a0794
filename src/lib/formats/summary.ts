// The one description of a model that every reader in src/lib/formats produces:
// the .tflite reader, the .onnx reader and the parser of a pasted
// get_input_details() printout. Widgets and the `zp inspect` command only ever
// see this shape, so a new format is a new reader, not a new widget.

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
}

export interface ModelWarning {
  code: string;
  message: string;
  tensors?: readonly number[];
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
}
