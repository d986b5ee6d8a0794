// Number literals for generated code. Python's repr and JavaScript's
// String() pick the same shortest digits; they differ only in when they
// switch to exponent notation and how they write the exponent.

/** repr(float(x)) as CPython writes it: 0.003921568859368563, 1e-05, 3.0518509447574615e-05, 0.0. */
export function pyFloat(x: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (x === Infinity) return 'inf';
  if (x === -Infinity) return '-inf';
  if (x === 0) return Object.is(x, -0) ? '-0.0' : '0.0';
  const [mantissa, expText] = x.toExponential().split('e');
  const exp = Number(expText);
  if (exp < -4 || exp >= 16) {
    const sign = exp < 0 ? '-' : '+';
    return `${mantissa}e${sign}${String(Math.abs(exp)).padStart(2, '0')}`;
  }
  const plain = String(x);
  return /[.e]/.test(plain) ? plain : `${plain}.0`;
}

/** A float32 literal for C++ and Kotlin: the double's shortest digits and an f. */
export function floatLiteral(x: number): string {
  return `${pyFloat(x)}f`;
}

/** [1, 128, 128, 3] → "1, 128, 128, 3". */
export function list(values: readonly number[]): string {
  return values.join(', ');
}
