// Every prop of ParamConverter, declared once: Astro props, URL state, the
// <zp-param-converter> attributes and the gallery docs all read this.
// Numeric bounds are wide on purpose: a negative std_dev or a fractional
// zero point is something to explain inside the widget, not to refuse.
import { defineSchema, type StateOf } from '../lib/widget-state/schema.ts';

export const paramConverterSchema = defineSchema({
  name: 'ParamConverter',
  tag: 'zp-param-converter',
  title: 'Parameter converter',
  description:
    "Links the converter's (mean, std_dev), the interpreter's (scale, zero_point) and the real (min, max): edit any one and the other two follow, with the grid on a number line.",
  props: {
    id: {
      type: 'string',
      default: 'converter',
      maxLength: 64,
      pattern: /^[A-Za-z][A-Za-z0-9_-]*$/,
      patternHint: 'letters, digits, “-” and “_”, starting with a letter',
      inUrl: false,
      description: 'Anchor id of the widget; also the prefix of its settings in the page URL.',
      example: 'converter',
    },
    dtype: {
      type: 'enum',
      options: ['uint8', 'int8', 'int16'],
      default: 'uint8',
      description: 'Integer type of the quantized tensor.',
      example: 'int8',
    },
    from: {
      type: 'enum',
      options: ['stats', 'params', 'range'],
      labels: { stats: '(mean, std_dev)', params: '(scale, zero_point)', range: '(min, max)' },
      default: 'stats',
      description: 'Which form was typed; the other two are derived from it.',
      example: 'range',
    },
    mean: {
      type: 'number',
      min: -1e9,
      max: 1e9,
      default: 0,
      description: 'quantized_input_stats mean: the code that stands for 0.0 (used when `from` is stats).',
      example: 127.5,
    },
    stdDev: {
      type: 'number',
      min: -1e12,
      max: 1e12,
      default: 255,
      description: 'quantized_input_stats std_dev: codes per unit, 1 / scale (used when `from` is stats).',
      example: 127.5,
    },
    scale: {
      type: 'number',
      min: -1e12,
      max: 1e12,
      default: 0.003921568859368563,
      description: 'Scale as the interpreter reports it (used when `from` is params).',
      example: 0.0078125,
    },
    zeroPoint: {
      type: 'number',
      min: -1e6,
      max: 1e6,
      default: 0,
      description: 'Zero point as the interpreter reports it (used when `from` is params).',
      example: 128,
    },
    min: {
      type: 'number',
      min: -1e12,
      max: 1e12,
      default: 0,
      description: 'Lower end of the real range (used when `from` is range).',
      example: -100,
    },
    max: {
      type: 'number',
      min: -1e12,
      max: 1e12,
      default: 1,
      description: 'Upper end of the real range (used when `from` is range).',
      example: 100,
    },
  },
});

export type ParamConverterState = StateOf<typeof paramConverterSchema>;
