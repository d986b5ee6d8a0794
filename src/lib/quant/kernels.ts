/**
 * The JavaScript hot loops behind `quantize` and `dequantize`. For uint8 and
 * int8 tensors of a few thousand values or more, `quantize` prefers the
 * WebAssembly SIMD kernel in simd.ts where the runtime allows it; these
 * loops are the reference it is tested against and the path everywhere else.
 *
 * Exactness first. ONNX Runtime and TFLite compute the quotient x / scale in
 * float32 and round that. Every kernel here computes
 * `Math.fround(x * inverse)` with `inverse = 1 / scale` in double precision,
 * which is the same float32 number:
 *
 *   The float32 rounding of x / s can only change where the exact quotient
 *   crosses a midpoint between two float32 values. A quotient of two float32
 *   numbers is never exactly such a midpoint (a midpoint needs 25
 *   significant bits, and s·midpoint then needs more than 24), and its
 *   relative distance to the nearest midpoint is at least about 2^-49. The
 *   double product x · fl(1/s) is within 2^-52 (relative) of x / s, so it
 *   sits on the same side of every midpoint and rounds to the same float32.
 *
 * (A float32 reciprocal, or skipping `Math.fround` and rounding the double
 * quotient straight to an integer, does change results next to ties; the
 * onnxruntime tests would catch either.) The kernels never round to an
 * integer without that float32 step.
 *
 * Speed second, measured in Node 24 (V8) on a 2-core machine (see
 * scripts/bench.ts; about 750-900 M values/s for uint8 and int8). What made
 * the difference:
 *
 * - Multiplying by the reciprocal instead of dividing (about 13%).
 * - Four values per iteration, their four codes packed into one int32 and
 *   stored once: V8 re-checks a typed array's map and bounds on every
 *   access, so fewer stores means fewer checks.
 * - Saturation through a lookup table instead of Math.min/Math.max, which V8
 *   compiles to compare-and-branch: with values clipped at random, those
 *   branches mispredict and throughput fell eightfold. The table maps a
 *   rounded quotient r in [-8191, 8191] to clamp(r + zeroPoint, qmin, qmax)
 *   as a byte; it depends only on the zero point and the range, not on the
 *   scale or the tie rule.
 * - The group's guard `|q| < 8191` is evaluated without branches (the four
 *   comparisons become 0/1 and are combined with `&`; V8 emits setcc) and
 *   is false for NaN, so one well-predicted branch per four values covers
 *   NaN, ±Infinity and quotients too large for the table. A group that fails
 *   goes to the exact scalar kernel, which saturates or reports the bad index.
 * - Small kernels called many times (the caller hands out blocks): V8 then
 *   optimises them as ordinary functions; one long call would be optimised
 *   on-stack, where it re-checks each parameter's type inside the loop.
 *
 * Byte kernels write int8 codes as their two's-complement byte pattern, so
 * uint8 and int8 share the code and the typed array types stay monomorphic.
 * Packing four bytes into one int32 assumes little-endian typed arrays; the
 * caller checks `LITTLE_ENDIAN` and otherwise uses the scalar kernel only.
 */

/** Adding and subtracting 1.5 × 2^52 rounds a double to an integer, ties to even. */
const ROUND_EVEN = 6755399441055744;

/** Quotients in (-TABLE_REACH, TABLE_REACH) take the table path. */
export const TABLE_REACH = 8191;

/** Offset of r = 0 in the byte table; the table has 2 × TABLE_CENTER entries. */
export const TABLE_CENTER = 8192;

export const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

export const MODE_EVEN = 0;
export const MODE_AWAY = 1;
export const MODE_UP = 2;

/** table[r + TABLE_CENTER] = clamp(r + zeroPoint, qmin, qmax) as a byte (low 8 bits). */
export function buildByteTable(zeroPoint: number, qmin: number, qmax: number): Uint8Array {
  const table = new Uint8Array(2 * TABLE_CENTER);
  for (let j = 0; j < table.length; j++) {
    const code = j - TABLE_CENTER + zeroPoint;
    table[j] = code < qmin ? qmin : code > qmax ? qmax : code;
  }
  return table;
}

// ---- four values at a time: src[4g .. 4g+3] → words[g] ----
// Each returns the first group it could not finish, or −1.

export function groupsHalfToEven(
  src: Float32Array, words: Int32Array, startGroup: number, endGroup: number, inverse: number, table: Uint8Array,
): number {
  const inv = +inverse, n = endGroup | 0;
  for (let g = startGroup | 0; g < n; g++) {
    const i = g << 2;
    const q0 = Math.fround(src[i] * inv), q1 = Math.fround(src[i + 1] * inv);
    const q2 = Math.fround(src[i + 2] * inv), q3 = Math.fround(src[i + 3] * inv);
    if ((
      (Math.abs(q0) < 8191 ? 1 : 0) & (Math.abs(q1) < 8191 ? 1 : 0) &
      (Math.abs(q2) < 8191 ? 1 : 0) & (Math.abs(q3) < 8191 ? 1 : 0)) === 0) return g;
    words[g] =
      table[(((q0 + ROUND_EVEN) - ROUND_EVEN) | 0) + 8192] |
      (table[(((q1 + ROUND_EVEN) - ROUND_EVEN) | 0) + 8192] << 8) |
      (table[(((q2 + ROUND_EVEN) - ROUND_EVEN) | 0) + 8192] << 16) |
      (table[(((q3 + ROUND_EVEN) - ROUND_EVEN) | 0) + 8192] << 24);
  }
  return -1;
}

/**
 * q + (q − trunc(q)) = trunc(q) + 2·frac(q): it reaches the next integer away
 * from zero exactly when |frac(q)| ≥ 0.5, and `| 0` truncates toward zero.
 * Exact: a float32 q plus its own fraction needs at most 25 significant bits.
 */
export function groupsHalfAwayFromZero(
  src: Float32Array, words: Int32Array, startGroup: number, endGroup: number, inverse: number, table: Uint8Array,
): number {
  const inv = +inverse, n = endGroup | 0;
  for (let g = startGroup | 0; g < n; g++) {
    const i = g << 2;
    const q0 = Math.fround(src[i] * inv), q1 = Math.fround(src[i + 1] * inv);
    const q2 = Math.fround(src[i + 2] * inv), q3 = Math.fround(src[i + 3] * inv);
    if ((
      (Math.abs(q0) < 8191 ? 1 : 0) & (Math.abs(q1) < 8191 ? 1 : 0) &
      (Math.abs(q2) < 8191 ? 1 : 0) & (Math.abs(q3) < 8191 ? 1 : 0)) === 0) return g;
    words[g] =
      table[((q0 + (q0 - Math.trunc(q0))) | 0) + 8192] |
      (table[((q1 + (q1 - Math.trunc(q1))) | 0) + 8192] << 8) |
      (table[((q2 + (q2 - Math.trunc(q2))) | 0) + 8192] << 16) |
      (table[((q3 + (q3 - Math.trunc(q3))) | 0) + 8192] << 24);
  }
  return -1;
}

/** floor(q + 0.5), shifted by the table offset; q + 8192.5 is exact wherever it matters. */
export function groupsHalfUp(
  src: Float32Array, words: Int32Array, startGroup: number, endGroup: number, inverse: number, table: Uint8Array,
): number {
  const inv = +inverse, n = endGroup | 0;
  for (let g = startGroup | 0; g < n; g++) {
    const i = g << 2;
    const q0 = Math.fround(src[i] * inv), q1 = Math.fround(src[i + 1] * inv);
    const q2 = Math.fround(src[i + 2] * inv), q3 = Math.fround(src[i + 3] * inv);
    if ((
      (Math.abs(q0) < 8191 ? 1 : 0) & (Math.abs(q1) < 8191 ? 1 : 0) &
      (Math.abs(q2) < 8191 ? 1 : 0) & (Math.abs(q3) < 8191 ? 1 : 0)) === 0) return g;
    words[g] =
      table[Math.floor(q0 + 8192.5) | 0] |
      (table[Math.floor(q1 + 8192.5) | 0] << 8) |
      (table[Math.floor(q2 + 8192.5) | 0] << 16) |
      (table[Math.floor(q3 + 8192.5) | 0] << 24);
  }
  return -1;
}

/**
 * One value at a time, for any input: ends, small inputs and the groups the
 * fast kernels hand back. Returns the index of the first non-finite value,
 * or −1. Quotients beyond the table saturate (a byte type cannot reach them).
 */
export function scalarBytes(
  src: Float32Array, dst: Uint8Array, start: number, end: number,
  inverse: number, zeroPoint: number, qmin: number, qmax: number, mode: number,
): number {
  const inv = +inverse, n = end | 0;
  for (let i = start | 0; i < n; i++) {
    const v = src[i];
    if (v - v !== 0) return i;
    let q = Math.fround(v * inv);
    if (q > TABLE_REACH) q = TABLE_REACH;
    else if (q < -TABLE_REACH) q = -TABLE_REACH;
    const r = mode === MODE_EVEN ? (q + ROUND_EVEN) - ROUND_EVEN
      : mode === MODE_AWAY ? Math.trunc(q + (q - Math.trunc(q)))
        : Math.floor(q + 0.5);
    const code = r + zeroPoint;
    dst[i] = code < qmin ? qmin : code > qmax ? qmax : code;
  }
  return -1;
}

/**
 * int16 and int32: computes in doubles (zero points up to ±2^31 overflow
 * int32 arithmetic) and writes an Int32Array. Not a throughput target.
 */
export function scalarWide(
  src: Float32Array, dst: Int32Array, start: number, end: number,
  inverse: number, zeroPoint: number, qmin: number, qmax: number, mode: number,
): number {
  const inv = +inverse, zp = +zeroPoint, lo = qmin - zeroPoint, hi = qmax - zeroPoint, n = end | 0;
  for (let i = start | 0; i < n; i++) {
    const v = src[i];
    if (v - v !== 0) return i;
    let q = Math.fround(v * inv);
    // lo and hi are integers, so clamping before rounding equals clamping after.
    q = q < lo ? lo : q > hi ? hi : q;
    const r = mode === MODE_EVEN ? (q + ROUND_EVEN) - ROUND_EVEN
      : mode === MODE_AWAY ? Math.trunc(q + (q - Math.trunc(q)))
        : Math.floor(q + 0.5);
    dst[i] = r + zp;
  }
  return -1;
}

// ---- dequantization: f = float32(q − zeroPoint) · scale ----
// The integer difference is converted to float32 first (exact below 2^24,
// so only int32 codes can round there), then multiplied; the product of two
// float32 values is exact in double and the Float32Array store rounds it
// once, which is float32 multiplication.

/** table[b] = dequantized value of the byte b (read as uint8 or as int8). */
export function buildDequantTable(signed: boolean, scale: number, zeroPoint: number): Float32Array {
  const table = new Float32Array(256);
  for (let b = 0; b < 256; b++) {
    const code = signed && b > 127 ? b - 256 : b;
    table[b] = Math.fround(code - zeroPoint) * scale;
  }
  return table;
}

/** Four byte codes per int32 word → four floats. Little-endian only. */
export function dequantizeWords(words: Int32Array, dst: Float32Array, startGroup: number, endGroup: number, table: Float32Array): void {
  const n = endGroup | 0;
  for (let g = startGroup | 0; g < n; g++) {
    const w = words[g];
    const i = g << 2;
    dst[i] = table[w & 255];
    dst[i + 1] = table[(w >>> 8) & 255];
    dst[i + 2] = table[(w >>> 16) & 255];
    dst[i + 3] = table[w >>> 24];
  }
}

/** Any array of integer codes. */
export function dequantizeScalar(
  src: ArrayLike<number>, dst: Float32Array, start: number, end: number, scale: number, zeroPoint: number,
): void {
  const s = +scale, zp = +zeroPoint, n = end | 0;
  for (let i = start | 0; i < n; i++) {
    dst[i] = Math.fround(src[i] - zp) * s;
  }
}
