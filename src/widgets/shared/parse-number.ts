// Typed text in a number field → a finite number, or what to type instead.
import type { FieldResult } from './field.ts';

/** Typed text → a finite number, or a message saying what to type. */
export function parseNumber(text: string, name: string): FieldResult {
  const t = text.trim().replace(/\u2212/g, '-');
  if (t === '') return { ok: false, message: `Type a number for ${name}.` };
  if (/^[+-]?(nan|inf(inity)?)$/i.test(t)) {
    return { ok: false, message: `${name} must be a finite number; NaN and infinities cannot be stored as quantization parameters.` };
  }
  if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(t)) return { ok: false, message: `“${t.slice(0, 20)}” is not a number; type something like 127.5 or 1e-3.` };
  const v = Number(t);
  if (!Number.isFinite(v)) return { ok: false, message: `${name} is too large to be a finite number.` };
  return { ok: true, value: v === 0 ? 0 : v };
}

