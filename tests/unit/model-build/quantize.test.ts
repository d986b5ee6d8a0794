/**
 * The quantizer's numbers, worked by hand: per-channel int8 weights, int32
 * biases (ties to even), activation parameters, where ReLU folds and where
 * it needs a clamp, and dummy ranges.
 */
import { describe, expect, it } from 'vitest';
import type { FloatModel } from '../../../src/lib/model-build/float-model.ts';
import {
  activationParams, dummyRanges, planIntegerModel, quantizeBias, quantizeWeightsPerChannel,
} from '../../../src/lib/model-build/quantize.ts';

describe('per-channel int8 weights', () => {
  it('scale = max|w| / 127 per output channel, codes rounded half to even, zero point 0', () => {
    // Channel 0: max |w| = 127/64, so the scale is exactly 1/64 and every quotient below is exact.
    // Channel 1: max |w| = 127/32, scale 1/32: its own scale, not channel 0's.
    const w = new Float32Array([127 / 64, 0.5, -1, 1 / 128, 3 / 128, 127 / 32, -127 / 32, 0, 1 / 64, 5 / 64]);
    const { codes, scales } = quantizeWeightsPerChannel(w, 2);
    expect(scales[0]).toBe(1 / 64);
    expect(scales[1]).toBe(1 / 32);
    // 1/128 is half a step (0.5 → 0), 3/128 one and a half (1.5 → 2).
    expect(Array.from(codes.subarray(0, 5))).toEqual([127, 32, -64, 0, 2]);
    // 1/64 is half a step (0.5 → 0), 5/64 two and a half (2.5 → 2).
    expect(Array.from(codes.subarray(5))).toEqual([127, -127, 0, 0, 2]);
  });

  it('an all-zero channel gets scale 1 and zero codes instead of dividing by zero', () => {
    const { codes, scales } = quantizeWeightsPerChannel(new Float32Array([0, 0, 1, -1]), 2);
    expect(Array.from(scales)).toEqual([1, Math.fround(1 / 127)]);
    expect(Array.from(codes)).toEqual([0, 0, 127, -127]);
  });
});

describe('int32 bias', () => {
  it('scale = input scale × weight scale; ties to even', () => {
    // s_in 0.5, s_w 0.25 → bias scale 0.125: 0.3 → 2.4 → 2; 0.3125 → 2.5 → 2; 0.4375 → 3.5 → 4; −0.3125 → −2.5 → −2.
    expect(Array.from(quantizeBias(new Float32Array([0.3, 0.3125, 0.4375, -0.3125]), 0.5, new Float32Array([0.25, 0.25, 0.25, 0.25]))))
      .toEqual([2, 2, 4, -2]);
  });
});

describe('activation parameters', () => {
  it('a calibrated ReLU output [0, max] gets the lowest code as zero point, so the ReLU folds', () => {
    expect(activationParams({ min: 0, max: 2.55 }, 'uint8')).toEqual({ scale: Math.fround(0.01), zeroPoint: 0 });
    expect(activationParams({ min: 0, max: 2.55 }, 'int8')).toEqual({ scale: Math.fround(0.01), zeroPoint: -128 });
  });

  it('(−100, 100) in uint8 is (0.7843137383460999, 128), what TFLite reports for default_ranges_stats', () => {
    expect(activationParams({ min: -100, max: 100 }, 'uint8')).toEqual({ scale: 0.7843137383460999, zeroPoint: 128 });
  });
});

const tiny: FloatModel = {
  inputShape: [1, 4, 4],
  layers: [
    { kind: 'conv', name: 'conv', inChannels: 1, outChannels: 2, kernel: 3, relu: true, weight: new Float32Array(18).fill(0.5), bias: new Float32Array([0.1, -0.1]) },
    { kind: 'maxpool', name: 'pool', size: 2 },
    { kind: 'dense', name: 'fc', inFeatures: 2, outFeatures: 3, relu: false, weight: new Float32Array([1, -1, 0.5, 0.5, 0, 2]), bias: new Float32Array(3) },
  ],
};

describe('planIntegerModel', () => {
  it('input [0, 1] in uint8 is (1/255, 0), as quantized_input_stats = (0, 255) gives', () => {
    const plan = planIntegerModel(tiny, { conv: { min: 0, max: 3 }, fc: { min: -2, max: 2 } });
    expect(plan.input).toEqual({ scale: Math.fround(1 / 255), zeroPoint: 0 });
  });

  it('a dense layer becomes a k×k convolution over its whole input; max pooling keeps its input\'s parameters', () => {
    const plan = planIntegerModel(tiny, { conv: { min: 0, max: 3 }, fc: { min: -2, max: 2 } });
    const [conv, pool, fc] = plan.steps;
    expect(pool.kind).toBe('maxpool');
    expect(fc.kind === 'conv' && fc.fromDense && fc.kernel).toBe(1);
    expect(fc.kind === 'conv' && fc.input).toEqual(conv.kind === 'conv' && conv.output);
    expect(plan.output).toEqual(fc.kind === 'conv' && fc.output);
  });

  it('a ReLU folds when the zero point is the lowest code; with a dummy range it becomes a clamp at the zero point', () => {
    const calibrated = planIntegerModel(tiny, { conv: { min: 0, max: 3 }, fc: { min: -2, max: 2 } });
    const dummy = planIntegerModel(tiny, dummyRanges(tiny, { min: -100, max: 100 }));
    const c1 = calibrated.steps[0];
    const c2 = dummy.steps[0];
    expect(c1.kind === 'conv' && [c1.output.zeroPoint, c1.outMin]).toEqual([0, 0]);
    expect(c2.kind === 'conv' && [c2.output.zeroPoint, c2.outMin]).toEqual([128, 128]);
    const fc = dummy.steps[2];
    expect(fc.kind === 'conv' && fc.outMin).toBe(0); // no ReLU on the logits: the whole uint8 range
  });

  it('asks for every range it needs', () => {
    expect(() => planIntegerModel(tiny, { conv: { min: 0, max: 1 } })).toThrow(/no activation range for fc/);
  });
});
