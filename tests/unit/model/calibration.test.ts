// Calibration observers on hand-worked activations.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ActivationObserver } from '../../../src/lib/model/calibration.ts';

function observe(images: number[][]): ActivationObserver {
  const o = new ActivationObserver('layer');
  for (const im of images) o.add(Float32Array.from(im));
  return o;
}

describe('ActivationObserver', () => {
  it('min/max covers every value of every image', () => {
    const o = observe([[0, 1, 2], [-3, 0.5], [7]]);
    expect(o.minMax()).toEqual({ min: -3, max: 7 });
    expect(o.images).toBe(3);
    expect(o.valueCount).toBe(6);
    expect([...o.values()]).toEqual([0, 1, 2, -3, 0.5, 7]);
  });

  it('moving average follows each image’s extremes: 1 → 1.5 → 2.25 with constant 0.5', () => {
    const o = observe([[0, 1], [-2, 2], [0, 3]]);
    expect(o.movingAverage(0.5)).toEqual({ min: -0.5, max: 2.25 });
  });

  it('percentile 99.99 ignores one outlier in 10,000 that min/max keeps', () => {
    const values = Array.from({ length: 9999 }, (_, i) => i / 9998); // 0 … 1
    values.push(1000);
    const o = observe([values]);
    expect(o.minMax().max).toBe(1000);
    const r = o.percentile(99.99);
    expect(r.min).toBe(0);
    expect(r.max).toBeGreaterThanOrEqual(1);
    expect(r.max).toBeLessThan(1.25); // one histogram bin (1000/8192) above the largest kept value
  });

  it('percentile 99 of 0…9999 cuts about 100 values at each end', () => {
    const o = observe([Array.from({ length: 10000 }, (_, i) => i)]);
    const r = o.percentile(99);
    const bin = 9999 / 8192;
    expect(r.min).toBeGreaterThan(100 - 2 * bin);
    expect(r.min).toBeLessThanOrEqual(100);
    expect(r.max).toBeGreaterThanOrEqual(9899);
    expect(r.max).toBeLessThan(9900 + 2 * bin);
  });

  it('every method gives a range inside min/max', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.float({ min: -100, max: 100, noNaN: true }), { minLength: 1, maxLength: 50 }), { minLength: 1, maxLength: 20 }),
        (images) => {
          const o = observe(images);
          const full = o.minMax();
          for (const r of [o.percentile(99.9), o.percentile(99.99), o.movingAverage(0.01)]) {
            expect(r.min).toBeGreaterThanOrEqual(full.min);
            expect(r.max).toBeLessThanOrEqual(full.max + 1e-9 * Math.abs(full.max));
            expect(r.min).toBeLessThanOrEqual(r.max);
          }
        },
      ),
    );
  });

  it('refuses NaN activations, empty observers and bad settings', () => {
    expect(() => observe([[0, NaN]])).toThrow(/not a finite number/);
    expect(() => new ActivationObserver('x').minMax()).toThrow(/no calibration images/);
    expect(() => observe([[1]]).percentile(20)).toThrow(RangeError);
    expect(() => observe([[1]]).movingAverage(0)).toThrow(RangeError);
  });
});
