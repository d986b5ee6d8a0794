/**
 * Python and numpy reprs, character for character, for the get_input_details()
 * printout: `repr(float)`, `repr(str)`, and `repr(np.ndarray)` for 1-D int32 /
 * float32 arrays with numpy's default print options (precision 8, linewidth
 * 75, threshold 1000, edgeitems 3, floatmode 'maxprec', legacy off).
 *
 * numpy's rules, as implemented in numpy/_core/arrayprint.py:
 * - float arrays switch to scientific notation when a non-zero |value| is
 *   below 1e-4, at or above 1e8, or max/min exceeds 1000;
 * - positional values print the shortest digits that identify the float32
 *   (at most 8 after the point, the exact value rounded half to even beyond
 *   that), trailing zeros dropped but the point kept ("1."), left-padded to
 *   the widest integer part and right-padded with spaces to the widest
 *   fraction;
 * - scientific values pad every mantissa with zeros to the longest one;
 * - ints are right-aligned to the widest;
 * - lines wrap at 75 columns with a 7-space hanging indent, and
 *   `dtype=…` moves to its own line when it would not fit;
 * - arrays of more than 1000 values show the first and last 3 around "...".
 */

export type ReprDtype = 'int32' | 'float32' | 'int64' | 'float64';

const LINE_WIDTH = 75;
const THRESHOLD = 1000;
const EDGE_ITEMS = 3;
const PRECISION = 8;

/** Python's repr() of a float (a double): shortest round-trip digits, scientific below 1e-4 and from 1e16. */
export function pyFloat(x: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (x === Infinity) return 'inf';
  if (x === -Infinity) return '-inf';
  if (x === 0) return Object.is(x, -0) ? '-0.0' : '0.0';
  const { sign, digits, exp } = shortestDigits(x, false);
  if (exp < -4 || exp >= 16) return sign + sci(digits, exp, 2);
  return sign + positional(digits, exp, true);
}

/** Python's repr() of a str: single quotes unless the text has ' and no ", escapes for control characters. */
export function pyStr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (ch === '\\') out += '\\\\';
    else if (ch === quote) out += '\\' + ch;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (c < 0x20 || c === 0x7f) out += `\\x${c.toString(16).padStart(2, '0')}`;
    else if (c >= 0x80 && c < 0xa0) out += `\\x${c.toString(16)}`;
    else if (c === 0xfffd || (c >= 0xd800 && c <= 0xdfff)) out += `\\u${c.toString(16).padStart(4, '0')}`;
    else out += ch;
  }
  return out + quote;
}

/** repr(np.array(values, dtype)) for a 1-D array. */
export function npArray(values: readonly number[], dtype: ReprDtype): string {
  const prefix = 'array(';
  const implied = dtype === 'int64' || dtype === 'float64';
  let body: string;
  if (values.length === 0) {
    body = '[]';
  } else {
    const summarize = values.length > THRESHOLD;
    const shown = summarize ? [...values.slice(0, EDGE_ITEMS), ...values.slice(-EDGE_ITEMS)] : values;
    const format = dtype === 'int32' || dtype === 'int64' ? intFormatter(shown) : floatFormatter(shown, dtype === 'float32');
    const words = shown.map(format);
    body = wrap(words, summarize, LINE_WIDTH - 1, ' '.repeat(1 + prefix.length));
  }
  if (implied && values.length > 0) return `${prefix}${body})`;
  const head = `${prefix}${body},`;
  const extra = `dtype=${dtype})`;
  const lastLine = head.length - (head.lastIndexOf('\n') + 1);
  const spacer = lastLine + extra.length + 1 > LINE_WIDTH ? '\n' + ' '.repeat(prefix.length) : ' ';
  return head + spacer + extra;
}

/** numpy's _formatArray for one dimension. */
function wrap(words: string[], summarize: boolean, width: number, indent: string): string {
  const elemWidth = width - 1; // max(len(','), len(']'))
  let s = '';
  let line = indent;
  const extend = (word: string) => {
    if (line.length + word.length > elemWidth && line.length > indent.length) {
      s += line.trimEnd() + '\n';
      line = indent;
    }
    line += word;
  };
  const lead = summarize ? EDGE_ITEMS : 0;
  for (let i = 0; i < lead; i++) {
    extend(words[i]);
    line += ', ';
  }
  if (summarize) {
    extend('...');
    line += ', ';
  }
  for (let i = lead; i < words.length - 1; i++) {
    extend(words[i]);
    line += ', ';
  }
  extend(words[words.length - 1]);
  s += line;
  return '[' + s.slice(indent.length) + ']';
}

function intFormatter(values: readonly number[]): (v: number) => string {
  let max = values[0];
  let min = values[0];
  for (const v of values) {
    if (v > max) max = v;
    if (v < min) min = v;
  }
  const width = Math.max(String(max).length, String(min).length);
  return (v) => String(v).padStart(width, ' ');
}

interface Parts {
  sign: string;
  /** Significant digits without leading/trailing zeros ("0" for zero). */
  digits: string;
  /** Decimal exponent of the first digit: value = 0.d… × 10^(exp+1) = d.… × 10^exp. */
  exp: number;
}

/** Shortest digits that round-trip to x as a float32 (`single`) or as a double. */
function shortestDigits(x: number, single: boolean): Parts {
  const sign = x < 0 || Object.is(x, -0) ? '-' : '';
  const a = Math.abs(x);
  if (a === 0) return { sign, digits: '0', exp: 0 };
  let text = a.toExponential();
  if (single) {
    // Round-tripping is monotonic in the digit count (the nearest p+1-digit decimal is at least as
    // close as the nearest p-digit one), so binary-search the count; 9 digits always round-trip.
    let lo = 1;
    let hi = 9;
    text = a.toExponential(8);
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const t = a.toExponential(mid - 1);
      if (Math.fround(Number(t)) === a) {
        hi = mid;
        text = t;
      } else lo = mid + 1;
    }
  }
  const [mantissa, e] = text.split('e');
  const digits = mantissa.replace('.', '').replace(/0+$/, '') || '0';
  return { sign, digits, exp: Number(e) };
}

function positional(digits: string, exp: number, pythonStyle: boolean): string {
  let intPart: string;
  let frac: string;
  if (exp < 0) {
    intPart = '0';
    frac = '0'.repeat(-exp - 1) + digits;
  } else if (digits.length <= exp + 1) {
    intPart = digits + '0'.repeat(exp + 1 - digits.length);
    frac = '';
  } else {
    intPart = digits.slice(0, exp + 1);
    frac = digits.slice(exp + 1);
  }
  if (pythonStyle && frac === '') frac = '0';
  return `${intPart}.${frac}`;
}

function sci(digits: string, exp: number, expDigits: number): string {
  const mantissa = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
  const sign = exp < 0 ? '-' : '+';
  return `${mantissa}e${sign}${String(Math.abs(exp)).padStart(expDigits, '0')}`;
}

/** numpy's FloatingFormat for float32 (or float64) arrays without NaN/Inf padding subtleties. */
function floatFormatter(values: readonly number[], single: boolean): (v: number) => string {
  const finite = values.filter((v) => Number.isFinite(v));
  const nonZero = finite.filter((v) => v !== 0).map(Math.abs);
  let expFormat = false;
  if (nonZero.length) {
    const max = Math.max(...nonZero);
    const min = Math.min(...nonZero);
    const ratio = single ? Math.fround(max / min) : max / min;
    expFormat = max >= 1e8 || min < 0.0001 || ratio > 1000;
  }
  const special = (v: number) => (Number.isNaN(v) ? 'nan' : v > 0 ? 'inf' : '-inf');
  if (expFormat) {
    const parts = finite.map((v) => shortestDigits(v, single));
    const fracLen = Math.max(...parts.map((p) => p.digits.length - 1));
    const expLen = Math.max(2, ...parts.map((p) => String(Math.abs(p.exp)).length));
    const render = (p: Parts) => {
      const frac = p.digits.slice(1).padEnd(fracLen, '0');
      const e = p.digits === '0' ? 0 : p.exp;
      return `${p.sign}${p.digits[0]}.${frac}e${e < 0 ? '-' : '+'}${String(Math.abs(e)).padStart(expLen, '0')}`;
    };
    const strs = parts.map(render);
    const padLeft = Math.max(...strs.map((s) => s.indexOf('.')));
    const rendered = new Map(finite.map((v, k) => [v, strs[k]]));
    return (v) => {
      if (!Number.isFinite(v)) return special(v).padStart(padLeft + 1 + fracLen + 2 + expLen, ' ');
      const s = rendered.get(v)!;
      return ' '.repeat(padLeft - s.indexOf('.')) + s;
    };
  }
  const strs = finite.map((v) => positionalCapped(v, single));
  const padLeft = Math.max(0, ...strs.map((s) => s.indexOf('.')));
  const padRight = Math.max(0, ...strs.map((s) => s.length - s.indexOf('.') - 1));
  const rendered = new Map(finite.map((v, k) => [v, strs[k]]));
  return (v) => {
    if (!Number.isFinite(v)) return special(v).padStart(padLeft + 1 + padRight, ' ');
    const s = rendered.get(v)!;
    const dot = s.indexOf('.');
    return ' '.repeat(padLeft - dot) + s + ' '.repeat(padRight - (s.length - dot - 1));
  };
}

/** Shortest unique digits, capped at 8 after the point (then the exact value rounded half to even), trailing zeros trimmed. */
function positionalCapped(v: number, single: boolean): string {
  const p = shortestDigits(v, single);
  const fracLen = Math.max(0, p.digits.length - (p.exp + 1));
  if (fracLen <= PRECISION) return p.sign + positional(p.digits, p.exp, false);
  const rounded = roundExact(Math.abs(v), PRECISION);
  const intPart = rounded.slice(0, rounded.length - PRECISION) || '0';
  const frac = rounded.slice(rounded.length - PRECISION).replace(/0+$/, '');
  return `${p.sign}${intPart}.${frac}`;
}

/** |v| · 10^places rounded half to even, as a decimal string of at least places + 1 digits. */
function roundExact(v: number, places: number): string {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, v);
  const hi = view.getUint32(0);
  const lo = view.getUint32(4);
  const biased = (hi >>> 20) & 0x7ff;
  let mantissa = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  let exponent: number;
  if (biased === 0) {
    exponent = -1074;
  } else {
    mantissa |= 1n << 52n;
    exponent = biased - 1075;
  }
  const scaled = mantissa * 10n ** BigInt(places);
  let q: bigint;
  if (exponent >= 0) {
    q = scaled << BigInt(exponent);
  } else {
    const den = 1n << BigInt(-exponent);
    q = scaled / den;
    const twice = (scaled % den) * 2n;
    if (twice > den || (twice === den && q % 2n === 1n)) q += 1n;
  }
  return q.toString().padStart(places + 1, '0');
}
