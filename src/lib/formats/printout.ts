/**
 * The get_input_details() / get_output_details() printout, as
 * `print(interpreter.get_input_details())` shows it in Python for the same
 * .tflite file: a list of dicts with numpy array reprs, `<class 'numpy.int8'>`,
 * the (scale, zero_point) tuple, quantization_parameters and
 * sparsity_parameters.
 *
 * What the interpreter reports (tensorflow/lite/python/interpreter.py):
 * - `shape` is the tensor's stored shape, `shape_signature` the stored
 *   signature or, when absent, the shape again;
 * - `quantization` is (scale, zero_point) when the tensor has exactly one
 *   scale, else (0.0, 0);
 * - `quantization_parameters` has empty arrays and quantized_dimension 0 when
 *   the tensor is not quantized (no table, or an empty one);
 * - scales are float32 arrays, zero points and shapes int32 arrays.
 */
import type { TensorDetails } from './details.ts';
import type { DType, ModelSummary, SparsitySummary, TensorSummary } from './summary.ts';

/** The part of a summary the printout needs (a reader's output before analysis will do). */
export type DetailsSource = Pick<ModelSummary, 'tensors' | 'inputs' | 'outputs'>;
import { npArray, pyFloat, pyStr } from './python-repr.ts';

/** numpy scalar type the Python interpreter reports for each dtype. */
const NUMPY_TYPE: Partial<Record<DType, string>> = {
  float32: 'numpy.float32', float16: 'numpy.float16', float64: 'numpy.float64', int8: 'numpy.int8',
  uint8: 'numpy.uint8', int16: 'numpy.int16', uint16: 'numpy.uint16', int32: 'numpy.int32', uint32: 'numpy.uint32',
  int64: 'numpy.int64', uint64: 'numpy.uint64', bool: 'numpy.bool', string: 'numpy.bytes_',
  complex64: 'numpy.complex64', complex128: 'numpy.complex128',
  // numpy has no 4-bit type; TFLite's Python wrapper hands int4 tensors out as int8.
  int4: 'numpy.int8',
};

/** The details dict for one tensor (a position in summary.tensors). */
export function tensorDetails(summary: DetailsSource, position: number): TensorDetails {
  const t: TensorSummary = summary.tensors[position];
  const shape = t.shape.map((d) => (typeof d === 'number' ? d : -1));
  const q = t.quantization;
  const details: TensorDetails = {
    name: t.name,
    index: t.index,
    shape,
    shape_signature: t.shapeSignature ?? shape,
    dtype: t.dtype,
    quantization: q && q.scales.length === 1 ? [q.scales[0], q.zeroPoints[0] ?? 0] : [0, 0],
    quantization_parameters: q
      ? { scales: q.scales, zero_points: q.zeroPoints, quantized_dimension: q.axis }
      : { scales: [], zero_points: [], quantized_dimension: 0 },
    sparsity_parameters: t.sparsity ? sparsityDict(t.sparsity) : {},
  };
  return details;
}

export function inputDetails(summary: DetailsSource): TensorDetails[] {
  return summary.inputs.map((i) => tensorDetails(summary, i));
}

export function outputDetails(summary: DetailsSource): TensorDetails[] {
  return summary.outputs.map((i) => tensorDetails(summary, i));
}

function sparsityDict(s: SparsitySummary): Record<string, unknown> {
  return {
    traversal_order: s.traversalOrder,
    block_map: s.blockMap,
    dim_metadata: s.dimMetadata.map((d) =>
      d.format === 'DENSE'
        ? { format: 0, dense_size: d.denseSize }
        : { format: 1, array_segments: d.arraySegments ?? [], array_indices: d.arrayIndices ?? [] },
    ),
  };
}

/** The numpy class line for a dtype, e.g. `<class 'numpy.int8'>`. */
export function numpyClass(dtype: DType): string {
  return `<class '${NUMPY_TYPE[dtype] ?? 'object'}'>`;
}

/** repr() of one details dict, exactly as Python prints it. */
export function formatTensorDetails(d: TensorDetails): string {
  const qp = d.quantization_parameters ?? { scales: [], zero_points: [], quantized_dimension: 0 };
  const fields = [
    `'name': ${pyStr(d.name)}`,
    `'index': ${d.index}`,
    `'shape': ${npArray(d.shape, 'int32')}`,
    `'shape_signature': ${npArray(d.shape_signature ?? d.shape, 'int32')}`,
    `'dtype': ${numpyClass(d.dtype)}`,
    `'quantization': (${pyFloat(d.quantization[0])}, ${d.quantization[1]})`,
    `'quantization_parameters': {'scales': ${npArray(qp.scales, 'float32')}, 'zero_points': ${npArray(qp.zero_points, 'int32')}, 'quantized_dimension': ${qp.quantized_dimension}}`,
    `'sparsity_parameters': ${formatSparsity(d.sparsity_parameters ?? {})}`,
  ];
  return `{${fields.join(', ')}}`;
}

/** `print(details_list)`: the whole list on one line (numpy arrays may wrap inside). */
export function formatDetailsList(list: readonly TensorDetails[]): string {
  return `[${list.map(formatTensorDetails).join(', ')}]`;
}

/** What `print(interpreter.get_input_details())` prints for this model. */
export function printInputDetails(summary: DetailsSource): string {
  return formatDetailsList(inputDetails(summary));
}

/** What `print(interpreter.get_output_details())` prints for this model. */
export function printOutputDetails(summary: DetailsSource): string {
  return formatDetailsList(outputDetails(summary));
}

function formatSparsity(s: Readonly<Record<string, unknown>>): string {
  const entries = Object.entries(s);
  if (entries.length === 0) return '{}';
  return `{${entries.map(([k, v]) => `${pyStr(k)}: ${formatValue(v, k)}`).join(', ')}}`;
}

function formatValue(v: unknown, key: string): string {
  if (Array.isArray(v)) {
    // dim_metadata is a Python list of dicts; every other list is an int32 numpy array.
    if (key !== 'dim_metadata') return npArray(v as number[], 'int32');
    return `[${v.map((x) => formatValue(x, '')).join(', ')}]`;
  }
  if (typeof v === 'number') return Number.isInteger(v) ? String(v) : pyFloat(v);
  if (typeof v === 'string') return pyStr(v);
  if (v && typeof v === 'object') return formatSparsity(v as Record<string, unknown>);
  return 'None';
}
