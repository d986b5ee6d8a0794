// Evaluation helpers on hand-worked cases and properties.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { accuracy, argmaxRows, confusionMatrix, disagreements, softmaxRows } from '../../../src/lib/model/evaluate.ts';
import { quantileSorted, summarize } from '../../../src/lib/model/latency.ts';
import { chooseThreads } from '../../../src/lib/model/threads.ts';

describe('argmaxRows', () => {
  it('takes the largest of each row of 10, the first on ties', () => {
    const logits = new Float32Array(30);
    logits[3] = 5; // row 0 → 3
    logits[10 + 7] = 2;
    logits[10 + 2] = 2; // row 1: tie between 2 and 7 → 2
    logits.fill(-1, 20, 30);
    logits[29] = -0.5; // row 2 → 9
    expect([...argmaxRows(logits)]).toEqual([3, 2, 9]);
  });
});

describe('accuracy, confusion matrix, disagreements', () => {
  it('count a worked example', () => {
    const labels = [0, 1, 1, 2, 2, 2];
    const predicted = [0, 1, 2, 2, 2, 0];
    expect(accuracy(predicted, labels)).toBeCloseTo(4 / 6, 12);
    const m = confusionMatrix(predicted, labels, 3);
    expect([...m]).toEqual([1, 0, 0, 0, 1, 1, 1, 0, 2]);
    expect(disagreements(predicted, labels)).toEqual([2, 5]);
  });

  it('the matrix sums to the number of images and its diagonal to the right answers', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 9 }), fc.integer({ min: 0, max: 9 })), { minLength: 1 }), (pairs) => {
        const labels = pairs.map((p) => p[0]);
        const predicted = pairs.map((p) => p[1]);
        const m = confusionMatrix(predicted, labels);
        expect(m.reduce((a, b) => a + b, 0)).toBe(pairs.length);
        let diagonal = 0;
        for (let i = 0; i < 10; i++) diagonal += m[i * 11];
        expect(diagonal / pairs.length).toBeCloseTo(accuracy(predicted, labels), 12);
      }),
    );
  });

  it('refuses mismatched lengths', () => {
    expect(() => accuracy([1], [1, 2])).toThrow(RangeError);
  });
});

describe('softmaxRows', () => {
  it('gives equal probabilities to equal logits and survives huge ones', () => {
    const p = softmaxRows(new Float32Array(10).fill(1000));
    for (const v of p) expect(v).toBeCloseTo(0.1, 6);
  });
  it('rows sum to 1 and keep the order of the logits', () => {
    fc.assert(
      fc.property(fc.array(fc.float({ min: -50, max: 50, noNaN: true }), { minLength: 10, maxLength: 10 }), (row) => {
        const p = softmaxRows(Float32Array.from(row));
        expect(p.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 5);
        // Logits a hair apart may share one float32 probability, so compare values, not indices.
        expect(p[argmaxRows(Float32Array.from(row))[0]]).toBe(Math.max(...p));
      }),
    );
  });
});

describe('latency summaries', () => {
  it('median and quartiles of a worked example', () => {
    const s = summarize([5, 1, 3, 2, 4]);
    expect(s).toMatchObject({ median: 3, q1: 2, q3: 4, min: 1, max: 5, runs: 5 });
    expect(quantileSorted([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(summarize([]).runs).toBe(0);
  });
});

describe('chooseThreads', () => {
  it('uses one thread unless the page is cross-origin isolated', () => {
    expect(chooseThreads({ crossOriginIsolated: false, hardwareConcurrency: 16 })).toBe(1);
    expect(chooseThreads({ hardwareConcurrency: 8 })).toBe(1);
    expect(chooseThreads({ crossOriginIsolated: true, hardwareConcurrency: 2 })).toBe(2);
    expect(chooseThreads({ crossOriginIsolated: true, hardwareConcurrency: 16 })).toBe(4);
    expect(chooseThreads({ crossOriginIsolated: true })).toBe(1);
  });
});
