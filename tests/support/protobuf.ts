/**
 * The protobuf wire format for tests: the project's own reader and writer
 * (src/lib/model-build/protobuf.ts, which the model build and the browser
 * use) plus the two int64 helpers only the test-vector decoders need.
 */
import { readVarint } from '../../src/lib/model-build/protobuf.ts';

export {
  WIRE_VARINT,
  WIRE_FIXED64,
  WIRE_LEN,
  WIRE_FIXED32,
  MessageWriter,
  readFields,
  readVarint,
  asString,
  type Field,
} from '../../src/lib/model-build/protobuf.ts';

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
