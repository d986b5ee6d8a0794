/**
 * An optional WebAssembly SIMD kernel for quantizing to uint8 / int8,
 * assembled here from a few dozen instructions (no build step, no binary
 * file), used when the runtime offers WebAssembly SIMD and otherwise
 * ignored: the JavaScript kernels in kernels.ts give the same codes, bit for
 * bit, and stay the reference (the tests run both against onnxruntime-web).
 *
 * Why bother: onnxruntime-web's own kernel is WebAssembly SIMD, and scalar
 * JavaScript tops out at about half its speed. Four float32 lanes per
 * instruction close the gap.
 *
 * Per 4 lanes: f32x4.div (IEEE float32 division, exactly ONNX's x / scale),
 * clamp to [qmin − zp, qmax − zp] (integers, so clamping before rounding
 * equals clamping after), round with the tie rule, turn into int32 and add
 * the zero point (one float add and one integer subtract, see MAGIC).
 * Sixteen lanes are then narrowed with saturation to bytes and stored. A
 * running mask records whether every input was finite; if not, the caller
 * redoes that chunk with the JavaScript kernel, which names the bad index.
 *
 * Where WebAssembly is blocked (a page whose Content-Security-Policy lacks
 * 'wasm-unsafe-eval') compilation throws and the JavaScript kernels are used.
 *
 * affine.ts does not import this module: index.ts installs it as an engine
 * (`installSimdEngine`), so code importing the core modules directly, like
 * the widgets, leaves it out of its bundle.
 */

export interface SimdQuantizer {
  /** The most values one `run` takes (SIMD_CHUNK). */
  readonly chunk: number;
  /**
   * Quantizes the first `count` values (a multiple of 16, at most
   * `chunk`) of `src` into `dst`. Returns false, leaving `dst` untouched,
   * when one of them was NaN or ±Infinity.
   */
  run(mode: number, signed: boolean, src: Float32Array, dst: Uint8Array, count: number,
    scale: number, zeroPoint: number, qmin: number, qmax: number): boolean;
}

// ---- a tiny WebAssembly assembler ----

function u32(n: number): number[] {
  const out: number[] = [];
  do {
    let b = n & 0x7f;
    n >>>= 7;
    if (n !== 0) b |= 0x80;
    out.push(b);
  } while (n !== 0);
  return out;
}

function s32(n: number): number[] {
  const out: number[] = [];
  for (;;) {
    const b = n & 0x7f;
    n >>= 7;
    if ((n === 0 && (b & 0x40) === 0) || (n === -1 && (b & 0x40) !== 0)) {
      out.push(b);
      return out;
    }
    out.push(b | 0x80);
  }
}

function f32(x: number): number[] {
  return Array.from(new Uint8Array(new Float32Array([x]).buffer));
}

function bytesOf(text: string): number[] {
  return Array.from(new TextEncoder().encode(text));
}

function name(text: string): number[] {
  const b = bytesOf(text);
  return [...u32(b.length), ...b];
}

function vec(items: number[][]): number[] {
  return [...u32(items.length), ...items.flat()];
}

function section(id: number, body: number[]): number[] {
  return [id, ...u32(body.length), ...body];
}

const I32 = 0x7f;
const F32 = 0x7d;
const V128 = 0x7b;

// Core opcodes.
const BLOCK = 0x02, LOOP = 0x03, BR = 0x0c, BR_IF = 0x0d, END = 0x0b, VOID = 0x40;
const LOCAL_GET = 0x20, LOCAL_SET = 0x21, LOCAL_TEE = 0x22;
const I32_CONST = 0x41, F32_CONST = 0x43;
const I32_EQZ = 0x45, I32_GE_U = 0x4f, I32_ADD = 0x6a, I32_SUB = 0x6b, I32_SHL = 0x74;

// SIMD opcodes (0xfd prefix), from the WebAssembly SIMD binary encoding.
const SIMD = {
  load: 0x00, store: 0x0b,
  i32x4_splat: 0x11, f32x4_splat: 0x13,
  f32x4_ge: 0x46,
  v128_or: 0x50, v128_any_true: 0x53,
  i8x16_narrow_i16x8_s: 0x65, i8x16_narrow_i16x8_u: 0x66,
  f32x4_floor: 0x68, f32x4_trunc: 0x69,
  i16x8_narrow_i32x4_s: 0x85,
  i32x4_add: 0xae, i32x4_sub: 0xb1,
  f32x4_add: 0xe4, f32x4_sub: 0xe5, f32x4_div: 0xe7, f32x4_pmin: 0xea, f32x4_pmax: 0xeb,
} as const;

const simd = (op: number): number[] => [0xfd, ...u32(op)];
const get = (i: number): number[] => [LOCAL_GET, ...u32(i)];
const set = (i: number): number[] => [LOCAL_SET, ...u32(i)];
const tee = (i: number): number[] => [LOCAL_TEE, ...u32(i)];
const memarg = (offset: number): number[] => [4, ...u32(offset)]; // align 2^4, offset

/**
 * 1.5 × 2^23. For a float32 q with |q| < 2^22, q + MAGIC rounds q to an
 * integer (ties to even, IEEE's default) and leaves it in the low mantissa
 * bits: bits(q + MAGIC) − bits(MAGIC) = round(q) as an int32. That replaces
 * both f32x4.nearest and the float-to-int conversion, whose saturating form
 * costs several instructions on x86. Values are clamped to
 * [qmin − zp, qmax − zp] first, so |q| ≤ 383.
 */
const MAGIC = 12582912;
const MAGIC_BITS = 0x4b400000;

// Parameters and locals of every kernel.
const SRC = 0, DST = 1, COUNT = 2, SCALE = 3, ZP = 4, LO = 5, HI = 6;
const END_PTR = 7, BAD = 8, V_SCALE = 9, V_BIAS = 10, V_LO = 11, V_HI = 12, V_MAGIC = 13, V_HALF = 14;
const X = 15, Q = 16, T = 17, D = 18;

/** Stack: clamped quotient q (f32x4) → integer-valued f32x4 r (for half-up also leaves the correction). */
const MODE_CODE: Record<number, () => number[]> = {
  // half to even: the magic addition itself rounds ties to even
  0: () => [],
  // half away from zero: trunc(q) + trunc(2·(q − trunc(q))); every step is exact in float32
  1: () => [
    ...set(Q), ...get(Q), ...simd(SIMD.f32x4_trunc), ...tee(T),
    ...get(Q), ...get(T), ...simd(SIMD.f32x4_sub), ...tee(D), ...get(D), ...simd(SIMD.f32x4_add),
    ...simd(SIMD.f32x4_trunc), ...simd(SIMD.f32x4_add),
  ],
  // half up: floor(q), corrected below by (q − floor(q) ≥ 0.5)
  2: () => [...set(Q), ...get(Q), ...simd(SIMD.f32x4_floor)],
};

/** Four lanes at byte offset `offset` from SRC → i32x4 codes (rounded, zero point added) on the stack. */
function lanes(offset: number, mode: number): number[] {
  const code = [
    ...get(SRC), ...simd(SIMD.load), ...memarg(offset), ...tee(X),
    // BAD |= bits(x − x): +0 for finite x, NaN (non-zero bits) for NaN and ±Infinity
    ...get(X), ...simd(SIMD.f32x4_sub), ...get(BAD), ...simd(SIMD.v128_or), ...set(BAD),
    ...get(X), ...get(V_SCALE), ...simd(SIMD.f32x4_div),
    // clamp with pmax/pmin (plain compare-and-select; NaN is caught by BAD)
    ...get(V_LO), ...simd(SIMD.f32x4_pmax), ...get(V_HI), ...simd(SIMD.f32x4_pmin),
    ...MODE_CODE[mode](),
    ...get(V_MAGIC), ...simd(SIMD.f32x4_add), ...get(V_BIAS), ...simd(SIMD.i32x4_sub),
  ];
  if (mode === 2) {
    // subtract the mask (−1 where q − floor(q) ≥ 0.5), i.e. add 1 there
    code.push(...get(Q), ...get(Q), ...simd(SIMD.f32x4_floor), ...simd(SIMD.f32x4_sub), ...get(V_HALF), ...simd(SIMD.f32x4_ge), ...simd(SIMD.i32x4_sub));
  }
  return code;
}

function kernelBody(mode: number, signed: boolean): number[] {
  const code = [
    // END_PTR = SRC + 4·COUNT
    ...get(SRC), ...get(COUNT), I32_CONST, ...s32(2), I32_SHL, I32_ADD, ...set(END_PTR),
    ...get(SCALE), ...simd(SIMD.f32x4_splat), ...set(V_SCALE),
    // bits(MAGIC) − zeroPoint: subtracting it turns q + MAGIC into round(q) + zeroPoint
    I32_CONST, ...s32(MAGIC_BITS), ...get(ZP), I32_SUB, ...simd(SIMD.i32x4_splat), ...set(V_BIAS),
    ...get(LO), ...simd(SIMD.f32x4_splat), ...set(V_LO),
    ...get(HI), ...simd(SIMD.f32x4_splat), ...set(V_HI),
    F32_CONST, ...f32(MAGIC), ...simd(SIMD.f32x4_splat), ...set(V_MAGIC),
    F32_CONST, ...f32(0.5), ...simd(SIMD.f32x4_splat), ...set(V_HALF),
    BLOCK, VOID, LOOP, VOID,
    ...get(SRC), ...get(END_PTR), I32_GE_U, BR_IF, 1,
    ...get(DST),
    ...lanes(0, mode), ...lanes(16, mode), ...simd(SIMD.i16x8_narrow_i32x4_s),
    ...lanes(32, mode), ...lanes(48, mode), ...simd(SIMD.i16x8_narrow_i32x4_s),
    ...simd(signed ? SIMD.i8x16_narrow_i16x8_s : SIMD.i8x16_narrow_i16x8_u),
    ...simd(SIMD.store), ...memarg(0),
    ...get(SRC), I32_CONST, ...s32(64), I32_ADD, ...set(SRC),
    ...get(DST), I32_CONST, ...s32(16), I32_ADD, ...set(DST),
    BR, 0,
    END, END,
    // 1 when every value was finite
    ...get(BAD), ...simd(SIMD.v128_any_true), I32_EQZ,
    END,
  ];
  const locals = vec([[...u32(1), I32], [...u32(11), V128]]);
  const body = [...locals, ...code];
  return [...u32(body.length), ...body];
}

const KERNELS: { name: string; mode: number; signed: boolean }[] = [];
for (const mode of [0, 1, 2]) for (const signed of [false, true]) KERNELS.push({ name: `q${mode}${signed ? 's' : 'u'}`, mode, signed });

export function moduleBytes(): Uint8Array<ArrayBuffer> {
  const type = section(1, vec([[0x60, ...vec([[I32], [I32], [I32], [F32], [I32], [F32], [F32]]), ...vec([[I32]])]]));
  // (import "env" "memory" (memory 1))
  const imports = section(2, vec([[...name('env'), ...name('memory'), 0x02, 0x00, ...u32(1)]]));
  const functions = section(3, vec(KERNELS.map(() => u32(0))));
  const exports = section(7, vec(KERNELS.map((k, i) => [...name(k.name), 0x00, ...u32(i)])));
  const code = section(10, vec(KERNELS.map((k) => kernelBody(k.mode, k.signed))));
  return Uint8Array.from([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, ...type, ...imports, ...functions, ...exports, ...code]);
}

type Kernel = (src: number, dst: number, count: number, scale: number, zp: number, lo: number, hi: number) => number;

/** Values per call: input 256 KiB + output 64 KiB, which stays in cache between the copies and the kernel. */
export const SIMD_CHUNK = 65536;

let instance: SimdQuantizer | null | undefined;

/** The SIMD quantizer, or null when WebAssembly SIMD is unavailable or blocked. Built once. */
export function simdQuantizer(): SimdQuantizer | null {
  if (instance !== undefined) return instance;
  instance = null;
  try {
    if (typeof WebAssembly !== 'object') return null;
    const bytes = moduleBytes();
    if (!WebAssembly.validate(bytes)) return null;
    const pages = Math.ceil((SIMD_CHUNK * 5) / 65536);
    const memory = new WebAssembly.Memory({ initial: pages, maximum: pages });
    const exportsObject = new WebAssembly.Instance(new WebAssembly.Module(bytes), { env: { memory } }).exports;
    const kernels = KERNELS.map((k) => exportsObject[k.name] as Kernel);
    const inputs = new Float32Array(memory.buffer, 0, SIMD_CHUNK);
    const outputs = new Uint8Array(memory.buffer, SIMD_CHUNK * 4, SIMD_CHUNK);
    instance = {
      chunk: SIMD_CHUNK,
      run(mode, signed, src, dst, count, scale, zeroPoint, qmin, qmax) {
        inputs.set(src.subarray(0, count));
        const kernel = kernels[mode * 2 + (signed ? 1 : 0)];
        const finite = kernel(0, SIMD_CHUNK * 4, count, scale, zeroPoint, qmin - zeroPoint, qmax - zeroPoint) === 1;
        if (finite) dst.set(outputs.subarray(0, count));
        return finite;
      },
    };
  } catch {
    instance = null;
  }
  return instance;
}
