// Every prop of PerChannelWeights, declared once: Astro props, URL state,
// the <zp-per-channel-weights> attributes and the gallery docs read this.
import { defineSchema, type StateOf } from '../lib/widget-state/schema.ts';

export const perChannelWeightsSchema = defineSchema({
  name: 'PerChannelWeights',
  tag: 'zp-per-channel-weights',
  title: 'Per-tensor or per-channel weights',
  description:
    'Quantizes a convolution kernel to int8 with one scale per tensor and with one scale per output channel, and compares scales and error channel by channel.',
  props: {
    id: {
      type: 'string',
      default: 'weights',
      maxLength: 64,
      pattern: /^[A-Za-z][A-Za-z0-9_-]*$/,
      patternHint: 'letters, digits, “-” and “_”, starting with a letter',
      inUrl: false,
      description: 'Anchor id of the widget; also the prefix of its settings in the page URL.',
      example: 'weights',
    },
    source: {
      type: 'enum',
      options: ['demo-conv1', 'demo-conv2', 'synthetic-conv', 'synthetic-depthwise'],
      labels: {
        'demo-conv1': 'Demo model: conv1 (8 × 1 × 3 × 3)',
        'demo-conv2': 'Demo model: conv2 (16 × 8 × 3 × 3)',
        'synthetic-conv': 'Synthetic Conv2D kernel (OHWI)',
        'synthetic-depthwise': 'Synthetic DepthwiseConv2D kernel (1HWC)',
      },
      default: 'demo-conv2',
      description: 'Which kernel: a conv layer of this site’s MNIST demo model, or a seeded synthetic kernel whose channels have very different ranges.',
      example: 'synthetic-depthwise',
    },
    channel: {
      type: 'number',
      min: 0,
      max: 4095,
      integer: true,
      default: 0,
      description: 'The channel shown in detail (counted along the quantized dimension).',
      example: 3,
    },
    metric: {
      type: 'enum',
      options: ['sqnr', 'rmse', 'maxAbs'],
      labels: { sqnr: 'SQNR (dB, higher is better)', rmse: 'RMS error', maxAbs: 'Largest error' },
      default: 'sqnr',
      description: 'The error measure charted per channel.',
      example: 'maxAbs',
    },
    seed: {
      type: 'number',
      min: 0,
      max: 4294967295,
      integer: true,
      default: 1,
      description: 'Seed of the synthetic kernels (ignored for the demo model).',
      example: 7,
    },
  },
});

export type PerChannelWeightsState = StateOf<typeof perChannelWeightsSchema>;
