/**
 * Just enough of the protobuf wire format to write and read back the ONNX
 * models this project makes: varints, fixed32 and length-delimited fields.
 * No schema; callers know their field numbers. Pure, so the browser can
 * re-quantize the demo model with the same code the build script uses.
 */

export const WIRE_VARINT = 0;
export const WIRE_FIXED64 = 1;
export const WIRE_LEN = 2;
export const WIRE_FIXED32 = 5;

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** Growable byte buffer; a model of ~60 KB is written without number[] churn. */
class ByteSink {
  buf = new Uint8Array(256);
  length = 0;

  reserve(n: number): void {
    if (this.length + n <= this.buf.length) return;
    let size = this.buf.length * 2;
    while (size < this.length + n) size *= 2;
    const next = new Uint8Array(size);
    next.set(this.buf.subarray(0, this.length));
    this.buf = next;
  }

  byte(b: number): void {
    this.reserve(1);
    this.buf[this.length++] = b;
  }

  bytes(b: Uint8Array): void {
    this.reserve(b.length);
    this.buf.set(b, this.length);
    this.length += b.length;
  }
}

function writeVarint(sink: ByteSink, value: number | bigint): void {
  // int64 fields (negative values included) are written as 64-bit two's complement.
  let v = BigInt.asUintN(64, BigInt(value));
  do {
    let b = Number(v & 0x7fn);
    v >>= 7n;
    if (v !== 0n) b |= 0x80;
    sink.byte(b);
  } while (v !== 0n);
}

/** Builds one message by appending fields in the order they are called. */
export class MessageWriter {
  private readonly sink = new ByteSink();

  private key(field: number, wire: number): void {
    writeVarint(this.sink, (field << 3) | wire);
  }

  varint(field: number, value: number | bigint): this {
    this.key(field, WIRE_VARINT);
    writeVarint(this.sink, value);
    return this;
  }

  float32(field: number, value: number): this {
    this.key(field, WIRE_FIXED32);
    const b = new Uint8Array(4);
    new DataView(b.buffer).setFloat32(0, value, true);
    this.sink.bytes(b);
    return this;
  }

  bytes(field: number, payload: Uint8Array): this {
    this.key(field, WIRE_LEN);
    writeVarint(this.sink, payload.length);
    this.sink.bytes(payload);
    return this;
  }

  string(field: number, text: string): this {
    return this.bytes(field, encoder.encode(text));
  }

  message(field: number, inner: MessageWriter): this {
    return this.bytes(field, inner.finish());
  }

  /** A packed repeated varint field (e.g. `ints` of an attribute, tensor `dims`). */
  packedVarints(field: number, values: readonly number[]): this {
    const inner = new ByteSink();
    for (const v of values) writeVarint(inner, v);
    return this.bytes(field, inner.buf.subarray(0, inner.length));
  }

  finish(): Uint8Array {
    return this.sink.buf.slice(0, this.sink.length);
  }
}

// ---- reading ----

export interface Field {
  field: number;
  wire: number;
  /** Value of a varint field (bigint, so int64 survives). */
  varint?: bigint;
  /** Payload of fixed and length-delimited fields. */
  bytes?: Uint8Array;
}

export function readVarint(buf: Uint8Array, start: number): [bigint, number] {
  let pos = start;
  let result = 0n;
  let shift = 0n;
  for (;;) {
    if (pos >= buf.length) throw new Error('protobuf: a varint runs past the end of the buffer');
    const b = buf[pos++];
    result |= BigInt(b & 0x7f) << shift;
    if ((b & 0x80) === 0) return [result, pos];
    shift += 7n;
    if (shift > 63n) throw new Error('protobuf: a varint is longer than 10 bytes');
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
      if (pos + size > buf.length) throw new Error(`protobuf: field ${field} runs past the end`);
      fields.push({ field, wire, bytes: buf.subarray(pos, pos + size) });
      pos += size;
    } else if (wire === WIRE_LEN) {
      const [len, next] = readVarint(buf, pos);
      const end = next + Number(len);
      if (end > buf.length) throw new Error(`protobuf: field ${field} (${len} bytes) runs past the end`);
      fields.push({ field, wire, bytes: buf.subarray(next, end) });
      pos = end;
    } else {
      throw new Error(`protobuf: unsupported wire type ${wire} in field ${field}`);
    }
  }
  return fields;
}

/** Values of a repeated varint field, packed or not, as int64 Numbers. */
export function readInts(field: Field): number[] {
  if (field.wire === WIRE_VARINT) return [Number(BigInt.asIntN(64, field.varint!))];
  const out: number[] = [];
  const bytes = field.bytes!;
  let pos = 0;
  while (pos < bytes.length) {
    const [v, next] = readVarint(bytes, pos);
    out.push(Number(BigInt.asIntN(64, v)));
    pos = next;
  }
  return out;
}

export function asString(bytes: Uint8Array | undefined): string {
  return bytes ? decoder.decode(bytes) : '';
}
