// The inspector's sample list must name files the model pipeline really
// made: each is in public/models/model-card.json and on disk with its size.
import { readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SAMPLES } from '../../../src/widgets/model-inspector/samples.ts';
import { verdictFor } from '../../../src/widgets/model-inspector/verdict.ts';
import { inspectModel } from '../../../src/lib/formats/index.ts';

const card = JSON.parse(readFileSync('public/models/model-card.json', 'utf8')) as { models: { file: string; bytes: number; weights: string; activations: string }[] };

describe('sample models', () => {
  for (const [id, sample] of Object.entries(SAMPLES)) {
    it(`${id}: listed in the model card and present in public/models`, () => {
      const entry = card.models.find((m) => m.file === sample.file);
      expect(entry, `${sample.file} is not in model-card.json`).toBeDefined();
      expect(statSync(`public/models/${sample.file}`).size).toBe(entry!.bytes);
    });
  }

  it('the flavour verdicts agree with what the card says each file is', () => {
    const flavour = (file: string) => inspectModel(new Uint8Array(readFileSync(`public/models/${file}`)), { fileName: file }).summary.flavour.flavour;
    // Card: "weights": "float32" / "activations": "float32".
    expect(verdictFor(flavour(SAMPLES['digits-fp32'].file)).headline).toBe('Not quantized');
    // Card: int8 weights, float32 activations.
    expect(verdictFor(flavour(SAMPLES['digits-weights-int8'].file)).headline).toBe('Dynamic range (weights-only) quantization');
    // Card: "activations": "uint8, asymmetric, …".
    expect(verdictFor(flavour(SAMPLES['digits-int8'].file)).headline).toBe('Full integer, uint8 activations');
    expect(card.models.find((m) => m.file === SAMPLES['digits-int8'].file)!.activations).toMatch(/^uint8/);
  });
});
