import type { CodeRange, Dtype, QuantParams, Rounding } from './types.ts';
import { QuantError, show } from './errors.ts';
import { checkDtype, dtypeRange } from './dtype.ts';
import { checkRounding } from './rounding.ts';

/** Largest finite float32, for messages. */
const FLOAT32_MAX = 3.4028234663852886e38;

/**
 * Checks a scale and returns it as the float32 every runtime stores.
 *
 * A positive double can still be unusable: below about 7e-46 it rounds to 0
 * as a float32, above about 3.4e38 it rounds to Infinity.
 */
export function checkScale(scale: unknown, name = 'scale'): number {
  if (typeof scale !== 'number' || Number.isNaN(scale) || scale === Infinity || scale === -Infinity) {
    throw new QuantError('scale-not-finite', `${name} must be a positive finite number; got ${show(scale)}`);
  }
  if (!(scale > 0)) {
    throw new QuantError('scale-not-positive', `${name} must be a positive finite number; got ${show(scale)}`);
  }
  const s32 = Math.fround(scale);
  if (s32 === 0) {
    throw new QuantError(
      'scale-not-positive',
      `${name} ${show(scale)} is too small: it rounds to 0 as a float32 (the smallest positive float32 is about 1.4e-45)`,
    );
  }
  if (s32 === Infinity) {
    throw new QuantError(
      'scale-not-finite',
      `${name} ${show(scale)} is too large: it rounds to Infinity as a float32 (the largest is about ${FLOAT32_MAX.toPrecision(2)})`,
    );
  }
  return s32;
}

/** Checks that a zero point is an integer code the dtype can store (full range, narrow or not). */
export function checkZeroPoint(zeroPoint: unknown, dtype: Dtype | undefined, name = 'zeroPoint'): number {
  if (typeof zeroPoint !== 'number' || !Number.isInteger(zeroPoint)) {
    throw new QuantError('zero-point-not-integer', `${name} must be an integer; got ${show(zeroPoint)}`);
  }
  if (dtype !== undefined) {
    const { qmin, qmax } = dtypeRange(dtype);
    if (zeroPoint < qmin || zeroPoint > qmax) {
      throw new QuantError(
        'zero-point-out-of-range',
        `${name} ${show(zeroPoint)} is outside the ${dtype} range [${qmin}, ${qmax}]`,
      );
    }
  }
  return zeroPoint + 0; // −0 → 0
}

/** Quantization parameters after validation, in the form the kernels use. */
export interface ResolvedParams extends CodeRange {
  /** The scale rounded to float32. */
  scale: number;
  zeroPoint: number;
  dtype: Dtype;
  narrowRange: boolean;
  rounding: Rounding;
}

export function resolveParams(params: QuantParams): ResolvedParams {
  if (params === null || typeof params !== 'object') {
    throw new QuantError('bad-input', `quantization parameters must be an object { scale, zeroPoint, dtype }; got ${show(params)}`);
  }
  const dtype = checkDtype(params.dtype);
  const scale = checkScale(params.scale);
  const zeroPoint = checkZeroPoint(params.zeroPoint, dtype);
  const narrowRange = params.narrowRange === true;
  const rounding = checkRounding(params.rounding);
  const { qmin, qmax } = dtypeRange(dtype, narrowRange);
  return { scale, zeroPoint, dtype, narrowRange, rounding, qmin, qmax };
}

/** Accepts a non-empty array-like; throws `bad-input` or `empty-input` otherwise. */
export function checkValues(values: unknown, name = 'values'): ArrayLike<number> {
  if (values === null || typeof values !== 'object' || typeof (values as ArrayLike<number>).length !== 'number') {
    throw new QuantError('bad-input', `${name} must be an array or typed array of numbers; got ${show(values)}`);
  }
  const list = values as ArrayLike<number>;
  if (list.length === 0) {
    throw new QuantError('empty-input', `${name} is empty: there is nothing to quantize or measure`);
  }
  return list;
}

/** The error for a non-finite element found at `index`. */
export function notFiniteValue(values: ArrayLike<number>, index: number, name = 'values'): QuantError {
  const v = values[index];
  if (typeof v === 'number' && Number.isFinite(v)) {
    return new QuantError(
      'not-finite-value',
      `${name}[${index}] is ${show(v)}, which is outside the float32 range and becomes ${v > 0 ? 'Infinity' : '-Infinity'}`,
    );
  }
  return new QuantError(
    'not-finite-value',
    `${name}[${index}] is ${show(v)}; only finite numbers can be quantized (look for a division by zero or a missing value upstream)`,
  );
}
