/**
 * Bounds-checked reads over one file's bytes, shared by the TFLite and ONNX
 * readers. Every read first checks that it lies inside the file and throws a
 * FormatError ("truncated: …", "vector length … is larger than the file")
 * instead of returning garbage: the flatbuffers runtime and a plain DataView
 * would read zeros or throw a bare RangeError.
 *
 * The file is never copied: `slice` hands out subarray views.
 */
import { FormatError } from './errors.ts';
import { formatError } from './error-messages.ts';

export class ByteSource {
  readonly bytes: Uint8Array;
  readonly length: number;
  private readonly view: DataView;

  constructor(bytes: Uint8Array) {
    this.bytes = bytes;
    this.length = bytes.length;
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  /** Throws unless [offset, offset + count) lies inside the file. */
  need(offset: number, count: number, what?: string): void {
    if (Number.isInteger(offset) && offset >= 0 && count >= 0 && offset + count <= this.length) return;
    throw truncated(offset, count, this.length, what);
  }

  u8(offset: number, what?: string): number {
    this.need(offset, 1, what);
    return this.bytes[offset];
  }

  u16(offset: number, what?: string): number {
    this.need(offset, 2, what);
    return this.view.getUint16(offset, true);
  }

  i16(offset: number, what?: string): number {
    this.need(offset, 2, what);
    return this.view.getInt16(offset, true);
  }

  u32(offset: number, what?: string): number {
    this.need(offset, 4, what);
    return this.view.getUint32(offset, true);
  }

  i32(offset: number, what?: string): number {
    this.need(offset, 4, what);
    return this.view.getInt32(offset, true);
  }

  f32(offset: number, what?: string): number {
    this.need(offset, 4, what);
    return this.view.getFloat32(offset, true);
  }

  f64(offset: number, what?: string): number {
    this.need(offset, 8, what);
    return this.view.getFloat64(offset, true);
  }

  /** Signed 64-bit little-endian as a double (exact up to 2^53, which every real count and zero point is). */
  i64(offset: number, what?: string): number {
    this.need(offset, 8, what);
    return this.view.getInt32(offset + 4, true) * 4294967296 + this.view.getUint32(offset, true);
  }

  /** Unsigned 64-bit little-endian as a double. */
  u64(offset: number, what?: string): number {
    this.need(offset, 8, what);
    return this.view.getUint32(offset + 4, true) * 4294967296 + this.view.getUint32(offset, true);
  }

  /** A view of [offset, offset + count): no copy. */
  slice(offset: number, count: number, what?: string): Uint8Array {
    this.need(offset, count, what);
    return this.bytes.subarray(offset, offset + count);
  }

  /**
   * Checks a length-prefixed run: `count` elements of `elementSize` bytes
   * starting at `start`, whose length was read at `lengthOffset`.
   */
  needVector(lengthOffset: number, start: number, count: number, elementSize: number, what?: string): void {
    if (count * elementSize > this.length - start || start > this.length) {
      throw formatError('vector-too-large', 'vector-too-large', { count, at: lengthOffset, size: this.length, ...where(what) }, lengthOffset);
    }
  }
}

export function truncated(offset: number, count: number, fileLength: number, what?: string): FormatError {
  if (!Number.isFinite(offset) || offset < 0) {
    return formatError('bad-offset', 'offset-before-start', { at: offset, ...where(what) });
  }
  if (offset >= fileLength) {
    return formatError('truncated', 'offset-past-end', { at: offset, size: fileLength, ...where(what) }, offset);
  }
  return formatError('truncated', 'bytes-past-end', { count, at: offset, size: fileLength, ...where(what) }, offset);
}

function where(what: string | undefined): { what?: string } {
  return what ? { what } : {};
}

const utf8 = new TextDecoder('utf-8', { fatal: false });

/** Decodes UTF-8 from a view; invalid sequences become U+FFFD rather than failing the whole file. */
export function decodeUtf8(bytes: Uint8Array): string {
  return utf8.decode(bytes);
}
