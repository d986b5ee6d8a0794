// Every prop of ConverterFlags, declared once: Astro props, URL state, the
// <zp-converter-flags> attributes and the gallery docs all read this. The
// option lists come from the cases table, so the two cannot drift apart.
import { defineSchema, type StateOf } from '../lib/widget-state/schema.ts';
import { CHOICE_VALUES, GENERATIONS, GENERATION_LABELS } from '../lib/converter/cases.ts';

export const converterFlagsSchema = defineSchema({
  name: 'ConverterFlags',
  tag: 'zp-converter-flags',
  title: 'Converter flags',
  description:
    'What will my converter do? Pick a TensorFlow converter generation and its settings, and see the dtype and quantization tuple of inputs, outputs, weights and activations, or the error you would get; paste an error message to find its explanation.',
  props: {
    id: {
      type: 'string',
      default: 'flags',
      maxLength: 64,
      pattern: /^[A-Za-z][A-Za-z0-9_-]*$/,
      patternHint: 'letters, digits, “-” and “_”, starting with a letter',
      inUrl: false,
      description: 'Anchor id of the widget; also the prefix of its settings in the page URL.',
      example: 'flags',
    },
    generation: {
      type: 'enum',
      options: GENERATIONS,
      labels: GENERATION_LABELS,
      default: 'tf114',
      description: 'Converter generation: TF 1.x toco, TF 1.13–1.14 with post_training_quantize, or TF 2.',
      example: 'tf2',
    },
    graph: {
      type: 'enum',
      options: CHOICE_VALUES.graph,
      labels: {
        float: 'A plain float graph',
        'fake-quant': 'Trained with fake quantization (ranges recorded)',
        'quantize-nodes': 'Quantized by graph_transforms quantize_nodes',
      },
      default: 'float',
      description: 'TF1: what kind of graph is converted.',
      example: 'fake-quant',
    },
    inferenceType: {
      type: 'enum',
      options: CHOICE_VALUES.inferenceType,
      default: 'FLOAT',
      description: 'TF1: inference_type.',
      example: 'QUANTIZED_UINT8',
    },
    inputStats: {
      type: 'boolean',
      default: false,
      description: 'TF1: quantized_input_stats is given.',
      example: true,
    },
    defaultRanges: {
      type: 'boolean',
      default: false,
      description: 'TF1: default_ranges_stats is given.',
      example: true,
    },
    postTrainingQuantize: {
      type: 'boolean',
      default: true,
      description: 'TF 1.13–1.14: post_training_quantize = True.',
      example: false,
    },
    mode: {
      type: 'enum',
      options: CHOICE_VALUES.mode,
      labels: {
        none: 'No optimizations',
        default: 'optimizations = [Optimize.DEFAULT]',
        'int8-only': 'DEFAULT + supported_ops = [TFLITE_BUILTINS_INT8]',
        float16: 'DEFAULT + supported_types = [tf.float16]',
        '16x8': 'DEFAULT + 16x8 ops (int16 activations)',
      },
      default: 'default',
      description: 'TF 2: optimizations and target_spec.',
      example: 'int8-only',
    },
    representative: {
      type: 'boolean',
      default: false,
      description: 'TF 2: a representative_dataset is given.',
      example: true,
    },
    ioType: {
      type: 'enum',
      options: CHOICE_VALUES.ioType,
      default: 'float32',
      description: 'TF 2: inference_input_type and inference_output_type.',
      example: 'int8',
    },
    mean: {
      type: 'number',
      min: -1e9,
      max: 1e9,
      default: 0,
      description: 'TF1: the mean of quantized_input_stats.',
      example: 127.5,
    },
    stdDev: {
      type: 'number',
      min: -1e12,
      max: 1e12,
      default: 255,
      description: 'TF1: the std_dev of quantized_input_stats.',
      example: 127.5,
    },
    defaultMin: {
      type: 'number',
      min: -1e12,
      max: 1e12,
      default: -100,
      description: 'TF1: default_ranges_stats min.',
      example: 0,
    },
    defaultMax: {
      type: 'number',
      min: -1e12,
      max: 1e12,
      default: 100,
      description: 'TF1: default_ranges_stats max.',
      example: 6,
    },
    message: {
      type: 'string',
      maxLength: 4000,
      default: '',
      description: 'An error message pasted into the widget, to look up.',
      example: 'is lacking min/max data',
    },
  },
});

export type ConverterFlagsState = StateOf<typeof converterFlagsSchema>;
