import type { CodeRange, Dtype, QuantizedArrayOf } from './types.ts';
import { QuantError, show } from './errors.ts';

export const DTYPES: readonly Dtype[] = ['uint8', 'int8', 'int16', 'int32'];

const BITS: Record<Dtype, number> = { uint8: 8, int8: 8, int16: 16, int32: 32 };

export function isDtype(value: unknown): value is Dtype {
  return typeof value === 'string' && (DTYPES as readonly string[]).includes(value);
}

export function checkDtype(value: unknown): Dtype {
  if (!isDtype(value)) {
    throw new QuantError('bad-dtype', `dtype must be one of ${DTYPES.join(', ')}; got ${show(value)}`);
  }
  return value;
}

/** Number of bits of the integer type. */
export function dtypeBits(dtype: Dtype): number {
  return BITS[checkDtype(dtype)];
}

/**
 * The codes a dtype can hold.
 *
 * Full range is the type's own range: uint8 [0, 255], int8 [-128, 127],
 * int16 [-32768, 32767], int32 [-2^31, 2^31 − 1].
 *
 * Narrow range drops one code so the range is symmetric, or for uint8 so the
 * code 0 is unused:
 * - signed types lose their most negative code: int8 [-127, 127] (TFLite's
 *   symmetric int8 weights), int16 [-32767, 32767], int32 [-(2^31 − 1), 2^31 − 1];
 * - uint8 becomes [1, 255], which is TF FakeQuant's `narrow_range` (its
 *   `quant_min` is 1 instead of 0).
 */
export function dtypeRange(dtype: Dtype, narrowRange = false): CodeRange {
  const bits = dtypeBits(dtype);
  if (dtype === 'uint8') return { qmin: narrowRange ? 1 : 0, qmax: 255 };
  const half = 2 ** (bits - 1);
  return { qmin: narrowRange ? -(half - 1) : -half, qmax: half - 1 };
}

/** A zero-filled typed array of the dtype. */
export function allocate<D extends Dtype>(dtype: D, length: number): QuantizedArrayOf[D] {
  switch (dtype) {
    case 'uint8':
      return new Uint8Array(length) as QuantizedArrayOf[D];
    case 'int8':
      return new Int8Array(length) as QuantizedArrayOf[D];
    case 'int16':
      return new Int16Array(length) as QuantizedArrayOf[D];
    case 'int32':
      return new Int32Array(length) as QuantizedArrayOf[D];
    default:
      throw new QuantError('bad-dtype', `dtype must be one of ${DTYPES.join(', ')}; got ${show(dtype)}`);
  }
}
