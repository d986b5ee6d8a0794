/**
 * The table-based fast paths for uint8/int8 tensors of a few hundred values
 * or more: `quantize` packs four codes per int32 store and saturates through
 * a byte table; `dequantize` reads four codes per int32 load and looks the
 * floats up. Same results as the scalar loops, bit for bit (see kernels.ts).
 *
 * An engine like simd.ts: affine.ts does not import it, index.ts installs
 * it (`installTableEngine`), so a bundle that imports affine.ts directly and
 * only meets small tensors (the widgets' main thread) leaves it out.
 */
import {
  MODE_EVEN, MODE_UP,
  buildByteTable, buildDequantTable, dequantizeWords,
  groupsHalfAwayFromZero, groupsHalfToEven, groupsHalfUp,
} from './kernels.ts';

export interface TableEngine {
  /**
   * Quantizes the first 4·⌊n/4⌋ values of `src` into `out` (whose byte
   * offset is a multiple of 4) and returns that count. Groups the table
   * cannot settle (saturation, NaN, ±Infinity) go to `scalar`, which
   * saturates or throws.
   */
  quantize(src: Float32Array, out: Uint8Array | Int8Array, inverse: number, zeroPoint: number,
    qmin: number, qmax: number, mode: number, scalar: (start: number, end: number) => void): number;
  /** Dequantizes the first 4·⌊n/4⌋ codes (byte offset a multiple of 4) and returns that count. */
  dequantize(codes: Uint8Array | Int8Array, out: Float32Array, scale: number, zeroPoint: number): number;
}

/** Groups of four values per kernel call. */
const GROUP_BLOCK = 4096;

/** The last byte table, reused while the zero point and range stay the same (e.g. while a scale slider moves). */
let cachedTable: { key: string; table: Uint8Array } | undefined;

function byteTable(zeroPoint: number, qmin: number, qmax: number): Uint8Array {
  const key = `${zeroPoint}:${qmin}:${qmax}`;
  if (cachedTable?.key !== key) cachedTable = { key, table: buildByteTable(zeroPoint, qmin, qmax) };
  return cachedTable.table;
}

export const tableEngine: TableEngine = {
  quantize(src, out, inverse, zeroPoint, qmin, qmax, mode, scalar) {
    const groups = src.length >> 2;
    const table = byteTable(zeroPoint, qmin, qmax);
    const words = new Int32Array(out.buffer, out.byteOffset, groups);
    const kernel = mode === MODE_EVEN ? groupsHalfToEven : mode === MODE_UP ? groupsHalfUp : groupsHalfAwayFromZero;
    for (let block = 0; block < groups; block += GROUP_BLOCK) {
      const end = Math.min(groups, block + GROUP_BLOCK);
      let g = block;
      while (g < end) {
        const stop = kernel(src, words, g, end, inverse, table);
        if (stop < 0) break;
        scalar(stop * 4, stop * 4 + 4); // saturates, or throws for NaN/±Infinity
        g = stop + 1;
      }
    }
    return groups * 4;
  },
  dequantize(codes, out, scale, zeroPoint) {
    const table = buildDequantTable(codes instanceof Int8Array, scale, zeroPoint);
    const groups = codes.length >> 2;
    const words = new Int32Array(codes.buffer, codes.byteOffset, groups);
    for (let g = 0; g < groups; g += GROUP_BLOCK) dequantizeWords(words, out, g, Math.min(groups, g + GROUP_BLOCK), table);
    return groups * 4;
  },
};
