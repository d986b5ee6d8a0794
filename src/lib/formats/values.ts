/**
 * Decodes a tensor's stored bytes (InspectedModel.tensorBytes) into numbers,
 * for histograms and per-channel ranges. Little-endian, as both formats store
 * them; 4-bit types are unpacked two per byte, low nibble first (TFLite INT4
 * and ONNX INT4/UINT4 agree on that). Unaligned views are read through a
 * DataView, so nothing is copied first.
 */
import type { DType } from './summary.ts';
import { halfToNumber } from './onnx/read.ts';

export type TensorValues = Int32Array | Float32Array | Float64Array;

/** Element count the bytes hold for a dtype (4-bit types: two per byte). */
export function valueCount(byteLength: number, dtype: DType): number {
  const bits = BITS[dtype];
  return bits ? Math.floor((byteLength * 8) / bits) : 0;
}

const BITS: Partial<Record<DType, number>> = {
  int4: 4, uint4: 4, int8: 8, uint8: 8, bool: 8, int16: 16, uint16: 16, float16: 16, int32: 32, uint32: 32, float32: 32,
  int64: 64, uint64: 64, float64: 64,
};

/** Integer types as Int32Array (int64/uint32/uint64 as Float64Array), float types as Float32Array/Float64Array; null when the dtype has no fixed width. */
export function decodeValues(bytes: Uint8Array, dtype: DType, count = valueCount(bytes.length, dtype)): TensorValues | null {
  const bits = BITS[dtype];
  if (!bits) return null;
  const n = Math.min(count, valueCount(bytes.length, dtype));
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  switch (dtype) {
    case 'int4':
    case 'uint4': {
      const out = new Int32Array(n);
      for (let i = 0; i < n; i++) {
        const byte = bytes[i >> 1];
        const nibble = i % 2 === 0 ? byte & 0x0f : byte >> 4;
        out[i] = dtype === 'int4' && nibble >= 8 ? nibble - 16 : nibble;
      }
      return out;
    }
    case 'int8': {
      const out = new Int32Array(n);
      for (let i = 0; i < n; i++) out[i] = view.getInt8(i);
      return out;
    }
    case 'uint8':
    case 'bool':
      return Int32Array.from(bytes.subarray(0, n));
    case 'int16': {
      const out = new Int32Array(n);
      for (let i = 0; i < n; i++) out[i] = view.getInt16(2 * i, true);
      return out;
    }
    case 'uint16': {
      const out = new Int32Array(n);
      for (let i = 0; i < n; i++) out[i] = view.getUint16(2 * i, true);
      return out;
    }
    case 'float16': {
      const out = new Float32Array(n);
      for (let i = 0; i < n; i++) out[i] = halfToNumber(view.getUint16(2 * i, true));
      return out;
    }
    case 'int32': {
      const out = new Int32Array(n);
      for (let i = 0; i < n; i++) out[i] = view.getInt32(4 * i, true);
      return out;
    }
    case 'uint32': {
      const out = new Float64Array(n);
      for (let i = 0; i < n; i++) out[i] = view.getUint32(4 * i, true);
      return out;
    }
    case 'float32': {
      const out = new Float32Array(n);
      for (let i = 0; i < n; i++) out[i] = view.getFloat32(4 * i, true);
      return out;
    }
    case 'int64':
    case 'uint64': {
      const out = new Float64Array(n);
      for (let i = 0; i < n; i++) {
        const hi = dtype === 'int64' ? view.getInt32(8 * i + 4, true) : view.getUint32(8 * i + 4, true);
        out[i] = hi * 4294967296 + view.getUint32(8 * i, true);
      }
      return out;
    }
    case 'float64': {
      const out = new Float64Array(n);
      for (let i = 0; i < n; i++) out[i] = view.getFloat64(8 * i, true);
      return out;
    }
    default:
      return null;
  }
}
