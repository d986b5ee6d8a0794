/**
 * gemmlowp's fixed-point functions and TFLite's MultiplyByQuantizedMultiplier,
 * checked against cases worked by hand from the documented C++:
 *
 *   SaturatingRoundingDoublingHighMul(a, b):
 *     overflow = a == b == INT32_MIN
 *     nudge = a·b >= 0 ? 2^30 : 1 − 2^30
 *     result = overflow ? INT32_MAX : (a·b + nudge) / 2^31   (C++ division truncates toward zero)
 *   RoundingDivideByPOT(x, e):
 *     mask = 2^e − 1; remainder = x & mask; threshold = (mask >> 1) + (x < 0 ? 1 : 0)
 *     result = (x >> e) + (remainder > threshold ? 1 : 0)
 *   MultiplyByQuantizedMultiplier(x, M0, shift):
 *     RoundingDivideByPOT(SRDHM(x · 2^max(shift, 0), M0), max(−shift, 0))
 *   TFLITE_SINGLE_ROUNDING: n = 31 − shift; (x·M0 + 2^(n−1)) >> n   (arithmetic shift = floor)
 *
 * The expected numbers below come from doing that arithmetic on paper, not
 * from our code.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  INT32_MAX, INT32_MIN, multiplyByQuantizedMultiplier, multiplyByQuantizedMultiplierSingleRounding, QuantError,
  quantizeMultiplier, quantizeMultiplierSingleRounding, roundingDivideByPOT, saturatingRoundingDoublingHighMul,
} from '../../../../src/lib/quant/index.ts';

const srdhm = saturatingRoundingDoublingHighMul;
const P30 = 2 ** 30;

describe('SaturatingRoundingDoublingHighMul, by hand', () => {
  it('INT32_MIN · INT32_MIN is the one overflow: 2^62 / 2^31 = 2^31 does not fit, so it saturates to INT32_MAX', () => {
    expect(srdhm(INT32_MIN, INT32_MIN)).toBe(2147483647);
  });
  it('INT32_MIN · INT32_MAX = −2^62 + 2^31; plus 1 − 2^30 is −2^62 + 2^30 + 1; / 2^31 truncates to −2^31 + 1', () => {
    expect(srdhm(INT32_MIN, INT32_MAX)).toBe(-2147483647);
    expect(srdhm(INT32_MAX, INT32_MIN)).toBe(-2147483647);
  });
  it('INT32_MAX² = 2^62 − 2^32 + 1; plus 2^30, / 2^31 = 2^31 − 2 + 0.50000000047 → 2147483646', () => {
    expect(srdhm(INT32_MAX, INT32_MAX)).toBe(2147483646);
  });
  it('INT32_MIN · 1: −2^31 + 1 − 2^30 over 2^31 is −1.49999… → −1 (exact value −1)', () => {
    expect(srdhm(INT32_MIN, 1)).toBe(-1);
  });
  it('ties go toward +∞: 3·2^30/2^31 = 1.5 → 2; −1.5 → −1; 0.5 → 1; −0.5 → 0', () => {
    // (3·2^30 + 2^30) / 2^31 = 2
    expect(srdhm(3, P30)).toBe(2);
    // (−3·2^30 + 1 − 2^30) / 2^31 = (−2^32 + 1) / 2^31 = −1.9999999995 → truncated −1
    expect(srdhm(-3, P30)).toBe(-1);
    expect(srdhm(1, P30)).toBe(1);
    // (−2^30 + 1 − 2^30) / 2^31 = −0.9999999995 → 0
    expect(srdhm(-1, P30)).toBe(0);
  });
  it('0.75 · 2^31 = 1610612736 is M0 for 0.75: x · M0 / 2^31 = 0.75·x', () => {
    expect(srdhm(100, 1610612736)).toBe(75);
    // 0.75 · 7 = 5.25 → 5; 0.75 · −7 = −5.25 → −5
    expect(srdhm(7, 1610612736)).toBe(5);
    expect(srdhm(-7, 1610612736)).toBe(-5);
  });
  it('a product beyond 2^53 is still exact: 1790 · 1099511628 = 1968125814120, / 2^31 = 916.48 → 916', () => {
    // 2147483648 · 916 = 1967095021568; the remainder 1030792552 is 0.48 of 2^31
    expect(srdhm(1790, 1099511628)).toBe(916);
    // 2^31 − 1 times 1099511628: (2^31 − 1)·1099511628/2^31 = 1099511628 − 0.512 → 1099511627
    expect(srdhm(INT32_MAX, 1099511628)).toBe(1099511627);
    expect(srdhm(INT32_MIN + 1, 1099511628)).toBe(-1099511627);
  });
  it('rejects what is not an int32', () => {
    expect(() => srdhm(2 ** 31, 1)).toThrow(QuantError);
    expect(() => srdhm(1.5, 1)).toThrow(QuantError);
    expect(() => srdhm(Number.NaN, 1)).toThrow(/int32/);
  });
});

describe('RoundingDivideByPOT, by hand (ties away from zero)', () => {
  it.each([
    // x, exponent, expected, why
    [5, 1, 3, '2.5: floor 2, remainder 1 > threshold 0 → 3'],
    [-5, 1, -3, '−2.5: floor −3, remainder 1, threshold 0 + 1 = 1, not greater → −3'],
    [7, 2, 2, '1.75: floor 1, remainder 3 > 1 → 2'],
    [-7, 2, -2, '−1.75: floor −2, remainder 1, threshold 2 → −2'],
    [6, 2, 2, '1.5: floor 1, remainder 2 > 1 → 2'],
    [-6, 2, -2, '−1.5: floor −2, remainder 2, threshold 2 → −2'],
    [5, 2, 1, '1.25: floor 1, remainder 1, not > 1 → 1'],
    [-5, 2, -1, '−1.25: floor −2, remainder 3 > 2 → −1'],
    [12345, 0, 12345, 'exponent 0 divides by 1'],
    [INT32_MIN, 31, -1, '−2^31 / 2^31 = −1 exactly'],
    [INT32_MAX, 31, 1, '0.99999999953 → 1'],
    [P30, 31, 1, '0.5 → 1'],
    [-P30, 31, -1, '−0.5 → −1'],
    [-P30 + 1, 31, 0, '−0.49999999953 → 0'],
  ])('RoundingDivideByPOT(%i, %i) = %i (%s)', (x, e, expected) => {
    expect(roundingDivideByPOT(x, e)).toBe(expected);
  });
  it('rejects exponents outside [0, 31]', () => {
    expect(() => roundingDivideByPOT(1, 32)).toThrow(QuantError);
    expect(() => roundingDivideByPOT(1, -1)).toThrow(QuantError);
  });
});

describe('MultiplyByQuantizedMultiplier, by hand', () => {
  it('M = 0.004: frexp gives 0.512 · 2^−7, 0.512 · 2^31 = 1099511627.776 → (1099511628, −7); 1790 · M = 7.16 → 7', () => {
    expect(quantizeMultiplier(0.004)).toEqual({ multiplier: 1099511628, shift: -7 });
    // SRDHM(1790, 1099511628) = 916 (above); 916 / 2^7 = 7.156 → 7
    expect(multiplyByQuantizedMultiplier(1790, { multiplier: 1099511628, shift: -7 })).toBe(7);
    // single rounding: n = 38, (1790·1099511628 + 2^37) >> 38 = floor(7.160 + 0.5) = 7
    expect(multiplyByQuantizedMultiplierSingleRounding(1790, { multiplier: 1099511628, shift: -7 })).toBe(7);
  });
  it('an exact tie: M = 0.25 = (2^30, −1), x = −2 → −0.5: double rounding gives −1 (away), single gives 0 (up)', () => {
    // SRDHM(−2, 2^30) = −1 exactly; RoundingDivideByPOT(−1, 1) = −0.5 → −1
    expect(multiplyByQuantizedMultiplier(-2, { multiplier: P30, shift: -1 })).toBe(-1);
    // (−2·2^30 + 2^31) >> 32 = 0 >> 32 = 0
    expect(multiplyByQuantizedMultiplierSingleRounding(-2, { multiplier: P30, shift: -1 })).toBe(0);
    // positive ties agree: 0.5 → 1 both ways
    expect(multiplyByQuantizedMultiplier(2, { multiplier: P30, shift: -1 })).toBe(1);
    expect(multiplyByQuantizedMultiplierSingleRounding(2, { multiplier: P30, shift: -1 })).toBe(1);
  });
  it('double rounding can cost more than half a code: M = 0.375 = (3·2^29, −1), x = 1', () => {
    // SRDHM(1, 3·2^29) = 0.75 → 1; RoundingDivideByPOT(1, 1) = 0.5 → 1. The exact 0.375 rounds to 0.
    expect(multiplyByQuantizedMultiplier(1, { multiplier: 3 * 2 ** 29, shift: -1 })).toBe(1);
    // single: (3·2^29 + 2^31) >> 32 = floor(0.375 + 0.5) = 0
    expect(multiplyByQuantizedMultiplierSingleRounding(1, { multiplier: 3 * 2 ** 29, shift: -1 })).toBe(0);
  });
  it('single rounding, ties up: M = 0.25; 1.25 → 1, 1.5 → 2, −1.5 → −1, −2.5 → −2', () => {
    const m = { multiplier: P30, shift: -1 };
    expect(multiplyByQuantizedMultiplierSingleRounding(5, m)).toBe(1);
    expect(multiplyByQuantizedMultiplierSingleRounding(6, m)).toBe(2);
    expect(multiplyByQuantizedMultiplierSingleRounding(-6, m)).toBe(-1);
    expect(multiplyByQuantizedMultiplierSingleRounding(-10, m)).toBe(-2);
    // the default build rounds the last two away from zero: −1.5 → −2, −2.5 → −3
    expect(multiplyByQuantizedMultiplier(-6, m)).toBe(-2);
    expect(multiplyByQuantizedMultiplier(-10, m)).toBe(-3);
  });
  it('a multiplier above 1: M = 3 = 0.75 · 2^2 = (1610612736, 2); 5 · 3 = 15 both ways', () => {
    // left shift 5 · 4 = 20; SRDHM(20, 0.75·2^31) = 15; no right shift
    expect(multiplyByQuantizedMultiplier(5, { multiplier: 1610612736, shift: 2 })).toBe(15);
    // n = 29: (5·1610612736 + 2^28) >> 29 = floor(15 + 0.5) = 15
    expect(multiplyByQuantizedMultiplierSingleRounding(5, { multiplier: 1610612736, shift: 2 })).toBe(15);
  });
  it('x · 2^shift that overflows int32 wraps (C++ leaves it undefined; int32 hardware wraps): 2^30 · 4 → 0', () => {
    expect(multiplyByQuantizedMultiplier(P30, { multiplier: P30, shift: 2 })).toBe(0);
  });
  it('single rounding cannot shift left by more than 30: M = 2^31 saturates to (2^31 − 1, 30)', () => {
    // frexp(2^31) = 0.5 · 2^32 → (2^30, 32) in the default build
    expect(quantizeMultiplier(2 ** 31)).toEqual({ multiplier: P30, shift: 32 });
    expect(quantizeMultiplierSingleRounding(2 ** 31)).toEqual({ multiplier: INT32_MAX, shift: 30 });
    expect(quantizeMultiplierSingleRounding(0.004)).toEqual({ multiplier: 1099511628, shift: -7 });
    expect(() => multiplyByQuantizedMultiplierSingleRounding(1, { multiplier: P30, shift: 31 })).toThrow(QuantError);
  });
});

// Property checks with exact BigInt arithmetic, against the definitions rather than the C++ steps.
const int32 = fc.integer({ min: INT32_MIN, max: INT32_MAX });

describe('properties', () => {
  it('SRDHM(a, b) = a·b/2^31 rounded to nearest, ties toward +∞ (except INT32_MIN²)', () => {
    fc.assert(fc.property(int32, int32, (a, b) => {
      fc.pre(!(a === INT32_MIN && b === INT32_MIN));
      const r = BigInt(srdhm(a, b));
      const twoAb = 2n * BigInt(a) * BigInt(b);
      const unit = 1n << 31n;
      // r − 1/2 ≤ ab/2^31 < r + 1/2, times 2^32
      return unit * (2n * r - 1n) <= twoAb && twoAb < unit * (2n * r + 1n);
    }), { numRuns: 20000 });
  });
  it('RoundingDivideByPOT(x, e) = x/2^e rounded to nearest, ties away from zero', () => {
    fc.assert(fc.property(int32, fc.integer({ min: 0, max: 31 }), (x, e) => {
      const r = BigInt(roundingDivideByPOT(x, e));
      const d = 1n << BigInt(e);
      const err = 2n * (r * d - BigInt(x)); // 2·(r − x/2^e)·2^e
      const abs = err < 0n ? -err : err;
      if (abs < d) return true;
      // a tie: |r| must be the larger candidate
      return abs === d && (x >= 0 ? r * d > BigInt(x) : r * d < BigInt(x));
    }), { numRuns: 20000 });
  });
  it('single rounding = floor(x·M0/2^(31−shift) + 1/2) exactly', () => {
    fc.assert(fc.property(int32, fc.integer({ min: P30, max: INT32_MAX }), fc.integer({ min: -31, max: 0 }), (x, m, shift) => {
      const n = BigInt(31 - shift);
      const num = BigInt(x) * BigInt(m) * 2n + (1n << n); // 2·(x·M0 + 2^(n−1))
      const den = 2n << n;
      const floor = num >= 0n ? num / den : -((-num + den - 1n) / den);
      return BigInt(multiplyByQuantizedMultiplierSingleRounding(x, { multiplier: m, shift })) === BigInt.asIntN(32, floor);
    }), { numRuns: 20000 });
  });
  it('the two builds differ by at most one code; single rounding is within half a code of x·M0·2^(shift − 31), double rounding within one', () => {
    fc.assert(fc.property(fc.integer({ min: -(2 ** 24), max: 2 ** 24 }), fc.double({ min: 1e-6, max: 0.99, noNaN: true }), (x, real) => {
      const q = quantizeMultiplier(real);
      const a = multiplyByQuantizedMultiplier(x, q);
      const b = multiplyByQuantizedMultiplierSingleRounding(x, q);
      const exact = x * q.multiplier * 2 ** (q.shift - 31);
      return Math.abs(a - b) <= 1 && Math.abs(a - exact) <= 1 && Math.abs(b - exact) <= 0.5;
    }), { numRuns: 20000 });
  });
});
