/**
 * The ONNX writer and reader: float models written by us run in
 * onnxruntime-web and give the float forward pass's logits; the reader
 * gives back what the writer wrote; the committed fp32 file round-trips.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { floatGraph } from '../../../src/lib/model-build/export.ts';
import { forwardFloat } from '../../../src/lib/model-build/float-model.ts';
import type { FloatModel } from '../../../src/lib/model-build/float-model.ts';
import { opList, readOnnxModel, writeOnnxModel } from '../../../src/lib/model-build/onnx.ts';
import { readFloatModel } from '../../../src/lib/model-build/read-float-model.ts';
import { modelFile, ortLogits } from './helpers.ts';

function model(seed: number, c: number, hidden: number): FloatModel {
  let s = seed >>> 0;
  const rnd = (n: number) => Float32Array.from({ length: n }, () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32 - 0.5;
  });
  return {
    inputShape: [1, 10, 10],
    layers: [
      { kind: 'conv', name: 'conv', inChannels: 1, outChannels: c, kernel: 3, relu: true, weight: rnd(9 * c), bias: rnd(c) },
      { kind: 'maxpool', name: 'pool', size: 2 },
      { kind: 'dense', name: 'fc1', inFeatures: c * 16, outFeatures: hidden, relu: true, weight: rnd(c * 16 * hidden), bias: rnd(hidden) },
      { kind: 'dense', name: 'fc2', inFeatures: hidden, outFeatures: 3, relu: false, weight: rnd(hidden * 3), bias: rnd(3) },
    ],
  };
}

describe('ONNX writer', () => {
  it('float models run in onnxruntime-web with the logits of our float forward pass (float32, float16 and weights-only storage)', async () => {
    await fc.assert(fc.asyncProperty(fc.integer({ min: 1, max: 1e9 }), fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 9 }), async (seed, c, hidden) => {
      const m = model(seed, c, hidden);
      const n = 4;
      const input = Float32Array.from({ length: n * 100 }, (_, i) => ((i * 37) % 256) / 255);
      const expected = new Float32Array(n * 3);
      for (let i = 0; i < n; i++) expected.set(forwardFloat(m, input.subarray(i * 100, (i + 1) * 100)), i * 3);
      const fp32 = await ortLogits(writeOnnxModel(floatGraph(m, 'float32')), input, n, m.inputShape);
      for (let i = 0; i < expected.length; i++) expect(fp32[i]).toBeCloseTo(expected[i], 4);
      // float16 and int8 weights change the numbers a little, never the shape of the computation.
      for (const storage of ['float16', 'weights-only'] as const) {
        const out = await ortLogits(writeOnnxModel(floatGraph(m, storage)), input, n, m.inputShape);
        for (let i = 0; i < expected.length; i++) expect(Math.abs(out[i] - expected[i])).toBeLessThan(0.05);
      }
    }), { numRuns: 15 });
  }, 120_000);

  it('the reader gives back the graph the writer wrote', () => {
    const g = floatGraph(model(3, 2, 4), 'weights-only');
    g.metadata = { note: 'hello' };
    const back = readOnnxModel(writeOnnxModel(g));
    expect(back.opset).toBe(13);
    expect(back.metadata).toEqual({ note: 'hello' });
    expect(back.inputs).toEqual(g.inputs);
    expect(back.outputs).toEqual(g.outputs);
    expect(back.nodes.map((n) => [n.op, n.inputs, n.outputs, n.attributes])).toEqual(g.nodes.map((n) => [n.op, n.inputs, n.outputs, n.attributes ?? {}]));
    expect(back.initializers.map((t) => [t.name, t.type, t.dims, Array.from(t.data as Int8Array)]))
      .toEqual(g.initializers.map((t) => [t.name, t.type, t.dims, Array.from(t.data as Int8Array)]));
    expect(opList(back)).toEqual(['DequantizeLinear', 'Conv', 'Relu', 'MaxPool', 'Flatten', 'Gemm']);
  });

  it('readFloatModel on the committed fp32 file, written again, gives the same bytes', () => {
    const bytes = modelFile('digits-fp32.onnx');
    const again = writeOnnxModel(floatGraph(readFloatModel(bytes), 'float32'));
    expect(Buffer.compare(Buffer.from(again), Buffer.from(bytes))).toBe(0);
  });
});
