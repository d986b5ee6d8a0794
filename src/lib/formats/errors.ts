/**
 * The one error the model readers throw. `message` is shown to readers as is
 * (the inspector and `zp inspect` print it), so it says what is wrong in the
 * file's own terms — offsets, lengths, identifiers — and `code` lets code branch
 * without parsing text.
 */
import type { FormatErrorDetail } from './error-messages.ts';

export type FormatErrorCode =
  /** 0 bytes. */
  | 'empty-file'
  /** Neither .tflite nor .onnx (detection failed). */
  | 'unknown-format'
  /** Wrong FlatBuffer file identifier. */
  | 'not-tflite'
  /** Bytes that cannot be an ONNX ModelProto. */
  | 'not-onnx'
  /** An offset or a read runs past the end of the file. */
  | 'truncated'
  /** A vector/string/bytes field claims more elements than the file could hold. */
  | 'vector-too-large'
  /** An offset that cannot be valid (before the start, inside a header…). */
  | 'bad-offset'
  /** A FlatBuffer vtable that is malformed. */
  | 'bad-vtable'
  /** A protobuf varint longer than 10 bytes or a length that does not fit. */
  | 'bad-varint'
  /** A protobuf wire type that does not exist (or a deprecated group). */
  | 'bad-wire-type'
  /** An index (tensor, buffer, opcode, subgraph) that points at nothing. */
  | 'bad-index'
  /** Anything else structurally impossible. */
  | 'bad-structure';

export class FormatError extends Error {
  readonly code: FormatErrorCode;
  /** Byte offset in the file the problem was found at, when there is one. */
  readonly offset?: number;
  /** The message's id and values, so other languages can word it (error-messages.ts). */
  readonly detail?: FormatErrorDetail;

  constructor(code: FormatErrorCode, message: string, offset?: number, detail?: FormatErrorDetail) {
    super(message);
    this.name = 'FormatError';
    this.code = code;
    if (offset !== undefined) this.offset = offset;
    if (detail) this.detail = detail;
  }
}

export function isFormatError(value: unknown): value is FormatError {
  return value instanceof FormatError;
}

/** Renders up to `count` bytes for a message: printable ASCII as is, the rest as \xNN. */
export function showBytes(bytes: Uint8Array, start: number, count: number): string {
  let out = '';
  const end = Math.min(bytes.length, start + count);
  for (let i = start; i < end; i++) {
    const b = bytes[i];
    if (b >= 0x20 && b < 0x7f && b !== 0x27 && b !== 0x5c) out += String.fromCharCode(b);
    else out += `\\x${b.toString(16).padStart(2, '0')}`;
  }
  return out;
}
