// Every prop of AffineQuantizer, declared once. Astro props, URL state, the
// future <zp-affine-quantizer> attributes and the gallery docs all read this.
import { defineSchema, type StateOf } from '../lib/widget-state/schema.ts';
// Option labels are said once, in the English catalog (the gallery reads them here).
import { en } from './affine-quantizer/strings.ts';

export const SIZE_OPTIONS = [1024, 16384, 65536, 262144, 1048576] as const;

export const affineQuantizerSchema = defineSchema({
  name: 'AffineQuantizer',
  tag: 'zp-affine-quantizer',
  title: 'Affine quantizer',
  description:
    'Quantizes a tensor with a scale and zero point and shows the grid, the clipping, the reconstruction and the error.',
  props: {
    id: {
      type: 'string',
      default: 'quantizer',
      maxLength: 64,
      pattern: /^[A-Za-z][A-Za-z0-9_-]*$/,
      patternHint: 'letters, digits, “-” and “_”, starting with a letter',
      inUrl: false,
      description: 'Anchor id of the widget; also the prefix of its settings in the page URL.',
      example: 'quantizer',
    },
    source: {
      type: 'enum',
      options: ['normal', 'uniform', 'laplace', 'relu', 'pixels', 'custom'],
      labels: en.sources,
      default: 'normal',
      description: 'Where the float values come from: a seeded synthetic tensor, or the numbers in `values`.',
      example: 'laplace',
    },
    size: {
      type: 'number',
      options: SIZE_OPTIONS,
      min: 1024,
      max: 1048576,
      integer: true,
      default: 65536,
      description: 'Number of values generated (ignored for custom numbers).',
      example: 1048576,
    },
    seed: {
      type: 'number',
      min: 0,
      max: 4294967295,
      integer: true,
      default: 1,
      description: 'Seed of the random generator: same seed, same tensor.',
      example: 7,
    },
    values: {
      type: 'string',
      maxLength: 8000,
      pattern: /^[-+0-9.eE,;\s[\]()\u2212]*$/,
      patternHint: 'digits, signs, decimal points, exponents, commas, spaces and brackets',
      default: '-1.3, -0.5, -0.25, 0, 0.1, 0.2, 0.5, 0.75, 1, 1.6',
      description: 'Comma- or space-separated numbers used when `source` is custom.',
      example: '0.1, -0.5, 2.75',
    },
    dtype: {
      type: 'enum',
      options: ['uint8', 'int8'],
      default: 'uint8',
      description: 'Integer type of the quantized values.',
      example: 'int8',
    },
    narrowRange: {
      type: 'boolean',
      default: false,
      description: 'Leave out the lowest code: int8 becomes [−127, 127], uint8 [1, 255].',
      example: true,
    },
    rounding: {
      type: 'enum',
      options: ['half-away-from-zero', 'half-to-even', 'half-up'],
      labels: en.roundings,
      default: 'half-away-from-zero',
      description: 'How values exactly halfway between two codes are rounded.',
      example: 'half-to-even',
    },
    min: {
      type: 'number',
      min: -1e6,
      max: 1e6,
      default: -1,
      description: 'Lower end of the float range to quantize (widened to include 0, then nudged).',
      example: -0.5,
    },
    max: {
      type: 'number',
      min: -1e6,
      max: 1e6,
      default: 1,
      description: 'Upper end of the float range to quantize (widened to include 0, then nudged).',
      example: 2,
    },
    scale: {
      type: 'number',
      nullable: true,
      min: 1e-30,
      max: 1e6,
      default: null,
      description: 'Set with `zeroPoint` to fix the parameters directly; the range then follows from them.',
      example: 0.0078125,
    },
    zeroPoint: {
      type: 'number',
      nullable: true,
      min: -128,
      max: 255,
      integer: true,
      default: null,
      description: 'Set with `scale`; must fit the dtype (uint8 0–255, int8 −128–127).',
      example: 128,
    },
  },
  checks: [
    {
      keys: ['min', 'max'],
      message: 'min must not be greater than max.',
      test: (s) => (s.min as number) <= (s.max as number),
    },
    {
      keys: ['scale', 'zeroPoint'],
      message: 'scale and zeroPoint go together: set both or neither.',
      test: (s) => (s.scale === null) === (s.zeroPoint === null),
    },
  ],
});

export type AffineQuantizerState = StateOf<typeof affineQuantizerSchema>;
export type AffineQuantizerSource = AffineQuantizerState['source'];
