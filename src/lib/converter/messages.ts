// Error messages readers meet when converting or running a quantized model,
// what each one means and what to do about it. `matchMessages` finds the
// entries a pasted message belongs to. Each `example` is a message as
// TensorFlow or TFLite prints it (array and op names vary); `source` names
// where the text comes from, so the patterns can be checked against it.
import type { LessonId } from './lessons.ts';

/** Every entry's id; the tables in other languages (messages.zh.ts) are typed by it. */
export type MessageId =
  | 'quantize-v2-graph'
  | 'lacking-min-max'
  | 'unsupported-ops'
  | 'quantized-form-not-implemented'
  | 'stats-required'
  | 'io-must-be-float'
  | 'io-type-not-allowed'
  | 'representative-required'
  | 'quantized-dimension'
  | 'op-version'
  | 'set-tensor-type'
  | 'hybrid-on-micro'
  | 'input-array-not-found';

export interface KnownMessage {
  id: MessageId;
  /** A short name for the problem. */
  title: string;
  /** Which tool prints it, and the file or function it comes from. */
  source: string;
  /** The message matches when any pattern does (after whitespace is collapsed). */
  patterns: readonly RegExp[];
  /** A real message of this kind, as printed. */
  example: string;
  explanation: string;
  fixes: readonly string[];
  lessons: readonly LessonId[];
}

export const MESSAGES: readonly KnownMessage[] = [
  {
    id: 'quantize-v2-graph',
    title: 'A graph quantized the old way (QuantizeV2, QuantizedConv2D…)',
    source: 'TF1 converter (toco), tooling_util.cc, when the graph came from graph_transforms quantize_nodes',
    patterns: [/Unsupported TensorFlow op: (?:QuantizeV2|Dequantize|Quantized\w+|Requantize\w*)/i],
    example:
      'F tensorflow/contrib/lite/toco/tooling_util.cc:1155] Array InceptionV3/InceptionV3/Conv2d_1a_3x3/BatchNorm/batchnorm/mul_eightbit/input__port__0/min, which is an input to the (Unsupported TensorFlow op: QuantizeV2) operator producing the output array InceptionV3/InceptionV3/Conv2d_1a_3x3/BatchNorm/batchnorm/mul_eightbit/input__port__0/quantize, is lacking min/max data, which is necessary for quantization. Either target a non-quantized output format, or change the input graph to contain min/max information, or pass --default_ranges_min= and --default_ranges_max= if you do not care about the accuracy of results.',
    explanation:
      "The graph was already quantized by TensorFlow's own graph tools (the `quantize_nodes` transform), which write ops such as QuantizeV2, QuantizedConv2D and Requantize. The TFLite converter does not read those ops: it expects a float graph, ideally with FakeQuant nodes that record a min and max for each tensor, and does the quantizing itself. The complaint about min/max data is only the first thing it trips over; even with dummy ranges it would stop at the unknown ops.",
    fixes: [
      'Convert the float graph (before quantize_weights / quantize_nodes), not the transformed one.',
      'For a quantized model, either train with fake quantization so the graph records ranges, or use post-training quantization with a representative dataset (TF 2).',
    ],
    lessons: ['three-forms'],
  },
  {
    id: 'lacking-min-max',
    title: 'A tensor has no recorded range',
    source: 'TF1 converter (toco), tooling_util.cc (also printed through tflite_convert and TFLiteConverter in TF 1.x)',
    patterns: [/lacking min\/max data/i],
    example:
      "F tensorflow/lite/toco/tooling_util.cc:1728] Array FeatureExtractor/MobilenetV2/Conv/Relu6, which is an input to the DepthwiseConv operator producing the output array FeatureExtractor/MobilenetV2/expanded_conv/depthwise/Relu6, is lacking min/max data, which is necessary for quantization. If accuracy matters, either target a non-quantized output format, or run quantized training with your model from a floating point checkpoint to change the input graph to contain min/max information. If you don't care about accuracy, you can pass --default_ranges_min= and --default_ranges_max= for easy experimentation.",
    explanation:
      "With inference_type=QUANTIZED_UINT8, every activation needs a real range to get a scale and zero point. The old converter takes ranges from FakeQuant nodes placed in the graph during quantization-aware training, and from quantized_input_stats for the inputs. This tensor has neither, so the converter cannot pick its parameters.",
    fixes: [
      'Insert fake-quantization nodes and retrain (quantization-aware training), so every activation records its range.',
      'Or leave inference_type at FLOAT and use post-training quantization; in TF 2, optimizations=[tf.lite.Optimize.DEFAULT] with a representative_dataset measures the ranges for you.',
      'default_ranges_stats silences the error by giving every unranged tensor the same made-up range. Use it only to measure speed: the outputs are usually garbage.',
    ],
    lessons: ['three-forms'],
  },
  {
    id: 'unsupported-ops',
    title: 'Ops the runtime has no kernel for',
    source: 'TF1 converter (toco) and TF 2 converter, when the graph contains TensorFlow ops without a TFLite builtin',
    patterns: [/Some of the operators in the model are not supported by the standard TensorFlow Lite runtime/i],
    example:
      'Some of the operators in the model are not supported by the standard TensorFlow Lite runtime. If those are native TensorFlow operators, you might be able to use the extended runtime by passing --enable_select_tf_ops, or by setting target_ops=TFLITE_BUILTINS,SELECT_TF_OPS when calling tf.lite.TFLiteConverter(). Otherwise, if you have a custom implementation for them you can disable this error with --allow_custom_ops, or by setting allow_custom_ops=True when calling tf.lite.TFLiteConverter(). Here is a list of builtin operators you are using: CONV_2D, SOFTMAX. Here is a list of operators for which you will need custom implementations: Dequantize, QuantizeV2, QuantizedConv2D, Requantize.',
    explanation:
      'The list at the end names the TensorFlow ops with no TFLite equivalent. When it names QuantizeV2, QuantizedConv2D, Requantize or Dequantize, the graph was quantized by the old graph_transforms tools and should be converted from its float version instead. Other ops may be available through the Select TF ops runtime.',
    fixes: [
      'If the list holds Quantize*/Quantized*/Requantize ops: convert the float graph instead of the transformed one.',
      'Otherwise: check whether TFLite has the op under another name, or enable SELECT_TF_OPS (bigger runtime).',
    ],
    lessons: ['three-forms'],
  },
  {
    id: 'quantized-form-not-implemented',
    title: 'An op has no quantized kernel',
    source: 'TF1 converter (toco), graph_transformations/quantize.cc',
    patterns: [/for which the quantized form is not yet implemented/i],
    example:
      "Unimplemented: this graph contains an operator of type Cast for which the quantized form is not yet implemented. Sorry, and patches welcome (that's a relatively fun patch to write, mostly providing the actual quantized arithmetic code for this op).",
    explanation:
      'With inference_type=QUANTIZED_UINT8 the whole graph must run in integers, and the old converter has no integer version of this op.',
    fixes: [
      'Move the op out of the quantized part of the model (for example do the cast in preprocessing), or convert with TF 2 full-integer quantization, which can leave single ops in float.',
    ],
    lessons: ['three-forms'],
  },
  {
    id: 'stats-required',
    title: 'quantized_input_stats missing',
    source: 'TFLiteConverter (Python), lite.py / convert.py',
    patterns: [/std_dev and mean must be defined when/i],
    example: 'ValueError: std_dev and mean must be defined when inference_type or inference_input_type is QUANTIZED_UINT8 or INT8.',
    explanation:
      'A quantized input needs a scale and zero point, and the TF1 converter takes them as quantized_input_stats = {input_name: (mean, std_dev)}: real = (q − mean) / std_dev. It will not guess them.',
    fixes: [
      'Pass quantized_input_stats = {"input_name": (mean, std_dev)}: (0, 255) for inputs in [0, 1], (127.5, 127.5) for [−1, 1], (0, 1) for raw 0–255 pixels.',
      'Or keep inference_input_type at FLOAT so the model quantizes its input itself.',
    ],
    lessons: ['three-forms', 'scale-and-zero-point'],
  },
  {
    id: 'io-must-be-float',
    title: 'Integer inputs asked for a model that is not integer-quantized',
    source: 'TFLiteConverter (Python, TF 2), lite.py, _validate_inference_input_output_types',
    patterns: [/inference_input_type and inference_output_type must be tf\.float32/i],
    example: 'ValueError: The inference_input_type and inference_output_type must be tf.float32.',
    explanation:
      'Integer inputs and outputs are only allowed when the activations are quantized too, which needs optimizations=[Optimize.DEFAULT] and a representative_dataset. Without a dataset, Optimize.DEFAULT quantizes only the weights (dynamic range), and float16 keeps everything in floating point, so the inputs stay float32.',
    fixes: [
      'Add converter.representative_dataset (a generator yielding a few hundred real inputs), then set inference_input_type / inference_output_type to tf.int8 or tf.uint8.',
      'Or drop the two settings and feed floats.',
    ],
    lessons: ['three-forms'],
  },
  {
    id: 'io-type-not-allowed',
    title: 'An input/output type the quantization mode does not offer',
    source: 'TFLiteConverter (Python, TF 2), lite.py, _validate_inference_input_output_types',
    patterns: [/inference_input_type and inference_output_type must be in/i],
    example: "ValueError: The inference_input_type and inference_output_type must be in ['tf.float32', 'tf.int8', 'tf.uint8'].",
    explanation:
      'Full-integer int8 models offer float32, int8 or uint8 inputs and outputs; 16x8 models (int16 activations) offer float32 or int16. The type asked for is not in the list for this mode. (Some later TF releases also accept tf.int16 for int8 models.)',
    fixes: [
      'Pick a type from the list in the message, or switch the mode: int16 inputs need supported_ops=[tf.lite.OpsSet.EXPERIMENTAL_TFLITE_BUILTINS_ACTIVATIONS_INT16_WEIGHTS_INT8].',
    ],
    lessons: ['three-forms'],
  },
  {
    id: 'representative-required',
    title: 'Full-integer quantization without calibration data',
    source: 'TFLiteConverter (Python, TF 2), lite.py, _validate_int8_required',
    patterns: [/a `?representative_dataset`? must be specified/i],
    example: 'ValueError: For full integer quantization, a `representative_dataset` must be specified.',
    explanation:
      'supported_ops=[TFLITE_BUILTINS_INT8] (or supported_types=[tf.int8]) asks for every activation in int8, and activation ranges can only come from running real inputs through the model.',
    fixes: [
      'Set converter.representative_dataset to a function yielding a list with one input array per model input, for 100–500 typical samples.',
    ],
    lessons: ['three-forms'],
  },
  {
    id: 'quantized-dimension',
    title: "A per-axis tensor's quantized_dimension is out of range",
    source: 'TFLite interpreter, interpreter_builder.cc (ParseQuantization), when loading the model',
    patterns: [/quantized_dimension must be in range/i],
    example: 'quantized_dimension must be in range [0, 1). Was 3.',
    explanation:
      "A tensor with one scale per channel stores the axis those channels run along. The loader checks that axis against the tensor's rank: here a rank-1 tensor (typically a per-channel bias) claims axis 3. Some older converters wrote the weights' axis on the bias too; runtimes that ignore the field (TFLite Micro) run such files, newer ones refuse them.",
    fixes: [
      'Reconvert the model with a current converter.',
      "Or rewrite the field: for a rank-1 tensor the only valid axis is 0, which is what its per-element scales already mean. It is an int32 in the tensor's QuantizationParameters table, so it can be patched in place.",
    ],
    lessons: ['three-forms', 'reading-get-input-details'],
  },
  {
    id: 'op-version',
    title: 'The runtime is older than the converter',
    source: 'TFLite interpreter (and TFLite Micro), op resolver lookup while building the interpreter',
    patterns: [/Didn'?t find op for builtin opcode/i, /Op builtin_code out of range/i],
    example: "Didn't find op for builtin opcode 'FULLY_CONNECTED' version '9'. An older version of this builtin might be supported. Are you using an old TFLite binary with a newer model?",
    explanation:
      'Each builtin op has versions, and quantizing a model often raises them (int8 or int16 kernels are newer versions of the same op). The converter wrote a version that this runtime build does not register. On TFLite Micro the same message also appears when the op was simply not added to the op resolver.',
    fixes: [
      'Update the runtime (tflite-runtime, the Android/iOS library) to at least the TensorFlow version that converted the model.',
      'Or convert with a TensorFlow release that matches the runtime.',
      'TFLite Micro: add the op to the MicroMutableOpResolver (and raise its size).',
    ],
    lessons: ['three-forms'],
  },
  {
    id: 'set-tensor-type',
    title: 'Floats fed to a quantized input',
    source: 'TFLite Python interpreter, set_tensor',
    patterns: [/Cannot set tensor: Got value of type \w+ but expected type \w+/i],
    example: 'ValueError: Cannot set tensor: Got value of type FLOAT32 but expected type UINT8 for input 0, name: input_1',
    explanation:
      "The model's input is an integer tensor. The interpreter does not quantize for you: it expects the codes, q = round(x / scale) + zero_point with the input's own (scale, zero_point).",
    fixes: [
      "Quantize first: scale, zero_point = input_details[0]['quantization']; q = np.clip(np.round(x / scale) + zero_point, lo, hi).astype(input_details[0]['dtype']).",
      'Or convert with float inputs (inference_input_type=tf.float32) so the model does it.',
    ],
    lessons: ['scale-and-zero-point', 'three-forms', 'reading-get-input-details'],
  },
  {
    id: 'hybrid-on-micro',
    title: 'A weights-only model on a microcontroller',
    source: 'TFLite Micro, kernels (hybrid weights check)',
    patterns: [/Hybrid models are not supported on TFLite Micro/i],
    example: 'Hybrid models are not supported on TFLite Micro.',
    explanation:
      'Optimize.DEFAULT without a representative_dataset quantizes only the weights and keeps float activations ("hybrid" or dynamic-range). TFLite Micro runs float models or fully integer models, not this mix.',
    fixes: ['Convert with a representative_dataset and supported_ops=[tf.lite.OpsSet.TFLITE_BUILTINS_INT8] for a fully integer model.'],
    lessons: ['three-forms'],
  },
  {
    id: 'input-array-not-found',
    title: 'The converter cannot find an input or output by name',
    source: 'TF1 converter (toco), tooling_util.cc',
    patterns: [/Input array not found/i, /Specified output array "?[^"]*"? is not produced by any op/i],
    example: 'F tensorflow/contrib/lite/toco/tooling_util.cc:549] Check failed: model.arrays.count(input_array.name()) Input array not found: input',
    explanation:
      'The name passed as an input (or output) array is not a tensor of the graph as the converter reads it: a typo, a ":0" suffix, or a graph that a transform tool rewrote.',
    fixes: [
      'List the graph\'s real inputs and outputs (summarize_graph, or Netron), and pass the names without ":0".',
    ],
    lessons: ['three-forms'],
  },
];

/** Longest paste the matcher reads; error messages are far shorter. */
const MAX_TEXT = 20_000;

/** The known messages `text` contains, most specific first (table order). */
export function matchMessages(text: string): KnownMessage[] {
  if (typeof text !== 'string') return [];
  const flat = text.slice(0, MAX_TEXT).replace(/\s+/g, ' ');
  if (flat.trim() === '') return [];
  return MESSAGES.filter((m) => m.patterns.some((p) => p.test(flat)));
}

export function messageById(id: string): KnownMessage | undefined {
  return MESSAGES.find((m) => m.id === id);
}
