// What the quantizer widget reports for a tensor. Expected codes for the tie
// values are the rounding rules applied by hand (lesson 1's table).
import { describe, expect, it } from 'vitest';
import { STAIRCASE_POINTS, TensorAnalysis } from '../../../src/widgets/affine-quantizer/analysis.ts';
import { JobRunner, type JobRequest } from '../../../src/widgets/affine-quantizer/job.ts';
import { resolveParams, type ParamSettings, type ResolvedParams } from '../../../src/widgets/affine-quantizer/params.ts';
import { rebin, describeErrors, describeFloats } from '../../../src/widgets/affine-quantizer/describe.ts';
import { en } from '../../../src/widgets/affine-quantizer/strings.ts';
import { generateTensor } from '../../../src/lib/data/index.ts';

function params(s: Partial<ParamSettings>): ResolvedParams {
  const r = resolveParams({ dtype: 'uint8', narrowRange: false, min: -1, max: 1, scale: null, zeroPoint: null, ...s });
  if (!r.ok) throw new Error(r.message);
  return r.params;
}

const TIES = [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.4, -3];

describe('ties', () => {
  // int8 with scale exactly 1 and zero point 0: every .5 is an exact tie.
  const p = params({ dtype: 'int8', scale: 1, zeroPoint: 0 });
  const tensor = new TensorAnalysis(Float32Array.from(TIES));
  const run = (rounding: 'half-away-from-zero' | 'half-to-even' | 'half-up') =>
    tensor.run({ params: p, dtype: 'int8', narrowRange: false, rounding, domain: [-4, 4] });

  it('counts the values whose code depends on the rounding mode', () => {
    const a = run('half-away-from-zero');
    // 0.5, 2.5, −0.5, −1.5 and −2.5 differ somewhere; 1.5, 3.5, 0.4 and −3 never do.
    expect(a.tieCount).toBe(5);
    // Half to even differs from half away from zero at 0.5, 2.5, −0.5, −2.5.
    expect(a.tieChanges['half-to-even']).toBe(4);
    // Half up (floor(x + 0.5)) differs at −0.5, −1.5, −2.5.
    expect(a.tieChanges['half-up']).toBe(3);
    expect(a.tieChanges['half-away-from-zero']).toBe(0);
  });

  it('lists every value of a small tensor in order, with each mode’s code', () => {
    const a = run('half-to-even');
    expect(a.rowsAreAll).toBe(true);
    expect(a.rows.map((r) => r.f)).toEqual(Array.from(Float32Array.from(TIES)));
    expect(a.rows.map((r) => r.q)).toEqual([0, 2, 2, 4, 0, -2, -2, 0, -3]);
    expect(a.rows.map((r) => r.codes['half-away-from-zero'])).toEqual([1, 2, 3, 4, -1, -2, -3, 0, -3]);
    expect(a.rows.map((r) => r.codes['half-up'])).toEqual([1, 2, 3, 4, 0, -1, -2, 0, -3]);
    expect(a.rows.map((r) => r.tie)).toEqual([true, false, true, false, true, true, true, false, false]);
  });
});

describe('clipping, levels and errors', () => {
  it('counts values pinned to the end codes as clipped', () => {
    const p = params({ min: -1, max: 1 });
    const a = new TensorAnalysis(Float32Array.from([-3, -0.5, 0, 0.5, 10])).run({
      params: p, dtype: 'uint8', narrowRange: false, rounding: 'half-to-even', domain: [-3, 10],
    });
    expect(a.clippedCount).toBe(2);
    expect(a.clippedFraction).toBeCloseTo(0.4, 12);
    expect(a.rows.filter((r) => r.clipped).map((r) => r.f)).toEqual([-3, 10]);
    expect(a.maxAbs).toBeGreaterThan(8.9);
  });

  it('keeps in-range errors within half a step and accounts for every value in the error histogram', () => {
    const values = generateTensor({ source: 'uniform', size: 65536, seed: 3 });
    const p = params({ min: -1, max: 1 });
    const a = new TensorAnalysis(values).run({
      params: p, dtype: 'uint8', narrowRange: false, rounding: 'half-away-from-zero', domain: [-1.2, 1.2],
    });
    // The nudged range ends a hair below 1: the few values above it are
    // counted as clipped, but they still land within half a step.
    expect(a.clippedFraction).toBeLessThan(0.003);
    expect(a.maxAbs).toBeLessThanOrEqual(p.scale / 2 + 1e-7);
    const h = a.errorHist;
    expect(h.counts.reduce((x, y) => x + y, 0) + h.underflow + h.overflow).toBe(values.length);
    // Uniform data over the whole range uses (nearly) every code.
    expect(a.levelsUsed).toBeGreaterThan(250);
    expect(a.levelsTotal).toBe(256);
    // Uniform rounding error: MSE ≈ s²/12.
    expect(a.mse / (p.scale ** 2 / 12)).toBeGreaterThan(0.9);
    expect(a.mse / (p.scale ** 2 / 12)).toBeLessThan(1.1);
  });

  it('samples a sorted staircase that spans the whole tensor', () => {
    const values = generateTensor({ source: 'laplace', size: 262144, seed: 1 });
    const t = new TensorAnalysis(values);
    const a = t.run({ params: params({}), dtype: 'uint8', narrowRange: false, rounding: 'half-to-even', domain: [-3, 3] });
    const xs = a.staircase.x;
    expect(xs.length).toBe(STAIRCASE_POINTS);
    expect(xs[0]).toBe(t.summary.min);
    expect(xs[xs.length - 1]).toBe(t.summary.max);
    for (let i = 1; i < xs.length; i++) expect(xs[i]).toBeGreaterThanOrEqual(xs[i - 1]);
    // Beyond the range the staircase is flat at the end values.
    expect(a.staircase.y[0]).toBeCloseTo(-1, 1);
    expect(a.staircase.y[xs.length - 1]).toBeCloseTo(1, 1);
  });

  it('picks sample rows for big tensors: min, max and a value at or near 0, sorted', () => {
    const values = generateTensor({ source: 'relu', size: 16384, seed: 1 });
    const a = new TensorAnalysis(values).run({
      params: params({ min: 0, max: 2 }), dtype: 'uint8', narrowRange: false, rounding: 'half-to-even', domain: [0, 3],
    });
    expect(a.rowsAreAll).toBe(false);
    expect(a.rows.length).toBeLessThanOrEqual(8);
    const fs = a.rows.map((r) => r.f);
    expect([...fs].sort((x, y) => x - y)).toEqual(fs);
    expect(fs).toContain(0);
    expect(a.rows.find((r) => r.f === 0)?.fHat).toBe(0);
  });
});

describe('JobRunner', () => {
  const base = (over: Partial<JobRequest> = {}): JobRequest => ({
    tensor: { source: 'custom', size: 1024, seed: 1, values: '1, 2, 3' },
    fallback: { source: 'custom', size: 1024, seed: 1, values: '0, 1' },
    start: { min: -1, max: 1 },
    current: { min: -1, max: 1 },
    params: params({}),
    dtype: 'uint8',
    narrowRange: false,
    rounding: 'half-to-even',
    ...over,
  });

  it('keeps drawing the last readable numbers when the typed ones are bad', () => {
    const runner = new JobRunner();
    expect(runner.run(base()).analysis.count).toBe(3);
    const bad = runner.run(base({ tensor: { source: 'custom', size: 1024, seed: 1, values: '1, NaN' } }));
    expect(bad.tensorError).toMatch(/NaN/);
    expect(bad.analysis.count).toBe(3);
    expect(Number.isFinite(bad.analysis.mse)).toBe(true);
  });

  it('falls back to the default numbers when nothing readable came before', () => {
    const r = new JobRunner().run(base({ tensor: { source: 'custom', size: 1024, seed: 1, values: '' } }));
    expect(r.tensorError).toMatch(/at least one number/);
    expect(r.analysis.count).toBe(2);
  });
});

describe('text alternatives', () => {
  const values = generateTensor({ source: 'normal', size: 4096, seed: 2 });
  const p = params({ min: -0.5, max: 0.5 });
  const a = new TensorAnalysis(values).run({ params: p, dtype: 'uint8', narrowRange: false, rounding: 'half-to-even', domain: [-2, 2] });

  it('rebins without losing counts', () => {
    const merged = rebin(a.floatHist, 16);
    expect(merged.length).toBeLessThanOrEqual(16);
    expect(merged.reduce((s, b) => s + b.count, 0)).toBe(a.floatHist.counts.reduce((s, c) => s + c, 0));
    expect(merged[0].lo).toBe(a.floatHist.lo);
    expect(merged[merged.length - 1].hi).toBeCloseTo(a.floatHist.hi, 12);
  });

  it('summarise the charts with the figures a reader needs', () => {
    const f = describeFloats(a, p, en.chart);
    expect(f.label).toMatch(/4,096 float values/);
    expect(f.label).toMatch(/256 levels/);
    expect(f.table.rows.length).toBeLessThanOrEqual(18);
    const e = describeErrors(a, p, en.chart);
    expect(a.clippedCount).toBeGreaterThan(0);
    expect(e.label).toMatch(/clipped values have errors beyond ±s/);
  });
});
