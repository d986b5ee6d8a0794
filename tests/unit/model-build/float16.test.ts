/**
 * float32 → float16 rounding: hand-worked bit patterns (IEEE 754 binary16,
 * ties to even) and V8's own Math.f16round on random float32 values.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fromFloat16Bits, toFloat16Bits } from '../../../src/lib/model-build/float16.ts';

const f16round = (Math as unknown as { f16round(x: number): number }).f16round;

describe('float16 bits', () => {
  it.each([
    [1, 0x3c00], [-2, 0xc000], [0.5, 0x3800], [65504, 0x7bff],
    [65520, 0x7c00], // halfway between the largest half and 2^16: ties to even, which is infinity
    [2 ** -14, 0x0400], [2 ** -24, 0x0001],
    [2 ** -25, 0x0000], // halfway between 0 and the smallest subnormal: to even (0)
    [3 * 2 ** -25, 0x0002], // 1.5 subnormal steps: to even (2)
    [1 + 2 ** -11, 0x3c00], // halfway between 1 and the next half: to even
    [1 + 3 * 2 ** -11, 0x3c02],
    [-0, 0x8000], [Infinity, 0x7c00], [-Infinity, 0xfc00],
  ])('%d → 0x%s', (x, bits) => {
    expect(toFloat16Bits(x).toString(16)).toBe(bits.toString(16));
  });

  it('NaN stays NaN', () => {
    expect(Number.isNaN(fromFloat16Bits(toFloat16Bits(NaN)))).toBe(true);
  });

  it('rounds every float32 like V8\'s Math.f16round', () => {
    fc.assert(fc.property(fc.float({ noNaN: true }), (x) => {
      expect(Object.is(fromFloat16Bits(toFloat16Bits(x)), f16round(x))).toBe(true);
    }), { numRuns: 20_000 });
  });
});
