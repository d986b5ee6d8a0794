// How the quantizer's range controls and parameter fields stay linked.
// The reader either drags min/max (the parameters follow from chooseParams)
// or types scale and zero point (the range follows: the nudged range those
// parameters cover). The core does all the arithmetic; this module only
// decides which of the two is in charge and turns bad input into messages.
// The core's modules, not its index.ts, which would also bundle the fast engines (see analysis.ts).
import { dequantizeValue } from '../../lib/quant/affine.ts';
import { chooseParams } from '../../lib/quant/choose-params.ts';
import { dtypeRange } from '../../lib/quant/dtype.ts';
import { representableRange } from '../../lib/quant/error-stats.ts';
import { QuantError, type QuantErrorCode } from '../../lib/quant/errors.ts';
import { fmt } from '../../lib/i18n/template.ts';
import type { FieldResult } from '../shared/field.ts';
import { editable, minus } from '../shared/format.ts';
import type { FieldWords } from './strings.ts';

export type { FieldResult };

export type WidgetDtype = 'uint8' | 'int8';

/** The part of the widget's state that determines scale and zero point. */
export interface ParamSettings {
  dtype: WidgetDtype;
  narrowRange: boolean;
  min: number;
  max: number;
  /** When both are set, they are in charge and min/max mirror the nudged range. */
  scale: number | null;
  zeroPoint: number | null;
}

export interface ResolvedParams {
  mode: 'range' | 'params';
  scale: number;
  zeroPoint: number;
  qmin: number;
  qmax: number;
  nudgedMin: number;
  nudgedMax: number;
}

/** A refusal keeps the core's code, so a widget in another language can word it. */
export type Resolution = { ok: true; params: ResolvedParams } | { ok: false; message: string; code: QuantErrorCode };

function failure(error: unknown): { ok: false; message: string; code: QuantErrorCode } {
  if (error instanceof QuantError) return { ok: false, message: sentence(error.message), code: error.code };
  throw error;
}

/** Core messages are lower-case fragments; the widget shows them as sentences. */
export function sentence(text: string): string {
  const t = text.trim();
  if (!t) return t;
  return t[0].toUpperCase() + t.slice(1) + (/[.!?]$/.test(t) ? '' : '.');
}

export function isParamsMode(s: ParamSettings): boolean {
  return s.scale !== null && s.zeroPoint !== null;
}

/** Scale and zero point for the settings, or the core's explanation of why there are none. */
export function resolveParams(s: ParamSettings): Resolution {
  const { qmin, qmax } = dtypeRange(s.dtype, s.narrowRange);
  try {
    if (s.scale !== null && s.zeroPoint !== null) {
      // Validates both (scale > 0 and finite as float32, zero point an
      // integer of the dtype) and gives the real values of the end codes.
      const covered = representableRange({ scale: s.scale, zeroPoint: s.zeroPoint, dtype: s.dtype, narrowRange: s.narrowRange });
      return {
        ok: true,
        params: { mode: 'params', scale: Math.fround(s.scale), zeroPoint: s.zeroPoint, qmin, qmax, nudgedMin: covered.min, nudgedMax: covered.max },
      };
    }
    const c = chooseParams({ min: s.min, max: s.max }, { dtype: s.dtype, narrowRange: s.narrowRange });
    return {
      ok: true,
      params: { mode: 'range', scale: c.scale, zeroPoint: c.zeroPoint, qmin, qmax, nudgedMin: c.nudgedMin, nudgedMax: c.nudgedMax },
    };
  } catch (error) {
    return failure(error);
  }
}

/** Dragging or typing the range hands control back to min/max. */
export function withRange(s: ParamSettings, min: number, max: number): ParamSettings {
  return { ...s, min, max, scale: null, zeroPoint: null };
}

/**
 * Typing scale and zero point puts them in charge; min/max move to the range
 * they cover, so switching back to dragging starts from what is drawn.
 */
export function withParams(s: ParamSettings, scale: number, zeroPoint: number): Resolution & { settings?: ParamSettings } {
  const next = { ...s, scale, zeroPoint };
  const r = resolveParams(next);
  if (!r.ok) return r;
  // Nine significant digits: float32 precision, and a readable link.
  const tidy = (x: number) => Number(x.toPrecision(9));
  return { ...r, settings: { ...next, min: tidy(r.params.nudgedMin), max: tidy(r.params.nudgedMax) } };
}

/**
 * Changing the dtype or narrow range keeps the reader's range. Typed
 * parameters survive when the zero point still fits the new type; otherwise
 * control passes to the range they covered, with a note saying why.
 */
export function withDtype(
  s: ParamSettings,
  dtype: WidgetDtype,
  narrowRange: boolean,
  w: FieldWords,
): { settings: ParamSettings; note: string | null } {
  const next = { ...s, dtype, narrowRange };
  if (!isParamsMode(s) || resolveParams(next).ok) return { settings: next, note: null };
  const { qmin, qmax } = dtypeRange(dtype, narrowRange);
  return {
    settings: withRange(next, s.min, s.max),
    note: fmt(w.zeroPointRefit, { zeroPoint: String(s.zeroPoint), dtype, qmin, qmax }),
  };
}

// ---------------------------------------------------------------------------
// Typed fields. Each returns a value ready for the settings or a message that
// says what to type instead. The last valid state stays drawn meanwhile.


const DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i;
/** Range fields accept what the schema accepts. */
export const RANGE_LIMIT = 1e6;

type Field = keyof FieldWords['names'];

export function parseNumberField(text: string, field: Field, w: FieldWords): FieldResult {
  const t = text.trim().replace(/\u2212/g, '-');
  const words = { name: w.names[field], title: w.titles[field] };
  if (t === '') return { ok: false, message: fmt(w.typeNumber, words) };
  if (/^[+-]?nan$/i.test(t)) return { ok: false, message: fmt(w.notNaN, words) };
  if (/^[+-]?inf(inity)?$/i.test(t)) return { ok: false, message: fmt(w.notInfinite, words) };
  if (!DECIMAL.test(t)) return { ok: false, message: fmt(w.notNumber, words) };
  const value = Number(t);
  if (!Number.isFinite(value)) return { ok: false, message: fmt(w.tooLarge, words) };
  return { ok: true, value: value + 0 };
}

export function parseRangeField(text: string, which: 'min' | 'max', other: number, w: FieldWords): FieldResult {
  const r = parseNumberField(text, which, w);
  if (!r.ok) return r;
  if (Math.abs(r.value) > RANGE_LIMIT) return { ok: false, message: fmt(w.limit, { title: w.titles[which] }) };
  const shown = { value: minus(editable(r.value)), other: minus(editable(other)) };
  if (which === 'min' && r.value > other) return { ok: false, message: fmt(w.minAboveMax, shown) };
  if (which === 'max' && r.value < other) return { ok: false, message: fmt(w.maxBelowMin, shown) };
  return r;
}

/** `core` words the core's refusal (too small a scale for float32) in the widget's language. */
export function parseScaleField(text: string, w: FieldWords, core: (f: { message: string; code: QuantErrorCode }) => string): FieldResult {
  const r = parseNumberField(text, 'scale', w);
  if (!r.ok) return r;
  if (r.value <= 0) return { ok: false, message: fmt(w.scalePositive, { value: r.value }) };
  try {
    // The core checks the float32 limits (too small rounds to 0, too large to Infinity).
    dequantizeValue(0, { scale: r.value, zeroPoint: 0 });
  } catch (error) {
    return { ok: false, message: core(failure(error)) };
  }
  return r;
}

export function parseZeroPointField(text: string, dtype: WidgetDtype, w: FieldWords): FieldResult {
  const r = parseNumberField(text, 'zeroPoint', w);
  if (!r.ok) return r;
  const { qmin, qmax } = dtypeRange(dtype);
  if (!Number.isInteger(r.value) || r.value < qmin || r.value > qmax) {
    return { ok: false, message: minus(fmt(w.zeroPointRange, { qmin, qmax, dtype, value: r.value })) };
  }
  return r;
}
