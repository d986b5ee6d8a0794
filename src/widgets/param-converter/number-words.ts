// Typed text in a number field → a finite number, or what to type instead,
// in the widget's language. Same rules as shared/parse-number.ts (whose
// messages are English only); ParamConverter and ConverterFlags use this one
// so a Chinese page tells the reader in Chinese.
import { fmt } from '../../lib/i18n/template.ts';
import type { FieldResult } from '../shared/field.ts';

export const numberFieldEn = {
  empty: 'Type a number for {name}.',
  notFinite: '{name} must be a finite number; NaN and infinities cannot be stored as quantization parameters.',
  notNumber: '“{text}” is not a number; type something like 127.5 or 1e-3.',
  tooLarge: '{name} is too large to be a finite number.',
};

export type NumberFieldWords = typeof numberFieldEn;

export function parseNumberIn(text: string, name: string, words: NumberFieldWords): FieldResult {
  const t = text.trim().replace(/\u2212/g, '-');
  if (t === '') return { ok: false, message: fmt(words.empty, { name }) };
  if (/^[+-]?(nan|inf(inity)?)$/i.test(t)) return { ok: false, message: fmt(words.notFinite, { name }) };
  if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(t)) return { ok: false, message: fmt(words.notNumber, { text: t.slice(0, 20) }) };
  const v = Number(t);
  if (!Number.isFinite(v)) return { ok: false, message: fmt(words.tooLarge, { name }) };
  return { ok: true, value: v === 0 ? 0 : v };
}
