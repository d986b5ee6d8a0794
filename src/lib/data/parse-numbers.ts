// Reads numbers a reader types or pastes ("0.1, -2.5 3e-2", or a printed
// NumPy array) into float32, and explains exactly what is wrong otherwise.

import { fmt as say } from '../i18n/template.ts';

export const MAX_TYPED_VALUES = 10_000;
const FLOAT32_MAX = 3.4028234663852886e38;
const DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i;

export type ParseNumbersResult =
  | { ok: true; values: Float32Array }
  | { ok: false; message: string; item?: number };

/** The messages, with {slots}; other languages pass their own (widget catalogs' shared.numbers). */
export const numberWordsEn = {
  empty: 'Type at least one number, for example “-1, 0, 0.5, 2”.',
  tooMany: 'That is {count} numbers; this box takes at most {max}. Use a generated source for bigger tensors.',
  nan: 'Item {item} is NaN (not a number): it has no place on the quantization grid. Remove it or replace it with a value.',
  infinite: 'Item {item} is {token}: infinite values cannot be quantized. Use a finite number.',
  notNumber: 'Item {item}, {token}, is not a number. Write numbers like 0.25, -3 or 1e-3, separated by commas or spaces.',
  tooLarge: 'Item {item}, {token}, is too large for float32 (largest about 3.4e38).',
};
export type NumberWords = typeof numberWordsEn;

function quoteToken(token: string): string {
  return token.length > 24 ? `“${token.slice(0, 24)}…”` : `“${token}”`;
}

export function parseNumberList(text: string, maxCount: number = MAX_TYPED_VALUES, words: NumberWords = numberWordsEn): ParseNumbersResult {
  // Accept what people paste: brackets from printed arrays, the typographic
  // minus sign this site prints, commas, semicolons, spaces and new lines.
  const cleaned = text.replace(/\u2212/g, '-').replace(/[[\]()]/g, ' ');
  const tokens = cleaned.split(/[\s,;]+/).filter((t) => t.length > 0);
  if (tokens.length === 0) {
    return { ok: false, message: words.empty };
  }
  if (tokens.length > maxCount) {
    return {
      ok: false,
      message: say(words.tooMany, { count: tokens.length.toLocaleString('en-US'), max: maxCount.toLocaleString('en-US') }),
    };
  }
  const values = new Float32Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    const item = i + 1;
    if (/^[+-]?nan$/i.test(token)) {
      return { ok: false, item, message: say(words.nan, { item }) };
    }
    if (/^[+-]?inf(inity)?$/i.test(token)) {
      return { ok: false, item, message: say(words.infinite, { item, token }) };
    }
    if (!DECIMAL.test(token)) {
      return { ok: false, item, message: say(words.notNumber, { item, token: quoteToken(token) }) };
    }
    const x = Number(token);
    if (!Number.isFinite(x) || Math.abs(x) > FLOAT32_MAX) {
      return { ok: false, item, message: say(words.tooLarge, { item, token: quoteToken(token) }) };
    }
    values[i] = x;
  }
  return { ok: true, values };
}
