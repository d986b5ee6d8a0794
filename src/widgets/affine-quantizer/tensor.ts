// The float tensor the widget quantizes: generated from a seed, or parsed
// from the numbers the reader typed.
import { generateTensor, parseNumberList, type GeneratedSource, type NumberWords } from '../../lib/data/index.ts';
import type { AffineQuantizerState } from '../affine-quantizer.schema.ts';

export type TensorResult = { ok: true; values: Float32Array } | { ok: false; message: string };

export type TensorSettings = Pick<AffineQuantizerState, 'source' | 'size' | 'seed' | 'values'>;

export function makeTensor(s: TensorSettings, words?: NumberWords): TensorResult {
  if (s.source === 'custom') {
    const parsed = parseNumberList(s.values, undefined, words);
    return parsed.ok ? { ok: true, values: parsed.values } : { ok: false, message: parsed.message };
  }
  return { ok: true, values: generateTensor({ source: s.source as GeneratedSource, size: s.size, seed: s.seed }) };
}

/** Identity of a tensor request, to tell when the data itself changes. */
export function tensorKey(s: TensorSettings): string {
  return s.source === 'custom' ? `custom:${s.values}` : `${s.source}:${s.size}:${s.seed}`;
}
