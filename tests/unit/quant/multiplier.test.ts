/**
 * quantizeMultiplier against TFLite's own expectations: the pairs below are
 * the ones tensorflow/lite/kernels/internal/quantization_util_test.cc asserts
 * (QuantizeMultiplierArray, QuantizeMultiplierGreaterThanOne/SmallerThanOneExp,
 * which wrap the same function, and QuantizeMultiplierUnderflow), plus cases
 * worked by hand from the documented algorithm (frexp, round half away from
 * zero, halve at 2^31, flush below 2^−32).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { frexp, multiplierValue, quantizeMultiplier, QuantError } from '../../../src/lib/quant/index.ts';

const f32 = (x: number) => Math.fround(x);

describe('quantizeMultiplier: TFLite test expectations', () => {
  const cases: [number, number, number][] = [
    // QuantizeMultiplierArray: every power of two has M0 = 2^30 and shift = exponent + 1.
    [-4, -1073741824, 3], [-2, -1073741824, 2], [-1, -1073741824, 1], [-0.5, -1073741824, 0],
    [-0.25, -1073741824, -1], [-0.125, -1073741824, -2], [0, 0, 0], [0.125, 1073741824, -2],
    [0.25, 1073741824, -1], [0.5, 1073741824, 0], [1, 1073741824, 1], [2, 1073741824, 2], [4, 1073741824, 3],
    // QuantizeMultiplierSmallerThanOneExp
    [0.5 - 5e-9, 2147483627, -1],
    [0.5 - 1e-10, 1073741824, 0], // 0.9999999998·2^31 rounds to 2^31 → halved, shift + 1
    [0.75, 1610612736, 0],
    [1 - 1e-9, 2147483646, 0],
    // QuantizeMultiplierGreaterThanOne
    [1 + 1e-11, 1073741824, 1], [1.25, 1342177280, 1], [1.5, 1610612736, 1], [1.75, 1879048192, 1],
    [2 - 1e-9, 2147483647, 1], [2 - 1e-11, 1073741824, 2],
    // QuantizeMultiplierUnderflow (ldexp of float32 values)
    [2 ** -31, 1073741824, -30], [2 ** -32, 1073741824, -31], [f32(0.99) * 2 ** -32, 0, 0], [2 ** -33, 0, 0],
  ];
  for (const [m, m0, shift] of cases) {
    it(`${m} → (${m0}, ${shift})`, () => {
      expect(quantizeMultiplier(m)).toEqual({ multiplier: m0, shift });
    });
  }
});

describe('quantizeMultiplier: worked by hand', () => {
  it('0.0001 = 0.8192 · 2^−13; 0.8192 · 2^31 = 1759218604.4416 → 1759218604', () => {
    expect(quantizeMultiplier(0.0001)).toEqual({ multiplier: 1759218604, shift: -13 });
  });
  it('1.1 = 0.55 · 2^1; 0.55 · 2^31 = 1181116006.4 → 1181116006', () => {
    expect(quantizeMultiplier(1.1)).toEqual({ multiplier: 1181116006, shift: 1 });
  });
  it('a tie rounds away from zero: (2^30 + 0.5)/2^31 · 2^31 → 2^30 + 1', () => {
    // 0.5 + 2^−32 is exact in a double; times 2^31 it is 2^30 + 0.5.
    expect(quantizeMultiplier(0.5 + 2 ** -32)).toEqual({ multiplier: 2 ** 30 + 1, shift: 0 });
    expect(quantizeMultiplier(-(0.5 + 2 ** -32))).toEqual({ multiplier: -(2 ** 30 + 1), shift: 0 });
  });
  it('−(1 − 2^−40) keeps −2^31, which fits an int32 (only +2^31 is halved)', () => {
    expect(quantizeMultiplier(-(1 - 2 ** -40))).toEqual({ multiplier: -(2 ** 31), shift: 0 });
    expect(quantizeMultiplier(1 - 2 ** -40)).toEqual({ multiplier: 2 ** 30, shift: 1 });
  });
  it('subnormal inputs underflow to (0, 0)', () => {
    expect(quantizeMultiplier(5e-324)).toEqual({ multiplier: 0, shift: 0 });
  });
  it('rejects NaN and ±Infinity with a QuantError', () => {
    for (const bad of [NaN, Infinity, -Infinity]) expect(() => quantizeMultiplier(bad)).toThrow(QuantError);
  });
});

describe('frexp', () => {
  it('matches C frexp on hand-worked values', () => {
    expect(frexp(0)).toEqual({ fraction: 0, exponent: 0 });
    expect(frexp(1)).toEqual({ fraction: 0.5, exponent: 1 });
    expect(frexp(-1)).toEqual({ fraction: -0.5, exponent: 1 });
    expect(frexp(0.25)).toEqual({ fraction: 0.5, exponent: -1 });
    expect(frexp(3)).toEqual({ fraction: 0.75, exponent: 2 });
    expect(frexp(5e-324)).toEqual({ fraction: 0.5, exponent: -1073 }); // 2^−1074
    expect(frexp(Number.MAX_VALUE)).toEqual({ fraction: 1 - 2 ** -53, exponent: 1024 });
  });
  it('property: 0.5 ≤ |fraction| < 1 and fraction · 2^exponent is x exactly', () => {
    fc.assert(fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }).filter((x) => x !== 0), (x) => {
      const { fraction, exponent } = frexp(x);
      expect(Math.abs(fraction)).toBeGreaterThanOrEqual(0.5);
      expect(Math.abs(fraction)).toBeLessThan(1);
      // Apply the power in two steps so neither overflows nor underflows on its own.
      const half = Math.trunc(exponent / 2);
      expect(fraction * 2 ** half * 2 ** (exponent - half)).toBe(x);
    }));
  });
});

describe('quantizeMultiplier: properties', () => {
  it('M0 fits an int32, |M0| ≥ 2^30 unless zero, and M0 · 2^(shift−31) is within half a Q31 step of M', () => {
    fc.assert(fc.property(fc.double({ min: -1e6, max: 1e6, noNaN: true }), (m) => {
      const q = quantizeMultiplier(m);
      expect(Number.isInteger(q.multiplier)).toBe(true);
      expect(q.multiplier).toBeLessThanOrEqual(2 ** 31 - 1);
      expect(q.multiplier).toBeGreaterThanOrEqual(-(2 ** 31));
      if (q.multiplier === 0) {
        expect(Math.abs(m)).toBeLessThan(2 ** -32);
        return;
      }
      expect(Math.abs(q.multiplier)).toBeGreaterThanOrEqual(2 ** 30);
      const step = 2 ** (q.shift - 31);
      expect(Math.abs(multiplierValue(q) - m)).toBeLessThanOrEqual(step / 2);
    }));
  });
});
