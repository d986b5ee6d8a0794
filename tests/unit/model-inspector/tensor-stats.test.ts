// Stored bytes → dequantized histogram and per-channel ranges, on tensors
// small enough to work out by hand.
import { describe, expect, it } from 'vitest';
import type { TensorSummary } from '../../../src/lib/formats/summary.ts';
import { tensorStats, type TensorStats } from '../../../src/widgets/model-inspector/tensor-stats.ts';

function tensor(over: Partial<TensorSummary>): TensorSummary {
  return { index: 0, name: 'w', shape: [2, 3], dtype: 'int8', byteSize: 6, isConstant: true, producers: [], consumers: [], subgraph: 0, ...over };
}
function ok(r: TensorStats | { error: string }): TensorStats {
  if ('error' in r) throw new Error(r.error);
  return r;
}

describe('tensorStats', () => {
  const codes = new Uint8Array(new Int8Array([-2, 0, 4, 10, -10, 5]).buffer);

  it('dequantizes per channel along axis 0 (row-major: each row is a channel)', () => {
    const t = tensor({ quantization: { scales: [0.5, 0.1], zeroPoints: [0, 0], axis: 0 } });
    const s = ok(tensorStats(7, t, codes, 4));
    // Row 0: −1, 0, 2; row 1: 1, −1, 0.5.
    expect(s.values).toBe('real');
    expect(s.count).toBe(6);
    expect(s.min).toBeCloseTo(-1, 12);
    expect(s.max).toBeCloseTo(2, 12);
    expect(s.channels![0]).toEqual({ min: -1, max: 2 });
    expect(s.channels![1].min).toBeCloseTo(-1, 12);
    expect(s.channels![1].max).toBeCloseTo(1, 12);
    // Bins of width 0.75 from −1: [−1, −0.25) holds −1, −1; [−0.25, 0.5) holds 0; [0.5, 1.25) holds 1, 0.5; [1.25, 2] holds 2.
    expect(s.histogram.counts).toEqual([2, 1, 2, 1]);
  });

  it('dequantizes along the last axis too', () => {
    const t = tensor({ quantization: { scales: [1, 2, 3], zeroPoints: [0, 0, 1], axis: 1 } });
    const s = ok(tensorStats(0, t, codes));
    // Columns: [−2, 10]·1, [0, −10]·2, [(4−1), (5−1)]·3.
    expect(s.channels).toEqual([{ min: -2, max: 10 }, { min: -20, max: 0 }, { min: 9, max: 12 }]);
  });

  it('shows raw codes when the per-axis parameters do not fit the shape', () => {
    const t = tensor({ shape: [6], quantization: { scales: [1, 2, 3], zeroPoints: [0, 0, 0], axis: 3 } });
    const s = ok(tensorStats(0, t, codes));
    expect(s.values).toBe('codes');
    expect(s.note).toMatch(/do not match the shape/);
    expect([s.min, s.max]).toEqual([-10, 10]);
  });

  it('reads float32 as it is and leaves NaN out', () => {
    const f = new Float32Array([1.5, NaN, -3]);
    const t = tensor({ dtype: 'float32', shape: [3], byteSize: 12 });
    const s = ok(tensorStats(0, t, new Uint8Array(f.buffer)));
    expect(s).toMatchObject({ values: 'float', count: 3, nonFinite: 1, min: -3, max: 1.5 });
  });

  it('unpacks int4 two per byte, low nibble first', () => {
    // 0x7f → 15 (−1), 7; 0x80 → 0, 8 (−8).
    const t = tensor({ dtype: 'int4', shape: [4], byteSize: 2, quantization: { scales: [0.25], zeroPoints: [0], axis: 0 } });
    const s = ok(tensorStats(0, t, new Uint8Array([0x7f, 0x80])));
    expect([s.count, s.min, s.max]).toEqual([4, -2, 1.75]);
  });

  it('says so for an empty tensor', () => {
    expect(tensorStats(0, tensor({ byteSize: 0 }), new Uint8Array(0))).toEqual({ error: 'the tensor stores no values' });
  });
});

describe('tensorStats: the counting path and the decoding path agree', () => {
  it('gives the same figures for int8 codes stored as int8 and as int16 (property over random tensors)', async () => {
    const fc = (await import('fast-check')).default;
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 2, max: 5 }),
        fc.integer({ min: 1, max: 6 }),
        fc.integer({ min: 0, max: 2 ** 31 }),
        (rows, cols, depth, seed) => {
          const n = rows * cols * depth;
          const codes = Int8Array.from({ length: n }, (_, i) => ((i * 2654435761 + seed) >>> 24) - 128);
          const wide = Int16Array.from(codes);
          const quant = { scales: Array.from({ length: cols }, (_, c) => 0.01 * (c + 1)), zeroPoints: Array.from({ length: cols }, (_, c) => c - 2), axis: 1 };
          const shape = [rows, cols, depth];
          const a = ok(tensorStats(0, tensor({ shape, dtype: 'int8', quantization: quant }), new Uint8Array(codes.buffer)));
          const b = ok(tensorStats(0, tensor({ shape, dtype: 'int16', quantization: quant }), new Uint8Array(wide.buffer)));
          expect(a).toEqual(b);
          // Each channel's range from the codes themselves: (q − z_c)·s_c over that channel's codes.
          for (let c = 0; c < cols; c++) {
            const reals: number[] = [];
            for (let r = 0; r < rows; r++) for (let d = 0; d < depth; d++) reals.push((codes[(r * cols + c) * depth + d] - (c - 2)) * quant.scales[c]);
            expect(a.channels![c]).toEqual({ min: Math.min(...reals), max: Math.max(...reals) });
          }
          expect(a.histogram.counts.reduce((x, y) => x + y, 0)).toBe(n);
        },
      ),
    );
  });
});
