// Every prop of ModelComparison, declared once (props, URL state, element
// attributes, gallery docs).
import { defineSchema, type StateOf } from '../lib/widget-state/schema.ts';

export const modelComparisonSchema = defineSchema({
  name: 'ModelComparison',
  tag: 'zp-model-comparison',
  title: 'Model comparison',
  description:
    'Runs the fp32, weights-only, full-integer, float16 and dummy-range digit models side by side in your browser: size, accuracy, agreement, live latency, the digits they disagree on, and a drawing pad.',
  props: {
    id: {
      type: 'string',
      default: 'compare',
      maxLength: 64,
      pattern: /^[A-Za-z][A-Za-z0-9_-]*$/,
      patternHint: 'letters, digits, “-” and “_”, starting with a letter',
      inUrl: false,
      description: 'Anchor id of the widget; also the prefix of its settings in the page URL.',
      example: 'compare',
    },
    against: {
      type: 'enum',
      options: ['full-integer', 'weights-only', 'float16', 'dummy'],
      labels: {
        'full-integer': 'full integer (int8)',
        'weights-only': 'weights only (dynamic range)',
        float16: 'float16 weights',
        dummy: 'dummy ranges (−100, 100)',
      },
      default: 'full-integer',
      description: 'Which quantized model the gallery of disagreements compares with fp32.',
      example: 'dummy',
    },
    digit: {
      type: 'number',
      min: 0,
      max: 1999,
      integer: true,
      default: 0,
      description: 'Index of the test digit the drawing pad starts from (0–1999, in the test split’s order).',
      example: 1234,
    },
  },
});

export type ModelComparisonState = StateOf<typeof modelComparisonSchema>;
