/**
 * Training is deterministic: a short run (160 digits, one epoch) gives the
 * same weights every time, pinned by the SHA-256 of its fp32 ONNX file. If
 * this hash changes, `npm run model:build` no longer reproduces the
 * committed models either (check with `npm run model:build -- --check`).
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { loadAll, splitDigits } from '../../../scripts/model/data.ts';
import { trainModel } from '../../../scripts/model/train.ts';
import { floatGraph } from '../../../src/lib/model-build/export.ts';
import { writeOnnxModel } from '../../../src/lib/model-build/onnx.ts';

const SHORT = { seed: 4, epochs: 1, batchSize: 16, learningRate: 0.002, shift: 1, limit: 160 };

function shortRunHash(): string {
  const { train } = splitDigits(loadAll());
  const { model } = trainModel(train, SHORT);
  return createHash('sha256').update(writeOnnxModel(floatGraph(model, 'float32'))).digest('hex');
}

describe('training', () => {
  it('a short seeded run gives the same bytes twice, and the pinned hash', () => {
    const a = shortRunHash();
    expect(shortRunHash()).toBe(a);
    expect(a).toBe('e69fe286c8194ebcb5d97febc2101f50e46741d3eb3dfaa31a9e8a1486a0d5fb');
  }, 60_000);
});
