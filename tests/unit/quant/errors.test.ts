/**
 * Every kind of bad input raises a QuantError with a stable code and a
 * message that names the bad value. Nothing returns NaN codes or crashes
 * with a TypeError.
 */
import { describe, expect, it } from 'vitest';
import {
  QuantError, chooseParams, dequantize, dequantizePerAxis, errorStats, fromMeanStd, histogram,
  quantize, quantizePerAxis, roundWith, toMeanStd,
} from '../../../src/lib/quant/index.ts';
import type { QuantErrorCode } from '../../../src/lib/quant/index.ts';

function caught(fn: () => unknown): QuantError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(QuantError);
    expect(e).toBeInstanceOf(Error);
    expect((e as Error).name).toBe('QuantError');
    return e as QuantError;
  }
  throw new Error('expected a QuantError, but nothing was thrown');
}

/** [description, call, code, text the message must contain] */
type Case = [string, () => unknown, QuantErrorCode, string];

const ok = { scale: 0.5, zeroPoint: 0, dtype: 'int8' } as const;
const bad = (over: object) => ({ ...ok, ...over }) as never;

const cases: Case[] = [
  ['scale NaN', () => quantize([1], bad({ scale: NaN })), 'scale-not-finite', 'got NaN'],
  ['scale Infinity', () => quantize([1], bad({ scale: Infinity })), 'scale-not-finite', 'got Infinity'],
  ['scale 0', () => quantize([1], bad({ scale: 0 })), 'scale-not-positive', 'scale must be a positive finite number; got 0'],
  ['scale −0', () => quantize([1], bad({ scale: -0 })), 'scale-not-positive', 'got -0'],
  ['scale negative', () => quantize([1], bad({ scale: -0.1 })), 'scale-not-positive', 'got -0.1'],
  ['scale underflows float32', () => quantize([1], bad({ scale: 1e-50 })), 'scale-not-positive', 'rounds to 0 as a float32'],
  ['scale overflows float32', () => quantize([1], bad({ scale: 1e39 })), 'scale-not-finite', 'rounds to Infinity'],
  ['scale as a string', () => quantize([1], bad({ scale: '0.5' })), 'scale-not-finite', 'got "0.5"'],
  ['scale missing', () => quantize([1], bad({ scale: undefined })), 'scale-not-finite', 'got undefined'],
  ['zero point not an integer', () => quantize([1], bad({ zeroPoint: 3.5 })), 'zero-point-not-integer', 'got 3.5'],
  ['zero point NaN', () => quantize([1], bad({ zeroPoint: NaN })), 'zero-point-not-integer', 'got NaN'],
  ['zero point above uint8', () => quantize([1], bad({ dtype: 'uint8', zeroPoint: 256 })), 'zero-point-out-of-range', '256 is outside the uint8 range [0, 255]'],
  ['zero point below int8', () => quantize([1], bad({ zeroPoint: -129 })), 'zero-point-out-of-range', '-129 is outside the int8 range [-128, 127]'],
  ['negative zero point for uint8', () => quantize([1], bad({ dtype: 'uint8', zeroPoint: -1 })), 'zero-point-out-of-range', '[0, 255]'],
  ['unknown dtype', () => quantize([1], bad({ dtype: 'uint4' })), 'bad-dtype', 'got "uint4"'],
  ['unknown rounding', () => quantize([1], bad({ rounding: 'nearest' })), 'bad-rounding', 'got "nearest"'],
  ['params missing', () => quantize([1], undefined as never), 'bad-input', 'got undefined'],
  ['empty values', () => quantize([], ok), 'empty-input', 'values is empty'],
  ['empty typed array', () => quantize(new Float32Array(0), ok), 'empty-input', 'values is empty'],
  ['values not an array', () => quantize(null as never, ok), 'bad-input', 'got null'],
  ['NaN value', () => quantize([1, 2, NaN], ok), 'not-finite-value', 'values[2] is NaN'],
  ['Infinity value', () => quantize([Infinity], ok), 'not-finite-value', 'values[0] is Infinity'],
  ['−Infinity deep in a large tensor', () => {
    const f = new Float32Array(100_000);
    f[77_777] = -Infinity;
    return quantize(f, ok);
  }, 'not-finite-value', 'values[77777] is -Infinity'],
  ['NaN deep in an int16 tensor', () => {
    const f = new Float32Array(5000);
    f[4999] = NaN;
    return quantize(f, bad({ dtype: 'int16' }));
  }, 'not-finite-value', 'values[4999] is NaN'],
  ['finite double beyond float32', () => quantize([1e39], ok), 'not-finite-value', 'values[0] is 1e+39, which is outside the float32 range'],
  ['wrong out array', () => quantize([1, 2], ok, new Uint8Array(2) as never), 'bad-input', 'Int8Array of length 2'],

  ['dequantize: non-integer code', () => dequantize([1, 2.5], { scale: 1, zeroPoint: 0 }), 'not-integer-value', 'codes[1] is 2.5'],
  ['dequantize: NaN code', () => dequantize([NaN], { scale: 1, zeroPoint: 0 }), 'not-finite-value', 'codes[0] is NaN'],
  ['dequantize: empty', () => dequantize(new Uint8Array(0), { scale: 1, zeroPoint: 0 }), 'empty-input', 'codes is empty'],
  ['dequantize: scale 0', () => dequantize([1], { scale: 0, zeroPoint: 0 }), 'scale-not-positive', 'got 0'],
  ['dequantize: zero point outside the given dtype', () => dequantize([1], { scale: 1, zeroPoint: 200, dtype: 'int8' }), 'zero-point-out-of-range', '200'],

  ['chooseParams: min > max', () => chooseParams({ min: 2, max: 1 }, { dtype: 'uint8' }), 'min-greater-than-max', 'min (2) is greater than max (1)'],
  ['chooseParams: NaN min', () => chooseParams({ min: NaN, max: 1 }, { dtype: 'uint8' }), 'range-not-finite', 'min must be a finite number; got NaN'],
  ['chooseParams: infinite max', () => chooseParams({ min: 0, max: Infinity }, { dtype: 'uint8' }), 'range-not-finite', 'max must be a finite number; got Infinity'],
  ['chooseParams: beyond float32', () => chooseParams({ min: -1e39, max: 0 }, { dtype: 'uint8' }), 'range-not-finite', 'does not fit in float32'],
  ['chooseParams: bad dtype', () => chooseParams({ min: 0, max: 1 }, { dtype: 'float16' as never }), 'bad-dtype', 'got "float16"'],

  ['fromMeanStd: std_dev 0', () => fromMeanStd({ mean: 0, stdDev: 0 }, 'uint8'), 'std-dev-not-positive', 'got 0'],
  ['fromMeanStd: negative std_dev', () => fromMeanStd({ mean: 0, stdDev: -1 }, 'uint8'), 'std-dev-not-positive', 'got -1'],
  ['fromMeanStd: NaN std_dev', () => fromMeanStd({ mean: 0, stdDev: NaN }, 'uint8'), 'std-dev-not-finite', 'got NaN'],
  ['fromMeanStd: NaN mean', () => fromMeanStd({ mean: NaN, stdDev: 1 }, 'uint8'), 'mean-not-finite', 'got NaN'],
  ['fromMeanStd: mean outside uint8', () => fromMeanStd({ mean: 300, stdDev: 1 }, 'uint8'), 'mean-out-of-range', 'zero point 300, outside the uint8 range'],
  ['fromMeanStd: 127.5 for int8', () => fromMeanStd({ mean: 127.5, stdDev: 1 }, 'int8'), 'mean-out-of-range', 'rounds to zero point 128'],
  ['toMeanStd: scale 0', () => toMeanStd({ scale: 0, zeroPoint: 0 }), 'scale-not-positive', 'got 0'],

  ['per-axis: axis beyond the rank', () => quantizePerAxis([1, 2, 3, 4], { scales: [1, 1], zeroPoints: [0, 0], axis: 2, shape: [2, 2], dtype: 'int8' }), 'bad-axis', 'axis 2 does not exist for a rank-2 tensor'],
  ['per-axis: shape does not match', () => quantizePerAxis([1, 2, 3], { scales: [1, 1], zeroPoints: [0, 0], axis: 0, shape: [2, 2], dtype: 'int8' }), 'bad-shape', 'holds 4 values but 3 were given'],
  ['per-axis: negative dimension', () => quantizePerAxis([1, 2], { scales: [1], zeroPoints: [0], axis: 0, shape: [-1, 2], dtype: 'int8' }), 'bad-shape', 'has -1'],
  ['per-axis: one scale too few', () => quantizePerAxis([1, 2, 3, 4], { scales: [1], zeroPoints: [0, 0], axis: 1, shape: [2, 2], dtype: 'int8' }), 'length-mismatch', 'scales has 1 entries but axis 1 has 2 channels'],
  ['per-axis: bad scale in channel 1', () => quantizePerAxis([1, 2, 3, 4], { scales: [1, -2], zeroPoints: [0, 0], axis: 1, shape: [2, 2], dtype: 'int8' }), 'scale-not-positive', 'scales[1] must be a positive finite number; got -2'],
  ['per-axis: zero point out of range in channel 0', () => quantizePerAxis([1, 2, 3, 4], { scales: [1, 1], zeroPoints: [999, 0], axis: 1, shape: [2, 2], dtype: 'int8' }), 'zero-point-out-of-range', 'zeroPoints[0] 999'],
  ['per-axis: NaN reported by its flat index', () => quantizePerAxis([1, 2, 3, NaN], { scales: [1, 1], zeroPoints: [0, 0], axis: 0, shape: [2, 2], dtype: 'int8' }), 'not-finite-value', 'values[3] is NaN'],
  ['per-axis dequantize: bad axis', () => dequantizePerAxis([1, 2], { scales: [1], zeroPoints: [0], axis: -3, shape: [2] }), 'bad-axis', 'axis -3'],
  ['per-axis dequantize: non-integer code', () => dequantizePerAxis([1, 2.5], { scales: [1, 1], zeroPoints: [0, 0], axis: 0, shape: [2] }), 'not-integer-value', 'codes[1] is 2.5'],

  ['errorStats: lengths differ', () => errorStats([1, 2], [1]), 'length-mismatch', 'original has 2 values but reconstructed has 1'],
  ['errorStats: NaN in the reconstruction', () => errorStats([1, 2], [1, NaN]), 'not-finite-value', 'reconstructed[1] is NaN'],
  ['errorStats: Infinity in the original', () => errorStats([Infinity], [1]), 'not-finite-value', 'original[0] is Infinity'],
  ['errorStats: empty', () => errorStats([], []), 'empty-input', 'original is empty'],

  ['histogram: zero bins', () => histogram([1], { bins: 0, min: 0, max: 1 }), 'bad-bins', 'got 0'],
  ['histogram: fractional bins', () => histogram([1], { bins: 2.5, min: 0, max: 1 }), 'bad-bins', 'got 2.5'],
  ['histogram: min = max', () => histogram([1], { bins: 4, min: 1, max: 1 }), 'empty-range', 'min and max are both 1'],
  ['histogram: min > max', () => histogram([1], { bins: 4, min: 2, max: 1 }), 'min-greater-than-max', 'min (2) is greater than max (1)'],
  ['histogram: NaN value', () => histogram([0.5, NaN], { bins: 4, min: 0, max: 1 }), 'not-finite-value', 'values[1] is NaN'],

  ['roundWith: NaN', () => roundWith(NaN), 'not-finite-value', 'cannot round NaN'],
  ['roundWith: unknown mode', () => roundWith(1.5, 'banker' as never), 'bad-rounding', 'got "banker"'],
];

describe('QuantError for every kind of bad input', () => {
  for (const [what, call, code, text] of cases) {
    it(`${what} → ${code}`, () => {
      const e = caught(call);
      expect(e.code).toBe(code);
      expect(e.message).toContain(text);
    });
  }
});
