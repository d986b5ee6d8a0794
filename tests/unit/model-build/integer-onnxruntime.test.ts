/**
 * The full-integer models in onnxruntime-web against our TypeScript
 * integer reference (runIntegerPlan, with its fast NCHW loops and with the
 * core's general conv2d): the same logits, bit for bit — on the
 * committed models over all 2,000 test digits, and on random small models
 * with random (often clipping, often absurd) activation ranges, uint8 and
 * int8 activations, with and without a ReLU the zero point cannot absorb.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { toInput } from '../../../scripts/model/ort-run.ts';
import { buildVariants } from '../../../scripts/model/variants.ts';
import type { Variant } from '../../../scripts/model/variants.ts';
import { qdqGraph, qoperatorGraph } from '../../../src/lib/model-build/export.ts';
import { runIntegerPlan } from '../../../src/lib/model-build/integer-reference.ts';
import { writeOnnxModel } from '../../../src/lib/model-build/onnx.ts';
import { planIntegerModel } from '../../../src/lib/model-build/quantize.ts';
import type { ActivationRanges } from '../../../src/lib/model-build/quantize.ts';
import { readFloatModel } from '../../../src/lib/model-build/read-float-model.ts';
import type { FloatModel } from '../../../src/lib/model-build/float-model.ts';
import { modelFile, ortLogits, readCard } from './helpers.ts';

function firstDifference(a: Float32Array, b: Float32Array): string | null {
  if (a.length !== b.length) return `lengths ${a.length} and ${b.length}`;
  for (let i = 0; i < a.length; i++) if (!Object.is(a[i], b[i])) return `logit ${i}: ${a[i]} vs ${b[i]}`;
  return null;
}

describe('committed full-integer models', () => {
  let variants: Variant[];
  let input: Float32Array;
  beforeAll(() => {
    const card = readCard();
    const model = readFloatModel(modelFile('digits-fp32.onnx'));
    variants = buildVariants(model, modelFile(card.digits.calibration.pixels)).filter((v) => v.plan);
    input = toInput(modelFile(card.digits.test.pixels));
  });

  it('are rebuilt byte for byte from the fp32 file and the calibration digits', () => {
    expect(variants.map((v) => v.id)).toEqual(['full-integer', 'full-integer-s8', 'full-integer-convinteger', 'dummy-m100_100', 'dummy-0_6', 'dummy-m1000_1000']);
    for (const v of variants) expect(Buffer.compare(Buffer.from(v.bytes), Buffer.from(modelFile(v.file))), v.file).toBe(0);
  });

  it('give the reference\'s logits bit for bit on all 2,000 test digits', async () => {
    for (const v of variants) {
      const ort = await ortLogits(v.bytes, input, 2000);
      const ref = runIntegerPlan(v.plan!, input, 2000);
      expect(firstDifference(ort, ref.logits), v.id).toBeNull();
    }
  }, 180_000);

  it('in QDQ form (fused by onnxruntime into QLinearConv and QGemm) give the same logits too', async () => {
    const v = variants[0];
    const ort = await ortLogits(writeOnnxModel(qdqGraph(v.plan!, readFloatModel(modelFile('digits-fp32.onnx')))), input, 2000);
    expect(firstDifference(ort, runIntegerPlan(v.plan!, input, 2000).logits)).toBeNull();
  }, 60_000);
});

/** A random small CNN: conv → maxpool → dense, on a 1×H×H input. */
const smallModel = fc.record({
  size: fc.integer({ min: 6, max: 12 }),
  c1: fc.integer({ min: 1, max: 6 }),
  k: fc.constantFrom(1, 2, 3),
  hidden: fc.integer({ min: 2, max: 12 }),
  relu2: fc.boolean(),
  seed: fc.integer({ min: 1, max: 1 << 30 }),
});

function randomWeights(seed: number, n: number, scale: number): Float32Array {
  let s = seed >>> 0;
  const out = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    out[i] = (s / 2 ** 32 - 0.5) * 2 * scale;
  }
  return out;
}

function makeModel(p: { size: number; c1: number; k: number; hidden: number; relu2: boolean; seed: number }): FloatModel {
  const h = p.size - p.k + 1;
  const ph = Math.floor(h / 2);
  return {
    inputShape: [1, p.size, p.size],
    layers: [
      { kind: 'conv', name: 'c', inChannels: 1, outChannels: p.c1, kernel: p.k, relu: true, weight: randomWeights(p.seed, p.c1 * p.k * p.k, 1), bias: randomWeights(p.seed + 1, p.c1, 0.3) },
      { kind: 'maxpool', name: 'p', size: 2 },
      { kind: 'dense', name: 'd', inFeatures: p.c1 * ph * ph, outFeatures: p.hidden, relu: p.relu2, weight: randomWeights(p.seed + 2, p.hidden * p.c1 * ph * ph, 0.5), bias: randomWeights(p.seed + 3, p.hidden, 0.5) },
    ],
  };
}

const range = fc.tuple(fc.double({ min: -50, max: 50, noNaN: true }), fc.double({ min: 0.01, max: 80, noNaN: true }))
  .map(([lo, width]) => ({ min: lo, max: lo + width }));

describe('random models and ranges', () => {
  it('onnxruntime-web equals the reference bit for bit', async () => {
    await fc.assert(fc.asyncProperty(smallModel, range, range, fc.constantFrom('uint8' as const, 'int8' as const), async (p, r1, r2, type) => {
      const model = makeModel(p);
      const ranges: ActivationRanges = { c: r1, d: r2 };
      const plan = planIntegerModel(model, ranges, type);
      const n = 16;
      const input = new Float32Array(n * p.size * p.size);
      const src = randomWeights(p.seed + 9, input.length, 0.5);
      for (let i = 0; i < input.length; i++) input[i] = Math.round((src[i] + 0.5) * 255) / 255; // pixel / 255, like real images
      const ort = await ortLogits(writeOnnxModel(qoperatorGraph(plan, model)), input, n, model.inputShape);
      expect(firstDifference(ort, runIntegerPlan(plan, input, n).logits)).toBeNull();
      expect(firstDifference(ort, runIntegerPlan(plan, input, n, { kernel: 'core' }).logits)).toBeNull();
      // The same plan from plain integer operators (ConvInteger → DequantizeLinear → [MaxPool] → QuantizeLinear).
      const asInteger = await ortLogits(writeOnnxModel(qoperatorGraph(plan, model, { convInteger: ['c', 'd'] })), input, n, model.inputShape);
      expect(firstDifference(asInteger, ort)).toBeNull();
      // And with the weight codes stored as uint8 + 128 (onnxruntime's uint8 × uint8 kernels;
      // it has no QLinearConv for int8 activations with uint8 weights).
      if (type === 'uint8') {
        const u8 = await ortLogits(writeOnnxModel(qoperatorGraph(plan, model, { uint8Weights: true })), input, n, model.inputShape);
        expect(firstDifference(u8, ort)).toBeNull();
      }
    }), { numRuns: 60 });
  }, 120_000);
});
