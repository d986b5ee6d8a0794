import { describe, expect, it } from 'vitest';
import { quantErrorMessage, quantErrorZh } from '../../../src/lib/quant/error-messages.ts';
import { chooseParams, quantize } from '../../../src/lib/quant/index.ts';

function thrown(f: () => unknown): unknown {
  try {
    f();
  } catch (e) {
    return e;
  }
  throw new Error('expected a throw');
}

describe('QuantError in Chinese', () => {
  it('says what the core said, by code', () => {
    const e = thrown(() => chooseParams({ min: 2, max: 1 }, { dtype: 'uint8' }));
    expect(quantErrorMessage(e)).toMatch(/min/i);
    expect(quantErrorMessage(e, quantErrorZh)).toBe(quantErrorZh['min-greater-than-max']);
    const s = thrown(() => quantize(new Float32Array([1]), { scale: 0, zeroPoint: 0, dtype: 'uint8' }));
    expect(quantErrorMessage(s, quantErrorZh)).toBe(quantErrorZh['scale-not-positive']);
  });

  it('has a Chinese sentence for every code', () => {
    for (const text of Object.values(quantErrorZh)) expect(text).toMatch(/[\u4e00-\u9fff]/);
  });

  it('never shows an English stack for a non-QuantError in Chinese', () => {
    expect(quantErrorMessage(new TypeError('x is undefined'), quantErrorZh)).toMatch(/[\u4e00-\u9fff]/);
  });
});
