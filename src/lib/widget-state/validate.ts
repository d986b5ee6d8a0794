// Checks one value against its declared prop. Values arrive from three
// places — component props, URL query strings and (later) HTML attributes —
// and the last two are written by strangers, so raw text is parsed strictly
// and never echoed back in a reason.
import type { BooleanSpec, EnumSpec, NumberSpec, PropSpec, StringSpec } from './schema.ts';
import { reasonText, stateWordsEn, type Why } from './words.ts';

/** A refusal carries `why`, which notices word in the page's language; `reason` is the English. */
export type Checked<T = unknown> = { ok: true; value: T } | { ok: false; reason: string; why: Why };

function fail(why: Why): { ok: false; reason: string; why: Why } {
  return { ok: false, reason: reasonText(why, stateWordsEn), why };
}

/** Longest raw text accepted for a number; longer is never a legitimate number. */
const MAX_NUMBER_TEXT = 32;
const DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i;
// Control characters other than tab/newline, and bidirectional overrides that
// can disguise text.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u202a-\u202e\u2066-\u2069]/;
const SCRIPT_SCHEME = /(?:javascript|vbscript|data)\s*:/i;

/** True for text that looks like markup or a script URL rather than data. */
export function isHostileText(text: string): boolean {
  if (/[<>]/.test(text) || CONTROL.test(text)) return true;
  // Browsers ignore whitespace and control characters inside a scheme, so
  // "java\tscript:" must be caught too.
  return SCRIPT_SCHEME.test(text.replace(/[\s\u0000-\u001f]+/g, ''));
}

function checkNumber(spec: NumberSpec, value: unknown): Checked<number | null> {
  if (value === null) {
    return spec.nullable ? { ok: true, value: null } : fail({ code: 'number', spec });
  }
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    return fail({ code: 'number', spec, finite: false });
  }
  if (value < spec.min || value > spec.max) return fail({ code: 'number', spec });
  if (spec.integer && !Number.isInteger(value)) return fail({ code: 'number', spec });
  if (spec.options && !spec.options.includes(value)) return fail({ code: 'number', spec });
  // Normalise −0 so it encodes and compares like 0.
  return { ok: true, value: value === 0 ? 0 : value };
}

function checkBoolean(_spec: BooleanSpec, value: unknown): Checked<boolean> {
  return typeof value === 'boolean' ? { ok: true, value } : fail({ code: 'boolean' });
}

function checkEnum(spec: EnumSpec, value: unknown): Checked<string> {
  return typeof value === 'string' && spec.options.includes(value)
    ? { ok: true, value }
    : fail({ code: 'enum', options: spec.options });
}

function checkString(spec: StringSpec, value: unknown): Checked<string> {
  if (typeof value !== 'string') return fail({ code: 'text' });
  if (value.length > spec.maxLength) return fail({ code: 'too-long', max: spec.maxLength });
  if (isHostileText(value)) return fail({ code: 'hostile' });
  if (spec.pattern && !spec.pattern.test(value)) {
    return fail({ code: 'pattern', hint: spec.patternHint });
  }
  return { ok: true, value };
}

/** Validate an already-typed value (a component prop or a state update). */
export function checkValue(spec: PropSpec, value: unknown): Checked {
  switch (spec.type) {
    case 'number':
      return checkNumber(spec, value);
    case 'boolean':
      return checkBoolean(spec, value);
    case 'enum':
      return checkEnum(spec, value);
    case 'string':
      return checkString(spec, value);
  }
}

/** Parse text from a URL or an attribute, then validate it. */
export function parseRaw(spec: PropSpec, raw: string): Checked {
  switch (spec.type) {
    case 'number': {
      const text = raw.trim();
      if (spec.nullable && (text === '' || text === 'null')) return { ok: true, value: null };
      if (text.length > MAX_NUMBER_TEXT || !DECIMAL.test(text)) {
        return fail({ code: 'number', spec });
      }
      return checkNumber(spec, Number(text));
    }
    case 'boolean': {
      const text = raw.trim().toLowerCase();
      // A bare attribute (`narrow-range`) arrives as "".
      if (text === 'true' || text === '1' || text === '') return { ok: true, value: true };
      if (text === 'false' || text === '0') return { ok: true, value: false };
      return fail({ code: 'boolean' });
    }
    case 'enum':
      return checkEnum(spec, raw.trim());
    case 'string':
      return checkString(spec, raw);
  }
}

/** The text form of a valid value, such that parseRaw gives it back. */
export function formatRaw(spec: PropSpec, value: unknown): string {
  if (spec.type === 'number') return value === null ? '' : String(value);
  if (spec.type === 'boolean') return value ? 'true' : 'false';
  return String(value);
}
