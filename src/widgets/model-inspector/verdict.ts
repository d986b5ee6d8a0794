// The analysis's verdicts in plain words, each with the lesson that explains
// it. Worded in the worker and sent with the summary, so the page's own
// JavaScript does not carry the prose.
import type { QuantFlavour } from '../../lib/formats/summary.ts';
import type { LessonSlug } from './lessons.ts';
import { reportEn, type ReportStrings } from './report-strings.ts';

export interface Verdict {
  headline: string;
  meaning: string;
  lesson: LessonSlug;
}

const VERDICT_LESSONS: Record<QuantFlavour, LessonSlug> = {
  float: 'flavours-of-post-training-quantization',
  float16: 'flavours-of-post-training-quantization',
  'dynamic-range': 'flavours-of-post-training-quantization',
  'full-integer-uint8': 'integer-arithmetic',
  'full-integer-int8': 'integer-arithmetic',
  '16x8': 'flavours-of-post-training-quantization',
  mixed: 'flavours-of-post-training-quantization',
  unknown: 'flavours-of-post-training-quantization',
};

export function verdictFor(flavour: QuantFlavour, w: ReportStrings = reportEn): Verdict {
  const known = flavour in VERDICT_LESSONS ? flavour : 'unknown';
  return { ...w.verdicts[known], lesson: VERDICT_LESSONS[known] };
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
