/**
 * FakeQuant against TensorFlow's own kernel tests (fake_quant_ops_test.cc,
 * the 8-bit FakeQuantWithMinMaxArgs/Vars cases: range, narrow_range, inputs,
 * expected outputs), and properties that hold for every range.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fakeQuant, fakeQuantParams } from '../../../src/lib/fake-quant/index.ts';
import { QuantError } from '../../../src/lib/quant/index.ts';

const TF_CASES: Array<{ name: string; min: number; max: number; narrow: boolean; x: number[]; y: number[] }> = [
  { name: 'NoNudging_RegularRange', min: -10, max: 53.75, narrow: false, x: [-10.1, -10, -9.9, -9.75, 53.75, 53.8], y: [-10, -10, -10, -9.75, 53.75, 53.75] },
  { name: 'NoNudging_NarrowRange', min: -10, max: 53.5, narrow: true, x: [-10.1, -10, -9.9, -9.75, 53.5, 53.6], y: [-10, -10, -10, -9.75, 53.5, 53.5] },
  { name: 'NudgedDown_RegularRange', min: -0.1, max: 63.65, narrow: false, x: [-0.1, 0, 0.1, 0.25, 63.75, 63.8], y: [0, 0, 0, 0.25, 63.75, 63.75] },
  { name: 'NudgedDown_NarrowRange', min: -0.1, max: 63.4, narrow: true, x: [-0.1, 0, 0.1, 0.25, 63.5, 63.6], y: [0, 0, 0, 0.25, 63.5, 63.5] },
  { name: 'NudgedUp_RegularRange', min: -0.1275, max: 63.6225, narrow: false, x: [-0.26, -0.25, -0.24, 0, 63.5, 63.6], y: [-0.25, -0.25, -0.25, 0, 63.5, 63.5] },
  { name: 'NudgedUp_NarrowRange', min: -0.1275, max: 63.3725, narrow: true, x: [-0.26, -0.25, -0.24, 0, 63.25, 63.3], y: [-0.25, -0.25, -0.25, 0, 63.25, 63.25] },
  { name: 'NudgedZeroIs255_RegularRange', min: -63.65, max: 0.1, narrow: false, x: [-63.8, -63.75, -63.7, -63.5, 0, 0.1], y: [-63.75, -63.75, -63.75, -63.5, 0, 0] },
  { name: 'NudgedZeroIs255_NarrowRange', min: -63.4, max: 0.1, narrow: true, x: [-63.6, -63.5, -63.4, -63.25, 0, 0.1], y: [-63.5, -63.5, -63.5, -63.25, 0, 0] },
  { name: 'WithVars_SymmetricRangeZeroInput', min: -10, max: 10, narrow: false, x: [0, 0, 0, 0, 0, 0], y: [0, 0, 0, 0, 0, 0] },
  { name: 'WithVars_ZeroMinAndMax', min: 0, max: 0, narrow: false, x: [0, 0, 0, 0, 0, 0], y: [0, 0, 0, 0, 0, 0] },
];

describe('fakeQuant: TensorFlow kernel test cases (8 bits)', () => {
  it.each(TF_CASES)('$name', ({ min, max, narrow, x, y }) => {
    const out = fakeQuant(x, fakeQuantParams({ min, max }, { narrowRange: narrow }));
    expect(out.length).toBe(y.length);
    out.forEach((v, i) => expect(v).toBeCloseTo(y[i], 5));
  });

  it('nudges in float32: [-10, 10] lands just below the tie (127.4999924 → 127), [-100, 100] exactly on it (→ 128)', () => {
    // TF's test comment says 127.5 → 128 for [-10, 10]; in float32, 10 / f32(20/255)
    // is 127.49999237…, which rounds to 127. Only the zeros are checked there.
    const p = fakeQuantParams({ min: -10, max: 10 });
    expect(p.idealZeroPoint).toBe(127.49999237060547);
    expect(p.zeroPoint).toBe(127);
    expect(p.int8ZeroPoint).toBe(-1);
    const wide = fakeQuantParams({ min: -100, max: 100 });
    expect(wide.idealZeroPoint).toBe(127.5);
    expect(wide.zeroPoint).toBe(128);
    // NudgedUp: zero point 0.51 becomes 1 and the range shifts to [-0.25, 63.5].
    const up = fakeQuantParams({ min: -0.1275, max: 63.6225 });
    expect(up.zeroPoint).toBe(1);
    expect(up.nudgedMin).toBe(-0.25);
    expect(up.nudgedMax).toBe(63.5);
  });

  it('refuses NaN and infinite inputs with a QuantError naming the index', () => {
    const p = fakeQuantParams({ min: -1, max: 1 });
    expect(() => fakeQuant([0, Number.NaN], p)).toThrow(QuantError);
    expect(() => fakeQuant([0, 1, Infinity], p)).toThrow(/values\[2\]/);
  });
});

const f32 = (lo: number, hi: number) => fc.float({ min: Math.fround(lo), max: Math.fround(hi), noNaN: true, noDefaultInfinity: true });
const rangeArb = fc
  .record({ a: f32(-1000, 1000), b: f32(-1000, 1000), narrow: fc.boolean() })
  .filter(({ a, b }) => Math.abs(a - b) > 1e-3)
  .map(({ a, b, narrow }) => ({ min: Math.min(a, b), max: Math.max(a, b), narrow }));

describe('fakeQuant: properties', () => {
  it('every output is on the nudged grid: (code − zero point)·scale for a code in [qmin, qmax]', () => {
    fc.assert(
      fc.property(rangeArb, fc.array(f32(-2000, 2000), { minLength: 1, maxLength: 64 }), ({ min, max, narrow }, xs) => {
        const p = fakeQuantParams({ min, max }, { narrowRange: narrow });
        const out = fakeQuant(xs, p);
        for (const v of out) {
          const n = Math.round(v / p.scale);
          expect(Math.fround(n * p.scale)).toBe(v);
          expect(n + p.zeroPoint).toBeGreaterThanOrEqual(p.qmin);
          expect(n + p.zeroPoint).toBeLessThanOrEqual(p.qmax);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('moves a value inside the nudged range by at most half a step, and pins the rest to the ends', () => {
    fc.assert(
      fc.property(rangeArb, fc.array(f32(-2000, 2000), { minLength: 1, maxLength: 64 }), ({ min, max, narrow }, xs) => {
        const p = fakeQuantParams({ min, max }, { narrowRange: narrow });
        const out = fakeQuant(xs, p);
        xs.forEach((x, i) => {
          const clamped = Math.min(p.nudgedMax, Math.max(p.nudgedMin, Math.fround(x)));
          // float32 arithmetic in the kernel: half a step plus a few ulps of the range.
          const slack = 1e-5 * Math.max(Math.abs(p.nudgedMin), Math.abs(p.nudgedMax));
          expect(Math.abs(out[i] - clamped)).toBeLessThanOrEqual(p.scale / 2 + slack);
        });
      }),
      { numRuns: 300 },
    );
  });

  it('is idempotent and keeps 0.0 exact', () => {
    fc.assert(
      fc.property(rangeArb, fc.array(f32(-2000, 2000), { minLength: 1, maxLength: 64 }), ({ min, max, narrow }, xs) => {
        const p = fakeQuantParams({ min, max }, { narrowRange: narrow });
        const once = fakeQuant(xs, p);
        expect(fakeQuant(once, p)).toEqual(once);
        expect(fakeQuant([0], p)[0]).toBe(0);
      }),
      { numRuns: 300 },
    );
  });
});
