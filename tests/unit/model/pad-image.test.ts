// The drawing pad's MNIST-style preprocessing on hand-made drawings.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toMnist } from '../../../src/widgets/model-comparison/pad-image.ts';

function blank(w: number, h: number): Float32Array {
  return new Float32Array(w * h);
}

function centreOfMass(img: Float32Array): [number, number] {
  let m = 0;
  let cx = 0;
  let cy = 0;
  for (let y = 0; y < 28; y++) {
    for (let x = 0; x < 28; x++) {
      const v = img[y * 28 + x];
      m += v;
      cx += v * x;
      cy += v * y;
    }
  }
  return [cx / m, cy / m];
}

describe('toMnist', () => {
  it('returns null for an empty pad', () => {
    expect(toMnist(blank(100, 100), 100, 100)).toBeNull();
  });

  it('scales a small square in a corner to a 20-pixel square in the middle', () => {
    const ink = blank(280, 280);
    for (let y = 10; y < 40; y++) for (let x = 10; x < 40; x++) ink[y * 280 + x] = 1;
    const img = toMnist(ink, 280, 280)!;
    let lit = 0;
    for (const v of img) if (v > 0.5) lit++;
    expect(lit).toBe(400); // 20 × 20
    const [cx, cy] = centreOfMass(img);
    expect(Math.abs(cx - 13.5)).toBeLessThanOrEqual(0.5);
    expect(Math.abs(cy - 13.5)).toBeLessThanOrEqual(0.5);
  });

  it('keeps the aspect ratio: a tall bar stays tall and thin', () => {
    const ink = blank(280, 280);
    for (let y = 40; y < 240; y++) for (let x = 130; x < 150; x++) ink[y * 280 + x] = 1;
    const img = toMnist(ink, 280, 280)!;
    const rows = new Set<number>();
    const cols = new Set<number>();
    img.forEach((v, i) => {
      if (v > 0.5) {
        rows.add(Math.floor(i / 28));
        cols.add(i % 28);
      }
    });
    expect(rows.size).toBe(20);
    expect(cols.size).toBe(2);
  });

  it('always returns 784 values in [0, 1] with the ink centred', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 90 }), fc.integer({ min: 0, max: 90 }), fc.integer({ min: 3, max: 40 }), fc.integer({ min: 3, max: 40 }), (x0, y0, w, h) => {
        const ink = blank(140, 140);
        for (let y = y0; y < y0 + h; y++) for (let x = x0; x < x0 + w; x++) ink[y * 140 + x] = 0.8;
        const img = toMnist(ink, 140, 140)!;
        expect(img).toHaveLength(784);
        for (const v of img) expect(v >= 0 && v <= 1).toBe(true);
        const [cx, cy] = centreOfMass(img);
        expect(Math.abs(cx - 13.5)).toBeLessThanOrEqual(1);
        expect(Math.abs(cy - 13.5)).toBeLessThanOrEqual(1);
      }),
      { numRuns: 60 },
    );
  });
});
