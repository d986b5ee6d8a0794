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
import { QuantError } from '../../lib/quant/errors.ts';
import type { FieldResult } from '../shared/field.ts';
import { editable, minus } from '../shared/format.ts';

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

export type Resolution = { ok: true; params: ResolvedParams } | { ok: false; message: string };

function messageOf(error: unknown): string {
  if (error instanceof QuantError) return sentence(error.message);
  throw error;
}

function capital(text: string): string {
  return text ? text[0].toUpperCase() + text.slice(1) : text;
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
    return { ok: false, message: messageOf(error) };
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
): { settings: ParamSettings; note: string | null } {
  const next = { ...s, dtype, narrowRange };
  if (!isParamsMode(s) || resolveParams(next).ok) return { settings: next, note: null };
  const { qmin, qmax } = dtypeRange(dtype, narrowRange);
  return {
    settings: withRange(next, s.min, s.max),
    note: `Zero point ${s.zeroPoint} does not fit ${dtype} [${qmin}, ${qmax}], so the parameters were recomputed from the range.`,
  };
}

// ---------------------------------------------------------------------------
// Typed fields. Each returns a value ready for the settings or a message that
// says what to type instead. The last valid state stays drawn meanwhile.


const DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i;
/** Range fields accept what the schema accepts. */
export const RANGE_LIMIT = 1e6;

export function parseNumberField(text: string, label: string): FieldResult {
  const t = text.trim().replace(/\u2212/g, '-');
  if (t === '') return { ok: false, message: `Type a number for ${label}.` };
  if (/^[+-]?nan$/i.test(t)) return { ok: false, message: `${capital(label)} cannot be NaN.` };
  if (/^[+-]?inf(inity)?$/i.test(t)) return { ok: false, message: `${capital(label)} must be finite.` };
  if (!DECIMAL.test(t)) return { ok: false, message: `${capital(label)} must be a number such as 0.5, -2 or 1e-3.` };
  const value = Number(t);
  if (!Number.isFinite(value)) return { ok: false, message: `${capital(label)} is too large.` };
  return { ok: true, value: value + 0 };
}

export function parseRangeField(text: string, which: 'min' | 'max', other: number): FieldResult {
  const r = parseNumberField(text, which);
  if (!r.ok) return r;
  if (Math.abs(r.value) > RANGE_LIMIT) return { ok: false, message: `${capital(which)} must be between −1,000,000 and 1,000,000.` };
  const shown = (x: number) => minus(editable(x));
  if (which === 'min' && r.value > other) {
    return { ok: false, message: `Min (${shown(r.value)}) must not be greater than max (${shown(other)}).` };
  }
  if (which === 'max' && r.value < other) {
    return { ok: false, message: `Max (${shown(r.value)}) must not be less than min (${shown(other)}).` };
  }
  return r;
}

export function parseScaleField(text: string): FieldResult {
  const r = parseNumberField(text, 'scale');
  if (!r.ok) return r;
  if (r.value <= 0) return { ok: false, message: `Scale must be greater than 0 (got ${r.value}): it is the size of one step.` };
  try {
    // The core checks the float32 limits (too small rounds to 0, too large to Infinity).
    dequantizeValue(0, { scale: r.value, zeroPoint: 0 });
  } catch (error) {
    return { ok: false, message: messageOf(error) };
  }
  return r;
}

export function parseZeroPointField(text: string, dtype: WidgetDtype): FieldResult {
  const r = parseNumberField(text, 'zero point');
  if (!r.ok) return r;
  const { qmin, qmax } = dtypeRange(dtype);
  if (!Number.isInteger(r.value) || r.value < qmin || r.value > qmax) {
    return { ok: false, message: minus(`Zero point must be a whole number from ${qmin} to ${qmax} for ${dtype} (got ${r.value}).`) };
  }
  return r;
}
