// The browser's re-quantization, end to end in Node: the float model read
// back from the shipped fp32 ONNX, activations on the shipped calibration
// digits, ranges, the integer plan written as ONNX, and that file run by
// onnxruntime-web (not by our code) on the 2,000 shipped test digits. The
// model card's own figures (measured by the build) are what it must match.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readFloatModel } from '../../../src/lib/model-build/read-float-model.ts';
import { ActivationStore } from '../../../src/lib/model/activations.ts';
import { OrtEngine } from '../../../src/lib/model/ort-engine.ts';
import { accuracy, argmaxRows } from '../../../src/lib/model/evaluate.ts';
import { parseCard } from '../../../src/lib/model/card.ts';
import { runCalibration, type CalibrationRequest } from '../../../src/widgets/range-calibration/job.ts';
import { verdictOf } from '../../../src/widgets/range-calibration/describe.ts';
import { ort } from '../../support/ort.ts';
import { repoRoot } from '../../support/fixtures.ts';

const models = path.join(repoRoot, 'public', 'models');
const card = JSON.parse(readFileSync(path.join(models, 'model-card.json'), 'utf8'));
const test = {
  pixels: readFileSync(path.join(models, 'test-digits.bin')),
  labels: readFileSync(path.join(models, 'test-labels.bin')),
};
const input = Float32Array.from(test.pixels, (p) => Math.fround(p / 255));
let store: ActivationStore;
const engine = new OrtEngine(ort, 'the re-quantized model');

beforeAll(() => {
  store = new ActivationStore(readFloatModel(readFileSync(path.join(models, 'digits-fp32.onnx'))), readFileSync(path.join(models, 'calibration-digits.bin')));
});

async function evaluate(request: Partial<CalibrationRequest>) {
  const result = runCalibration(store, { method: 'minmax', percentile: 99.99, images: 1000, dummyMin: -100, dummyMax: 100, ...request });
  await engine.load(result.onnx);
  const { logits } = await engine.run(input, test.labels.length);
  return { result, accuracy: accuracy(argmaxRows(logits), test.labels) };
}

const cardAccuracy = (id: string) => card.models.find((m: { id: string }) => m.id === id).accuracy as number;

describe('re-quantizing in the browser reproduces the shipped models', () => {
  it('min/max on 1,000 images gives the full-integer model’s ranges and accuracy', async () => {
    const { result, accuracy: acc } = await evaluate({ method: 'minmax', images: 1000 });
    const shipped = card.models.find((m: { id: string }) => m.id === 'full-integer').tensors;
    for (const t of shipped) {
      const layer = result.layers.find((l) => l.point === t.name)!;
      expect(layer.scale).toBe(t.scale);
      expect(layer.zeroPoint).toBe(t.zeroPoint);
    }
    expect(acc).toBe(cardAccuracy('full-integer'));
    expect(acc).toBeGreaterThanOrEqual(0.97);
  });

  it.each([
    ['dummy-m100_100', -100, 100],
    ['dummy-0_6', 0, 6],
    ['dummy-m1000_1000', -1000, 1000],
  ])('dummy ranges as %s give the accuracy the model card reports', async (id, dummyMin, dummyMax) => {
    const { accuracy: acc } = await evaluate({ method: 'dummy', dummyMin, dummyMax, images: 10 });
    expect(acc).toBe(cardAccuracy(id));
  });
});

describe('what the widget says about each layer', () => {
  it('(0, 6) clips fc1 and the logits; (−1000, 1000) is too coarse for conv1; min/max is fine everywhere', async () => {
    const clip = runCalibration(store, { method: 'dummy', percentile: 99.99, images: 100, dummyMin: 0, dummyMax: 6 });
    const byPoint = (r: typeof clip, p: string) => r.layers.find((l) => l.point === p)!;
    expect(verdictOf(byPoint(clip, 'fc1'))).toBe('clipping');
    expect(verdictOf(byPoint(clip, 'fc2'))).toBe('clipping');
    expect(byPoint(clip, 'fc2').clippedBelow).toBeGreaterThan(0.3); // every negative logit becomes 0
    const wide = runCalibration(store, { method: 'dummy', percentile: 99.99, images: 100, dummyMin: -1000, dummyMax: 1000 });
    expect(verdictOf(byPoint(wide, 'conv1'))).toBe('resolution');
    // A step of 2000/255 over values below 4.6: codes 128 and 129 at most.
    expect(byPoint(wide, 'conv1').levelsUsed).toBeLessThanOrEqual(2);
    const calibrated = runCalibration(store, { method: 'minmax', percentile: 99.99, images: 100, dummyMin: 0, dummyMax: 6 });
    for (const l of calibrated.layers) expect(verdictOf(l)).not.toBe('resolution');
  });

  it('more calibration images never narrow a min/max range', () => {
    let previous = runCalibration(store, { method: 'minmax', percentile: 99.99, images: 1, dummyMin: 0, dummyMax: 6 });
    for (const images of [10, 100, 1000]) {
      const next = runCalibration(store, { method: 'minmax', percentile: 99.99, images, dummyMin: 0, dummyMax: 6 });
      for (let i = 0; i < next.layers.length; i++) {
        expect(next.layers[i].range.max).toBeGreaterThanOrEqual(previous.layers[i].range.max);
        expect(next.layers[i].range.min).toBeLessThanOrEqual(previous.layers[i].range.min);
      }
      previous = next;
    }
  });
});

describe('the model card as the widgets read it', () => {
  it('lists every shipped model with its file, and the digit files', () => {
    const parsed = parseCard(card);
    expect(parsed.models.map((m) => m.id)).toEqual(expect.arrayContaining(['fp32', 'weights-only', 'full-integer', 'float16', 'dummy-m100_100']));
    for (const m of parsed.models) expect(readFileSync(path.join(models, m.file)).length).toBe(m.bytes);
    expect(parsed.test).toMatchObject({ pixels: 'test-digits.bin', labels: 'test-labels.bin', count: 2000 });
    expect(parsed.calibration?.count).toBe(1000);
    expect(parsed.models.find((m) => m.id === 'dummy-m100_100')?.dummyRange).toEqual([-100, 100]);
  });

  it('refuses file names that leave models/ and cards without a model list', () => {
    const evil = structuredClone(card);
    evil.models[0].file = '../../etc/passwd';
    expect(() => parseCard(evil)).toThrow(/unusable file/);
    expect(() => parseCard({ models: 'nope' })).toThrow(/no list of models/);
    expect(() => parseCard(null)).toThrow(/no list of models/);
  });
});
