// What ParamConverter shows for a state: the three linked forms (from the
// core), the warnings a reader should see, the wrong formula's range, the
// presets, and the number line's geometry and text. Pure: no DOM, no runes.
import { linkForms, rangeToStats, type FormDtype, type FormInput, type LinkedForms } from '../../lib/quant/converter-forms.ts';
import { dtypeRange } from '../../lib/quant/dtype.ts';
import { QuantError } from '../../lib/quant/errors.ts';
import { wrongMeanStdRange } from '../../lib/quant/mean-std.ts';
import type { ParamConverterState } from '../param-converter.schema.ts';
import { count, ordinal, sig } from '../shared/format.ts';

export { parseNumber } from '../shared/parse-number.ts';

export type FormName = FormInput['from'];

export function inputOf(s: ParamConverterState): FormInput {
  switch (s.from) {
    case 'stats':
      return { from: 'stats', mean: s.mean, stdDev: s.stdDev };
    case 'params':
      return { from: 'params', scale: s.scale, zeroPoint: s.zeroPoint };
    default:
      return { from: 'range', min: s.min, max: s.max };
  }
}

export type Linked = { ok: true; forms: LinkedForms } | { ok: false; message: string; code: string };

function sentence(text: string): string {
  const t = text.trim();
  if (!t) return t;
  // Identifiers such as std_dev keep their spelling.
  const first = /^\S*_/.test(t) ? t : t[0].toUpperCase() + t.slice(1);
  return first + (/[.!?]$/.test(t) ? '' : '.');
}

/** Extra words for the core's messages, so a reader knows what the rule is for. */
const WHY: Record<string, string> = {
  'std-dev-not-positive': 'std_dev counts codes per unit of the real value, so it must be a positive number.',
  'std-dev-not-finite': 'NaN and infinities are not numbers the converter can use.',
  'mean-not-finite': 'NaN and infinities are not numbers the converter can use.',
  'range-not-finite': 'NaN and infinities are not numbers the converter can use.',
  'scale-not-positive': 'The scale is the real size of one step; it must be positive and large enough for a float32.',
  'scale-not-finite': 'The scale is stored as a float32, which tops out near 3.4 × 10³⁸.',
  'zero-point-not-integer': 'A stored zero point is an integer code of the tensor’s type.',
  'zero-point-out-of-range': 'A stored zero point is one of the codes of the tensor’s type.',
  'min-greater-than-max': '',
  'empty-range': 'A range needs two different ends for 255 steps to fit between them.',
};

export function link(s: ParamConverterState): Linked {
  try {
    return { ok: true, forms: linkForms(inputOf(s), s.dtype) };
  } catch (error) {
    if (!(error instanceof QuantError)) throw error;
    const why = WHY[error.code];
    return { ok: false, code: error.code, message: `${sentence(error.message)}${why ? ` ${why}` : ''}` };
  }
}

export interface Warning {
  id: 'no-zero' | 'rounded-zero-point' | 'float32-scale' | 'int16-zero-point' | 'not-representable';
  message: string;
}

function range(a: number, b: number): string {
  return `[${sig(a, 6)}, ${sig(b, 6)}]`;
}

/** Things that are allowed but change what the reader typed, or that a real converter would not produce. */
export function warningsFor(s: ParamConverterState, f: LinkedForms): Warning[] {
  const out: Warning[] = [];
  const { qmin, qmax } = f;
  if (f.clamped) {
    const what =
      s.from === 'stats'
        ? `The mean ${sig(s.mean, 6)} is outside the ${f.dtype} codes ${qmin}…${qmax}, so the range ${range(f.range.min, f.range.max)} does not contain 0.0.`
        : `The range ${range(f.range.min, f.range.max)} does not contain 0.0.`;
    out.push({
      id: 'no-zero',
      message: `${what} The converter does not widen it: it clamps the zero point to ${f.params.zeroPoint}, the end code, which keeps 0.0 on the grid but slides the grid to ${range(f.covered.min, f.covered.max)}, so part of the range asked for is clipped. (TF1's toco stops on a check instead.) Widen the range to include 0 yourself.`,
    });
  } else if (f.from !== 'params' && f.idealZeroPoint !== f.params.zeroPoint) {
    const tie = Math.abs(f.idealZeroPoint - Math.trunc(f.idealZeroPoint)) === 0.5;
    out.push({
      id: 'rounded-zero-point',
      message:
        `The zero point must be an integer of the type, and ${sig(f.idealZeroPoint, 8)} is not: ` +
        `the converter rounds it to ${f.params.zeroPoint}${tie ? ' (a tie, rounded away from zero)' : ''}, ` +
        `so the grid covers ${range(f.covered.min, f.covered.max)} rather than ${range(f.range.min, f.range.max)}.`,
    });
  }
  if (s.from === 'params' && Math.fround(s.scale) !== s.scale) {
    out.push({
      id: 'float32-scale',
      message: `A model stores the scale as a float32: ${s.scale} is kept as ${Math.fround(s.scale)}, the number the interpreter prints.`,
    });
  }
  if (f.dtype === 'int16' && f.params.zeroPoint !== 0) {
    out.push({
      id: 'int16-zero-point',
      message: `TFLite's int16 activations (the 16x8 mode) are symmetric with zero point 0; a converter run would not produce zero point ${f.params.zeroPoint} for int16.`,
    });
  }
  const inexact = Math.abs(f.stats.stdDev) > 1e15 || f.params.scale < 1e-30 || f.params.scale > 1e30;
  if (inexact) {
    out.push({
      id: 'not-representable',
      message: 'These parameters sit at the edge of what a float32 can hold; the values printed may differ from a real converter in the last digits.',
    });
  }
  return out;
}

/** The widely copied formula (multiplies by std_dev) next to the right one (divides). */
export function wrongComparison(f: LinkedForms): { wrong: { min: number; max: number }; right: { min: number; max: number } } | null {
  try {
    return { wrong: wrongMeanStdRange(f.stats, f.dtype), right: { min: (f.qmin - f.stats.mean) / f.stats.stdDev, max: (f.qmax - f.stats.mean) / f.stats.stdDev } };
  } catch {
    return null;
  }
}

export interface Preset {
  id: string;
  label: string;
  /** What the preset sets, as the reader would type it. */
  state: Pick<ParamConverterState, 'from'> & Partial<ParamConverterState>;
}

/** Common choices for the current dtype: inputs in [0, 1], [−1, 1], [0, 255], and the seed's default range. */
export function presetsFor(dtype: FormDtype): Preset[] {
  const stats = (min: number, max: number) => rangeToStats({ min, max }, dtype);
  const fromRange = (id: string, label: string, min: number, max: number): Preset => {
    const { mean, stdDev } = stats(min, max);
    return { id, label: `${label}: (${sig(mean, 6)}, ${sig(stdDev, 6)})`, state: { from: 'stats', mean, stdDev } };
  };
  return [
    fromRange('unit', 'Inputs in [0, 1]', 0, 1),
    fromRange('symmetric', 'Inputs in [−1, 1]', -1, 1),
    fromRange('pixels', 'Raw pixels [0, 255]', 0, 255),
    { id: 'default-ranges', label: 'default_ranges_stats (−100, 100)', state: { from: 'range', min: -100, max: 100 } },
  ];
}

// --- number line -----------------------------------------------------------

export interface NumberLine {
  /** Real-value domain shown. */
  lo: number;
  hi: number;
  /** Codes drawn as ticks (every `stride`-th code, always including the zero point when on the grid). */
  ticks: Array<{ code: number; value: number }>;
  stride: number;
  covered: { min: number; max: number };
  /** The range the form asked for, when it differs from the covered one. */
  requested: { min: number; max: number } | null;
  /** The code of 0.0 (the zero point), and whether it had to be clamped to an end. */
  zero: { code: number; clamped: boolean };
  description: string;
}

const MAX_TICKS = 32;

export function numberLine(f: LinkedForms): NumberLine {
  const { qmin, qmax } = dtypeRange(f.dtype);
  const { scale, zeroPoint } = f.params;
  const codes = qmax - qmin + 1;
  let stride = 1;
  while (codes / stride > MAX_TICKS) stride *= 2;
  const ticks: Array<{ code: number; value: number }> = [];
  // Start at the first code ≥ qmin in step with the zero point, so 0.0 is a tick.
  const first = zeroPoint - Math.floor((zeroPoint - qmin) / stride) * stride;
  for (let q = first; q <= qmax; q += stride) ticks.push({ code: q, value: (q - zeroPoint) * scale });
  // Differences under 1% of a step are the float32 scale's rounding, not a moved grid.
  const requested =
    Math.abs(f.range.min - f.covered.min) > scale * 0.01 || Math.abs(f.range.max - f.covered.max) > scale * 0.01
      ? { min: f.range.min, max: f.range.max }
      : null;
  let lo = Math.min(f.covered.min, requested?.min ?? Infinity, 0);
  let hi = Math.max(f.covered.max, requested?.max ?? -Infinity, 0);
  const pad = (hi - lo) * 0.06 || 1;
  lo -= pad;
  hi += pad;
  const zeroText = f.clamped
    ? `0.0 is code ${zeroPoint}, the end of the grid, because the zero point was clamped`
    : `0.0 is code ${zeroPoint}`;
  const description =
    `${count(codes)} codes from ${qmin} to ${qmax}, one step of ${sig(scale, 6)} apart, ` +
    `cover real values ${range(f.covered.min, f.covered.max)}; values beyond are clipped to the end codes. ${zeroText}.` +
    (requested ? ` The range asked for was ${range(requested.min, requested.max)}.` : '') +
    (stride > 1 ? ` The picture marks every ${ordinal(stride)} code.` : '');
  return { lo, hi, ticks, stride, covered: f.covered, requested, zero: { code: zeroPoint, clamped: f.clamped }, description };
}
