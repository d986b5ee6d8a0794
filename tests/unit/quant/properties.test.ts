/**
 * Properties of the affine map that must hold for every parameter choice,
 * checked with fast-check on generated parameters and values.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DTYPES, ROUNDINGS, QuantError, chooseParams, dequantize, dtypeRange, quantize,
} from '../../../src/lib/quant/index.ts';
import type { Dtype, QuantParams, Rounding } from '../../../src/lib/quant/index.ts';

const RUNS = { numRuns: 300 };

/** A float32 in [lo, hi]; fast-check's `float` needs float32 bounds. */
function float32Between(lo: number, hi: number): fc.Arbitrary<number> {
  return fc.float({ min: Math.fround(lo), max: Math.fround(hi), noNaN: true, noDefaultInfinity: true });
}

/** Valid parameters: any dtype, a float32 scale between 1e-6 and 1e3, a zero point of the type, any rounding. */
const paramsArb: fc.Arbitrary<QuantParams & { rounding: Rounding }> = fc
  .record({
    dtype: fc.constantFrom<Dtype>(...DTYPES),
    scale: float32Between(1e-6, 1e3),
    narrowRange: fc.boolean(),
    rounding: fc.constantFrom<Rounding>(...ROUNDINGS),
    zeroPointSeed: fc.double({ min: 0, max: 1, noNaN: true }),
  })
  .map(({ dtype, scale, narrowRange, rounding, zeroPointSeed }) => {
    const { qmin, qmax } = dtypeRange(dtype);
    // int32 zero points far from 0 make most floats saturate; keep them modest there.
    const lo = dtype === 'int32' ? -1000 : qmin;
    const hi = dtype === 'int32' ? 1000 : qmax;
    const zeroPoint = Math.min(hi, lo + Math.floor(zeroPointSeed * (hi - lo + 1)));
    return { dtype, scale, zeroPoint, narrowRange, rounding };
  });

/** The real interval the codes cover: [(qmin − zp)·s, (qmax − zp)·s]. */
function coveredRange(p: QuantParams): { lo: number; hi: number } {
  const { qmin, qmax } = dtypeRange(p.dtype, p.narrowRange);
  return { lo: (qmin - p.zeroPoint) * Math.fround(p.scale), hi: (qmax - p.zeroPoint) * Math.fround(p.scale) };
}

describe('round trip inside the range', () => {
  it('|f − dequantize(quantize(f))| ≤ scale/2, plus float32 rounding', () => {
    // Tolerance: the quotient f / scale is rounded to float32 (relative error
    // ≤ 2^-24, i.e. ≤ |q|·scale·2^-24 in real units) and the dequantized value
    // is rounded to float32 once more (≤ |f̂|·2^-24). Anything beyond
    // scale/2 plus those two half-ulps is a real error.
    fc.assert(
      fc.property(paramsArb, fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 64 }), (p, us) => {
        const { lo, hi } = coveredRange(p);
        const f = Float32Array.from(us, (u) => lo + u * (hi - lo));
        const q = quantize(f, p);
        const back = dequantize(q, p);
        const s = Math.fround(p.scale);
        for (let i = 0; i < f.length; i++) {
          if (f[i] < lo || f[i] > hi) continue; // float32 rounding of the ends can step outside
          const tolerance = s / 2 + 2 ** -24 * (Math.abs(f[i]) + Math.abs(back[i]) + s);
          expect(Math.abs(f[i] - back[i])).toBeLessThanOrEqual(tolerance);
        }
      }),
      RUNS,
    );
  });
});

describe('monotonic', () => {
  it('sorted inputs give non-decreasing codes, for every tie rule', () => {
    fc.assert(
      fc.property(paramsArb, fc.array(fc.double({ min: -2, max: 2, noNaN: true }), { minLength: 2, maxLength: 200 }), (p, us) => {
        const { lo, hi } = coveredRange(p);
        const mid = (lo + hi) / 2;
        const half = (hi - lo) / 2;
        const f = Float32Array.from(us, (u) => mid + u * half).sort();
        const q = quantize(f, p);
        for (let i = 1; i < q.length; i++) expect(q[i]).toBeGreaterThanOrEqual(q[i - 1]);
      }),
      RUNS,
    );
  });
});

describe('zero is exact after chooseParams', () => {
  const rangeArb = fc
    .tuple(fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.double({ min: -1e6, max: 1e6, noNaN: true }))
    .map(([a, b]) => ({ min: Math.min(a, b), max: Math.max(a, b) }));
  const optionsArb = fc.record({
    dtype: fc.constantFrom<Dtype>(...DTYPES),
    symmetric: fc.boolean(),
    narrowRange: fc.boolean(),
  });

  it('0.0 (and −0.0) quantize to the zero point, which dequantizes to exactly +0', () => {
    fc.assert(
      fc.property(rangeArb, optionsArb, fc.constantFrom<Rounding>(...ROUNDINGS), (range, options, rounding) => {
        const c = chooseParams(range, options);
        const p = { scale: c.scale, zeroPoint: c.zeroPoint, dtype: options.dtype, narrowRange: options.narrowRange, rounding };
        const q = quantize([0, -0], p);
        expect(Array.from(q)).toEqual([c.zeroPoint, c.zeroPoint]);
        const back = dequantize(q, p);
        expect(Object.is(back[0], 0)).toBe(true);
        expect(Object.is(back[1], 0)).toBe(true);
      }),
      RUNS,
    );
  });

  it('the nudged range contains 0, has the width of the code range, and its ends are what qmin and qmax dequantize to', () => {
    fc.assert(
      fc.property(rangeArb, optionsArb, (range, options) => {
        const c = chooseParams(range, options);
        expect(c.zeroPoint).toBeGreaterThanOrEqual(c.qmin);
        expect(c.zeroPoint).toBeLessThanOrEqual(c.qmax);
        expect(c.nudgedMin).toBeLessThanOrEqual(0);
        expect(c.nudgedMax).toBeGreaterThanOrEqual(0);
        const ends = dequantize([c.qmin, c.qmax], { scale: c.scale, zeroPoint: c.zeroPoint });
        expect(ends[0]).toBe(c.nudgedMin);
        expect(ends[1]).toBe(c.nudgedMax);
        // The range as float32, widened to include 0 (what chooseParams works on).
        const lo = Math.fround(Math.min(range.min, 0));
        const hi = Math.fround(Math.max(range.max, 0));
        // A step below the smallest normal float32 (2^-126) loses precision or
        // underflows, so only ranges whose step is comfortably normal are held to
        // these bounds. The step is the range over the code count, which for
        // int32 is 2^32: a fixed cut-off such as 1e-30 is only right for 8 bits.
        const normalStep = (width: number) => width / (c.qmax - c.qmin) > 2 ** -120;
        if (!options.symmetric && normalStep(hi - lo)) {
          // FakeQuant nudging keeps the width and moves each end by at most about one step.
          const slack = c.scale * 1.01 + 1e-6 * (hi - lo);
          expect(Math.abs(c.nudgedMin - lo)).toBeLessThanOrEqual(slack);
          expect(Math.abs(c.nudgedMax - hi)).toBeLessThanOrEqual(slack);
        }
        if (options.symmetric) {
          // Symmetric ranges cover ±max(|min|, |max|) (to float32 precision).
          const maxAbs = Math.max(-lo, hi);
          const top = (options.dtype === 'uint8' ? 127 : dtypeRange(options.dtype, true).qmax) * c.scale;
          if (normalStep(2 * maxAbs)) expect(Math.abs(top - maxAbs)).toBeLessThanOrEqual(maxAbs * 2 ** -22);
        }
      }),
      RUNS,
    );
  });
});

describe('saturation', () => {
  it('values beyond the covered range give qmin or qmax, however far out', () => {
    fc.assert(
      fc.property(paramsArb, fc.double({ min: 1.01, max: 1e6, noNaN: true }), fc.boolean(), (p, factor, huge) => {
        const { qmin, qmax } = dtypeRange(p.dtype, p.narrowRange);
        const { lo, hi } = coveredRange(p);
        const s = Math.fround(p.scale);
        const above = huge ? 3e38 : hi + s + Math.abs(hi) * (factor - 1) + s * factor;
        const below = huge ? -3e38 : lo - s - Math.abs(lo) * (factor - 1) - s * factor;
        const q = quantize([above, below], p);
        expect(Array.from(q)).toEqual([qmax, qmin]);
      }),
      RUNS,
    );
  });
});

describe('tie rules', () => {
  it('all three agree except at exact ties, where they differ by one code at most', () => {
    fc.assert(
      fc.property(paramsArb, fc.array(float32Between(-3e3, 3e3), { minLength: 1, maxLength: 100 }), (p, raw) => {
        const s = Math.fround(p.scale);
        // Mix in exact ties: (k + 0.5)·s whose float32 quotient is k + 0.5.
        const values = Float32Array.from(raw, (v, i) => (i % 3 === 0 ? Math.fround((Math.round(v) + 0.5) * s) : Math.fround(v * s)));
        const codes = ROUNDINGS.map((rounding) => quantize(values, { ...p, rounding }));
        for (let i = 0; i < values.length; i++) {
          const q = Math.fround(values[i] / s);
          const tie = Math.abs(q - Math.trunc(q)) === 0.5;
          const [away, even, up] = codes.map((c) => c[i]);
          if (!tie) {
            expect(even).toBe(away);
            expect(up).toBe(away);
          } else {
            expect(Math.abs(even - away)).toBeLessThanOrEqual(1);
            expect(Math.abs(up - away)).toBeLessThanOrEqual(1);
          }
        }
      }),
      RUNS,
    );
  });

  it("'half-to-even' with uint8 saturates and rounds exactly like a Uint8ClampedArray store", () => {
    // Writing into a Uint8ClampedArray clamps to [0, 255] and rounds ties to
    // even (ECMAScript ToUint8Clamp): an implementation we did not write.
    // The store rounds q + zeroPoint, ONNX rounds q and then adds the zero
    // point; the two agree when the zero point is even (adding an even
    // integer keeps a tie's parity). With an odd one they differ at ties:
    // 49.5 + 3 → 53 in ONNX, round(52.5) → 52 in the store.
    fc.assert(
      fc.property(
        float32Between(1e-3, 10),
        fc.integer({ min: 0, max: 127 }).map((k) => 2 * k),
        fc.array(fc.integer({ min: -700, max: 1300 }), { minLength: 1, maxLength: 200 }),
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 200, maxLength: 200 }),
        (scale, zeroPoint, halves, jitter) => {
          // Values on and next to half steps, so ties are common.
          const values = Float32Array.from(halves, (h, i) => (h / 2 - zeroPoint + (i % 4 === 0 ? jitter[i] : 0)) * scale);
          const ours = quantize(values, { scale, zeroPoint, dtype: 'uint8', rounding: 'half-to-even' });
          const clamped = Uint8ClampedArray.from(values, (v) => Math.fround(v / scale) + zeroPoint);
          expect(Array.from(ours)).toEqual(Array.from(clamped));
        },
      ),
      RUNS,
    );
  });
});

describe('invalid input always raises QuantError, never NaN codes', () => {
  it('a NaN or ±Infinity anywhere is reported with its index', () => {
    fc.assert(
      fc.property(
        paramsArb,
        fc.array(float32Between(-10, 10), { minLength: 1, maxLength: 3000 }),
        fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }),
        fc.constantFrom(NaN, Infinity, -Infinity),
        (p, values, where, bad) => {
          const index = Math.floor(where * values.length);
          const data = Float32Array.from(values);
          data[index] = bad;
          let error: unknown;
          try {
            quantize(data, p);
          } catch (e) {
            error = e;
          }
          expect(error).toBeInstanceOf(QuantError);
          expect((error as QuantError).code).toBe('not-finite-value');
          expect((error as QuantError).message).toContain(`values[${index}] is ${bad}`);
        },
      ),
      RUNS,
    );
  });

  it('bad scales and zero points are rejected for every dtype', () => {
    fc.assert(
      fc.property(
        fc.constantFrom<Dtype>(...DTYPES),
        fc.oneof(
          fc.constantFrom(NaN, Infinity, -Infinity, 0, -0, 1e-50, 1e39),
          fc.double({ max: -Number.MIN_VALUE, noNaN: true }),
        ),
        (dtype, scale) => {
          expect(() => quantize([1], { scale, zeroPoint: 0, dtype })).toThrow(QuantError);
          expect(() => dequantize([1], { scale, zeroPoint: 0 })).toThrow(QuantError);
        },
      ),
      RUNS,
    );
    fc.assert(
      fc.property(fc.constantFrom<Dtype>(...DTYPES), fc.integer({ min: 1, max: 1e6 }), fc.boolean(), (dtype, beyond, low) => {
        const { qmin, qmax } = dtypeRange(dtype);
        const zeroPoint = low ? qmin - beyond : qmax + beyond;
        let error: unknown;
        try {
          quantize([1], { scale: 1, zeroPoint, dtype });
        } catch (e) {
          error = e;
        }
        expect((error as QuantError).code).toBe('zero-point-out-of-range');
        expect((error as QuantError).message).toContain(String(zeroPoint));
      }),
      RUNS,
    );
  });
});
