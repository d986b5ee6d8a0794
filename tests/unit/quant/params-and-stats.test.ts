/**
 * chooseParams, the (mean, std_dev) conversions, errorStats and histogram on
 * cases worked out by hand, and on numbers TensorFlow's converter printed in
 * the questions this site answers.
 */
import { describe, expect, it } from 'vitest';
import {
  chooseParams, errorStats, fromMeanStd, histogram, representableRange, toMeanStd, wrongMeanStdRange,
} from '../../../src/lib/quant/index.ts';

describe('chooseParams', () => {
  it("reproduces the converter's output for default_ranges_stats = (-100, 100): (0.7843137383460999, 128)", () => {
    // Printed by get_output_details() for a uint8 model converted with
    // default_ranges_stats=(-100, 100); the same answer derives min −100.39, max 99.6.
    const c = chooseParams({ min: -100, max: 100 }, { dtype: 'uint8' });
    expect(c.scale).toBe(0.7843137383460999);
    expect(c.zeroPoint).toBe(128);
    expect(c.nudgedMin).toBeCloseTo(-100.39, 2);
    expect(c.nudgedMax).toBeCloseTo(99.61, 2);
  });

  it('[0, 1] in uint8 is scale 1/255, zero point 0 (the (0.003921568859368563, 0) of an image input)', () => {
    const c = chooseParams({ min: 0, max: 1 }, { dtype: 'uint8' });
    expect(c.scale).toBe(0.003921568859368563);
    expect(c.zeroPoint).toBe(0);
    expect([c.nudgedMin, c.nudgedMax]).toEqual([0, 1]);
  });

  it('widens a range that excludes 0', () => {
    // [2, 10] → [0, 10]: scale 10/255, zero point 0
    const c = chooseParams({ min: 2, max: 10 }, { dtype: 'uint8' });
    expect(c.zeroPoint).toBe(0);
    expect(c.scale).toBe(Math.fround(10 / 255));
    expect(c.nudgedMin).toBe(0);
    // [−10, −2] → [−10, 0]: zero point at the top
    const d = chooseParams({ min: -10, max: -2 }, { dtype: 'int8' });
    expect(d.zeroPoint).toBe(127);
    expect(d.nudgedMax).toBe(0);
  });

  it('nudges the zero point to an integer: [−1, 2] in uint8', () => {
    // scale = 3/255 = 0.0117647…; zero point from min = 0 + 1/scale = 85 exactly → 85.
    // In int8: −128 + 85 = −43.
    expect(chooseParams({ min: -1, max: 2 }, { dtype: 'uint8' }).zeroPoint).toBe(85);
    expect(chooseParams({ min: -1, max: 2 }, { dtype: 'int8' }).zeroPoint).toBe(-43);
    // [−0.3, 0.7]: scale = 1/255; 0.3·255 = 76.5 (about) → 77 or 76 depending on float32;
    // whichever, the nudged min must be within one step of −0.3 and 0 stays exact.
    const c = chooseParams({ min: -0.3, max: 0.7 }, { dtype: 'uint8' });
    expect(Math.abs(c.nudgedMin + 0.3)).toBeLessThanOrEqual(c.scale);
    expect((0 - c.zeroPoint) * c.scale).toBeCloseTo(c.nudgedMin, 6);
  });

  it('symmetric: zero point 0 (128 for uint8), scale = max|x| / 127', () => {
    const s8 = chooseParams({ min: -3, max: 2 }, { dtype: 'int8', symmetric: true, narrowRange: true });
    expect(s8).toMatchObject({ zeroPoint: 0, qmin: -127, qmax: 127, scale: Math.fround(3 / 127) });
    expect(s8.nudgedMin).toBe(-3);
    expect(s8.nudgedMax).toBe(3);
    const u8 = chooseParams({ min: -3, max: 2 }, { dtype: 'uint8', symmetric: true });
    expect(u8.zeroPoint).toBe(128);
    expect(u8.scale).toBe(Math.fround(3 / 127));
    const s16 = chooseParams({ min: -1, max: 1 }, { dtype: 'int16', symmetric: true });
    expect(s16.scale).toBe(Math.fround(1 / 32767));
  });

  it('a zero-width range gets scale 1 and keeps 0 exact, never NaN', () => {
    const c = chooseParams({ min: 0, max: 0 }, { dtype: 'int8' });
    expect(c.scale).toBe(1);
    expect(c.zeroPoint).toBe(-128);
    expect(chooseParams({ min: 0, max: 0 }, { dtype: 'int8', symmetric: true }).scale).toBe(1);
  });
});

describe('(mean, std_dev) ↔ (scale, zero_point)', () => {
  it('quantized_input_stats (0, 255) is what the interpreter reports as (0.003921568859368563, 0), range [0, 1]', () => {
    expect(fromMeanStd({ mean: 0, stdDev: 255 }, 'uint8')).toEqual({ scale: 0.003921568859368563, zeroPoint: 0, min: 0, max: 1 });
  });

  it('(127.5, 127.5) means [−1, 1]; the zero point 127.5 rounds away from zero to 128', () => {
    // min = (0 − 127.5)/127.5 = −1; max = (255 − 127.5)/127.5 = 1
    const r = fromMeanStd({ mean: 127.5, stdDev: 127.5 }, 'uint8');
    expect(r).toEqual({ scale: Math.fround(1 / 127.5), zeroPoint: 128, min: -1, max: 1 });
  });

  it('(128, 127) covers [−128/127, 1]', () => {
    const r = fromMeanStd({ mean: 128, stdDev: 127 }, 'uint8');
    expect(r.zeroPoint).toBe(128);
    expect(r.min).toBe(-128 / 127);
    expect(r.max).toBe(1);
  });

  it('int8 uses qmin −128: (−128, 255) covers [0, 1]', () => {
    expect(fromMeanStd({ mean: -128, stdDev: 255 }, 'int8')).toEqual({ scale: 0.003921568859368563, zeroPoint: -128, min: 0, max: 1 });
  });

  it('toMeanStd is the inverse form: mean = zero point, std_dev = 1/scale', () => {
    expect(toMeanStd({ scale: 0.5, zeroPoint: 128 })).toEqual({ mean: 128, stdDev: 2 });
  });

  it('the widely copied wrong formula multiplies by std_dev: (0, 255) claims [0, 65025]', () => {
    expect(wrongMeanStdRange({ mean: 0, stdDev: 255 }, 'uint8')).toEqual({ min: 0, max: 65025 });
    // and (127.5, 127.5) claims [−16256.25, 16256.25] instead of [−1, 1]
    expect(wrongMeanStdRange({ mean: 127.5, stdDev: 127.5 }, 'uint8')).toEqual({ min: -16256.25, max: 16256.25 });
  });
});

describe('errorStats', () => {
  it('hand-computed MSE, max error and SQNR', () => {
    // errors 0, 0, 0, −1 → MSE 1/4, RMSE 1/2, max 1; signal 1 + 4 + 9 + 16 = 30 → SQNR 10·log10(30/1)
    const s = errorStats([1, 2, 3, 4], [1, 2, 3, 5]);
    expect(s).toEqual({ mse: 0.25, rmse: 0.5, maxAbs: 1, sqnrDb: 10 * Math.log10(30), count: 4 });
  });

  it('SQNR is +Infinity when the reconstruction is exact, −Infinity for a zero signal with noise', () => {
    expect(errorStats([1, -2], [1, -2]).sqnrDb).toBe(Infinity);
    expect(errorStats([0, 0], [0, 0]).sqnrDb).toBe(Infinity);
    expect(errorStats([0, 0], [0, 1]).sqnrDb).toBe(-Infinity);
  });

  it('clippedFraction counts originals outside [(qmin − zp)·s, (qmax − zp)·s]', () => {
    // int8, scale 0.5, zero point 0: range [−64, 63.5]; 100 and −65 are outside, 63.5 is not
    const params = { scale: 0.5, zeroPoint: 0, dtype: 'int8' } as const;
    expect(representableRange(params)).toEqual({ min: -64, max: 63.5 });
    const s = errorStats([100, -65, 63.5, 0], [63.5, -64, 63.5, 0], params);
    expect(s.clippedFraction).toBe(0.5);
    expect(s.maxAbs).toBe(36.5);
  });
});

describe('histogram', () => {
  it('counts values into equal bins, max into the last bin, outsiders separately', () => {
    // bins over [0, 1]: [0, 0.25) [0.25, 0.5) [0.5, 0.75) [0.75, 1]
    const h = histogram([0, 0.1, 0.25, 0.5, 0.74, 0.75, 1, -0.1, 1.1, 2], { bins: 4, min: 0, max: 1 });
    expect(Array.from(h.edges)).toEqual([0, 0.25, 0.5, 0.75, 1]);
    expect(Array.from(h.counts)).toEqual([2, 1, 2, 2]);
    expect(h.underflow).toBe(1);
    expect(h.overflow).toBe(2);
  });

  it('bins agree with the stored edges, also for values exactly on an edge', () => {
    // Edges of [0, 0.3] in 3 bins are not 0.1 and 0.2 exactly in doubles, and
    // (v − min)·bins/width can land on the wrong side of them; whatever the
    // edges are, a value must be counted in the k with edges[k] ≤ v < edges[k+1].
    for (const [min, max, bins] of [[0, 0.3, 3], [-1, 1, 7], [0.1, 0.7, 6], [-1e-3, 5e-3, 11]]) {
      const probe = histogram([min], { bins, min, max });
      const values: number[] = [];
      for (const e of probe.edges) values.push(e, e - Math.abs(e) * 1e-16 - 1e-300, e + Math.abs(e) * 1e-16 + 1e-300);
      const h = histogram(values, { bins, min, max });
      const expected = new Array<number>(bins).fill(0);
      let under = 0;
      let over = 0;
      for (const v of values) {
        if (v < min) under++;
        else if (v > max) over++;
        else if (v === max) expected[bins - 1]++;
        else expected[h.edges.findIndex((e, k) => k < bins && e <= v && v < h.edges[k + 1])]++;
      }
      expect(Array.from(h.counts)).toEqual(expected);
      expect([h.underflow, h.overflow]).toEqual([under, over]);
      expect(h.edges[0]).toBe(min);
      expect(h.edges[bins]).toBe(max);
    }
  });

  it('handles a million values', () => {
    // 2^20 values k/1024 (exact in float32), 8 bins over [0, 1): 2^17 per bin
    const values = new Float32Array(2 ** 20);
    for (let i = 0; i < values.length; i++) values[i] = (i % 1024) / 1024;
    const h = histogram(values, { bins: 8, min: 0, max: 1 });
    expect(Array.from(h.counts)).toEqual(new Array(8).fill(2 ** 17));
  });
});
