/**
 * Just enough of the protobuf wire format to read ONNX test vectors and to
 * write tiny ONNX models: varints, 32/64-bit fixed fields and
 * length-delimited fields. No schema; callers know their field numbers.
 */

export const WIRE_VARINT = 0;
export const WIRE_FIXED64 = 1;
export const WIRE_LEN = 2;
export const WIRE_FIXED32 = 5;

export interface Field {
  field: number;
  wire: number;
  /** Varint value (as bigint, so int64 survives) for wire type 0. */
  varint?: bigint;
  /** Payload bytes for wire types 1, 2 and 5. */
  bytes?: Uint8Array;
}

export function readVarint(buf: Uint8Array, pos: number): [bigint, number] {
  let result = 0n;
  let shift = 0n;
  for (;;) {
    if (pos >= buf.length) throw new Error('protobuf: varint runs past the end of the buffer');
    const b = buf[pos++];
    result |= BigInt(b & 0x7f) << shift;
    if ((b & 0x80) === 0) return [result, pos];
    shift += 7n;
    if (shift > 63n) throw new Error('protobuf: varint longer than 10 bytes');
  }
}

/** Splits a message into its top-level fields, in order. */
export function readFields(buf: Uint8Array): Field[] {
  const fields: Field[] = [];
  let pos = 0;
  while (pos < buf.length) {
    const [key, afterKey] = readVarint(buf, pos);
    pos = afterKey;
    const field = Number(key >> 3n);
    const wire = Number(key & 7n);
    if (wire === WIRE_VARINT) {
      const [v, next] = readVarint(buf, pos);
      fields.push({ field, wire, varint: v });
      pos = next;
    } else if (wire === WIRE_FIXED64 || wire === WIRE_FIXED32) {
      const size = wire === WIRE_FIXED64 ? 8 : 4;
      if (pos + size > buf.length) throw new Error(`protobuf: fixed field ${field} runs past the end`);
      fields.push({ field, wire, bytes: buf.subarray(pos, pos + size) });
      pos += size;
    } else if (wire === WIRE_LEN) {
      const [len, next] = readVarint(buf, pos);
      const end = next + Number(len);
      if (end > buf.length) throw new Error(`protobuf: field ${field} (${len} bytes) runs past the end`);
      fields.push({ field, wire, bytes: buf.subarray(next, end) });
      pos = end;
    } else {
      throw new Error(`protobuf: unsupported wire type ${wire} for field ${field}`);
    }
  }
  return fields;
}

/** Interprets a varint as a signed int64 (two's complement) and returns a Number. */
export function asInt64(v: bigint): number {
  return Number(BigInt.asIntN(64, v));
}

/** Reads a packed repeated varint field payload. */
export function readPackedVarints(bytes: Uint8Array): bigint[] {
  const out: bigint[] = [];
  let pos = 0;
  while (pos < bytes.length) {
    const [v, next] = readVarint(bytes, pos);
    out.push(v);
    pos = next;
  }
  return out;
}

const textDecoder = new TextDecoder();
export function asString(bytes: Uint8Array | undefined): string {
  return bytes ? textDecoder.decode(bytes) : '';
}

// ---- writing ----

function varintBytes(value: bigint): number[] {
  let v = BigInt.asUintN(64, value);
  const out: number[] = [];
  do {
    let b = Number(v & 0x7fn);
    v >>= 7n;
    if (v !== 0n) b |= 0x80;
    out.push(b);
  } while (v !== 0n);
  return out;
}

/** Builds one message by appending fields. */
export class MessageWriter {
  private readonly parts: number[] = [];

  private key(field: number, wire: number): void {
    this.parts.push(...varintBytes(BigInt((field << 3) | wire)));
  }

  varint(field: number, value: number | bigint): this {
    this.key(field, WIRE_VARINT);
    this.parts.push(...varintBytes(BigInt(value)));
    return this;
  }

  bytes(field: number, payload: Uint8Array): this {
    this.key(field, WIRE_LEN);
    this.parts.push(...varintBytes(BigInt(payload.length)));
    for (const b of payload) this.parts.push(b);
    return this;
  }

  string(field: number, text: string): this {
    return this.bytes(field, new TextEncoder().encode(text));
  }

  message(field: number, inner: MessageWriter): this {
    return this.bytes(field, inner.finish());
  }

  finish(): Uint8Array {
    return Uint8Array.from(this.parts);
  }
}
