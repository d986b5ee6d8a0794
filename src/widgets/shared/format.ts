// Number formatting for widgets: typographic minus signs, a fixed number of
// significant digits, and powers of ten written out instead of "e-5".

const MINUS = '\u2212';
const SUPERSCRIPT: Record<string, string> = {
  '-': '\u207b', '0': '\u2070', '1': '\u00b9', '2': '\u00b2', '3': '\u00b3', '4': '\u2074',
  '5': '\u2075', '6': '\u2076', '7': '\u2077', '8': '\u2078', '9': '\u2079',
};

/** Replace ASCII hyphen-minus signs with the minus sign (U+2212). */
export function minus(text: string): string {
  return text.replace(/-/g, MINUS);
}

/** `digits` significant digits; scientific (1.23 × 10⁻⁵) when very small or large. */
export function sig(x: number, digits = 4): string {
  if (Number.isNaN(x)) return 'NaN';
  if (x === Infinity) return '∞';
  if (x === -Infinity) return `${MINUS}∞`;
  if (x === 0) return '0';
  const ax = Math.abs(x);
  if (ax < 1e-3 || ax >= 1e6) {
    const [mantissa, exp] = x.toExponential(digits - 1).split('e');
    const m = mantissa.replace(/\.?0+$/, '');
    const e = String(Number(exp)).replace(/./g, (c) => SUPERSCRIPT[c] ?? c);
    return minus(`${m} × 10${e}`);
  }
  return minus(String(Number(x.toPrecision(digits))));
}

/** Fixed decimals, e.g. for slider readouts that move in steps. */
export function fixed(x: number, decimals: number): string {
  const t = x.toFixed(decimals);
  return minus(/^-0\.?0*$/.test(t) ? t.slice(1) : t);
}

/** Plain ASCII number text for editable fields, to float32 precision (9 digits). */
export function editable(x: number): string {
  return String(Number(x.toPrecision(9)));
}

export function percent(fraction: number): string {
  if (fraction === 0) return '0%';
  const p = fraction * 100;
  if (p < 0.01) return '< 0.01%';
  return `${Number(p.toPrecision(p < 1 ? 2 : 3))}%`;
}

/** 1234567 → "1,234,567" (toLocaleString is slow enough to show up while dragging). */
export function count(n: number): string {
  const digits = String(Math.abs(Math.trunc(n)));
  let out = '';
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && (digits.length - i) % 3 === 0) out += ',';
    out += digits[i];
  }
  return (n < 0 ? '\u2212' : '') + out;
}

/** Decimals needed to show multiples of `step` exactly (0.05 → 2). */
export function decimalsFor(step: number): number {
  if (!(step > 0) || step >= 1) return 0;
  return Math.min(10, Math.max(0, Math.ceil(-Math.log10(step) - 1e-9)));
}

/** 1 → "1st", 2 → "2nd", 8 → "8th", 32 → "32nd". */
export function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
  return `${n}${suffix}`;
}
