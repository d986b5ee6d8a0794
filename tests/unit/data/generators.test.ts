import { describe, expect, it } from 'vitest';
import { GENERATED_SOURCES, SOURCE_PARAMS, generateTensor, mulberry32 } from '../../../src/lib/data/index.ts';

function moments(values: Float32Array) {
  let sum = 0;
  for (const v of values) sum += v;
  const mean = sum / values.length;
  let m2 = 0;
  let m4 = 0;
  let absDev = 0;
  for (const v of values) {
    const d = v - mean;
    m2 += d * d;
    m4 += d ** 4;
    absDev += Math.abs(d);
  }
  const variance = m2 / values.length;
  return { mean, std: Math.sqrt(variance), kurtosis: m4 / values.length / variance ** 2, meanAbsDev: absDev / values.length };
}

describe('mulberry32', () => {
  it('repeats for the same seed and differs between seeds', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const c = mulberry32(43);
    const sa = Array.from({ length: 100 }, a);
    expect(Array.from({ length: 100 }, b)).toEqual(sa);
    expect(Array.from({ length: 100 }, c)).not.toEqual(sa);
  });

  it('stays in [0, 1) and fills it evenly', () => {
    const r = mulberry32(7);
    const buckets = new Array(10).fill(0);
    const n = 200_000;
    for (let i = 0; i < n; i++) {
      const u = r();
      expect(u >= 0 && u < 1).toBe(true);
      buckets[Math.floor(u * 10)]++;
    }
    // Each bucket expects n/10 = 20,000 with a standard deviation of ~134.
    for (const count of buckets) expect(Math.abs(count - n / 10)).toBeLessThan(800);
  });
});

describe('generateTensor', () => {
  it('is deterministic in (source, size, seed) for every source', () => {
    for (const source of GENERATED_SOURCES) {
      const a = generateTensor({ source, size: 4096, seed: 3 });
      const b = generateTensor({ source, size: 4096, seed: 3 });
      const c = generateTensor({ source, size: 4096, seed: 4 });
      expect(a).toBeInstanceOf(Float32Array);
      expect(a.length).toBe(4096);
      expect(b).toEqual(a);
      expect(c).not.toEqual(a);
      expect(a.every(Number.isFinite)).toBe(true);
    }
  });

  it('gives different sources different streams for the same seed', () => {
    const n = generateTensor({ source: 'normal', size: 64, seed: 1 });
    const r = generateTensor({ source: 'relu', size: 64, seed: 1 });
    expect(r.every((v, i) => v === Math.max(0, n[i]))).toBe(false);
  });

  it('draws normal values with the declared mean and spread', () => {
    const m = moments(generateTensor({ source: 'normal', size: 1 << 18, seed: 11 }));
    const { mean, std } = SOURCE_PARAMS.normal;
    expect(Math.abs(m.mean - mean)).toBeLessThan(0.005);
    expect(Math.abs(m.std - std) / std).toBeLessThan(0.01);
    expect(Math.abs(m.kurtosis - 3)).toBeLessThan(0.1);
  });

  it('draws uniform values inside [low, high) with a flat spread', () => {
    const values = generateTensor({ source: 'uniform', size: 1 << 18, seed: 5 });
    const { low, high } = SOURCE_PARAMS.uniform;
    expect(values.every((v) => v >= low && v < high)).toBe(true);
    const m = moments(values);
    expect(Math.abs(m.mean - (low + high) / 2)).toBeLessThan(0.01);
    expect(Math.abs(m.std - (high - low) / Math.sqrt(12))).toBeLessThan(0.005);
  });

  it('draws Laplace values with heavy tails', () => {
    const values = generateTensor({ source: 'laplace', size: 1 << 18, seed: 9 });
    const m = moments(values);
    const b = SOURCE_PARAMS.laplace.scale;
    // Laplace: mean absolute deviation b, excess kurtosis 3 (kurtosis 6).
    expect(Math.abs(m.meanAbsDev - b) / b).toBeLessThan(0.02);
    expect(m.kurtosis).toBeGreaterThan(5.2);
    expect(m.kurtosis).toBeLessThan(6.8);
    let max = 0;
    for (const v of values) max = Math.max(max, Math.abs(v));
    // The largest of n Laplace draws is about b·ln(n) ≈ 8.8σ here; a normal
    // tensor of the same size reaches only about 5σ.
    expect(max).toBeGreaterThan(7 * m.std);
  });

  it('makes ReLU activations: non-negative with a spike of exact zeros', () => {
    const values = generateTensor({ source: 'relu', size: 1 << 17, seed: 2 });
    expect(values.every((v) => v >= 0)).toBe(true);
    const zeros = values.filter((v) => v === 0).length / values.length;
    // P(N(0.1, 0.5) < 0) = Φ(−0.2) ≈ 0.4207.
    expect(Math.abs(zeros - 0.4207)).toBeLessThan(0.01);
  });

  it('makes 8-bit pixels mapped to [0, 1], spread over many levels', () => {
    const values = generateTensor({ source: 'pixels', size: 65536, seed: 1 });
    const levels = new Set<number>();
    for (const v of values) {
      const k = v * 255;
      expect(Math.abs(k - Math.round(k))).toBeLessThan(1e-4);
      expect(v >= 0 && v <= 1).toBe(true);
      levels.add(Math.round(k));
    }
    expect(levels.size).toBeGreaterThan(150);
    // Photographs have saturated highlights: some pixels sit at exactly 1.
    expect(values.filter((v) => v === 1).length).toBeGreaterThan(100);
  });

  it('refuses sizes it cannot make', () => {
    expect(() => generateTensor({ source: 'normal', size: 0, seed: 1 })).toThrow(RangeError);
    expect(() => generateTensor({ source: 'normal', size: 2.5, seed: 1 })).toThrow(RangeError);
    expect(() => generateTensor({ source: 'normal', size: 1e9, seed: 1 })).toThrow(/whole number/);
  });

  it('makes a million values quickly enough for a slider-driven widget', () => {
    const t0 = performance.now();
    const values = generateTensor({ source: 'normal', size: 1_048_576, seed: 1 });
    expect(values.length).toBe(1_048_576);
    expect(performance.now() - t0).toBeLessThan(1500);
  });
});
