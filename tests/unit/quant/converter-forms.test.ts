/**
 * The converter's three forms: hand-worked cases from the documented formulas
 * (computed here, in the test, with Math.fround where the model stores a
 * float32), the numbers TensorFlow printed in the questions this site
 * answers, and fast-check round trips between the forms.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  FORM_DTYPES, QuantError, converterParams, coveredRange, linkForms, rangeToStats, statsToRange, wrongMeanStdRange,
} from '../../../src/lib/quant/index.ts';
import type { FormDtype } from '../../../src/lib/quant/index.ts';

const Q: Record<FormDtype, [number, number]> = { uint8: [0, 255], int8: [-128, 127], int16: [-32768, 32767] };

describe('the numbers TensorFlow printed', () => {
  it('quantized_input_stats (0, 255) → (0.003921568859368563, 0), covering [0, 1]', () => {
    const f = linkForms({ from: 'stats', mean: 0, stdDev: 255 }, 'uint8');
    expect(f.params.scale).toBe(0.003921568859368563);
    expect(f.params.scale).toBe(Math.fround(1 / 255));
    expect(f.params.zeroPoint).toBe(0);
    expect(f.range).toEqual({ min: 0, max: 1 });
    expect(f.covered.min).toBe(0);
    expect(f.covered.max).toBeCloseTo(1, 6);
  });

  it('default_ranges_stats (−100, 100) → (0.7843137383460999, 128), covering about [−100.39, 99.61]', () => {
    const f = linkForms({ from: 'range', min: -100, max: 100 }, 'uint8');
    expect(f.params.scale).toBe(0.7843137383460999);
    expect(f.params.scale).toBe(Math.fround(200 / 255));
    expect(f.params.zeroPoint).toBe(128);
    // 100 / (200/255) is exactly 127.5 in double: a tie, rounded away from zero.
    expect(f.idealZeroPoint).toBe(127.5);
    expect(f.covered.min).toBe(-128 * Math.fround(200 / 255));
    expect(f.covered.max).toBe(127 * Math.fround(200 / 255));
    expect(f.covered.min).toBeCloseTo(-100.39, 2);
    expect(f.covered.max).toBeCloseTo(99.61, 2);
    // The same grid written as the converter's statistics: mean 127.5, std_dev 1.275.
    expect(f.stats.mean).toBeCloseTo(127.5, 12);
    expect(f.stats.stdDev).toBeCloseTo(255 / 200, 12);
  });

  it('(127.5, 127.5) is a tie: zero point 128, range about [−1.0039, 0.9961]', () => {
    const f = linkForms({ from: 'stats', mean: 127.5, stdDev: 127.5 }, 'uint8');
    expect(f.range).toEqual({ min: -1, max: 1 });
    expect(f.params.zeroPoint).toBe(128);
    expect(f.params.scale).toBe(Math.fround(2 / 255));
    expect(f.covered.min).toBeCloseTo(-1.0039, 4);
    expect(f.covered.max).toBeCloseTo(0.9961, 4);
    expect(f.covered.min).toBe(-128 * Math.fround(2 / 255));
  });

  it("the other answer's (128, 127) for inputs in [−1, 1]: scale 1/127, zero point 128", () => {
    const f = linkForms({ from: 'stats', mean: 128, stdDev: 127 }, 'uint8');
    expect(f.params).toEqual({ scale: Math.fround(1 / 127), zeroPoint: 128 });
    expect(f.range.min).toBeCloseTo(-128 / 127, 12);
    expect(f.range.max).toBe(1);
  });

  it('inputs in [0, 255]: (mean 0, std_dev 1) → scale 1, zero point 0', () => {
    expect(linkForms({ from: 'range', min: 0, max: 255 }, 'uint8').params).toEqual({ scale: 1, zeroPoint: 0 });
    expect(linkForms({ from: 'range', min: 0, max: 255 }, 'uint8').stats).toEqual({ mean: 0, stdDev: 1 });
  });
});

describe('hand-worked cases', () => {
  it('int8 [−1, 1]: ideal zero point −0.5 rounds away from zero to −1', () => {
    const f = linkForms({ from: 'range', min: -1, max: 1 }, 'int8');
    expect(f.stats.mean).toBe(-0.5);
    expect(f.stats.stdDev).toBe(127.5);
    expect(f.idealZeroPoint).toBe(-0.5);
    expect(f.params.zeroPoint).toBe(-1);
  });

  it('int8 inputs in [0, 1]: mean −128, std_dev 255, the uint8 grid shifted by 128', () => {
    const f = linkForms({ from: 'stats', mean: -128, stdDev: 255 }, 'int8');
    expect(f.params).toEqual({ scale: Math.fround(1 / 255), zeroPoint: -128 });
    expect(f.range).toEqual({ min: 0, max: 1 });
  });

  it('int16 [−1, 1]: scale 2/65535, zero point −0.5 → −1', () => {
    const f = linkForms({ from: 'range', min: -1, max: 1 }, 'int16');
    expect(f.params.scale).toBe(Math.fround(2 / 65535));
    expect(f.params.zeroPoint).toBe(-1);
  });

  it('(scale, zero point) → (mean, std_dev) = (zero point, 1 / scale) and the covered range', () => {
    const f = linkForms({ from: 'params', scale: 0.5, zeroPoint: 10 }, 'uint8');
    expect(f.stats).toEqual({ mean: 10, stdDev: 2 });
    expect(f.range).toEqual({ min: -5, max: 122.5 });
  });

  it('a range without 0 clamps the zero point: [2, 10] in uint8 gets zero point 0 and slides to [0, 8]', () => {
    const f = linkForms({ from: 'range', min: 2, max: 10 }, 'uint8');
    expect(f.clamped).toBe(true);
    expect(f.params.zeroPoint).toBe(0);
    expect(f.params.scale).toBe(Math.fround(8 / 255));
    expect(f.covered.min).toBe(0);
    expect(f.covered.max).toBeCloseTo(8, 5);
  });

  it('a mean outside the type clamps too: mean 300 in uint8', () => {
    const f = linkForms({ from: 'stats', mean: 300, stdDev: 1 }, 'uint8');
    expect(f.range).toEqual({ min: -300, max: -45 });
    expect(f.clamped).toBe(true);
    expect(f.params.zeroPoint).toBe(255);
  });

  it('the widely copied formula multiplies: (0, 255) claims [0, 65025] instead of [0, 1]', () => {
    expect(wrongMeanStdRange({ mean: 0, stdDev: 255 }, 'uint8')).toEqual({ min: 0, max: 65025 });
    expect(wrongMeanStdRange({ mean: 127.5, stdDev: 127.5 }, 'uint8')).toEqual({ min: -16256.25, max: 16256.25 });
    expect(statsToRange({ mean: 0, stdDev: 255 }, 'uint8')).toEqual({ min: 0, max: 1 });
  });
});

describe('bad input', () => {
  const cases: Array<[string, () => unknown, string]> = [
    ['NaN mean', () => linkForms({ from: 'stats', mean: NaN, stdDev: 1 }, 'uint8'), 'mean-not-finite'],
    ['infinite std_dev', () => linkForms({ from: 'stats', mean: 0, stdDev: Infinity }, 'uint8'), 'std-dev-not-finite'],
    ['negative std_dev', () => linkForms({ from: 'stats', mean: 0, stdDev: -1 }, 'uint8'), 'std-dev-not-positive'],
    ['zero std_dev', () => linkForms({ from: 'stats', mean: 0, stdDev: 0 }, 'uint8'), 'std-dev-not-positive'],
    ['min > max', () => linkForms({ from: 'range', min: 1, max: 0 }, 'uint8'), 'min-greater-than-max'],
    ['min = max', () => linkForms({ from: 'range', min: 0, max: 0 }, 'uint8'), 'empty-range'],
    ['NaN max', () => linkForms({ from: 'range', min: 0, max: NaN }, 'uint8'), 'range-not-finite'],
    ['zero scale', () => linkForms({ from: 'params', scale: 0, zeroPoint: 0 }, 'uint8'), 'scale-not-positive'],
    ['scale below float32', () => linkForms({ from: 'params', scale: 1e-50, zeroPoint: 0 }, 'uint8'), 'scale-not-positive'],
    ['fractional zero point', () => linkForms({ from: 'params', scale: 1, zeroPoint: 127.5 }, 'uint8'), 'zero-point-not-integer'],
    ['zero point outside int8', () => linkForms({ from: 'params', scale: 1, zeroPoint: 128 }, 'int8'), 'zero-point-out-of-range'],
    ['int32', () => linkForms({ from: 'range', min: 0, max: 1 }, 'int32' as FormDtype), 'bad-dtype'],
    ['range too wide for float32', () => converterParams({ min: -1e300, max: 1e300 }, 'uint8'), 'scale-not-finite'],
  ];
  for (const [name, run, code] of cases) {
    it(`${name} → ${code}`, () => {
      try {
        run();
        expect.unreachable('should have thrown');
      } catch (e) {
        expect(e).toBeInstanceOf(QuantError);
        expect((e as QuantError).code).toBe(code);
      }
    });
  }
});

describe('round trips (fast-check)', () => {
  const dtypeArb = fc.constantFrom<FormDtype>(...FORM_DTYPES);
  const RUNS = { numRuns: 400 };

  it('(mean, std_dev) → (min, max) → (mean, std_dev)', () => {
    fc.assert(
      fc.property(
        dtypeArb,
        fc.double({ min: -1e5, max: 1e5, noNaN: true }),
        fc.double({ min: 1e-3, max: 1e6, noNaN: true }),
        (dtype, mean, stdDev) => {
          const back = rangeToStats(statsToRange({ mean, stdDev }, dtype), dtype);
          expect(back.stdDev).toBeCloseTo(stdDev, Math.max(0, 9 - Math.ceil(Math.log10(stdDev + 1))));
          expect(Math.abs(back.mean - mean)).toBeLessThanOrEqual(1e-9 * (Math.abs(mean) + 65536));
        },
      ),
      RUNS,
    );
  });

  it('(min, max) → (mean, std_dev) → (min, max)', () => {
    fc.assert(
      fc.property(
        dtypeArb,
        fc.double({ min: -1e4, max: 1e4, noNaN: true }),
        fc.double({ min: 1e-3, max: 1e4, noNaN: true }),
        (dtype, min, width) => {
          const max = min + width;
          fc.pre(max > min);
          const back = statsToRange(rangeToStats({ min, max }, dtype), dtype);
          const tol = 1e-9 * (Math.abs(min) + Math.abs(max));
          expect(Math.abs(back.min - min)).toBeLessThanOrEqual(tol);
          expect(Math.abs(back.max - max)).toBeLessThanOrEqual(tol);
        },
      ),
      RUNS,
    );
  });

  it('(scale, zero point) → (mean, std_dev) → (scale, zero point) exactly, as the converter would store it', () => {
    fc.assert(
      fc.property(
        dtypeArb,
        fc.float({ min: Math.fround(1e-6), max: Math.fround(1e3), noNaN: true, noDefaultInfinity: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (dtype, scale, t) => {
          const [qmin, qmax] = Q[dtype];
          const zeroPoint = Math.round(qmin + t * (qmax - qmin));
          const viaParams = linkForms({ from: 'params', scale, zeroPoint }, dtype);
          const viaStats = linkForms({ from: 'stats', ...viaParams.stats }, dtype);
          expect(viaStats.params).toEqual({ scale, zeroPoint });
          const viaRange = linkForms({ from: 'range', ...viaParams.range }, dtype);
          expect(viaRange.params).toEqual({ scale, zeroPoint });
        },
      ),
      RUNS,
    );
  });

  it('an integer mean inside the type comes back as the zero point, and 0.0 is on the grid', () => {
    fc.assert(
      fc.property(dtypeArb, fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 1e-2, max: 1e5, noNaN: true }), (dtype, t, stdDev) => {
        const [qmin, qmax] = Q[dtype];
        const mean = Math.round(qmin + t * (qmax - qmin));
        const f = linkForms({ from: 'stats', mean, stdDev }, dtype);
        expect(f.params.zeroPoint).toBe(mean);
        expect(f.clamped).toBe(false);
        expect(f.params.scale).toBe(Math.fround(1 / stdDev));
        expect(f.covered.min).toBeLessThanOrEqual(0);
        expect(f.covered.max).toBeGreaterThanOrEqual(0);
        expect(coveredRange(f.params, dtype)).toEqual(f.covered);
      }),
      RUNS,
    );
  });
});
