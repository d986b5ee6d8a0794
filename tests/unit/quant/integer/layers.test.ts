/**
 * Fully connected and conv2d layers: one layer worked by hand in all three
 * requantization schemes, then properties on random layers.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  activationBounds, channelMultiplier, conv2d, dtypeRange, fullyConnected, QuantError, quantizeBias, requantizeExact,
} from '../../../../src/lib/quant/index.ts';
import type { IntegerLayerSpec, Requantization } from '../../../../src/lib/quant/index.ts';

const SCHEMES: Requantization[] = ['onnxruntime', 'tflite', 'tflite-single-rounding'];

describe('a 3-input, 3-unit int8 layer worked by hand', () => {
  // s_in = 0.5, z_in = −1; s_w = 0.25, z_w = 0; s_out = 1, z_out = −5, so M = 0.5·0.25/1 = 0.125 exactly
  // (TFLite: frexp(0.125) = 0.5·2^−2 → M0 = 2^30, shift −2).
  // input codes [3, −1, 1] → q − z = [4, 0, 2]; bias [6, 6, 6]
  //   unit 0: weights [5, 7, −3]:  4·5 + 0·7 + 2·(−3) + 6 = 20  → 20 · 0.125 = 2.5
  //   unit 1: weights [−5, 0, −3]: −20 + 0 − 6 + 6 = −20        → −2.5
  //   unit 2: weights [10, 0, 10]: 40 + 0 + 20 + 6 = 66          → 8.25
  // onnxruntime rounds half to even: 2, −2, 8; TFLite's default build: SRDHM(20, 2^30) = 10, 10/4 = 2.5 → 3
  // (away); −2.5 → −3; 8.25 → 8. Single rounding (ties up): 3, −2, 8. Then + z_out = −5.
  const args = { input: [3, -1, 1], inputShape: [1, 3], weights: [5, 7, -3, -5, 0, -3, 10, 0, 10], weightShape: [3, 3], bias: [6, 6, 6] };
  const spec = (requantization: Requantization, activation: 'none' | 'relu' | 'relu6'): IntegerLayerSpec => ({
    input: { scale: 0.5, zeroPoint: -1, dtype: 'int8' },
    weights: { scales: [0.25], zeroPoints: [0], dtype: 'int8' },
    output: { scale: 1, zeroPoint: -5, dtype: 'int8' },
    activation, requantization,
  });
  it('accumulators and the Q31 multiplier', () => {
    const r = fullyConnected(args, spec('tflite', 'none'));
    expect(Array.from(r.accumulators)).toEqual([20, -20, 66]);
    expect(r.multipliers[0].fixedPoint).toEqual({ multiplier: 2 ** 30, shift: -2 });
    expect(r.multipliers[0].float32).toBe(0.125);
  });
  it.each([
    ['onnxruntime', [-3, -7, 3]],
    ['tflite', [-2, -8, 3]],
    ['tflite-single-rounding', [-2, -7, 3]],
  ] as const)('no activation, %s: %j', (scheme, expected) => {
    expect(Array.from(fullyConnected(args, spec(scheme, 'none')).output)).toEqual(expected);
  });
  it('ReLU raises the floor to the zero point −5; ReLU6 also caps at −5 + round(6/1) = 1', () => {
    expect(activationBounds('relu', { scale: 1, zeroPoint: -5, dtype: 'int8' })).toEqual({ lo: -5, hi: 127 });
    expect(activationBounds('relu6', { scale: 1, zeroPoint: -5, dtype: 'int8' })).toEqual({ lo: -5, hi: 1 });
    expect(Array.from(fullyConnected(args, spec('tflite', 'relu')).output)).toEqual([-2, -5, 3]);
    expect(Array.from(fullyConnected(args, spec('tflite', 'relu6')).output)).toEqual([-2, -5, 1]);
    expect(Array.from(fullyConnected(args, spec('onnxruntime', 'relu6')).output)).toEqual([-3, -5, 1]);
  });
  it('ReLU6 bound: round(6 / s) ties away from zero; s = 0.048 gives 125 codes, the type caps it', () => {
    // 6 / 0.048 = 125 → zp 0 + 125
    expect(activationBounds('relu6', { scale: 0.048, zeroPoint: 0, dtype: 'int8' }).hi).toBe(125);
    // uint8, zp 10, s = 6/255: 10 + 255 = 265 > 255 → 255
    expect(activationBounds('relu6', { scale: 6 / 255, zeroPoint: 10, dtype: 'uint8' })).toEqual({ lo: 10, hi: 255 });
  });
  it('per channel: unit 1 with s_w = 0.5 has M = 0.25, −20 · 0.25 = −5 exactly', () => {
    const r = fullyConnected(args, { ...spec('tflite', 'none'), weights: { scales: [0.25, 0.5, 0.25], zeroPoints: [0, 0, 0], dtype: 'int8' } });
    expect(Array.from(r.output)).toEqual([-2, -10, 3]);
    expect(r.multipliers[1].fixedPoint).toEqual({ multiplier: 2 ** 30, shift: -1 });
  });
  it('a weight zero point is subtracted per channel: z_w = 1 on unit 2 changes its sum by −(4 + 0 + 2) = −6', () => {
    const r = fullyConnected(args, { ...spec('tflite', 'none'), weights: { scales: [0.25, 0.25, 0.25], zeroPoints: [0, 0, 1], dtype: 'int8' } });
    expect(Array.from(r.accumulators)).toEqual([20, -20, 60]);
  });
  it('bias in units of s_in·s_w: 0.75 / (0.5·0.25) = 6, −0.3125 / 0.125 = −2.5 → −3 (away) or −2 (even)', () => {
    expect(Array.from(quantizeBias([0.75, -0.3125], 0.5, [0.25]))).toEqual([6, -3]);
    expect(Array.from(quantizeBias([0.75, -0.3125], 0.5, [0.25], 'half-to-even'))).toEqual([6, -2]);
  });
});

describe('conv2d worked by hand', () => {
  it('a 3×3 uint8 image, one 2×2 kernel, SAME padding (extra row and column at the end)', () => {
    // input (z = 128): codes 128 + [[1, 2, 3], [4, 5, 6], [7, 8, 9]]; kernel (z = 0) [[1, 0], [0, 1]]
    // SAME with stride 1: total padding 1 per axis, all at the bottom/right. Each output is x[y][x] + x[y+1][x+1]:
    //   [[1+5, 2+6, 3], [4+8, 5+9, 6], [7, 8, 9]] = [[6, 8, 3], [12, 14, 6], [7, 8, 9]]
    // s_in = s_w = 1, s_out = 2 → M = 0.5 → TFLite rounds 1.5 → 2, 3 → 3, 3.5 → 4, 4.5 → 5 (away); z_out = 0.
    const r = conv2d({
      input: [129, 130, 131, 132, 133, 134, 135, 136, 137], inputShape: [1, 3, 3, 1],
      weights: [1, 0, 0, 1], weightShape: [1, 2, 2, 1], padding: 'same',
    }, {
      input: { scale: 1, zeroPoint: 128, dtype: 'uint8' }, weights: { scales: [1], zeroPoints: [0], dtype: 'uint8' },
      output: { scale: 2, zeroPoint: 0, dtype: 'uint8' }, requantization: 'tflite',
    });
    expect(r.pads).toEqual([0, 0, 1, 1]);
    expect(r.outputShape).toEqual([1, 3, 3, 1]);
    expect(Array.from(r.accumulators)).toEqual([6, 8, 3, 12, 14, 6, 7, 8, 9]);
    expect(Array.from(r.output)).toEqual([3, 4, 2, 6, 7, 3, 4, 4, 5]);
  });
});

describe('bad input is a QuantError with a message', () => {
  const good: IntegerLayerSpec = {
    input: { scale: 0.5, zeroPoint: 0, dtype: 'int8' }, weights: { scales: [0.25], zeroPoints: [0], dtype: 'int8' },
    output: { scale: 1, zeroPoint: 0, dtype: 'int8' }, requantization: 'tflite',
  };
  const args = { input: [1, 2], inputShape: [1, 2], weights: [1, 2], weightShape: [1, 2] };
  it.each([
    ['a code outside int8', { ...args, input: [1, 200] }, good, /input\[1\] is 200/],
    ['a fractional code', { ...args, weights: [1, 2.5] }, good, /weights\[1\] is 2.5/],
    ['a NaN code', { ...args, input: [Number.NaN, 1] }, good, /input\[0\] is NaN/],
    ['shape mismatch', { ...args, weightShape: [1, 3] }, good, /does not match/],
    ['wrong length', { ...args, input: [1] }, good, /must have 2 values/],
    ['zero scale', args, { ...good, output: { ...good.output, scale: 0 } }, /output scale/],
    ['NaN scale', args, { ...good, input: { ...good.input, scale: Number.NaN } }, /input scale/],
    ['zero point out of range', args, { ...good, output: { ...good.output, zeroPoint: 300 } }, /outside the int8 range/],
    ['per-channel count', args, { ...good, weights: { ...good.weights, scales: [1, 2], zeroPoints: [0, 0] } }, /1 entry/],
    ['unknown scheme', args, { ...good, requantization: 'tf' as Requantization }, /requantization must be one of/],
    ['bad bias', { ...args, bias: [2 ** 31] }, good, /bias\[0\]/],
    ['int32 overflow', { input: [-128, -128], inputShape: [1, 2], weights: [-128, -128], weightShape: [1, 2], bias: [2 ** 31 - 1] }, good, /beyond int32/],
  ])('%s', (_name, a, spec, message) => {
    expect(() => fullyConnected(a as typeof args, spec)).toThrow(QuantError);
    expect(() => fullyConnected(a as typeof args, spec)).toThrow(message);
  });
});

// ---- properties on random layers ----

const layerArb = fc.record({
  inDepth: fc.integer({ min: 1, max: 32 }),
  outDepth: fc.integer({ min: 1, max: 6 }),
  batch: fc.integer({ min: 1, max: 3 }),
  signed: fc.boolean(),
  inScale: fc.double({ min: 1e-3, max: 0.2, noNaN: true }),
  wScales: fc.array(fc.double({ min: 1e-4, max: 0.05, noNaN: true }), { minLength: 1, maxLength: 6 }),
  outScaleFactor: fc.double({ min: 0.002, max: 2, noNaN: true }),
  seed: fc.integer(),
  activation: fc.constantFrom('none' as const, 'relu' as const, 'relu6' as const),
});

type LayerParams = typeof layerArb extends fc.Arbitrary<infer T> ? T : never;

function randomLayer(p: LayerParams) {
  let s = p.seed >>> 0;
  const next = () => { s = (Math.imul(s, 1664525) + 1013904223) >>> 0; return s / 2 ** 32; };
  const dtype = p.signed ? 'int8' as const : 'uint8' as const;
  const { qmin, qmax } = dtypeRange(dtype);
  const code = () => qmin + Math.floor(next() * (qmax - qmin + 1));
  const perChannel = p.wScales.length >= p.outDepth;
  const wScales = perChannel ? p.wScales.slice(0, p.outDepth) : [p.wScales[0]];
  const spec = (requantization: Requantization): IntegerLayerSpec => ({
    input: { scale: p.inScale, zeroPoint: code(), dtype },
    weights: { scales: wScales, zeroPoints: wScales.map(() => (p.signed ? 0 : code())), dtype },
    output: { scale: p.inScale * wScales[0] * 64 * p.outScaleFactor, zeroPoint: 0, dtype },
    activation: p.activation, requantization,
  });
  const base = spec('tflite');
  const args = {
    input: Array.from({ length: p.batch * p.inDepth }, code), inputShape: [p.batch, p.inDepth],
    weights: Array.from({ length: p.outDepth * p.inDepth }, code), weightShape: [p.outDepth, p.inDepth],
    bias: Array.from({ length: p.outDepth }, () => Math.round((next() - 0.5) * 20000)),
  };
  const withScheme = (r: Requantization): IntegerLayerSpec => ({ ...base, requantization: r });
  return { args, withScheme };
}

describe('properties of random layers', () => {
  it('every scheme is within one code of double-precision requantization', () => {
    fc.assert(fc.property(layerArb, (p) => {
      const { args, withScheme } = randomLayer(p);
      for (const scheme of SCHEMES) {
        const r = fullyConnected(args, withScheme(scheme));
        for (let i = 0; i < r.output.length; i++) {
          const o = i % p.outDepth;
          const exact = requantizeExact(r.accumulators[i], r.multipliers[o], withScheme(scheme).output.zeroPoint, r.bounds);
          if (Math.abs(r.output[i] - exact) > 1) return false;
        }
      }
      return true;
    }), { numRuns: 400 });
  });
  it('the accumulator is Σ of dequantized products divided by s_in·s_w (the real arithmetic, exactly)', () => {
    fc.assert(fc.property(layerArb, (p) => {
      const { args, withScheme } = randomLayer(p);
      const spec = withScheme('tflite');
      const r = fullyConnected(args, spec);
      const [batch, k] = args.inputShape;
      for (let b = 0; b < batch; b++) for (let o = 0; o < p.outDepth; o++) {
        const sw = spec.weights.scales[spec.weights.scales.length === 1 ? 0 : o];
        const zw = spec.weights.zeroPoints[spec.weights.zeroPoints.length === 1 ? 0 : o];
        let real = args.bias[o] * spec.input.scale * sw;
        for (let j = 0; j < k; j++) {
          real += (args.input[b * k + j] - spec.input.zeroPoint) * spec.input.scale * (args.weights[o * k + j] - zw) * sw;
        }
        if (Math.abs(real / (spec.input.scale * sw) - r.accumulators[b * p.outDepth + o]) > 1e-6 * (1 + Math.abs(real))) return false;
      }
      return true;
    }), { numRuns: 300 });
  });
  it('per-channel weights whose scales are all equal give the per-tensor result', () => {
    fc.assert(fc.property(layerArb, (p) => {
      const { args, withScheme } = randomLayer({ ...p, wScales: [p.wScales[0]] });
      const spec = withScheme('onnxruntime');
      const channels: IntegerLayerSpec = {
        ...spec,
        weights: { ...spec.weights, scales: Array(p.outDepth).fill(spec.weights.scales[0]), zeroPoints: Array(p.outDepth).fill(spec.weights.zeroPoints[0]) },
      };
      return fullyConnected(args, spec).output.join() === fullyConnected(args, channels).output.join();
    }), { numRuns: 200 });
  });
  it('a 1×1 conv over an H×W image is the fully connected layer applied to each pixel', () => {
    fc.assert(fc.property(layerArb, fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 4 }), (p, h, w) => {
      const { args, withScheme } = randomLayer({ ...p, batch: h * w });
      const spec = withScheme('tflite');
      const dense = fullyConnected(args, spec);
      const conv = conv2d({
        input: args.input, inputShape: [1, h, w, p.inDepth], weights: args.weights, weightShape: [p.outDepth, 1, 1, p.inDepth], bias: args.bias,
      }, spec);
      return dense.output.join() === conv.output.join() && dense.accumulators.join() === conv.accumulators.join();
    }), { numRuns: 200 });
  });
  it('the fused activation only clamps: relu output = max(none output, z_out)', () => {
    fc.assert(fc.property(layerArb, (p) => {
      const { args, withScheme } = randomLayer({ ...p, activation: 'none' });
      const none = fullyConnected(args, withScheme('onnxruntime'));
      const spec = { ...withScheme('onnxruntime'), activation: 'relu' as const };
      const relu = fullyConnected(args, spec);
      return Array.from(relu.output).every((v, i) => v === Math.max(none.output[i], spec.output.zeroPoint));
    }), { numRuns: 200 });
  });
  it('channelMultiplier: the Q31 value and the float32 value are within 2^−30 and 2^−22 (relative) of s_in·s_w/s_out', () => {
    fc.assert(fc.property(fc.double({ min: 1e-5, max: 1, noNaN: true }), fc.double({ min: 1e-5, max: 1, noNaN: true }), fc.double({ min: 1e-5, max: 10, noNaN: true }), (a, b, c) => {
      // Below 2^−31 TFLite flushes the multiplier to 0 (see quantizeMultiplier's tests).
      fc.pre((a * b) / c >= 2 ** -30);
      const m = channelMultiplier(a, b, c, 'tflite');
      const fixed = m.fixedPoint.multiplier * 2 ** (m.fixedPoint.shift - 31);
      return Math.abs(fixed / m.real - 1) <= 2 ** -30 && Math.abs(m.float32 / m.real - 1) <= 2 ** -22;
    }));
  });
});
