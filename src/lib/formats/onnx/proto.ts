/**
 * A bounds-checked protobuf wire-format reader (our own, not protobufjs; see
 * src/lib/formats/README.md for why). It reads one message's fields in order
 * over a window [start, end) of the file and never copies: length-delimited
 * fields come back as (start, length) windows into the same bytes.
 *
 * Every varint is limited to 10 bytes, every length is checked against the
 * end of the file and of the enclosing message, and groups (wire types 3/4,
 * unused by ONNX) are rejected, so a hostile file fails with a FormatError.
 */
import { ByteSource, decodeUtf8 } from '../bytes.ts';
import { formatError } from '../error-messages.ts';

export const WIRE_VARINT = 0;
export const WIRE_FIXED64 = 1;
export const WIRE_LEN = 2;
export const WIRE_FIXED32 = 5;

export interface Span {
  start: number;
  length: number;
}

export class ProtoReader {
  readonly src: ByteSource;
  pos: number;
  readonly end: number;
  /** What is being read, for messages: "ModelProto", "GraphProto.node[3]"… */
  readonly what: string;

  constructor(src: ByteSource, start: number, end: number, what: string) {
    this.src = src;
    this.pos = start;
    this.end = end;
    this.what = what;
  }

  done(): boolean {
    return this.pos >= this.end;
  }

  /** Next field key; `field` 0 is invalid in protobuf. */
  key(): { field: number; wire: number; at: number } {
    const at = this.pos;
    const k = this.varint();
    const field = Math.floor(k / 8);
    const wire = k % 8;
    if (field === 0 || field > 536870911) {
      throw formatError('bad-structure', 'bad-field-number', { field, at, what: this.what }, at);
    }
    if (wire !== WIRE_VARINT && wire !== WIRE_FIXED64 && wire !== WIRE_LEN && wire !== WIRE_FIXED32) {
      throw formatError('bad-wire-type', 'bad-wire-type', { wire, field, at, what: this.what }, at);
    }
    return { field, wire, at };
  }

  /** Unsigned varint as a double (exact to 2^53). */
  varint(): number {
    const { lo, hi } = this.varint64();
    return hi * 4294967296 + lo;
  }

  /** int64 / int32 varint (two's complement over 64 bits) as a double. */
  signedVarint(): number {
    const { lo, hi } = this.varint64();
    return (hi | 0) * 4294967296 + lo;
  }

  private varint64(): { lo: number; hi: number } {
    const start = this.pos;
    const bytes = this.src.bytes;
    let lo = 0;
    let hi = 0;
    for (let i = 0; i < 10; i++) {
      if (this.pos >= this.end) {
        if (this.end >= this.src.length) {
          throw formatError('truncated', 'varint-past-end', { at: start, size: this.src.length, what: this.what }, start);
        }
        throw formatError('bad-structure', 'varint-overruns', { at: start, container: this.what, end: this.end }, start);
      }
      const b = bytes[this.pos++];
      if (i < 4) lo += (b & 0x7f) * 2 ** (7 * i);
      else if (i === 4) {
        lo += (b & 0x0f) * 2 ** 28;
        hi += (b & 0x7f) >> 4;
      } else hi += (b & 0x7f) * 2 ** (3 + 7 * (i - 5));
      if (b < 0x80) return { lo, hi: hi % 4294967296 };
    }
    throw formatError('bad-varint', 'varint-too-long', { at: start, what: this.what }, start);
  }

  fixed32(): number {
    this.within(4);
    const v = this.src.u32(this.pos);
    this.pos += 4;
    return v;
  }

  float32(): number {
    this.within(4);
    const v = this.src.f32(this.pos);
    this.pos += 4;
    return v;
  }

  fixed64Skip(): void {
    this.within(8);
    this.pos += 8;
  }

  /** A length-delimited field's window, checked against the file and the enclosing message. */
  span(): Span {
    const lengthAt = this.pos;
    const length = this.varint();
    const start = this.pos;
    if (length > this.src.length - start) {
      throw formatError('truncated', 'field-past-end', { length, at: lengthAt, size: this.src.length, what: this.what }, lengthAt);
    }
    if (start + length > this.end) {
      throw formatError('bad-structure', 'field-overruns', { length, at: lengthAt, container: this.what, end: this.end }, lengthAt);
    }
    this.pos = start + length;
    return { start, length };
  }

  string(): string {
    const s = this.span();
    return decodeUtf8(this.src.bytes.subarray(s.start, s.start + s.length));
  }

  /** Reader over a nested message. */
  message(what: string): ProtoReader {
    const s = this.span();
    return new ProtoReader(this.src, s.start, s.start + s.length, what);
  }

  skip(wire: number): void {
    if (wire === WIRE_VARINT) this.varint();
    else if (wire === WIRE_FIXED64) this.fixed64Skip();
    else if (wire === WIRE_LEN) this.span();
    else this.fixed32();
  }

  /** Appends a repeated int64/int32 field, packed (LEN) or not (VARINT). */
  readInts(wire: number, out: number[], limit = Infinity): void {
    if (wire === WIRE_VARINT) {
      const v = this.signedVarint();
      if (out.length < limit) out.push(v);
      return;
    }
    if (wire !== WIRE_LEN) return this.skip(wire);
    const s = this.span();
    const inner = new ProtoReader(this.src, s.start, s.start + s.length, this.what);
    while (!inner.done()) {
      const v = inner.signedVarint();
      if (out.length < limit) out.push(v);
    }
  }

  /** Appends a repeated float field, packed or not. */
  readFloats(wire: number, out: number[], limit = Infinity): void {
    if (wire === WIRE_FIXED32) {
      const v = this.float32();
      if (out.length < limit) out.push(v);
      return;
    }
    if (wire !== WIRE_LEN) return this.skip(wire);
    const s = this.span();
    if (s.length % 4 !== 0) {
      throw formatError('bad-structure', 'packed-floats', { at: s.start, length: s.length, what: this.what }, s.start);
    }
    for (let i = 0; i < s.length / 4 && out.length < limit; i++) out.push(this.src.f32(s.start + 4 * i));
  }

  private within(count: number): void {
    if (this.pos + count > this.end) {
      if (this.pos + count > this.src.length) {
        throw formatError('truncated', 'bytes-past-end', { count, at: this.pos, size: this.src.length, what: this.what }, this.pos);
      }
      throw formatError('bad-structure', 'bytes-overrun', { count, at: this.pos, container: this.what }, this.pos);
    }
  }
}
