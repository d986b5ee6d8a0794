/**
 * Small cases worked out by hand, each with the arithmetic in a comment.
 * Expected values come from the reasoning, not from running our code.
 */
import { describe, expect, it } from 'vitest';
import {
  dequantize, dequantizePerAxis, dtypeRange, quantize, quantizePerAxis, quantizeValue, roundWith,
} from '../../../src/lib/quant/index.ts';
import type { Rounding } from '../../../src/lib/quant/index.ts';

describe('roundWith: the three tie rules', () => {
  // x → [half away from zero, half to even, half up]
  const table: [number, number, number, number][] = [
    [2.5, 3, 2, 3], //  2.5: away → 3; even → 2 (2 is even); up = floor(3.0) → 3
    [3.5, 4, 4, 4], //  3.5: every rule → 4 (4 is even, and away/up go up)
    [-2.5, -3, -2, -2], // −2.5: away → −3; even → −2; up = floor(−2.0) → −2
    [-0.5, -1, 0, 0], // −0.5: away → −1; even → 0; up = floor(0) → 0
    [0.5, 1, 0, 1], //  0.5: away → 1; even → 0; up → 1
    [-1.5, -2, -2, -1], // −1.5: away → −2; even → −2; up = floor(−1.0) → −1
    [2.4999, 2, 2, 2], // not a tie: every rule → nearest
    [-2.5001, -3, -3, -3],
    // The largest double below 0.5: floor(x + 0.5) computed in doubles gives 1
    // (x + 0.5 rounds up to 1.0); the right answer is 0 for every rule.
    [0.49999999999999994, 0, 0, 0],
    [-0.49999999999999994, 0, 0, 0],
    [4503599627370497, 4503599627370497, 4503599627370497, 4503599627370497], // 2^52 + 1: already an integer
  ];
  for (const [x, away, even, up] of table) {
    it(`${x} → away ${away}, even ${even}, up ${up}`, () => {
      expect(roundWith(x, 'half-away-from-zero')).toBe(away);
      expect(roundWith(x, 'half-to-even')).toBe(even);
      expect(roundWith(x, 'half-up')).toBe(up);
    });
  }

  it('never returns −0 (−0.4 rounds to +0 under every rule)', () => {
    for (const mode of ['half-away-from-zero', 'half-to-even', 'half-up'] as Rounding[]) {
      expect(Object.is(roundWith(-0.4, mode), 0)).toBe(true);
      expect(Object.is(roundWith(-0, mode), 0)).toBe(true);
    }
  });

  it("JavaScript's Math.round is half-up, not TFLite's rule nor ONNX's", () => {
    // The pitfall: Math.round(−2.5) is −2, where TFLite (away from zero) gives −3,
    // and Math.round(2.5) is 3, where ONNX (to even) gives 2.
    expect(Math.round(-2.5)).toBe(-2);
    expect(roundWith(-2.5, 'half-away-from-zero')).toBe(-3);
    expect(Math.round(2.5)).toBe(3);
    expect(roundWith(2.5, 'half-to-even')).toBe(2);
    // and it returns −0 just below zero
    expect(Object.is(Math.round(-0.4), -0)).toBe(true);
  });
});

describe('quantize: hand-computed codes', () => {
  it('uint8, scale 0.5, zero point 128: ties at ±0.25', () => {
    // 0.25 / 0.5 = 0.5 (tie): away → 1 → 129; even → 0 → 128; up → 1 → 129
    // −0.25 / 0.5 = −0.5 (tie): away → −1 → 127; even → 0 → 128; up → 0 → 128
    // 0.75 / 0.5 = 1.5: away 2, even 2, up 2 → 130
    // 1.2 / 0.5 = 2.4 → 2 → 130;  −1.3 / 0.5 = −2.6 → −3 → 125
    const f = [0.25, -0.25, 0.75, 1.2, -1.3];
    const p = { scale: 0.5, zeroPoint: 128, dtype: 'uint8' } as const;
    expect(Array.from(quantize(f, { ...p, rounding: 'half-away-from-zero' }))).toEqual([129, 127, 130, 130, 125]);
    expect(Array.from(quantize(f, { ...p, rounding: 'half-to-even' }))).toEqual([128, 128, 130, 130, 125]);
    expect(Array.from(quantize(f, { ...p, rounding: 'half-up' }))).toEqual([129, 128, 130, 130, 125]);
    // default is TFLite's: away from zero
    expect(Array.from(quantize(f, p))).toEqual([129, 127, 130, 130, 125]);
  });

  it('odd zero point: the rounding happens before the zero point is added', () => {
    // 49.5·s with zero point 3: round(49.5) + 3. Half to even: 50 + 3 = 53 (not round(52.5) = 52).
    const s = 0.25;
    expect(quantizeValue(49.5 * s, { scale: s, zeroPoint: 3, dtype: 'uint8', rounding: 'half-to-even' })).toBe(53);
    expect(quantizeValue(50.5 * s, { scale: s, zeroPoint: 3, dtype: 'uint8', rounding: 'half-to-even' })).toBe(53);
  });

  it('int8 saturates at −128 and 127; narrow range stops at −127', () => {
    // scale 0.1: 12.8 / 0.1 = 128 → 127; −12.9 / 0.1 = −129 → −128 (narrow: −127)
    const f = [12.8, -12.9, 1000, -1000, 0];
    expect(Array.from(quantize(f, { scale: 0.1, zeroPoint: 0, dtype: 'int8' }))).toEqual([127, -128, 127, -128, 0]);
    expect(Array.from(quantize(f, { scale: 0.1, zeroPoint: 0, dtype: 'int8', narrowRange: true }))).toEqual([127, -127, 127, -127, 0]);
  });

  it('uint8 narrow range is [1, 255] (TF FakeQuant narrow_range)', () => {
    expect(dtypeRange('uint8', true)).toEqual({ qmin: 1, qmax: 255 });
    expect(Array.from(quantize([-5, 0], { scale: 1, zeroPoint: 0, dtype: 'uint8', narrowRange: true }))).toEqual([1, 1]);
  });

  it('int16 and int32 ranges', () => {
    expect(dtypeRange('int16')).toEqual({ qmin: -32768, qmax: 32767 });
    expect(dtypeRange('int16', true)).toEqual({ qmin: -32767, qmax: 32767 });
    expect(dtypeRange('int32')).toEqual({ qmin: -2147483648, qmax: 2147483647 });
    expect(dtypeRange('int32', true)).toEqual({ qmin: -2147483647, qmax: 2147483647 });
    // int32 bias: scale = input_scale · weight_scale, zero point 0. 0.5 · 0.25 = 0.125;
    // 1.0625 / 0.125 = 8.5 → away 9, even 8; 1e12 saturates to 2^31 − 1.
    const p = { scale: 0.5 * 0.25, zeroPoint: 0, dtype: 'int32' } as const;
    expect(Array.from(quantize([1.0625, -1.0625, 1e12, -1e12], p))).toEqual([9, -9, 2147483647, -2147483648]);
    expect(Array.from(quantize([1.0625, -1.0625], { ...p, rounding: 'half-to-even' }))).toEqual([8, -8]);
    // int16 with a zero point: 100.25 / 0.5 = 200.5 → away 201 + (−1000) = −799
    expect(quantizeValue(100.25, { scale: 0.5, zeroPoint: -1000, dtype: 'int16' })).toBe(-799);
  });

  it('the scale is used as float32: 0.1 is 0.100000001490116…', () => {
    // 0.3 / 0.1 in doubles is 2.9999999999999996; as float32 values the quotient
    // fround(0.3f / 0.1f) is exactly 3 (0.3f = 0.300000011920929, 0.1f = 0.100000001490116).
    expect(quantizeValue(0.3, { scale: 0.1, zeroPoint: 0, dtype: 'int8' })).toBe(3);
  });

  it('large inputs take the fast path and agree with the one-value path', () => {
    // 2048 copies of the tie 0.25 (scale 0.5) plus a saturating value in the middle.
    const f = new Float32Array(2048).fill(0.25);
    f[1001] = 1e9;
    const q = quantize(f, { scale: 0.5, zeroPoint: 128, dtype: 'uint8', rounding: 'half-to-even' });
    expect(q[0]).toBe(128);
    expect(q[2047]).toBe(128);
    expect(q[1001]).toBe(255);
    expect(q[1000]).toBe(128);
  });

  it('writes into a caller-provided array', () => {
    const out = new Int8Array(3);
    const q = quantize([0.1, 0.2, -0.3], { scale: 0.1, zeroPoint: 0, dtype: 'int8' }, out);
    expect(q).toBe(out);
    expect(Array.from(out)).toEqual([1, 2, -3]);
  });
});

describe('dequantize: hand-computed values', () => {
  it('f = (q − zero point) · scale', () => {
    // (0 − 128)·0.5 = −64; (128 − 128)·0.5 = 0; (255 − 128)·0.5 = 63.5
    expect(Array.from(dequantize(new Uint8Array([0, 128, 255]), { scale: 0.5, zeroPoint: 128 }))).toEqual([-64, 0, 63.5]);
    // int8, zero point −128: (−128 + 128)·2 = 0; (127 + 128)·2 = 510
    expect(Array.from(dequantize(new Int8Array([-128, 127]), { scale: 2, zeroPoint: -128 }))).toEqual([0, 510]);
  });

  it('returns float32: 3 · 0.1 is 0.3000000044703484 (float32 product of float32 0.1)', () => {
    const got = dequantize([3], { scale: 0.1, zeroPoint: 0 });
    expect(got[0]).toBe(Math.fround(0.30000000447034836));
  });

  it('large byte tensors (fast path) give the same values as small ones', () => {
    const codes = new Int8Array(4096);
    for (let i = 0; i < codes.length; i++) codes[i] = (i % 256) - 128;
    const all = dequantize(codes, { scale: 0.25, zeroPoint: -3 });
    for (const i of [0, 1, 127, 128, 255, 4095]) expect(all[i]).toBe((codes[i] + 3) * 0.25);
  });
});

describe('per-axis: hand-computed', () => {
  // Shape [2, 3], axis 1: three channels with scales 1, 0.5, 2 and zero points 0, 10, −5.
  // Row 0: [1, 1, 1] → [1/1 + 0, 1/0.5 + 10, 1/2 − 5] = [1, 12, −4.5 → −5 (away), −4 (even)]
  // Row 1: [−2, 3, 9] → [−2, 6 + 10 = 16, 4.5 − 5 → round(4.5) − 5 = 5 − 5 = 0 (away), 4 − 5 = −1 (even)]
  const params = { scales: [1, 0.5, 2], zeroPoints: [0, 10, -5], axis: 1, shape: [2, 3], dtype: 'int8' } as const;
  const f = [1, 1, 1, -2, 3, 9];

  it('quantizes each channel with its own parameters', () => {
    // 1/2 = 0.5 → away 1 → 1 − 5 = −4; 9/2 = 4.5 → away 5 → 0
    expect(Array.from(quantizePerAxis(f, params))).toEqual([1, 12, -4, -2, 16, 0]);
    // even: 0.5 → 0 → −5; 4.5 → 4 → −1
    expect(Array.from(quantizePerAxis(f, { ...params, rounding: 'half-to-even' }))).toEqual([1, 12, -5, -2, 16, -1]);
  });

  it('axis −1 means the last axis; axis 0 uses rows', () => {
    expect(Array.from(quantizePerAxis(f, { ...params, axis: -1 }))).toEqual([1, 12, -4, -2, 16, 0]);
    // axis 0: rows scaled by 1 and 2: [1,1,1] → 1 each; [−2,3,9]/2 = [−1, 1.5 → 2, 4.5 → 5]
    const rows = quantizePerAxis(f, { scales: [1, 2], zeroPoints: [0, 0], axis: 0, shape: [2, 3], dtype: 'int8' });
    expect(Array.from(rows)).toEqual([1, 1, 1, -1, 2, 5]);
  });

  it('dequantizes each channel with its own parameters', () => {
    // [1, 12, −4, −2, 16, 0] → [(1−0)·1, (12−10)·0.5, (−4+5)·2, −2, (16−10)·0.5, (0+5)·2]
    const back = dequantizePerAxis([1, 12, -4, -2, 16, 0], params);
    expect(Array.from(back)).toEqual([1, 1, 2, -2, 3, 10]);
  });
});
