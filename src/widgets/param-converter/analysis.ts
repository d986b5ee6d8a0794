// What ParamConverter shows for a state: the three linked forms (from the
// core), the warnings a reader should see, the wrong formula's range, the
// presets, and the number line's geometry and text. Pure: no DOM, no runes.
// Words come from the widget's catalog (strings.ts), passed in.
import { linkForms, rangeToStats, type FormDtype, type FormInput, type LinkedForms } from '../../lib/quant/converter-forms.ts';
import { dtypeRange } from '../../lib/quant/dtype.ts';
import { QuantError } from '../../lib/quant/errors.ts';
import { wrongMeanStdRange } from '../../lib/quant/mean-std.ts';
import type { ParamConverterState } from '../param-converter.schema.ts';
import { fmt } from '../../lib/i18n/template.ts';
import type { Locale } from '../../lib/i18n/locale.ts';
import { count, ordinal, sig } from '../shared/format.ts';
import { quantErrorMessage } from '../../lib/quant/error-messages.ts';
import type { ParamConverterStrings } from './strings.ts';

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

/** The core's message, then why the rule exists (when there is more to say). */
export function link(s: ParamConverterState, t: ParamConverterStrings): Linked {
  try {
    return { ok: true, forms: linkForms(inputOf(s), s.dtype) };
  } catch (error) {
    if (!(error instanceof QuantError)) throw error;
    const said = quantErrorMessage(error, t.quantErrors);
    const why = (t.why as Readonly<Record<string, string>>)[error.code];
    const first = t.lang === 'en' ? sentence(said) : said;
    return { ok: false, code: error.code, message: why ? `${first}${t.sentenceJoiner}${why}` : first };
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
export function warningsFor(s: ParamConverterState, f: LinkedForms, t: ParamConverterStrings): Warning[] {
  const w = t.warnings;
  const out: Warning[] = [];
  const { qmin, qmax } = f;
  const asked = range(f.range.min, f.range.max);
  const covered = range(f.covered.min, f.covered.max);
  if (f.clamped) {
    const what =
      s.from === 'stats'
        ? fmt(w.noZeroMean, { mean: sig(s.mean, 6), dtype: f.dtype, qmin, qmax, range: asked })
        : fmt(w.noZeroRange, { range: asked });
    out.push({ id: 'no-zero', message: fmt(w.noZero, { what, zeroPoint: f.params.zeroPoint, covered }) });
  } else if (f.from !== 'params' && f.idealZeroPoint !== f.params.zeroPoint) {
    const tie = Math.abs(f.idealZeroPoint - Math.trunc(f.idealZeroPoint)) === 0.5;
    out.push({
      id: 'rounded-zero-point',
      message: fmt(tie ? w.roundedTie : w.rounded, { ideal: sig(f.idealZeroPoint, 8), zeroPoint: f.params.zeroPoint, covered, range: asked }),
    });
  }
  if (s.from === 'params' && Math.fround(s.scale) !== s.scale) {
    out.push({ id: 'float32-scale', message: fmt(w.float32Scale, { scale: s.scale, stored: Math.fround(s.scale) }) });
  }
  if (f.dtype === 'int16' && f.params.zeroPoint !== 0) {
    out.push({ id: 'int16-zero-point', message: fmt(w.int16ZeroPoint, { zeroPoint: f.params.zeroPoint }) });
  }
  const inexact = Math.abs(f.stats.stdDev) > 1e15 || f.params.scale < 1e-30 || f.params.scale > 1e30;
  if (inexact) out.push({ id: 'not-representable', message: w.notRepresentable });
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
export function presetsFor(dtype: FormDtype, t: ParamConverterStrings): Preset[] {
  const stats = (min: number, max: number) => rangeToStats({ min, max }, dtype);
  const fromRange = (id: keyof ParamConverterStrings['presetNames'], min: number, max: number): Preset => {
    const { mean, stdDev } = stats(min, max);
    return { id, label: fmt(t.presetLabel, { label: t.presetNames[id], mean: sig(mean, 6), stdDev: sig(stdDev, 6) }), state: { from: 'stats', mean, stdDev } };
  };
  return [
    fromRange('unit', 0, 1),
    fromRange('symmetric', -1, 1),
    fromRange('pixels', 0, 255),
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

/** "8th" in English; other languages say "every 8 codes" and take the plain number. */
export function nth(stride: number, lang: Locale): string {
  return lang === 'en' ? ordinal(stride) : String(stride);
}

export function numberLine(f: LinkedForms, t: ParamConverterStrings): NumberLine {
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
  const w = t.line;
  const description = [
    fmt(w.cover, { codes: count(codes), qmin, qmax, scale: sig(scale, 6), covered: range(f.covered.min, f.covered.max) }),
    fmt(f.clamped ? w.zeroClamped : w.zero, { code: zeroPoint }),
    requested ? fmt(w.askedWas, { range: range(requested.min, requested.max) }) : '',
    stride > 1 ? fmt(w.marks, { nth: nth(stride, t.lang) }) : '',
  ]
    .filter(Boolean)
    .join(t.sentenceJoiner);
  return { lo, hi, ticks, stride, covered: f.covered, requested, zero: { code: zeroPoint, clamped: f.clamped }, description };
}
