// "What will my converter do?" — the table of cases, in one place.
//
// Each row says, for one converter generation and a set of settings, what
// the converted model's tensors become (dtype and the deprecated
// `quantization` tuple get_input_details() / get_tensor_details() would
// report) or which error the reader meets instead, what that is based on,
// and which lessons explain it. The first row whose `when` matches the
// settings applies; the unit tests check that every combination of settings
// reaches a row and that every row is reached by some combination.
import type { LessonId } from './lessons.ts';
import type { MessageId } from './messages.ts';

export const GENERATIONS = ['tf1', 'tf114', 'tf2'] as const;
export type Generation = (typeof GENERATIONS)[number];

/** The choices a reader makes; numbers (stats, default ranges) are kept apart in `ConverterNumbers`. */
export interface ConverterChoices {
  generation: Generation;
  /** TF1: what kind of graph is converted. */
  graph: 'float' | 'fake-quant' | 'quantize-nodes';
  /** TF1: inference_type. */
  inferenceType: 'FLOAT' | 'QUANTIZED_UINT8';
  /** TF1: quantized_input_stats given. */
  inputStats: boolean;
  /** TF1: default_ranges_stats given. */
  defaultRanges: boolean;
  /** TF 1.13–1.14: post_training_quantize = True. */
  postTrainingQuantize: boolean;
  /** TF 2: optimizations and target_spec. */
  mode: 'none' | 'default' | 'int8-only' | 'float16' | '16x8';
  /** TF 2: representative_dataset given. */
  representative: boolean;
  /** TF 2: inference_input_type and inference_output_type. */
  ioType: 'float32' | 'int8' | 'uint8' | 'int16';
}

export type ChoiceKey = Exclude<keyof ConverterChoices, 'generation'>;

/** Every value each choice can take (the tests enumerate them). */
export const CHOICE_VALUES: { readonly [K in ChoiceKey]: readonly ConverterChoices[K][] } = {
  graph: ['float', 'fake-quant', 'quantize-nodes'],
  inferenceType: ['FLOAT', 'QUANTIZED_UINT8'],
  inputStats: [true, false],
  defaultRanges: [true, false],
  postTrainingQuantize: [true, false],
  mode: ['none', 'default', 'int8-only', 'float16', '16x8'],
  representative: [true, false],
  ioType: ['float32', 'int8', 'uint8', 'int16'],
};

/** The choices each generation has; the others do not exist there and are ignored. */
export const GENERATION_CHOICES: { readonly [G in Generation]: readonly ChoiceKey[] } = {
  tf1: ['graph', 'inferenceType', 'inputStats', 'defaultRanges'],
  tf114: ['graph', 'inferenceType', 'inputStats', 'defaultRanges', 'postTrainingQuantize'],
  tf2: ['mode', 'representative', 'ioType'],
};

export const GENERATION_LABELS: { readonly [G in Generation]: string } = {
  tf1: 'TF 1.x: toco, tflite_convert, TFLiteConverter',
  tf114: 'TF 1.13–1.14: TFLiteConverter with post_training_quantize',
  tf2: 'TF 2.x: TFLiteConverter with optimizations',
};

export type TensorKind = 'inputs' | 'outputs' | 'weights' | 'activations';
export const TENSOR_KINDS: readonly TensorKind[] = ['inputs', 'outputs', 'weights', 'activations'];

/**
 * Where a tensor's `quantization` tuple comes from. Resolved into numbers
 * where the settings give them (simulate.ts).
 */
export type TupleRule =
  /** Not quantized: (0.0, 0). */
  | 'none'
  /** From quantized_input_stats: (1/std_dev, mean) after the converter's rounding. */
  | 'input-stats'
  /** From default_ranges_stats (min, max). */
  | 'default-range'
  /** From the min/max FakeQuant recorded during training. */
  | 'recorded'
  /** From each weight tensor's own min and max. */
  | 'own-range'
  /** From the ranges the representative dataset produced; any zero point of the type. */
  | 'calibrated'
  /** Symmetric: zero point 0, scale from the largest magnitude. */
  | 'symmetric'
  /** Symmetric weights, per tensor (scale, 0) or per channel (the deprecated tuple is then (0.0, 0)). */
  | 'per-channel'
  /** Follows inference_input_type / inference_output_type (TF 2 full integer). */
  | 'io';

/** dtype a tensor gets; 'io' follows the chosen inference_input_type / inference_output_type. */
export type TensorDtype = 'float32' | 'float16' | 'uint8' | 'int8' | 'int16' | 'int32' | 'io';

export interface TensorOutcome {
  dtype: TensorDtype;
  tuple: TupleRule;
  note: string;
}

export type CaseOutcome =
  | { kind: 'error'; /** id in messages.ts */ messageId: MessageId; when: 'converting' | 'loading' }
  | { kind: 'model'; tensors: { readonly [K in TensorKind]: TensorOutcome } };

/**
 * Every row's id, spelled out so that the tables of the same rows in other
 * languages (cases.zh.ts) are typed by it: a row without a translation does
 * not compile.
 */
export type CaseId =
  | 'tf1-stats-missing'
  | 'tf1-quantize-nodes-no-ranges'
  | 'tf1-quantize-nodes'
  | 'tf1-float-no-ranges'
  | 'tf1-dummy-ranges'
  | 'tf1-fake-quant'
  | 'tf1-weights-only'
  | 'tf1-float'
  | 'tf2-io-needs-integer-model'
  | 'tf2-float'
  | 'tf2-float16'
  | 'tf2-int8-needs-data'
  | 'tf2-dynamic-io'
  | 'tf2-dynamic-range'
  | 'tf2-int16-io-on-int8'
  | 'tf2-8bit-io-on-16x8'
  | 'tf2-full-integer'
  | 'tf2-16x8';

export interface CaseRow {
  id: CaseId;
  generations: readonly Generation[];
  /** Choices this row requires; a choice not listed may take any value. */
  when: { readonly [K in ChoiceKey]?: readonly ConverterChoices[K][] };
  title: string;
  /** What happens, in a few sentences. */
  summary: string;
  outcome: CaseOutcome;
  /** What the row is based on: the converter's documentation or source, by name. */
  basis: string;
  lessons: readonly LessonId[];
}

const FLOAT: TensorOutcome = { dtype: 'float32', tuple: 'none', note: 'not quantized' };
const TF1 = ['tf1', 'tf114'] as const;
const INT_MODES = ['default', 'int8-only'] as const;

export const CASES: readonly CaseRow[] = [
  // ---- TF 1.x ------------------------------------------------------------
  {
    id: 'tf1-stats-missing',
    generations: TF1,
    when: { inferenceType: ['QUANTIZED_UINT8'], inputStats: [false] },
    title: 'Quantized inference without input statistics',
    summary:
      'A uint8 input needs its (mean, std_dev), and the converter will not guess them: it stops before converting anything.',
    outcome: { kind: 'error', messageId: 'stats-required', when: 'converting' },
    basis: 'tensorflow/lite/python/lite.py and convert.py (TF 1.x): the check on quantized_input_stats when inference_type is QUANTIZED_UINT8.',
    lessons: ['three-forms'],
  },
  {
    id: 'tf1-quantize-nodes-no-ranges',
    generations: TF1,
    when: { graph: ['quantize-nodes'], inferenceType: ['QUANTIZED_UINT8'], defaultRanges: [false] },
    title: 'A graph_transforms-quantized graph',
    summary:
      "The graph's QuantizeV2/QuantizedConv2D ops are unknown to the converter, and the tensors feeding them carry no min/max it understands: the first error names a QuantizeV2 op lacking min/max data.",
    outcome: { kind: 'error', messageId: 'quantize-v2-graph', when: 'converting' },
    basis: "toco's tooling_util.cc error, as reproduced on Inception v3 after graph_transforms quantize_nodes in a TensorFlow maintainer's answer (2017).",
    lessons: ['three-forms'],
  },
  {
    id: 'tf1-quantize-nodes',
    generations: TF1,
    when: { graph: ['quantize-nodes'] },
    title: 'A graph_transforms-quantized graph, past the ranges',
    summary:
      'With dummy ranges (or a float target) the converter gets further and then lists QuantizeV2, QuantizedConv2D, Requantize and Dequantize as operators TFLite has no kernel for.',
    outcome: { kind: 'error', messageId: 'unsupported-ops', when: 'converting' },
    basis: "toco's unsupported-operator error; the maintainer's answer on the same graph: the ops written by quantize_nodes are not TFLite ops.",
    lessons: ['three-forms'],
  },
  {
    id: 'tf1-float-no-ranges',
    generations: TF1,
    when: { graph: ['float'], inferenceType: ['QUANTIZED_UINT8'], defaultRanges: [false] },
    title: 'Quantized inference on a plain float graph',
    summary:
      'The inputs have ranges (from quantized_input_stats) but no activation does: a float graph records none. The converter stops at the first activation without min/max.',
    outcome: { kind: 'error', messageId: 'lacking-min-max', when: 'converting' },
    basis: "toco's tooling_util.cc check that every array to be quantized has min/max (TF 1.x).",
    lessons: ['three-forms'],
  },
  {
    id: 'tf1-dummy-ranges',
    generations: TF1,
    when: { graph: ['float'], inferenceType: ['QUANTIZED_UINT8'], defaultRanges: [true] },
    title: 'Dummy quantization with default_ranges_stats',
    summary:
      'Every tensor without a recorded range gets the same default (min, max). The model converts, is about 4× smaller and runs in uint8, but real activations rarely fit that one range: outputs are usually garbage. post_training_quantize changes nothing here, the whole graph is already uint8.',
    outcome: {
      kind: 'model',
      tensors: {
        inputs: { dtype: 'uint8', tuple: 'input-stats', note: 'from quantized_input_stats' },
        outputs: { dtype: 'uint8', tuple: 'default-range', note: 'the default range, like every activation' },
        weights: { dtype: 'uint8', tuple: 'own-range', note: "each weight tensor's own min/max; biases int32" },
        activations: { dtype: 'uint8', tuple: 'default-range', note: 'all the same made-up range' },
      },
    },
    basis:
      "toco's default_ranges_min/max (TF 1.x command-line examples, 'dummy quantization'); the printout in a user's question: input (0.003921568859368563, 0) from stats (0, 255), output (0.7843137383460999, 128) from default_ranges_stats (−100, 100).",
    lessons: ['three-forms', 'scale-and-zero-point', 'reading-get-input-details'],
  },
  {
    id: 'tf1-fake-quant',
    generations: TF1,
    when: { graph: ['fake-quant'], inferenceType: ['QUANTIZED_UINT8'] },
    title: 'Quantization-aware training, converted to uint8',
    summary:
      'The way the TF1 converter was meant to be used: FakeQuant nodes recorded a range for every activation and weight during training, so each tensor gets its own (scale, zero_point). default_ranges_stats only fills tensors the training left without a range.',
    outcome: {
      kind: 'model',
      tensors: {
        inputs: { dtype: 'uint8', tuple: 'input-stats', note: 'from quantized_input_stats' },
        outputs: { dtype: 'uint8', tuple: 'recorded', note: "the output's FakeQuant range" },
        weights: { dtype: 'uint8', tuple: 'recorded', note: 'weight FakeQuant ranges; biases int32' },
        activations: { dtype: 'uint8', tuple: 'recorded', note: 'one range per tensor, from training' },
      },
    },
    basis: 'TF 1.x quantization-aware training (tf.contrib.quantize) and the toco command-line example for quantized inference.',
    lessons: ['three-forms', 'scale-and-zero-point'],
  },
  {
    id: 'tf1-weights-only',
    generations: ['tf114'],
    when: { inferenceType: ['FLOAT'], postTrainingQuantize: [true], graph: ['float', 'fake-quant'] },
    title: 'post_training_quantize: weights only',
    summary:
      'Only weights are stored as 8-bit integers (tensors of 1,024 elements or more); inference stays float, so inputs and outputs report float32 and (0.0, 0). The file shrinks by up to 4×, less for models with many small tensors.',
    outcome: {
      kind: 'model',
      tensors: {
        inputs: FLOAT,
        outputs: FLOAT,
        weights: { dtype: 'int8', tuple: 'symmetric', note: 'tensors of 1,024 elements or more; smaller ones stay float32 (some early 1.x releases wrote uint8)' },
        activations: { dtype: 'float32', tuple: 'none', note: 'float; kernels dequantize the weights' },
      },
    },
    basis:
      "TF 1.14 TFLiteConverter.post_training_quantize (weights-only quantization, tensorflow/lite/tools/optimize/quantize_weights.cc, kWeightsMinNumElementsDefault = 1024); the printout in a user's question: float32 input and output, quantization (0.0, 0).",
    lessons: ['three-forms', 'reading-get-input-details'],
  },
  {
    id: 'tf1-float',
    generations: TF1,
    when: { inferenceType: ['FLOAT'] },
    title: 'A float model',
    summary:
      'inference_type FLOAT without weight quantization converts the graph as it is. quantized_input_stats and default_ranges_stats are only used for quantized inference and change nothing.',
    outcome: { kind: 'model', tensors: { inputs: FLOAT, outputs: FLOAT, weights: FLOAT, activations: FLOAT } },
    basis: 'TF 1.x TFLiteConverter: inference_type defaults to FLOAT.',
    lessons: ['scale-and-zero-point'],
  },

  // ---- TF 2.x ------------------------------------------------------------
  {
    id: 'tf2-io-needs-integer-model',
    generations: ['tf2'],
    when: { mode: ['none', 'float16'], ioType: ['int8', 'uint8', 'int16'] },
    title: 'Integer inputs on a model that is not integer-quantized',
    summary: 'Without integer quantization of the activations there is no scale and zero point for an integer input, so the converter refuses.',
    outcome: { kind: 'error', messageId: 'io-must-be-float', when: 'converting' },
    basis: 'tensorflow/lite/python/lite.py, _validate_inference_input_output_types.',
    lessons: ['three-forms'],
  },
  {
    id: 'tf2-float',
    generations: ['tf2'],
    when: { mode: ['none'] },
    title: 'No optimizations: a float model',
    summary: 'Without optimizations the converter does not quantize; a representative_dataset is not used.',
    outcome: { kind: 'model', tensors: { inputs: FLOAT, outputs: FLOAT, weights: FLOAT, activations: FLOAT } },
    basis: 'TFLite post-training quantization guide; lite.py QuantizationMode (no optimization enabled).',
    lessons: ['scale-and-zero-point'],
  },
  {
    id: 'tf2-float16',
    generations: ['tf2'],
    when: { mode: ['float16'] },
    title: 'float16 weights',
    summary:
      'Weights are stored as float16, halving the file; on CPU they are expanded back to float32 when the model loads, and everything reports (0.0, 0). A representative_dataset is not used.',
    outcome: {
      kind: 'model',
      tensors: {
        inputs: FLOAT,
        outputs: FLOAT,
        weights: { dtype: 'float16', tuple: 'none', note: 'float16 constants with DEQUANTIZE ops to float32' },
        activations: FLOAT,
      },
    },
    basis: 'TFLite post-training float16 quantization guide (supported_types = [tf.float16]).',
    lessons: ['three-forms'],
  },
  {
    id: 'tf2-int8-needs-data',
    generations: ['tf2'],
    when: { mode: ['int8-only'], representative: [false] },
    title: 'Integer-only without calibration data',
    summary: 'TFLITE_BUILTINS_INT8 asks for every activation in int8, and their ranges can only be measured on real inputs.',
    outcome: { kind: 'error', messageId: 'representative-required', when: 'converting' },
    basis: 'tensorflow/lite/python/lite.py, _validate_int8_required.',
    lessons: ['three-forms'],
  },
  {
    id: 'tf2-dynamic-io',
    generations: ['tf2'],
    when: { mode: ['default', '16x8'], representative: [false], ioType: ['int8', 'uint8', 'int16'] },
    title: 'Integer inputs with weights-only quantization',
    summary:
      'Without a representative_dataset, Optimize.DEFAULT quantizes only the weights, so the inputs and outputs must stay float32.',
    outcome: { kind: 'error', messageId: 'io-must-be-float', when: 'converting' },
    basis: 'tensorflow/lite/python/lite.py, _validate_inference_input_output_types and QuantizationMode.',
    lessons: ['three-forms'],
  },
  {
    id: 'tf2-dynamic-range',
    generations: ['tf2'],
    when: { mode: ['default', '16x8'], representative: [false] },
    title: 'Dynamic-range quantization (weights only)',
    summary:
      'Weights with 1,024 elements or more become int8 (one scale per output channel for convolutions); activations stay float and some kernels quantize them on the fly. Inputs and outputs are float32 with (0.0, 0). Small models shrink less than 4×. The 16x8 setting needs a representative_dataset to take effect.',
    outcome: {
      kind: 'model',
      tensors: {
        inputs: FLOAT,
        outputs: FLOAT,
        weights: { dtype: 'int8', tuple: 'per-channel', note: 'symmetric, zero point 0; tensors under 1,024 elements stay float32' },
        activations: { dtype: 'float32', tuple: 'none', note: 'float between ops' },
      },
    },
    basis:
      'TFLite post-training dynamic range quantization guide; lite.py QuantizationMode (16x8 needs a representative dataset); weights-min-elements default 1024 (kWeightsMinNumElementsDefault).',
    lessons: ['three-forms', 'reading-get-input-details'],
  },
  {
    id: 'tf2-int16-io-on-int8',
    generations: ['tf2'],
    when: { mode: ['default', 'int8-only'], representative: [true], ioType: ['int16'] },
    title: 'int16 inputs on an int8 model',
    summary: 'An int8 model offers float32, int8 or uint8 inputs and outputs (some later releases add int16).',
    outcome: { kind: 'error', messageId: 'io-type-not-allowed', when: 'converting' },
    basis: 'tensorflow/lite/python/lite.py, _validate_inference_input_output_types (TF 2.3 to 2.1x).',
    lessons: ['three-forms'],
  },
  {
    id: 'tf2-8bit-io-on-16x8',
    generations: ['tf2'],
    when: { mode: ['16x8'], representative: [true], ioType: ['int8', 'uint8'] },
    title: '8-bit inputs on a 16x8 model',
    summary: 'A 16x8 model offers float32 or int16 inputs and outputs.',
    outcome: { kind: 'error', messageId: 'io-type-not-allowed', when: 'converting' },
    basis: 'tensorflow/lite/python/lite.py, _validate_inference_input_output_types.',
    lessons: ['three-forms'],
  },
  {
    id: 'tf2-full-integer',
    generations: ['tf2'],
    when: { mode: INT_MODES, representative: [true] },
    title: 'Full-integer quantization',
    summary:
      'The representative dataset gives each activation a range, so activations become int8 with their own (scale, zero_point); weights are symmetric int8 per channel, biases int32. Inputs and outputs follow inference_input_type / inference_output_type: float32 keeps QUANTIZE/DEQUANTIZE ops inside the model. With TFLITE_BUILTINS_INT8, an op without an int8 kernel is an error instead of staying float.',
    outcome: {
      kind: 'model',
      tensors: {
        inputs: { dtype: 'io', tuple: 'io', note: 'inference_input_type' },
        outputs: { dtype: 'io', tuple: 'io', note: 'inference_output_type' },
        weights: { dtype: 'int8', tuple: 'per-channel', note: 'symmetric, zero point 0, per channel for convolutions; biases int32' },
        activations: { dtype: 'int8', tuple: 'calibrated', note: 'ranges measured on the representative dataset' },
      },
    },
    basis: 'TFLite post-training integer quantization guide; TFLite 8-bit quantization specification (int8 activations, symmetric per-channel int8 weights, int32 bias).',
    lessons: ['three-forms', 'scale-and-zero-point', 'reading-get-input-details'],
  },
  {
    id: 'tf2-16x8',
    generations: ['tf2'],
    when: { mode: ['16x8'], representative: [true] },
    title: '16x8: int16 activations, int8 weights',
    summary:
      'Activations become int16 and symmetric (zero point 0), which keeps far more resolution than int8; weights are int8 per channel. Inputs and outputs are float32 or int16.',
    outcome: {
      kind: 'model',
      tensors: {
        inputs: { dtype: 'io', tuple: 'io', note: 'inference_input_type' },
        outputs: { dtype: 'io', tuple: 'io', note: 'inference_output_type' },
        weights: { dtype: 'int8', tuple: 'per-channel', note: 'symmetric, zero point 0; biases int64' },
        activations: { dtype: 'int16', tuple: 'symmetric', note: 'zero point 0, ranges from the representative dataset' },
      },
    },
    basis: 'TFLite post-training integer quantization with int16 activations guide (EXPERIMENTAL_TFLITE_BUILTINS_ACTIVATIONS_INT16_WEIGHTS_INT8).',
    lessons: ['three-forms', 'reading-get-input-details'],
  },
];

function rowMatches(row: CaseRow, choices: ConverterChoices): boolean {
  if (!row.generations.includes(choices.generation)) return false;
  for (const [key, allowed] of Object.entries(row.when) as Array<[ChoiceKey, readonly unknown[]]>) {
    if (!allowed.includes(choices[key])) return false;
  }
  return true;
}

/**
 * The row for these choices. Choices a generation does not have are read as
 * their neutral value, so a leftover TF 2 setting cannot change a TF1 answer.
 */
export function findCase(choices: ConverterChoices): CaseRow {
  const effective = effectiveChoices(choices);
  const row = CASES.find((r) => rowMatches(r, effective));
  if (!row) throw new Error(`no converter case for ${JSON.stringify(effective)}`);
  return row;
}

const NEUTRAL: Omit<ConverterChoices, 'generation'> = {
  graph: 'float',
  inferenceType: 'FLOAT',
  inputStats: false,
  defaultRanges: false,
  postTrainingQuantize: false,
  mode: 'none',
  representative: false,
  ioType: 'float32',
};

/** The choices with those the generation does not have set to their neutral value. */
export function effectiveChoices(choices: ConverterChoices): ConverterChoices {
  const out: ConverterChoices = { ...NEUTRAL, generation: choices.generation };
  for (const key of GENERATION_CHOICES[choices.generation]) (out as unknown as Record<string, unknown>)[key] = choices[key];
  return out;
}
