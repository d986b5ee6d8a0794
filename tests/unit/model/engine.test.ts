// OrtEngine (the InferenceEngine the model worker runs) against
// onnxruntime-web itself in Node, on a hand-made model whose logits are
// known: logit c = pixel c + c/100.
import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, describe, expect, it } from 'vitest';
import { ort } from '../../support/ort.ts';
import { OrtEngine } from '../../../src/lib/model/ort-engine.ts';
import { ModelError } from '../../../src/lib/model/errors.ts';
import { ORT_WASM_BYTES } from '../../../src/lib/model/runtime-constants.ts';
import { tinyDigitModel } from './tiny-model.ts';

const engine = new OrtEngine(ort, 'the tiny model');
afterAll(() => engine.dispose());

function images(count: number): Float32Array {
  const x = new Float32Array(count * 784);
  for (let n = 0; n < count; n++) for (let c = 0; c < 10; c++) x[n * 784 + c] = (n + 1) * 0.1 * (c % 3);
  return x;
}

describe('OrtEngine', () => {
  it('runs a batch and returns count × 10 logits in row order', async () => {
    await engine.load(tinyDigitModel());
    const { logits, ms } = await engine.run(images(3), 3);
    expect(logits).toHaveLength(30);
    expect(ms).toBeGreaterThanOrEqual(0);
    for (let n = 0; n < 3; n++) {
      for (let c = 0; c < 10; c++) {
        expect(logits[n * 10 + c]).toBeCloseTo((n + 1) * 0.1 * (c % 3) + c / 100, 6);
      }
    }
  });

  it('runs only the first `count` images of a longer buffer', async () => {
    const { logits } = await engine.run(images(5), 2);
    expect(logits).toHaveLength(20);
  });

  it('times repeated runs after warm-up', async () => {
    const times = await engine.time(images(32), 32, { warmup: 2, repeats: 5 });
    expect(times).toHaveLength(5);
    for (const t of times) expect(t).toBeGreaterThanOrEqual(0);
  });

  it('averages enough runs per sample to fill minSampleMs', async () => {
    const times = await engine.time(images(1), 1, { warmup: 3, repeats: 4, minSampleMs: 2 });
    expect(times).toHaveLength(4);
    for (const t of times) expect(t).toBeGreaterThan(0);
  });

  it('rejects bytes that are not a model with a "corrupt" ModelError', async () => {
    const broken = new OrtEngine(ort, 'the broken model');
    const garbage = new TextEncoder().encode('<!doctype html><title>404</title>');
    const error = await broken.load(garbage).then(() => null, (e: unknown) => e);
    expect(error).toBeInstanceOf(ModelError);
    expect((error as ModelError).kind).toBe('corrupt');
    expect((error as ModelError).message).toMatch(/the broken model/);
  });

  it('rejects a truncated model', async () => {
    const cut = tinyDigitModel().slice(0, 2000);
    const error = await new OrtEngine(ort, 'the cut model').load(cut).then(() => null, (e: unknown) => e);
    expect((error as ModelError).kind).toBe('corrupt');
  });

  it('refuses to run before a model is loaded', async () => {
    const idle = new OrtEngine(ort, 'nothing');
    await expect(idle.run(images(1), 1)).rejects.toThrow(/not loaded/);
  });
});

describe('the runtime file the site serves', () => {
  it('ORT_WASM_BYTES matches onnxruntime-web’s ort-wasm-simd-threaded.wasm (progress totals depend on it)', () => {
    const require = createRequire(import.meta.url);
    const file = require.resolve('onnxruntime-web/ort-wasm-simd-threaded.wasm');
    expect(statSync(file).size).toBe(ORT_WASM_BYTES);
    expect([...readFileSync(file).subarray(0, 4)]).toEqual([0, 0x61, 0x73, 0x6d]);
  });
});
