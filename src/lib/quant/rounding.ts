import type { Rounding } from './types.ts';
import { QuantError, show } from './errors.ts';

export const ROUNDINGS: readonly Rounding[] = ['half-away-from-zero', 'half-to-even', 'half-up'];

export const DEFAULT_ROUNDING: Rounding = 'half-away-from-zero';

export function isRounding(value: unknown): value is Rounding {
  return typeof value === 'string' && (ROUNDINGS as readonly string[]).includes(value);
}

export function checkRounding(value: unknown): Rounding {
  if (value === undefined) return DEFAULT_ROUNDING;
  if (!isRounding(value)) {
    throw new QuantError('bad-rounding', `rounding must be one of ${ROUNDINGS.join(', ')}; got ${show(value)}`);
  }
  return value;
}

/**
 * Rounds one number to an integer with the given tie rule.
 *
 * Exact for every finite double: it works on |x|, whose fraction
 * |x| − floor(|x|) is computed without rounding error, so it avoids the
 * classic `floor(x + 0.5)` slip where 0.49999999999999994 + 0.5 rounds up
 * to 1 before the floor. Results are never −0. Throws `not-finite-value` for
 * NaN and ±Infinity.
 */
export function roundWith(x: number, rounding: Rounding = DEFAULT_ROUNDING): number {
  if (typeof x !== 'number' || !Number.isFinite(x)) {
    throw new QuantError('not-finite-value', `cannot round ${show(x)}: it is not a finite number`);
  }
  const mode = checkRounding(rounding);
  const negative = x < 0;
  const magnitude = negative ? -x : x;
  const whole = Math.floor(magnitude);
  const frac = magnitude - whole;
  let m: number;
  if (frac < 0.5) m = whole;
  else if (frac > 0.5) m = whole + 1;
  else if (mode === 'half-away-from-zero') m = whole + 1;
  else if (mode === 'half-to-even') m = whole % 2 === 0 ? whole : whole + 1;
  else m = negative ? whole : whole + 1; // half-up: toward +Infinity
  return (negative ? -m : m) + 0; // + 0 turns −0 into +0
}
