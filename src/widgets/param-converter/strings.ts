// Every word ParamConverter shows or announces, in English. Other languages
// (strings.zh.ts) have the same shape and reach the island as its `strings`
// prop. Numbers, code and field names (mean, std_dev, scale…) stay as they are.
import type { QuantErrorTable } from '../../lib/quant/error-messages.ts';
import type { Locale } from '../../lib/i18n/locale.ts';
import { sharedEn } from '../shared/strings.ts';
import { numberFieldEn } from './number-words.ts';

export const en = {
  lang: 'en' as Locale,
  /** English shows the core's own sentences; other languages word each refusal by its code. */
  quantErrors: undefined as QuantErrorTable | undefined,
  shared: sharedEn,
  title: 'Parameter converter',
  description:
    "Links the converter's (mean, std_dev), the interpreter's (scale, zero_point) and the real (min, max): edit any one and the other two follow, with the grid on a number line.",
  toolbarLabel: 'the parameter converter “{id}”',
  noticesHeading: 'Some settings could not be used:',
  dismiss: 'Dismiss',
  dtype: 'Type',
  presets: 'Presets',
  presetLabel: '{label}: ({mean}, {stdDev})',
  presetNames: { unit: 'Inputs in [0, 1]', symmetric: 'Inputs in [−1, 1]', pixels: 'Raw pixels [0, 255]' },
  // The schema's `from` option labels (it keeps its English for the gallery docs).
  fromLabels: { stats: '(mean, std_dev)', params: '(scale, zero_point)', range: '(min, max)' },
  who: {
    stats: 'what the converter takes: quantized_input_stats',
    params: "what the interpreter reports: 'quantization'",
    range: 'the real range of the codes',
  },
  typed: 'typed',
  follows: 'follows',
  errorLine: '{error} The other forms show the last values that could be converted.',
  /** Joins a core message and the reason behind the rule. */
  sentenceJoiner: ' ',
  /** Why each rule of the core exists, after its own message (by QuantError code). */
  why: {
    'std-dev-not-positive': 'std_dev counts codes per unit of the real value, so it must be a positive number.',
    'std-dev-not-finite': 'NaN and infinities are not numbers the converter can use.',
    'mean-not-finite': 'NaN and infinities are not numbers the converter can use.',
    'range-not-finite': 'NaN and infinities are not numbers the converter can use.',
    'scale-not-positive': 'The scale is the real size of one step; it must be positive and large enough for a float32.',
    'scale-not-finite': 'The scale is stored as a float32, which tops out near 3.4 × 10³⁸.',
    'zero-point-not-integer': 'A stored zero point is an integer code of the tensor’s type.',
    'zero-point-out-of-range': 'A stored zero point is one of the codes of the tensor’s type.',
    'empty-range': 'A range needs two different ends for 255 steps to fit between them.',
  },
  resultsLabel: 'Converted: {id}',
  converterArgument: 'Converter argument',
  interpreterPrints: 'get_input_details() prints',
  realRange: 'Real range covered',
  steps: 'in {steps} steps of {scale}',
  warningsLabel: 'Warnings',
  warnings: {
    noZeroMean: 'The mean {mean} is outside the {dtype} codes {qmin}…{qmax}, so the range {range} does not contain 0.0.',
    noZeroRange: 'The range {range} does not contain 0.0.',
    noZero:
      "{what} The converter does not widen it: it clamps the zero point to {zeroPoint}, the end code, which keeps 0.0 on the grid but slides the grid to {covered}, so part of the range asked for is clipped. (TF1's toco stops on a check instead.) Widen the range to include 0 yourself.",
    rounded:
      'The zero point must be an integer of the type, and {ideal} is not: the converter rounds it to {zeroPoint}, so the grid covers {covered} rather than {range}.',
    roundedTie:
      'The zero point must be an integer of the type, and {ideal} is not: the converter rounds it to {zeroPoint} (a tie, rounded away from zero), so the grid covers {covered} rather than {range}.',
    float32Scale: 'A model stores the scale as a float32: {scale} is kept as {stored}, the number the interpreter prints.',
    int16ZeroPoint:
      "TFLite's int16 activations (the 16x8 mode) are symmetric with zero point 0; a converter run would not produce zero point {zeroPoint} for int16.",
    notRepresentable:
      'These parameters sit at the edge of what a float32 can hold; the values printed may differ from a real converter in the last digits.',
  },
  wrongTitle: 'The widely copied formula',
  /** {minFormula}, {maxFormula}: the formulas in code; {wrong}, {right}: the two ranges. */
  wrongText:
    'Multiplying by std_dev instead of dividing, {minFormula} and {maxFormula}, would give {wrong} for ({mean}, {stdDev}). Dividing, as the converter does, gives {right}.',
  line: {
    title: 'The grid on the real number line',
    zeroLabel: '0.0\u00a0= code {code}',
    zeroLabelClamped: '0.0\u00a0= code {code}\u00a0(clamped)',
    codes: 'codes',
    everyNth: 'every {nth} code',
    clipBounds: 'clip bounds',
    asked: 'range asked for',
    cover:
      '{codes} codes from {qmin} to {qmax}, one step of {scale} apart, cover real values {covered}; values beyond are clipped to the end codes.',
    zero: '0.0 is code {code}.',
    zeroClamped: '0.0 is code {code}, the end of the grid, because the zero point was clamped.',
    askedWas: 'The range asked for was {range}.',
    marks: 'The picture marks every {nth} code.',
  },
  number: numberFieldEn,
};

export type ParamConverterStrings = typeof en;
