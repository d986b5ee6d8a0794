// Every prop of RangeCalibration, declared once (props, URL state, element
// attributes, gallery docs).
import { defineSchema, type StateOf } from '../lib/widget-state/schema.ts';

export const CALIBRATION_IMAGE_OPTIONS = [1, 10, 100, 1000] as const;

export const rangeCalibrationSchema = defineSchema({
  name: 'RangeCalibration',
  tag: 'zp-range-calibration',
  title: 'Range calibration',
  description:
    'Re-quantizes the digit model in your browser with activation ranges from calibration (min/max, percentile, moving average) or from dummy ranges, and evaluates it on 2,000 test digits.',
  props: {
    id: {
      type: 'string',
      default: 'calibration',
      maxLength: 64,
      pattern: /^[A-Za-z][A-Za-z0-9_-]*$/,
      patternHint: 'letters, digits, “-” and “_”, starting with a letter',
      inUrl: false,
      description: 'Anchor id of the widget; also the prefix of its settings in the page URL.',
      example: 'calibration',
    },
    method: {
      type: 'enum',
      options: ['minmax', 'percentile', 'moving-average', 'dummy'],
      labels: {
        minmax: 'Min/max',
        percentile: 'Percentile',
        'moving-average': 'Moving average',
        dummy: 'Dummy ranges (no calibration)',
      },
      default: 'minmax',
      description: 'How activation ranges are found: from calibration images, or one fixed dummy range for every layer.',
      example: 'percentile',
    },
    percentile: {
      type: 'number',
      options: [99.9, 99.99],
      min: 99.9,
      max: 99.99,
      default: 99.99,
      description: 'Percentile kept when `method` is percentile (the same share is cut at the low end).',
      example: 99.9,
    },
    images: {
      type: 'number',
      min: 1,
      max: 1000,
      integer: true,
      default: 100,
      description: 'Number of calibration images (training digits, never test digits), 1 to 1,000.',
      example: 10,
    },
    dummyMin: {
      type: 'number',
      min: -1e6,
      max: 1e6,
      default: -100,
      description: 'Lower end of the dummy range used for every activation when `method` is dummy.',
      example: 0,
    },
    dummyMax: {
      type: 'number',
      min: -1e6,
      max: 1e6,
      default: 100,
      description: 'Upper end of the dummy range used for every activation when `method` is dummy.',
      example: 6,
    },
  },
  checks: [
    {
      keys: ['dummyMin', 'dummyMax'],
      message: 'dummyMin must be less than dummyMax.',
      test: (s) => (s.dummyMin as number) < (s.dummyMax as number),
    },
  ],
});

export type RangeCalibrationState = StateOf<typeof rangeCalibrationSchema>;
