/**
 * How often TFLite's two roundings disagree with one: the second rounding
 * meets an exact half about once in 2^r outputs (r = −shift bits shifted
 * out), and about half of those go the other way, so roughly 2^−(r+1) of the
 * codes differ from a single correct rounding. Lesson 6 states this rule.
 */
import { expect, it } from 'vitest';
import { channelMultiplier, rescale } from '../../../../src/lib/quant/index.ts';
import { seededRandom } from '../../../support/random.ts';

it('TFLite ≠ ONNX Runtime on about 2^−(r+1) of outputs, for right shifts 4 to 9', () => {
  const rand = seededRandom(11);
  for (let r = 4; r <= 9; r++) {
    let differ = 0;
    let n = 0;
    for (let layer = 0; layer < 300; layer++) {
      // a multiplier whose shift is exactly −r: M in [2^−(r+1), 2^−r)
      const m = 2 ** -(r + 1) * (1 + rand());
      const tfl = channelMultiplier(1, m, 1, 'tflite');
      const ort = channelMultiplier(1, m, 1, 'onnxruntime');
      expect(tfl.fixedPoint.shift).toBe(-r);
      for (let k = 0; k < 400; k++) {
        const acc = Math.round((rand() * 2 - 1) * 120 / m);
        if (rescale(acc, tfl, 'tflite') !== rescale(acc, ort, 'onnxruntime')) differ++;
        n++;
      }
    }
    const expected = 2 ** -(r + 1);
    expect(differ / n).toBeGreaterThan(expected * 0.8);
    expect(differ / n).toBeLessThan(expected * 1.2);
  }
});
