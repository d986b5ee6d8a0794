import type { DequantParams, Dtype, QuantParams, QuantizedArrayOf } from './types.ts';
import { QuantError, show } from './errors.ts';
import { allocate } from './dtype.ts';
import { checkScale, checkValues, checkZeroPoint, notFiniteValue, resolveParams } from './validate.ts';
import type { ResolvedParams } from './validate.ts';
import { LITTLE_ENDIAN, MODE_AWAY, MODE_EVEN, MODE_UP, dequantizeScalar, scalarBytes, scalarWide } from './kernels.ts';
import type { SimdQuantizer } from './simd.ts';
import type { TableEngine } from './table-engine.ts';

/** Values per kernel call for the scalar kernels. */
const BLOCK = 16384;

/** Below this many values, building the 16 KiB lookup table costs more than it saves. */
const TABLE_MIN_LENGTH = 512;

/** Below this many values the WebAssembly kernel's copies cost more than they save. */
const SIMD_MIN_LENGTH = 2048;

let simdEnabled = true;

/**
 * The optional engines: the WebAssembly SIMD kernel (simd.ts) and the
 * table-based byte loops (table-engine.ts). This module imports neither, so
 * a bundle that imports affine.ts directly (a widget's main thread, whose
 * tensors are small) ships with the scalar loops only; index.ts, the
 * library entry, installs both. Every engine gives the same results.
 */
let simdEngine: (() => SimdQuantizer | null) | null = null;
let tables: TableEngine | null = null;

/** Makes `quantize` and `dequantize` use the table loops (table-engine.ts) for uint8/int8 tensors of 512 values or more. */
export function installTableEngine(engine: TableEngine): void {
  tables = engine;
}

/** Makes `quantize` use `engine` (simd.ts's `simdQuantizer`) for large uint8/int8 tensors. */
export function installSimdEngine(engine: () => SimdQuantizer | null): void {
  simdEngine = engine;
}

function simdQuantizer(): SimdQuantizer | null {
  return simdEngine === null ? null : simdEngine();
}

/**
 * Turns the WebAssembly SIMD kernel on or off (it is on by default where the
 * runtime allows it and the engine is installed). Both engines give
 * identical codes; tests and the benchmark use this to exercise each one.
 */
export function setSimdEnabled(enabled: boolean): void {
  simdEnabled = enabled;
}

/** Whether byte quantization currently uses the WebAssembly SIMD kernel. */
export function simdActive(): boolean {
  return simdEnabled && simdQuantizer() !== null;
}

/**
 * Values as float32, the type every runtime quantizes from. A Float32Array
 * is used as is; anything else is copied, which rounds each number to float32
 * exactly as storing it into a Float32Array would.
 */
function asFloat32(values: ArrayLike<number>): Float32Array {
  return values instanceof Float32Array ? values : Float32Array.from(values);
}

function modeOf(p: ResolvedParams): number {
  return p.rounding === 'half-to-even' ? MODE_EVEN : p.rounding === 'half-up' ? MODE_UP : MODE_AWAY;
}

function quantizeBytes(src: Float32Array, out: Uint8Array | Int8Array, p: ResolvedParams, original: ArrayLike<number>): void {
  const n = src.length;
  const mode = modeOf(p);
  const inverse = 1 / p.scale; // exact stand-in for float32 division, see kernels.ts
  const bytes = out instanceof Uint8Array ? out : new Uint8Array(out.buffer, out.byteOffset, n);
  const scalar = (start: number, end: number): void => {
    const bad = scalarBytes(src, bytes, start, end, inverse, p.zeroPoint, p.qmin, p.qmax, mode);
    if (bad >= 0) throw notFiniteValue(original, bad);
  };
  const simd = simdEnabled && n >= SIMD_MIN_LENGTH ? simdQuantizer() : null;
  if (simd !== null) {
    const signed = p.dtype === 'int8';
    for (let start = 0; start < n; start += simd.chunk) {
      const end = Math.min(n, start + simd.chunk);
      const whole = (end - start) & ~15;
      const done = simd.run(mode, signed, src.subarray(start, end), bytes.subarray(start, end), whole, p.scale, p.zeroPoint, p.qmin, p.qmax);
      if (!done) scalar(start, start + whole); // a NaN or ±Infinity in this chunk: find and name it
      if (start + whole < end) scalar(start + whole, end);
    }
    return;
  }
  const done = tables !== null && LITTLE_ENDIAN && n >= TABLE_MIN_LENGTH && out.byteOffset % 4 === 0
    ? tables.quantize(src, out, inverse, p.zeroPoint, p.qmin, p.qmax, mode, scalar)
    : 0;
  for (let start = done; start < n; start += BLOCK) scalar(start, Math.min(n, start + BLOCK));
}

function quantizeWide(src: Float32Array, out: Int16Array | Int32Array, p: ResolvedParams, original: ArrayLike<number>): void {
  const n = src.length;
  const mode = modeOf(p);
  const inverse = 1 / p.scale;
  const ints = out instanceof Int32Array ? out : new Int32Array(n);
  for (let start = 0; start < n; start += BLOCK) {
    const bad = scalarWide(src, ints, start, Math.min(n, start + BLOCK), inverse, p.zeroPoint, p.qmin, p.qmax, mode);
    if (bad >= 0) throw notFiniteValue(original, bad);
  }
  if (ints !== out) out.set(ints);
}

function checkOut(out: unknown, dtype: Dtype, length: number): void {
  const expected = { uint8: Uint8Array, int8: Int8Array, int16: Int16Array, int32: Int32Array }[dtype];
  if (!(out instanceof expected) || out.length !== length) {
    throw new QuantError(
      'bad-input',
      `out must be a ${expected.name} of length ${length} for dtype ${dtype}; got ${out instanceof Object ? `${out.constructor.name}(${(out as { length?: number }).length})` : show(out)}`,
    );
  }
}

/**
 * Affine quantization: `q = clamp(round(f / scale) + zeroPoint, qmin, qmax)`.
 *
 * - `f / scale` is the float32 quotient (values and scale rounded to float32
 *   first), as ONNX Runtime and TFLite compute it, so results match them bit
 *   for bit.
 * - `rounding` picks the tie rule (default `'half-away-from-zero'`, TFLite).
 * - Results saturate to the dtype's range, narrowed if `narrowRange`.
 * - `out`, if given, receives the codes (a typed array of the dtype and the
 *   same length) and is returned; this avoids allocating while a slider moves.
 *   If an error is thrown, `out` may be partly written.
 * - Throws `QuantError`: `empty-input`, `not-finite-value` (naming the index
 *   of the first NaN or ±Infinity), `bad-input`, or any parameter error.
 */
export function quantize<D extends Dtype>(
  values: ArrayLike<number>,
  params: QuantParams & { dtype: D },
  out?: QuantizedArrayOf[D],
): QuantizedArrayOf[D] {
  const p = resolveParams(params);
  const list = checkValues(values);
  const src = asFloat32(list);
  let result: QuantizedArrayOf[Dtype];
  if (out === undefined) result = allocate(p.dtype, src.length);
  else {
    checkOut(out, p.dtype, src.length);
    result = out;
  }
  if (result instanceof Uint8Array || result instanceof Int8Array) quantizeBytes(src, result, p, list);
  else quantizeWide(src, result, p, list);
  return result as QuantizedArrayOf[D];
}

/** `quantize` for one number. */
export function quantizeValue(value: number, params: QuantParams): number {
  return quantize([value], params)[0];
}

/** The integer zero point and float32 scale `dequantize` uses, checked. */
function resolveDequant(params: DequantParams): { scale: number; zeroPoint: number } {
  if (params === null || typeof params !== 'object') {
    throw new QuantError('bad-input', `dequantization parameters must be an object { scale, zeroPoint }; got ${show(params)}`);
  }
  const scale = checkScale(params.scale);
  const zeroPoint = checkZeroPoint(params.zeroPoint, params.dtype);
  return { scale, zeroPoint };
}

/** Integer typed arrays hold integers by construction; other inputs are checked element by element. */
function checkCodes(codes: ArrayLike<number>): void {
  if (
    codes instanceof Uint8Array || codes instanceof Int8Array || codes instanceof Uint8ClampedArray ||
    codes instanceof Int16Array || codes instanceof Uint16Array ||
    codes instanceof Int32Array || codes instanceof Uint32Array
  ) return;
  for (let i = 0; i < codes.length; i++) {
    const c = codes[i];
    if (typeof c !== 'number' || !Number.isFinite(c)) {
      throw new QuantError('not-finite-value', `codes[${i}] is ${show(c)}; quantized codes must be finite integers`);
    }
    if (!Number.isInteger(c)) {
      throw new QuantError('not-integer-value', `codes[${i}] is ${c}; quantized codes must be integers`);
    }
  }
}

/**
 * Affine dequantization: `f = (q − zeroPoint) · scale`, in float32 like
 * ONNX Runtime. `dtype` is optional and only used to check the zero point.
 * Quantizing 0.0 and dequantizing the result gives exactly 0.
 */
export function dequantize(codes: ArrayLike<number>, params: DequantParams, out?: Float32Array): Float32Array {
  const { scale, zeroPoint } = resolveDequant(params);
  const list = checkValues(codes, 'codes');
  checkCodes(list);
  const n = list.length;
  if (out !== undefined && (!(out instanceof Float32Array) || out.length !== n)) {
    throw new QuantError('bad-input', `out must be a Float32Array of length ${n}`);
  }
  const result = out ?? new Float32Array(n);
  const bytes = list instanceof Uint8Array || list instanceof Int8Array;
  const done = tables !== null && bytes && LITTLE_ENDIAN && n >= TABLE_MIN_LENGTH && list.byteOffset % 4 === 0
    ? tables.dequantize(list, result, scale, zeroPoint)
    : 0;
  for (let start = done; start < n; start += BLOCK) {
    dequantizeScalar(list, result, start, Math.min(n, start + BLOCK), scale, zeroPoint);
  }
  return result;
}

/** `dequantize` for one code. */
export function dequantizeValue(code: number, params: DequantParams): number {
  return dequantize([code], params)[0];
}
