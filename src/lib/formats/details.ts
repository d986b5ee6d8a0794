// What `tf.lite.Interpreter.get_input_details()` (and get_output_details(),
// get_tensor_details()) returns for one tensor, key for key. The printer turns a
// ModelSummary into this; the DetailsDecoder parses a pasted printout into it.
import type { DType } from './summary.ts';

export interface TensorDetails {
  name: string;
  index: number;
  shape: readonly number[];
  shape_signature?: readonly number[];
  /** numpy scalar type name: 'uint8', 'int8', 'float32'… */
  dtype: DType;
  /** The deprecated per-tensor tuple; (0.0, 0) means "not quantized" (or per-axis). */
  quantization: readonly [scale: number, zeroPoint: number];
  quantization_parameters?: {
    scales: readonly number[];
    zero_points: readonly number[];
    quantized_dimension: number;
  };
  sparsity_parameters?: Readonly<Record<string, unknown>>;
}
