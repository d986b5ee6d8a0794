/**
 * gemmlowp's fixed-point primitives and TFLite's MultiplyByQuantizedMultiplier,
 * with exact integer arithmetic.
 *
 * The C++ originals multiply two int32 values into an int64. A product of two
 * int32 can reach 2^62, beyond the 2^53 a JavaScript number holds exactly, so
 * products that large go through BigInt; smaller ones (the common case: an
 * accumulator of a small layer times a Q31 multiplier) stay in doubles, where
 * they are exact.
 */
import { QuantError, show } from '../errors.ts';
import { quantizeMultiplier } from '../multiplier.ts';
import type { FixedPointMultiplier } from '../multiplier.ts';

export const INT32_MIN = -(2 ** 31);
export const INT32_MAX = 2 ** 31 - 1;

const TWO_POW_30 = 2 ** 30;
const TWO_POW_31 = 2 ** 31;
/** Below this a product plus a nudge of 2^30 is still an exact double. */
const EXACT_LIMIT = 2 ** 52;

export function checkInt32(x: unknown, name: string): number {
  if (typeof x !== 'number' || !Number.isInteger(x) || x < INT32_MIN || x > INT32_MAX) {
    throw new QuantError('not-integer-value', `${name} must be an int32 (an integer in [${INT32_MIN}, ${INT32_MAX}]); got ${show(x)}`);
  }
  return x + 0;
}

/** Two's-complement wrap to int32, what the hardware does where C++ leaves overflow undefined. */
export function wrapInt32(x: number): number {
  if (x >= INT32_MIN && x <= INT32_MAX) return x + 0;
  return Number(BigInt.asIntN(32, BigInt(x)));
}

/**
 * gemmlowp's SaturatingRoundingDoublingHighMul: the high 32 bits of 2·a·b,
 * i.e. a·b / 2^31 rounded to the nearest integer.
 *
 * The C++ adds a nudge of 2^30 (or 1 − 2^30 when a·b < 0) and then divides
 * by 2^31 with truncation toward zero. Worked out, a tie rounds toward +∞ for
 * both signs (+0.5 → 1, −0.5 → 0). The only product whose result does not fit
 * an int32 is INT32_MIN · INT32_MIN (2^62 / 2^31 = 2^31): it saturates to
 * INT32_MAX.
 */
export function saturatingRoundingDoublingHighMul(a: number, b: number): number {
  checkInt32(a, 'a');
  checkInt32(b, 'b');
  if (a === INT32_MIN && b === INT32_MIN) return INT32_MAX;
  const product = a * b;
  if (Math.abs(product) < EXACT_LIMIT) {
    const nudge = product >= 0 ? TWO_POW_30 : 1 - TWO_POW_30;
    return Math.trunc((product + nudge) / TWO_POW_31) + 0;
  }
  const ab = BigInt(a) * BigInt(b);
  const nudge = ab >= 0n ? 1n << 30n : 1n - (1n << 30n);
  // BigInt division truncates toward zero, like C++ integer division.
  return Number((ab + nudge) / (1n << 31n));
}

/**
 * gemmlowp's RoundingDivideByPOT: x / 2^exponent rounded to nearest, ties
 * away from zero, for 0 ≤ exponent ≤ 31.
 *
 * Same steps as the C++: an arithmetic shift (floor), then one more when the
 * bits shifted out (`x & mask`) exceed half of 2^exponent, where "half" is
 * one larger for negative x so that −0.5 goes down to −1.
 */
export function roundingDivideByPOT(x: number, exponent: number): number {
  checkInt32(x, 'x');
  if (!Number.isInteger(exponent) || exponent < 0 || exponent > 31) {
    throw new QuantError('bad-input', `exponent must be an integer in [0, 31]; got ${show(exponent)}`);
  }
  const divisor = 2 ** exponent;
  const mask = divisor - 1;
  const shifted = Math.floor(x / divisor); // x >> exponent (exact: division by a power of two)
  const remainder = x - shifted * divisor; // x & mask
  const threshold = Math.floor(mask / 2) + (x < 0 ? 1 : 0);
  return shifted + (remainder > threshold ? 1 : 0);
}

/**
 * TFLite's MultiplyByQuantizedMultiplier (the default, double-rounding build):
 * x · M0 · 2^(shift − 31) as RoundingDivideByPOT(SRDHM(x · 2^left, M0), right)
 * with left = max(shift, 0), right = max(−shift, 0).
 *
 * Two roundings: SRDHM rounds once (ties toward +∞), the shift rounds again
 * (ties away from zero). `x · 2^left` wraps like int32 hardware when it
 * overflows (C++ leaves that undefined; it only happens for multipliers > 1).
 */
export function multiplyByQuantizedMultiplier(x: number, { multiplier, shift }: FixedPointMultiplier): number {
  checkInt32(x, 'x');
  checkInt32(multiplier, 'multiplier');
  checkShift(shift, -31, 31);
  const left = shift > 0 ? shift : 0;
  const right = shift > 0 ? 0 : -shift;
  const scaled = left === 0 ? x : wrapInt32(x * 2 ** left);
  return roundingDivideByPOT(saturatingRoundingDoublingHighMul(scaled, multiplier), right);
}

/**
 * TFLite's MultiplyByQuantizedMultiplier when built with
 * TFLITE_SINGLE_ROUNDING: one 64-bit product and one rounding shift,
 * (x · M0 + 2^(n − 1)) >> n with n = 31 − shift. The arithmetic shift floors,
 * so ties round up (toward +∞): −2.5 → −2. Needs M0 ≥ 0 and −31 ≤ shift ≤ 30
 * (use `quantizeMultiplierSingleRounding`). A result beyond int32 wraps, as
 * the C++ cast does.
 */
export function multiplyByQuantizedMultiplierSingleRounding(x: number, { multiplier, shift }: FixedPointMultiplier): number {
  checkInt32(x, 'x');
  checkInt32(multiplier, 'multiplier');
  if (multiplier < 0) throw new QuantError('bad-input', `the single-rounding multiplier must be ≥ 0; got ${show(multiplier)}`);
  checkShift(shift, -31, 30);
  const totalShift = 31 - shift;
  const product = x * multiplier;
  // |product| < 2^52 and a rounding term ≤ 2^52 keep the sum an exact double.
  if (Math.abs(product) < EXACT_LIMIT && totalShift <= 53) {
    return wrapInt32(Math.floor((product + 2 ** (totalShift - 1)) / 2 ** totalShift));
  }
  const result = (BigInt(x) * BigInt(multiplier) + (1n << BigInt(totalShift - 1))) >> BigInt(totalShift);
  return Number(BigInt.asIntN(32, result));
}

/**
 * QuantizeMultiplier as the TFLITE_SINGLE_ROUNDING build does it: the same
 * (M0, shift), except that a shift above 30 (M ≥ 2^30), which the single
 * rounding shift cannot express, saturates to (2^31 − 1, 30).
 */
export function quantizeMultiplierSingleRounding(realMultiplier: number): FixedPointMultiplier {
  const q = quantizeMultiplier(realMultiplier);
  if (q.shift > 30) return { multiplier: INT32_MAX, shift: 30 };
  return q;
}

function checkShift(shift: unknown, min: number, max: number): void {
  if (typeof shift !== 'number' || !Number.isInteger(shift) || shift < min || shift > max) {
    throw new QuantError('bad-input', `shift must be an integer in [${min}, ${max}]; got ${show(shift)}`);
  }
}
