import { describe, expect, it } from 'vitest';
import { MIN_LEVEL_SPACING_PX, gridStride } from '../../../src/widgets/affine-quantizer/charts.ts';

describe('gridStride', () => {
  it('draws every level when they are far enough apart', () => {
    expect(gridStride(MIN_LEVEL_SPACING_PX)).toBe(1);
    expect(gridStride(20)).toBe(1);
  });

  it('thins dense grids to every k-th level, k a power of two, lines at least 6 px apart', () => {
    for (const spacing of [3.9, 2, 1.9, 1, 0.3, 0.01]) {
      const k = gridStride(spacing);
      expect(Math.log2(k) % 1).toBe(0);
      expect(k * spacing).toBeGreaterThanOrEqual(6);
      expect((k / 2) * spacing).toBeLessThan(6);
    }
  });

  it('draws nothing for a degenerate spacing', () => {
    expect(gridStride(0)).toBe(Infinity);
    expect(gridStride(Number.NaN)).toBe(Infinity);
  });
});
