import { describe, expect, it } from 'vitest';
import { niceStep, sliderDomain } from '../../../src/widgets/affine-quantizer/domain.ts';
import { decimalsFor, fixed, percent, sig } from '../../../src/widgets/shared/format.ts';

describe('niceStep', () => {
  it('picks 1, 2 or 5 times a power of ten near span/500', () => {
    expect(niceStep(10)).toBe(0.02);
    expect(niceStep(2)).toBeCloseTo(0.005, 12);
    expect(niceStep(300)).toBe(1);
    expect(niceStep(0)).toBe(0.01);
  });
});

describe('sliderDomain', () => {
  const data = { min: -1.7, max: 1.9 };
  const start = { min: -3, max: 4 };

  it('covers 0, the data and the starting range, on the step grid', () => {
    const d = sliderDomain(data, start, start);
    expect(d.lo).toBeLessThan(-3);
    expect(d.hi).toBeGreaterThan(4);
    expect(Math.abs(d.lo / d.step - Math.round(d.lo / d.step))).toBeLessThan(1e-9);
    expect(Math.abs(d.hi / d.step - Math.round(d.hi / d.step))).toBeLessThan(1e-9);
    const positive = sliderDomain({ min: 0.5, max: 0.9 }, { min: 0.6, max: 0.8 }, { min: 0.6, max: 0.8 });
    expect(positive.lo).toBeLessThanOrEqual(0);
  });

  it('does not move while the current range stays inside it (dragging to the ends included)', () => {
    const d = sliderDomain(data, start, start);
    expect(sliderDomain(data, start, { min: d.lo, max: d.hi })).toEqual(d);
    expect(sliderDomain(data, start, { min: 0, max: 0 })).toEqual(d);
  });

  it('grows to include a typed value outside it', () => {
    const d = sliderDomain(data, start, { min: -50, max: 4 });
    expect(d.lo).toBeLessThan(-50);
    expect(d.hi).toBeGreaterThanOrEqual(4);
  });
});

describe('format', () => {
  it('uses the minus sign and powers of ten', () => {
    expect(sig(-1.23456, 3)).toBe('\u22121.23');
    expect(sig(0.0000123456, 3)).toBe('1.23 × 10\u207b\u2075');
    expect(sig(0)).toBe('0');
    expect(fixed(-0.001, 2)).toBe('0.00');
    expect(fixed(-1, 2)).toBe('\u22121.00');
  });

  it('writes small percentages readably', () => {
    expect(percent(0)).toBe('0%');
    expect(percent(0.00001)).toBe('< 0.01%');
    expect(percent(0.0123)).toBe('1.23%');
    expect(percent(0.5)).toBe('50%');
  });

  it('counts the decimals of a step', () => {
    expect(decimalsFor(0.05)).toBe(2);
    expect(decimalsFor(0.1)).toBe(1);
    expect(decimalsFor(2)).toBe(0);
  });
});

describe('count', () => {
  it('groups thousands with commas', async () => {
    const { count } = await import('../../../src/widgets/shared/format.ts');
    expect(count(0)).toBe('0');
    expect(count(999)).toBe('999');
    expect(count(1000)).toBe('1,000');
    expect(count(1048576)).toBe('1,048,576');
    expect(count(-65536)).toBe('\u221265,536');
  });
});

describe('ordinal', () => {
  it('names powers of two and the teens correctly', async () => {
    const { ordinal } = await import('../../../src/widgets/shared/format.ts');
    expect([1, 2, 3, 4, 8, 11, 12, 13, 21, 32, 64, 128].map(ordinal)).toEqual(
      ['1st', '2nd', '3rd', '4th', '8th', '11th', '12th', '13th', '21st', '32nd', '64th', '128th'],
    );
  });
});
