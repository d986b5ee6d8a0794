// The one-click examples: what Python prints for get_input_details(),
// get_output_details() and get_tensor_details(). Each text was produced by
// numpy's own repr (numpy 2.4) from parameters of real conversions: the seeds'
// TF 1.x printouts, TF 2.x full-integer and float models, per-channel weights,
// a 16×8 model and pprint's wrapped form.

// Their names and one-sentence descriptions are words, so they live in the
// widget's catalogs (strings.ts, strings.zh.ts), keyed by these ids.
export type ExampleId =
  | 'seed-uint8'
  | 'weights-only'
  | 'default-ranges'
  | 'int8-tf2'
  | 'mobilenet-uint8'
  | 'float-tf2'
  | 'per-axis'
  | 'int16'
  | 'several'
  | 'pprint';

export interface DetailsExample {
  id: ExampleId;
  text: string;
}

export const EXAMPLES: readonly DetailsExample[] = [
  {
    id: 'seed-uint8',
    text: `[{'name': 'input_1_1', 'index': 47, 'shape': array([  1, 128, 128,   3], dtype=int32), 'dtype': <class 'numpy.uint8'>, 'quantization': (0.003921568859368563, 0)}]`,
  },
  {
    id: 'weights-only',
    text: `[{'name': 'input_1_1', 'index': 47, 'shape': array([  1, 128, 128,   3], dtype=int32), 'dtype': <class 'numpy.float32'>, 'quantization': (0.0, 0)}]
[{'name': 'global_average_pooling2d_1_1/Mean', 'index': 45, 'shape': array([  1, 156], dtype=int32), 'dtype': <class 'numpy.float32'>, 'quantization': (0.0, 0)}]`,
  },
  {
    id: 'default-ranges',
    text: `[{'name': 'input_1_1', 'index': 47, 'shape': array([  1, 128, 128,   3], dtype=int32), 'dtype': <class 'numpy.uint8'>, 'quantization': (0.003921568859368563, 0)}]
[{'name': 'global_average_pooling2d_1_1/Mean', 'index': 45, 'shape': array([  1, 156], dtype=int32), 'dtype': <class 'numpy.uint8'>, 'quantization': (0.7843137383460999, 128)}]`,
  },
  {
    id: 'int8-tf2',
    text: `[{'name': 'serving_default_input_2:0', 'index': 0, 'shape': array([  1, 224, 224,   3], dtype=int32), 'shape_signature': array([ -1, 224, 224,   3], dtype=int32), 'dtype': <class 'numpy.int8'>, 'quantization': (0.003921568859368563, -128), 'quantization_parameters': {'scales': array([0.00392157], dtype=float32), 'zero_points': array([-128], dtype=int32), 'quantized_dimension': 0}, 'sparsity_parameters': {}}]
[{'name': 'StatefulPartitionedCall:0', 'index': 178, 'shape': array([ 1, 10], dtype=int32), 'shape_signature': array([-1, 10], dtype=int32), 'dtype': <class 'numpy.int8'>, 'quantization': (0.00390625, -128), 'quantization_parameters': {'scales': array([0.00390625], dtype=float32), 'zero_points': array([-128], dtype=int32), 'quantized_dimension': 0}, 'sparsity_parameters': {}}]`,
  },
  {
    id: 'mobilenet-uint8',
    text: `[{'name': 'input', 'index': 0, 'shape': array([  1, 224, 224,   3], dtype=int32), 'shape_signature': array([  1, 224, 224,   3], dtype=int32), 'dtype': <class 'numpy.uint8'>, 'quantization': (0.0078125, 128), 'quantization_parameters': {'scales': array([0.0078125], dtype=float32), 'zero_points': array([128], dtype=int32), 'quantized_dimension': 0}, 'sparsity_parameters': {}}]
[{'name': 'MobilenetV1/Predictions/Reshape_1', 'index': 88, 'shape': array([   1, 1001], dtype=int32), 'shape_signature': array([   1, 1001], dtype=int32), 'dtype': <class 'numpy.uint8'>, 'quantization': (0.00390625, 0), 'quantization_parameters': {'scales': array([0.00390625], dtype=float32), 'zero_points': array([0], dtype=int32), 'quantized_dimension': 0}, 'sparsity_parameters': {}}]`,
  },
  {
    id: 'float-tf2',
    text: `[{'name': 'serving_default_keras_layer_input:0', 'index': 0, 'shape': array([ 1, 96, 96,  3], dtype=int32), 'shape_signature': array([-1, 96, 96,  3], dtype=int32), 'dtype': <class 'numpy.float32'>, 'quantization': (0.0, 0), 'quantization_parameters': {'scales': array([], dtype=float32), 'zero_points': array([], dtype=int32), 'quantized_dimension': 0}, 'sparsity_parameters': {}}]`,
  },
  {
    id: 'per-axis',
    text: `[{'name': 'sequential/conv2d/Conv2D', 'index': 5, 'shape': array([16,  3,  3,  3], dtype=int32), 'shape_signature': array([16,  3,  3,  3], dtype=int32), 'dtype': <class 'numpy.int8'>, 'quantization': (0.0, 0), 'quantization_parameters': {'scales': array([0.00124538, 0.00203141, 0.00496663, 0.00382724, 0.00128947,
       0.00305226, 0.00329107, 0.00163064, 0.0046198 , 0.00139109,
       0.00283439, 0.00348705, 0.00303927, 0.00385135, 0.00463676,
       0.00577259], dtype=float32), 'zero_points': array([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], dtype=int32), 'quantized_dimension': 0}, 'sparsity_parameters': {}}, {'name': 'sequential/conv2d/BiasAdd/ReadVariableOp', 'index': 4, 'shape': array([16], dtype=int32), 'shape_signature': array([16], dtype=int32), 'dtype': <class 'numpy.int32'>, 'quantization': (0.0, 0), 'quantization_parameters': {'scales': array([4.8838265e-06, 7.9663323e-06, 1.9476971e-05, 1.5008795e-05,
       5.0567414e-06, 1.1969648e-05, 1.2906145e-05, 6.3946763e-06,
       1.8116869e-05, 5.4552729e-06, 1.1115242e-05, 1.3674702e-05,
       1.1918690e-05, 1.5103344e-05, 1.8183360e-05, 2.2637609e-05],
      dtype=float32), 'zero_points': array([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], dtype=int32), 'quantized_dimension': 0}, 'sparsity_parameters': {}}]`,
  },
  {
    id: 'int16',
    text: `[{'name': 'serving_default_audio:0', 'index': 0, 'shape': array([    1, 16000], dtype=int32), 'shape_signature': array([    1, 16000], dtype=int32), 'dtype': <class 'numpy.int16'>, 'quantization': (3.0518509447574615e-05, 0), 'quantization_parameters': {'scales': array([3.051851e-05], dtype=float32), 'zero_points': array([0], dtype=int32), 'quantized_dimension': 0}, 'sparsity_parameters': {}}]`,
  },
  {
    id: 'several',
    text: `[{'name': 'StatefulPartitionedCall:3', 'index': 410, 'shape': array([ 1, 10,  4], dtype=int32), 'shape_signature': array([ 1, 10,  4], dtype=int32), 'dtype': <class 'numpy.float32'>, 'quantization': (0.0, 0), 'quantization_parameters': {'scales': array([], dtype=float32), 'zero_points': array([], dtype=int32), 'quantized_dimension': 0}, 'sparsity_parameters': {}}, {'name': 'StatefulPartitionedCall:2', 'index': 408, 'shape': array([ 1, 10], dtype=int32), 'shape_signature': array([ 1, 10], dtype=int32), 'dtype': <class 'numpy.float32'>, 'quantization': (0.0, 0), 'quantization_parameters': {'scales': array([], dtype=float32), 'zero_points': array([], dtype=int32), 'quantized_dimension': 0}, 'sparsity_parameters': {}}, {'name': 'StatefulPartitionedCall:1', 'index': 409, 'shape': array([ 1, 10], dtype=int32), 'shape_signature': array([ 1, 10], dtype=int32), 'dtype': <class 'numpy.float32'>, 'quantization': (0.0, 0), 'quantization_parameters': {'scales': array([], dtype=float32), 'zero_points': array([], dtype=int32), 'quantized_dimension': 0}, 'sparsity_parameters': {}}, {'name': 'StatefulPartitionedCall:0', 'index': 407, 'shape': array([1], dtype=int32), 'shape_signature': array([1], dtype=int32), 'dtype': <class 'numpy.float32'>, 'quantization': (0.0, 0), 'quantization_parameters': {'scales': array([], dtype=float32), 'zero_points': array([], dtype=int32), 'quantized_dimension': 0}, 'sparsity_parameters': {}}]`,
  },
  {
    id: 'pprint',
    text: `[{'dtype': <class 'numpy.int8'>,
  'index': 0,
  'name': 'serving_default_input:0',
  'quantization': (0.007843137718737125, -1),
  'quantization_parameters': {'quantized_dimension': 0,
                              'scales': array([0.00784314], dtype=float32),
                              'zero_points': array([-1], dtype=int32)},
  'shape': array([ 1, 96, 96,  1], dtype=int32),
  'shape_signature': array([-1, 96, 96,  1], dtype=int32),
  'sparsity_parameters': {}}]`,
  },
];

export const EXAMPLE_IDS = EXAMPLES.map((e) => e.id);

export function exampleById(id: string): DetailsExample | undefined {
  return EXAMPLES.find((e) => e.id === id);
}
