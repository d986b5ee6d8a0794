// Both engines behind InferenceEngine, on the shipped full-integer models:
// the TypeScript reference (reading the ONNX file back into an integer plan)
// and onnxruntime-web give the same logits, bit for bit.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { OrtEngine } from '../../../src/lib/model/ort-engine.ts';
import { ReferenceEngine } from '../../../src/lib/model/reference-engine.ts';
import type { InferenceEngine } from '../../../src/lib/model/engine.ts';
import { ModelError } from '../../../src/lib/model/errors.ts';
import { ort } from '../../support/ort.ts';
import { repoRoot } from '../../support/fixtures.ts';

const models = path.join(repoRoot, 'public', 'models');
const COUNT = 300;
const input = Float32Array.from(readFileSync(path.join(models, 'test-digits.bin')).subarray(0, COUNT * 784), (p) => Math.fround(p / 255));

async function logits(engine: InferenceEngine, file: string): Promise<Float32Array> {
  await engine.load(readFileSync(path.join(models, file)));
  const { logits: out } = await engine.run(input, COUNT);
  await engine.dispose();
  return out;
}

describe('ReferenceEngine and OrtEngine on the same files', () => {
  it.each(['digits-int8.onnx', 'digits-int8-s8act.onnx', 'digits-dummy-m100_100.onnx', 'digits-dummy-0_6.onnx'])(
    '%s: identical logits on 300 test digits',
    async (file) => {
      const a = await logits(new ReferenceEngine(), file);
      const b = await logits(new OrtEngine(ort, file), file);
      expect(a.length).toBe(COUNT * 10);
      expect(Array.from(a)).toEqual(Array.from(b));
    },
  );

  it('says plainly which models it cannot run', async () => {
    const error = await new ReferenceEngine().load(readFileSync(path.join(models, 'digits-fp32.onnx'))).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ModelError);
    expect((error as ModelError).kind).toBe('unsupported');
    expect((error as ModelError).message).toMatch(/uses Conv/);
    const garbage = await new ReferenceEngine().load(new TextEncoder().encode('not a model')).catch((e: unknown) => e);
    expect((garbage as ModelError).kind).toMatch(/corrupt|unsupported/);
  });
});
