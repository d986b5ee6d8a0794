/**
 * A seeded sample of `npm run fuzz` (scripts/fuzz-formats.ts): mutated and
 * truncated fixture models and random bytes must end in a summary or a
 * FormatError, never another exception. The full run (10,000+ cases per
 * format, timing and memory) is the script's job.
 */
import { describe, expect, it } from 'vitest';
import { loadSeeds, makeCase, rng, runCase } from '../../../scripts/fuzz-formats.ts';
import { requireFixtures } from '../../support/fixtures.ts';

describe('fuzz sample (seeded)', () => {
  if (!requireFixtures('Fuzz sample', 'models', 'tflite')) return;
  const seeds = loadSeeds();

  for (const format of ['tflite', 'onnx'] as const) {
    it(`${format}: 400 mutated, truncated and random inputs end in a summary or a FormatError`, () => {
      const random = rng(format === 'tflite' ? 11 : 12);
      const outcomes = new Map<string, number>();
      for (let i = 0; i < 400; i++) {
        const c = makeCase(format, seeds, random);
        const o = runCase(c);
        if (o.result === 'uncaught') throw new Error(`case ${i} (${c.kind} of ${c.source}) threw ${o.error}`);
        outcomes.set(o.result, (outcomes.get(o.result) ?? 0) + 1);
      }
      // Both outcomes occur: the sample really exercises the error paths and the full read.
      expect(outcomes.get('format-error')).toBeGreaterThan(50);
      expect(outcomes.get('ok')).toBeGreaterThan(5);
    });
  }

  it('the generator is deterministic for a seed', () => {
    const a = rng(5);
    const b = rng(5);
    const ca = makeCase('tflite', seeds, a);
    const cb = makeCase('tflite', seeds, b);
    expect(ca.kind).toBe(cb.kind);
    expect([...ca.bytes]).toEqual([...cb.bytes]);
  });
});
