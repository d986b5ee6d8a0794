/**
 * Decoder for ONNX TensorProto messages (the `.pb` files of the ONNX backend
 * node tests), for the element types the quantization tests need.
 */
import { asInt64, asString, readFields, readPackedVarints, WIRE_FIXED32, WIRE_LEN, WIRE_VARINT } from './protobuf.ts';

/** ONNX TensorProto.DataType values used here. */
export const ONNX_FLOAT = 1;
export const ONNX_UINT8 = 2;
export const ONNX_INT8 = 3;
export const ONNX_UINT16 = 4;
export const ONNX_INT16 = 5;
export const ONNX_INT32 = 6;
export const ONNX_INT64 = 7;

export const ONNX_TYPE_NAMES: Record<number, string> = {
  [ONNX_FLOAT]: 'FLOAT', [ONNX_UINT8]: 'UINT8', [ONNX_INT8]: 'INT8', [ONNX_UINT16]: 'UINT16',
  [ONNX_INT16]: 'INT16', [ONNX_INT32]: 'INT32', [ONNX_INT64]: 'INT64',
};

export interface DecodedTensor {
  name: string;
  dims: number[];
  dataType: number;
  /** Where the values came from: `raw_data` or one of the typed repeated fields. */
  storage: 'raw_data' | 'float_data' | 'int32_data' | 'int64_data' | 'empty';
  /** Element values as numbers (float32 values exactly as stored). */
  values: number[];
}

function decodeRaw(raw: Uint8Array, dataType: number): number[] {
  const view = new DataView(raw.buffer, raw.byteOffset, raw.byteLength);
  const out: number[] = [];
  const step: Record<number, number> = {
    [ONNX_FLOAT]: 4, [ONNX_UINT8]: 1, [ONNX_INT8]: 1, [ONNX_UINT16]: 2, [ONNX_INT16]: 2, [ONNX_INT32]: 4, [ONNX_INT64]: 8,
  };
  const size = step[dataType];
  if (size === undefined) throw new Error(`TensorProto: raw_data for data_type ${dataType} is not supported here`);
  if (raw.byteLength % size !== 0) throw new Error(`TensorProto: raw_data length ${raw.byteLength} is not a multiple of ${size}`);
  for (let off = 0; off < raw.byteLength; off += size) {
    switch (dataType) {
      case ONNX_FLOAT: out.push(view.getFloat32(off, true)); break;
      case ONNX_UINT8: out.push(view.getUint8(off)); break;
      case ONNX_INT8: out.push(view.getInt8(off)); break;
      case ONNX_UINT16: out.push(view.getUint16(off, true)); break;
      case ONNX_INT16: out.push(view.getInt16(off, true)); break;
      case ONNX_INT32: out.push(view.getInt32(off, true)); break;
      case ONNX_INT64: out.push(Number(view.getBigInt64(off, true))); break;
    }
  }
  return out;
}

export function decodeTensor(buf: Uint8Array): DecodedTensor {
  let name = '';
  let dataType = 0;
  const dims: number[] = [];
  let raw: Uint8Array | undefined;
  const floats: number[] = [];
  const int32s: number[] = [];
  const int64s: number[] = [];
  for (const f of readFields(buf)) {
    switch (f.field) {
      case 1: // dims, packed or not
        if (f.wire === WIRE_VARINT) dims.push(asInt64(f.varint!));
        else for (const v of readPackedVarints(f.bytes!)) dims.push(asInt64(v));
        break;
      case 2:
        dataType = Number(f.varint);
        break;
      case 4: { // float_data, packed (wire 2) or one fixed32
        const b = f.bytes!;
        const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
        if (f.wire === WIRE_FIXED32) floats.push(view.getFloat32(0, true));
        else for (let off = 0; off < b.byteLength; off += 4) floats.push(view.getFloat32(off, true));
        break;
      }
      case 5: // int32_data: every small integer type (and float16 bits) travels here
        if (f.wire === WIRE_VARINT) int32s.push(Number(BigInt.asIntN(32, f.varint!)));
        else for (const v of readPackedVarints(f.bytes!)) int32s.push(Number(BigInt.asIntN(32, v)));
        break;
      case 7:
        if (f.wire === WIRE_VARINT) int64s.push(asInt64(f.varint!));
        else for (const v of readPackedVarints(f.bytes!)) int64s.push(asInt64(v));
        break;
      case 8:
        name = asString(f.bytes);
        break;
      case 9:
        if (f.wire !== WIRE_LEN) throw new Error('TensorProto: raw_data must be length-delimited');
        raw = f.bytes;
        break;
      default:
        break; // segment, string_data, external data…: not used by these tests
    }
  }
  if (raw !== undefined) return { name, dims, dataType, storage: 'raw_data', values: decodeRaw(raw, dataType) };
  if (floats.length > 0) return { name, dims, dataType, storage: 'float_data', values: floats };
  if (int32s.length > 0) {
    // uint8/uint16 arrive as their unsigned value; int8/int16 as sign-extended int32.
    return { name, dims, dataType, storage: 'int32_data', values: int32s };
  }
  if (int64s.length > 0) return { name, dims, dataType, storage: 'int64_data', values: int64s };
  return { name, dims, dataType, storage: 'empty', values: [] };
}
