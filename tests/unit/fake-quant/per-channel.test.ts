/**
 * Per-tensor and per-channel weights: hand-worked kernels, the channel
 * layout of Conv2D (OHWI, axis 0) and DepthwiseConv2D (1HWC, axis 3), and
 * properties on random kernels.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { channelIndices, quantizeKernel, syntheticConv, syntheticDepthwise, type ConvKernel } from '../../../src/lib/fake-quant/index.ts';
import { QuantError } from '../../../src/lib/quant/index.ts';

describe('channel layout', () => {
  it('Conv2D OHWI: channel c is one contiguous block of H·W·I values', () => {
    expect(channelIndices([2, 1, 2, 3], 0, 1)).toEqual([6, 7, 8, 9, 10, 11]);
  });
  it('DepthwiseConv2D 1HWC: channel c is every C-th value, starting at c', () => {
    expect(channelIndices([1, 2, 2, 4], 3, 2)).toEqual([2, 6, 10, 14]);
  });
});

describe('quantizeKernel, worked by hand', () => {
  // Two output channels of two weights each, OHWI [2, 1, 1, 2].
  const kernel: ConvKernel = { name: 'k', layout: 'OHWI', shape: [2, 1, 1, 2], values: new Float32Array([1, -0.5, 0.012, 0.02]) };
  const q = quantizeKernel(kernel);

  it('per tensor: one scale max|w| / 127; the small channel gets codes 2 and 3', () => {
    expect(q.perTensor.scale).toBe(Math.fround(1 / 127));
    // 0.012·127 = 1.524 → 2, 0.02·127 = 2.54 → 3
    expect(Array.from(q.perTensor.codes)).toEqual([127, -64, 2, 3]);
    expect(q.perTensor.stats[1].codesUsed).toBe(2);
  });

  it('per channel: channel 1 gets its own scale 0.02 / 127 and codes 76 and 127', () => {
    expect(q.perChannel.scales).toEqual([Math.fround(1 / 127), Math.fround(Math.fround(0.02) / 127)]);
    // 0.012 / (0.02/127) = 76.2 → 76
    expect(Array.from(q.perChannel.codes)).toEqual([127, -64, 76, 127]);
    expect(q.perChannel.stats[1].maxAbs).toBeLessThan(q.perTensor.stats[1].maxAbs / 10);
  });

  it('per-channel is not better on every channel: a channel sitting on the per-tensor grid loses', () => {
    const s = Math.fround(1 / 127);
    const onGrid = new Float32Array([1, -1, Math.fround(3 * s), Math.fround(5 * s)]);
    const r = quantizeKernel({ name: 'k', layout: 'OHWI', shape: [2, 1, 1, 2], values: onGrid });
    expect(r.perTensor.stats[1].maxAbs).toBeLessThan(1e-9);
    expect(r.perChannel.stats[1].maxAbs).toBeGreaterThan(1e-6);
  });

  it('refuses shapes that are not 4-D or do not match the values', () => {
    expect(() => quantizeKernel({ ...kernel, shape: [4] })).toThrow(QuantError);
    expect(() => quantizeKernel({ ...kernel, shape: [2, 1, 1, 3] })).toThrow(/holds 6 values/);
    expect(() => quantizeKernel({ ...kernel, values: new Float32Array([1, 2, Number.NaN, 0]) })).toThrow(/finite/);
  });
});

const kernelArb = fc
  .record({
    layout: fc.constantFrom('OHWI' as const, '1HWC' as const),
    channels: fc.integer({ min: 1, max: 6 }),
    spatial: fc.integer({ min: 1, max: 3 }),
    depth: fc.integer({ min: 1, max: 3 }),
    seed: fc.integer({ min: 0, max: 1e9 }),
    spread: fc.array(fc.double({ min: 1e-3, max: 10, noNaN: true }), { minLength: 6, maxLength: 6 }),
  })
  .map(({ layout, channels, spatial, depth, seed, spread }): ConvKernel => {
    const shape = layout === 'OHWI' ? [channels, spatial, spatial, depth] : [1, spatial, spatial, channels];
    const n = shape.reduce((a, b) => a * b, 1);
    let s = seed;
    const values = new Float32Array(n).map((_, i) => {
      s = (s * 1103515245 + 12345) % 2147483648;
      const c = layout === 'OHWI' ? Math.floor(i / (n / channels)) : i % channels;
      return (s / 2147483648 - 0.5) * spread[c];
    });
    return { name: 'random', layout, shape, values };
  });

describe('quantizeKernel: properties', () => {
  it('each channel scale ≤ the tensor scale, equal for the channel with the largest |w|; errors within half a step', () => {
    fc.assert(
      fc.property(kernelArb, (k) => {
        const q = quantizeKernel(k);
        const biggest = q.perTensor.stats.reduce((best, st, c) => (st.absMax > q.perTensor.stats[best].absMax ? c : best), 0);
        q.perChannel.scales.forEach((s, c) => {
          expect(s).toBeLessThanOrEqual(q.perTensor.scale);
          expect(q.perChannel.stats[c].maxAbs).toBeLessThanOrEqual((s / 2) * (1 + 1e-6));
          expect(q.perTensor.stats[c].maxAbs).toBeLessThanOrEqual((q.perTensor.scale / 2) * (1 + 1e-6));
        });
        expect(q.perChannel.scales[biggest]).toBe(q.perTensor.scale);
      }),
      { numRuns: 200 },
    );
  });
});

describe('synthetic kernels', () => {
  it('have channels whose ranges differ by more than 10×, in the layouts their ops use', () => {
    for (const k of [syntheticConv(3), syntheticDepthwise(3)]) {
      const q = quantizeKernel(k);
      const scales = q.perChannel.scales;
      expect(Math.max(...scales) / Math.min(...scales)).toBeGreaterThan(10);
    }
    expect(quantizeKernel(syntheticConv(1)).axis).toBe(0);
    expect(quantizeKernel(syntheticDepthwise(1)).axis).toBe(3);
  });
});
