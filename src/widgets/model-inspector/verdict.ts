// The analysis's verdicts in plain words, each with the lesson that explains
// it. Worded in the worker and sent with the summary, so the page's own
// JavaScript does not carry the prose.
import type { QuantFlavour } from '../../lib/formats/summary.ts';
import type { LessonSlug } from './lessons.ts';

export interface Verdict {
  headline: string;
  meaning: string;
  lesson: LessonSlug;
}

const VERDICTS: Record<QuantFlavour, Verdict> = {
  float: {
    headline: 'Not quantized',
    meaning: 'Weights and activations are floating point; there is nothing to dequantize.',
    lesson: 'flavours-of-post-training-quantization',
  },
  float16: {
    headline: 'float16 weights',
    meaning: 'Weights are stored as 16-bit floats (half the size) and widened to float32 to run; activations stay float32.',
    lesson: 'flavours-of-post-training-quantization',
  },
  'dynamic-range': {
    headline: 'Dynamic range (weights-only) quantization',
    meaning: 'Weights are stored as integers; activations stay float, or are quantized on the fly for each input. No calibration went into it.',
    lesson: 'flavours-of-post-training-quantization',
  },
  'full-integer-uint8': {
    headline: 'Full integer, uint8 activations',
    meaning: 'Weighted layers run on uint8 activation codes with integer weights; every activation carries a calibrated scale and zero point.',
    lesson: 'integer-arithmetic',
  },
  'full-integer-int8': {
    headline: 'Full integer, int8 activations',
    meaning: 'Weighted layers run on int8 activation codes with int8 weights; every activation carries a calibrated scale and zero point.',
    lesson: 'integer-arithmetic',
  },
  '16x8': {
    headline: '16x8: int16 activations, int8 weights',
    meaning: 'Activations use 16-bit codes for finer steps while weights stay 8-bit.',
    lesson: 'flavours-of-post-training-quantization',
  },
  mixed: {
    headline: 'Mixed',
    meaning: 'Some weighted layers are quantized and others are not, or they use different activation types.',
    lesson: 'flavours-of-post-training-quantization',
  },
  unknown: {
    headline: 'Could not tell',
    meaning: 'The file has no weighted layer and no quantized activation to judge by.',
    lesson: 'flavours-of-post-training-quantization',
  },
};

export function verdictFor(flavour: QuantFlavour): Verdict {
  return VERDICTS[flavour] ?? VERDICTS.unknown;
}

const WARNING_LESSONS: Readonly<Record<string, LessonSlug>> = {
  'same-range-everywhere': 'calibration-and-dummy-ranges',
  'per-channel-scale-spread': 'per-tensor-or-per-channel',
  'zero-point-at-edge': 'scale-and-zero-point',
  'quantized-dimension-out-of-range': 'reading-get-input-details',
  'per-axis-count-mismatch': 'reading-get-input-details',
  'non-positive-scale': 'scale-and-zero-point',
};

/** The lesson behind a warning code, if one explains it. */
export function warningLesson(code: string): LessonSlug | null {
  return WARNING_LESSONS[code] ?? null;
}
