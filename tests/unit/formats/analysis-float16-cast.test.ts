// float16 weights stored in ONNX behind a Cast to float32 (how this site's
// pipeline, and onnxconverter-common with keep_io_types, store them) are the
// float16 flavour, not float: the analysis looks through the Cast of a
// stored float16 constant as it does through DequantizeLinear.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { inspectModel } from '../../../src/lib/formats/index.ts';

const card = JSON.parse(readFileSync('public/models/model-card.json', 'utf8')) as { models: { id: string; file: string; weights: string; activations: string; ops: string[] }[] };

describe('float16 weights behind Cast', () => {
  const entry = card.models.find((m) => m.id === 'float16')!;
  it('the site’s float16 digit model is float16 weights with float32 activations, as its card says', () => {
    expect(entry.weights).toBe('float16');
    expect(entry.activations).toBe('float32');
    expect(entry.ops).toContain('Cast');
    const { flavour } = inspectModel(new Uint8Array(readFileSync(`public/models/${entry.file}`)), { fileName: entry.file }).summary;
    expect(flavour.flavour).toBe('float16');
    expect(flavour.evidence[0]).toBe('4 of 4 weighted operators (Conv, Gemm) read float16 weights.');
  });
  it('the float32 model it was made from stays float', () => {
    const fp32 = card.models.find((m) => m.id === 'fp32')!;
    const { flavour } = inspectModel(new Uint8Array(readFileSync(`public/models/${fp32.file}`)), { fileName: fp32.file }).summary;
    expect(flavour.flavour).toBe('float');
  });
});
