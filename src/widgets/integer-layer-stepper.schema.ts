// Every prop of IntegerLayerStepper, declared once: Astro props, URL state,
// the <zp-integer-layer-stepper> attributes and the gallery docs read this.
import { defineSchema, type StateOf } from '../lib/widget-state/schema.ts';

export const STEP_COUNT = 12;
export const MAX_INPUTS = 12;
export const MAX_UNITS = 6;

const NUMBERS = /^[-+0-9.eE,;\s[\]()\u2212]*$/;
const NUMBERS_HINT = 'digits, signs, decimal points, exponents, commas, semicolons, spaces and brackets';

export const integerLayerStepperSchema = defineSchema({
  name: 'IntegerLayerStepper',
  tag: 'zp-integer-layer-stepper',
  title: 'Integer layer stepper',
  description:
    'Steps through one int8 fully connected layer the way an integer runtime computes it: zero points, int32 accumulation, bias, the fixed-point multiplier, rounding, the output zero point and the fused activation, next to the float result.',
  props: {
    id: {
      type: 'string',
      default: 'stepper',
      maxLength: 64,
      pattern: /^[A-Za-z][A-Za-z0-9_-]*$/,
      patternHint: 'letters, digits, “-” and “_”, starting with a letter',
      inUrl: false,
      description: 'Anchor id of the widget; also the prefix of its settings in the page URL.',
      example: 'stepper',
    },
    inputs: {
      type: 'string',
      maxLength: 400,
      pattern: NUMBERS,
      patternHint: NUMBERS_HINT,
      default: '0.63, -0.35, 1.02, 0.05',
      description: `The layer's float input vector, 1 to ${MAX_INPUTS} numbers.`,
      example: '1, -0.5, 0.25',
    },
    weights: {
      type: 'string',
      maxLength: 2000,
      pattern: NUMBERS,
      patternHint: NUMBERS_HINT,
      default: '0.5, -0.25, 0.1, 0.9; -0.6, 0.3, 0.45, -0.2; 0.15, 0.7, 0.8, 0.35',
      description: `Float weights, one row per output unit (1 to ${MAX_UNITS} rows), rows separated by semicolons; each row as long as the input.`,
      example: '0.5, -1, 0.3; 0.2, 0.2, -0.7',
    },
    bias: {
      type: 'string',
      maxLength: 400,
      pattern: NUMBERS,
      patternHint: NUMBERS_HINT,
      default: '0.1, -0.05, 0.2',
      description: 'Float bias, one number per output unit.',
      example: '0.1, -0.2',
    },
    seed: {
      type: 'number',
      min: 0,
      max: 4294967295,
      integer: true,
      default: 1,
      description: 'Seed of the calibration inputs (and of “Random layer”): same seed, same ranges and counts.',
      example: 7,
    },
    granularity: {
      type: 'enum',
      options: ['per-tensor', 'per-channel'],
      labels: { 'per-tensor': 'Per tensor', 'per-channel': 'Per channel' },
      default: 'per-channel',
      description: 'One weight scale for the whole matrix, or one per output unit (TFLite’s default for int8 weights).',
      example: 'per-tensor',
    },
    activation: {
      type: 'enum',
      options: ['none', 'relu', 'relu6'],
      labels: { none: 'None', relu: 'ReLU', relu6: 'ReLU6' },
      default: 'relu6',
      description: 'Fused activation, applied as clamp bounds on the output codes.',
      example: 'relu',
    },
    outputRange: {
      type: 'enum',
      options: ['after-activation', 'before-activation'],
      labels: {
        'after-activation': 'After the activation (TFLite)',
        'before-activation': 'Before the activation',
      },
      default: 'after-activation',
      description: 'Where calibration observes the output range: after the fused activation (the clamp then matches the int8 ends) or before it (the clamp does visible work).',
      example: 'before-activation',
    },
    mode: {
      type: 'enum',
      options: ['tflite', 'tflite-single-rounding', 'onnxruntime'],
      labels: {
        tflite: 'TFLite fixed point (ties away from zero)',
        'tflite-single-rounding': 'TFLite single rounding (ties up)',
        onnxruntime: 'ONNX Runtime (float32 multiplier, ties to even)',
      },
      default: 'tflite',
      description: 'Which runtime’s requantization the steps follow.',
      example: 'onnxruntime',
    },
    unit: {
      type: 'number',
      min: 0,
      max: MAX_UNITS - 1,
      integer: true,
      default: 0,
      description: 'The output unit (row of the weights, counted from 0) whose computation is stepped through.',
      example: 1,
    },
    step: {
      type: 'number',
      min: 1,
      max: STEP_COUNT,
      integer: true,
      default: 1,
      description: `The step shown, 1 to ${STEP_COUNT}.`,
      example: 6,
    },
  },
});

export type IntegerLayerStepperState = StateOf<typeof integerLayerStepperSchema>;
