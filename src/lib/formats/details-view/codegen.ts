// Ready-to-copy code that converts data for one exact tensor: quantize what
// goes in, dequantize what comes out, in Python (numpy), Kotlin (Android
// ByteBuffer), C++ (TFLite C++ API) and TypeScript. All four round ties away
// from zero, as TFLite's reference kernels do, and compute in float32.
import type { TensorExplanation } from './explain.ts';
import { floatLiteral, list, pyFloat } from './literals.ts';

export type CodeLanguage = 'python' | 'kotlin' | 'cpp' | 'typescript';
export const CODE_LANGUAGES: readonly CodeLanguage[] = ['python', 'kotlin', 'cpp', 'typescript'];

interface IntType {
  numpy: string;
  bytes: number;
  cpp: string;
  ts: string;
}
const INT_TYPES: Record<string, IntType> = {
  uint8: { numpy: 'np.uint8', bytes: 1, cpp: 'uint8_t', ts: 'Uint8Array' },
  int8: { numpy: 'np.int8', bytes: 1, cpp: 'int8_t', ts: 'Int8Array' },
  int16: { numpy: 'np.int16', bytes: 2, cpp: 'int16_t', ts: 'Int16Array' },
  int32: { numpy: 'np.int32', bytes: 4, cpp: 'int32_t', ts: 'Int32Array' },
};

function describe(t: TensorExplanation): string {
  const d = t.details;
  const name = d.name === '' ? '(no name)' : `'${d.name.replace(/[\r\n]/g, ' ')}'`;
  return `${name}, tensor ${d.index}: ${d.dtype}, shape [${list(d.shape)}]`;
}

/** Text safe inside a comment of any of the four languages. */
function commentText(text: string): string {
  return text.replace(/\*\//g, '* /').replace(/[\r\n]+/g, ' ');
}

export function generateCode(t: TensorExplanation, language: CodeLanguage): string {
  if (t.kind === 'float' || t.kind === 'plain' || t.dtype === null || t.channels.some((c) => c.min === null)) {
    return unconverted(t, language);
  }
  if (t.kind === 'per-axis') {
    const axis = codeAxis(t);
    if (axis === null) return unconverted(t, language);
    return PER_AXIS[language](axis === t.axis ? t : { ...t, axis });
  }
  return PER_TENSOR[language](t);
}

// --- not quantized ------------------------------------------------------------

function unconverted(t: TensorExplanation, language: CodeLanguage): string {
  const d = t.details;
  const head = commentText(describe(t));
  const why =
    t.kind === 'float' || t.kind === 'plain'
      ? 'Not quantized: no conversion, the values go in and come out as they are.'
      : 'These quantization parameters cannot be used as printed (see the notes), so no conversion code is generated.';
  const index = d.index;
  switch (language) {
    case 'python':
      return `import numpy as np\n\n# ${head}\n# ${why}\ninterpreter.set_tensor(${index}, np.asarray(x, dtype=np.${d.dtype === 'unknown' ? 'float32' : d.dtype}).reshape(${list(d.shape)}))\n# ...\ny = interpreter.get_tensor(${index})\n`;
    case 'kotlin':
      return `// ${head}\n// ${why}\n// Interpreter.run() takes a FloatArray (or ByteBuffer of ${d.dtype}) in the tensor's shape and fills the output the same way.\ninterpreter.run(input, output)\n`;
    case 'cpp':
      return `// ${head}\n// ${why}\nfloat* data = interpreter->typed_tensor<float>(${index});  // use the tensor's own type if it is not float32\n`;
    case 'typescript':
      return `// ${head}\n// ${why}\nconst data = new Float32Array(values); // or the typed array of ${d.dtype}\n`;
  }
}

// --- per tensor ---------------------------------------------------------------

function perTensorPython(t: TensorExplanation): string {
  const { scale, zeroPoint } = t.channels[0];
  const ty = INT_TYPES[t.dtype!];
  const d = t.details;
  return `import numpy as np

# ${commentText(describe(t))}
SCALE = np.float32(${pyFloat(scale)})
ZERO_POINT = ${zeroPoint}
QMIN, QMAX = ${t.qmin}, ${t.qmax}


def quantize(x):
    """Real values -> ${d.dtype} codes: round(x / scale) + zero_point, clamped.

    Ties round away from zero, as TFLite does (np.round would round them to even).
    """
    r = (np.asarray(x, dtype=np.float32) / SCALE).astype(np.float64)
    q = np.sign(r) * np.floor(np.abs(r) + 0.5) + ZERO_POINT
    return np.clip(q, QMIN, QMAX).astype(${ty.numpy})


def dequantize(q):
    """${d.dtype} codes -> real values: (q - zero_point) * scale, in float32."""
    return (np.asarray(q).astype(np.int64) - ZERO_POINT).astype(np.float32) * SCALE


# As an input:  interpreter.set_tensor(${d.index}, quantize(x).reshape(${list(d.shape)}))
# As an output: y = dequantize(interpreter.get_tensor(${d.index}))
`;
}

function kotlinAccess(dtype: string): { put: (v: string) => string; get: string } {
  switch (dtype) {
    case 'uint8':
      return { put: (v) => `buffer.put(${v}.toByte())`, get: '(buffer.get().toInt() and 0xFF)' };
    case 'int8':
      return { put: (v) => `buffer.put(${v}.toByte())`, get: 'buffer.get().toInt()' };
    case 'int16':
      return { put: (v) => `buffer.putShort(${v}.toShort())`, get: 'buffer.getShort().toInt()' };
    default:
      return { put: (v) => `buffer.putInt(${v})`, get: 'buffer.getInt()' };
  }
}

function perTensorKotlin(t: TensorExplanation): string {
  const { scale, zeroPoint } = t.channels[0];
  const d = t.details;
  const ty = INT_TYPES[t.dtype!];
  const io = kotlinAccess(d.dtype);
  // int32 codes need Long arithmetic for the clamp and the subtraction.
  const wide = d.dtype === 'int32';
  return `import java.nio.ByteBuffer
import java.nio.ByteOrder
import kotlin.math.abs
import kotlin.math.floor
import kotlin.math.sign

// ${commentText(describe(t))}
const val SCALE = ${floatLiteral(scale)}
const val ZERO_POINT = ${zeroPoint}
const val QMIN = ${t.qmin}${wide ? 'L' : ''}
const val QMAX = ${t.qmax}${wide ? 'L' : ''}

/** Real values -> ${d.dtype} codes in a direct ByteBuffer, ready for Interpreter.run(). */
fun quantize(values: FloatArray): ByteBuffer {
    val buffer = ByteBuffer.allocateDirect(values.size * ${ty.bytes}).order(ByteOrder.nativeOrder())
    for (v in values) {
        // Ties away from zero, as TFLite does (Math.round and kotlin.math.round do not).
        val r = (v / SCALE).toDouble()
        val q = (sign(r) * floor(abs(r) + 0.5)).toLong() + ZERO_POINT
        ${io.put(`q.coerceIn(QMIN${wide ? '' : '.toLong()'}, QMAX${wide ? '' : '.toLong()'}).toInt()`)}
    }
    buffer.rewind()
    return buffer
}

/** ${d.dtype} codes (the output ByteBuffer after Interpreter.run()) -> real values. */
fun dequantize(buffer: ByteBuffer): FloatArray {
    buffer.order(ByteOrder.nativeOrder()).rewind()
    return FloatArray(buffer.remaining() / ${ty.bytes}) { ((${io.get}.toLong() - ZERO_POINT).toFloat()) * SCALE }
}

// Tensor ${d.index}, shape [${list(d.shape)}]: ${d.shape.reduce((a, b) => a * b, 1)} values, ${d.shape.reduce((a, b) => a * b, 1) * ty.bytes} bytes.
`;
}

function perTensorCpp(t: TensorExplanation): string {
  const { scale, zeroPoint } = t.channels[0];
  const d = t.details;
  const ty = INT_TYPES[t.dtype!];
  return `#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdint>

#include "tensorflow/lite/interpreter.h"

// ${commentText(describe(t))}
constexpr int kTensorIndex = ${d.index};
constexpr float kScale = ${floatLiteral(scale)};
constexpr int64_t kZeroPoint = ${zeroPoint};
constexpr double kQMin = ${t.qmin}, kQMax = ${t.qmax};

// Real values -> ${d.dtype} codes, written into the tensor. std::round rounds
// ties away from zero, as TFLite does. typed_tensor takes the tensor index from
// the printout; typed_input_tensor<${ty.cpp}>(k) is the same tensor when k is its
// position in get_input_details().
void Quantize(tflite::Interpreter* interpreter, const float* values, size_t count) {
  ${ty.cpp}* codes = interpreter->typed_tensor<${ty.cpp}>(kTensorIndex);
  for (size_t i = 0; i < count; ++i) {
    const double q = std::round(static_cast<double>(values[i] / kScale)) + kZeroPoint;
    codes[i] = static_cast<${ty.cpp}>(std::clamp(q, kQMin, kQMax));
  }
}

// ${d.dtype} codes -> real values: (q - zero_point) * scale, in float32.
void Dequantize(tflite::Interpreter* interpreter, float* values, size_t count) {
  const ${ty.cpp}* codes = interpreter->typed_tensor<${ty.cpp}>(kTensorIndex);
  for (size_t i = 0; i < count; ++i) {
    values[i] = static_cast<float>(static_cast<int64_t>(codes[i]) - kZeroPoint) * kScale;
  }
}
`;
}

function perTensorTs(t: TensorExplanation): string {
  const { scale, zeroPoint } = t.channels[0];
  const d = t.details;
  const ty = INT_TYPES[t.dtype!];
  return `// ${commentText(describe(t))}
const SCALE = Math.fround(${String(scale)}); // the float32 the model stores
const ZERO_POINT = ${zeroPoint};
const QMIN = ${t.qmin};
const QMAX = ${t.qmax};

/** Real values -> ${d.dtype} codes. Ties round away from zero, as TFLite does (Math.round would not). */
export function quantize(values: ArrayLike<number>): ${ty.ts} {
  const codes = new ${ty.ts}(values.length);
  for (let i = 0; i < values.length; i++) {
    const r = Math.fround(Math.fround(values[i]) / SCALE);
    const q = Math.sign(r) * Math.floor(Math.abs(r) + 0.5) + ZERO_POINT;
    codes[i] = Math.min(QMAX, Math.max(QMIN, q));
  }
  return codes;
}

/** ${d.dtype} codes -> real values: (q - zero point) * scale, in float32. */
export function dequantize(codes: ArrayLike<number>): Float32Array {
  const values = new Float32Array(codes.length);
  for (let i = 0; i < codes.length; i++) values[i] = Math.fround(codes[i] - ZERO_POINT) * SCALE;
  return values;
}
`;
}

const PER_TENSOR: Record<CodeLanguage, (t: TensorExplanation) => string> = {
  python: perTensorPython,
  kotlin: perTensorKotlin,
  cpp: perTensorCpp,
  typescript: perTensorTs,
};

// --- per axis -----------------------------------------------------------------

/**
 * The dimension the channels run along: quantized_dimension when it is one of
 * the shape's, else the one dimension whose size matches the scale count (a
 * 1-D bias that kept its weight's axis), else none.
 */
function codeAxis(t: TensorExplanation): number | null {
  const axis = t.axis ?? 0;
  const shape = t.details.shape;
  if (axis >= 0 && axis < shape.length) return axis;
  const matches = shape.flatMap((size, i) => (size === t.channels.length ? [i] : []));
  return matches.length === 1 ? matches[0] : null;
}

/** Values per step along the axis: the product of the dimensions after it. */
function inner(t: TensorExplanation): number {
  return t.details.shape.slice((t.axis ?? 0) + 1).reduce((a, b) => a * b, 1);
}

function truncatedNote(t: TensorExplanation, prefix: string): string {
  return t.details.shape[t.axis ?? 0] !== t.channels.length
    ? `${prefix} The printout has ${t.channels.length} scales but dimension ${t.axis} has ${t.details.shape[t.axis ?? 0]} entries: print the tensor's details in full first.\n`
    : '';
}

function perAxisPython(t: TensorExplanation): string {
  const d = t.details;
  const ty = INT_TYPES[t.dtype!];
  return `import numpy as np

# ${commentText(describe(t))}
${truncatedNote(t, '#')}SCALES = np.array([${t.channels.map((c) => pyFloat(c.scale)).join(', ')}], dtype=np.float32)
ZERO_POINTS = np.array([${t.channels.map((c) => c.zeroPoint).join(', ')}], dtype=np.int64)
AXIS = ${t.axis}
SHAPE = (${list(d.shape)}${d.shape.length === 1 ? ',' : ''})
QMIN, QMAX = ${t.qmin}, ${t.qmax}


def _along_axis(v):
    """Per-channel values shaped to broadcast along AXIS."""
    shape = [1] * len(SHAPE)
    shape[AXIS] = -1
    return v.reshape(shape)


def quantize(x):
    """Real values -> ${d.dtype} codes, channel by channel (ties away from zero, as TFLite)."""
    r = (np.asarray(x, dtype=np.float32).reshape(SHAPE) / _along_axis(SCALES)).astype(np.float64)
    q = np.sign(r) * np.floor(np.abs(r) + 0.5) + _along_axis(ZERO_POINTS)
    return np.clip(q, QMIN, QMAX).astype(${ty.numpy})


def dequantize(q):
    """${d.dtype} codes -> real values: (q - zero_points[c]) * scales[c] for channel c."""
    q = np.asarray(q).astype(np.int64).reshape(SHAPE)
    return (q - _along_axis(ZERO_POINTS)).astype(np.float32) * _along_axis(SCALES)


# Weights: w = dequantize(interpreter.get_tensor(${d.index}))
`;
}

function perAxisKotlin(t: TensorExplanation): string {
  const d = t.details;
  const ty = INT_TYPES[t.dtype!];
  const io = kotlinAccess(d.dtype);
  return `import java.nio.ByteBuffer
import java.nio.ByteOrder
import kotlin.math.abs
import kotlin.math.floor
import kotlin.math.sign

// ${commentText(describe(t))}
${truncatedNote(t, '//')}val SCALES = floatArrayOf(${t.channels.map((c) => floatLiteral(c.scale)).join(', ')})
val ZERO_POINTS = intArrayOf(${t.channels.map((c) => c.zeroPoint).join(', ')})
// Dimension ${t.axis} is the channel; ${inner(t)} values follow each step along it.
const val INNER = ${inner(t)}
const val QMIN = ${t.qmin}L
const val QMAX = ${t.qmax}L

/** Real values -> ${d.dtype} codes, each with its channel's scale and zero point (ties away from zero, as TFLite). */
fun quantize(values: FloatArray): ByteBuffer {
    val buffer = ByteBuffer.allocateDirect(values.size * ${ty.bytes}).order(ByteOrder.nativeOrder())
    for (i in values.indices) {
        val c = (i / INNER) % SCALES.size
        val r = (values[i] / SCALES[c]).toDouble()
        val q = (sign(r) * floor(abs(r) + 0.5)).toLong() + ZERO_POINTS[c]
        ${io.put('q.coerceIn(QMIN, QMAX).toInt()')}
    }
    buffer.rewind()
    return buffer
}

/** ${d.dtype} codes -> real values, each with its channel's scale and zero point. */
fun dequantize(buffer: ByteBuffer): FloatArray {
    buffer.order(ByteOrder.nativeOrder()).rewind()
    return FloatArray(buffer.remaining() / ${ty.bytes}) { i ->
        val c = (i / INNER) % SCALES.size
        (${io.get} - ZERO_POINTS[c]) * SCALES[c]
    }
}
`;
}

function perAxisCpp(t: TensorExplanation): string {
  const d = t.details;
  const ty = INT_TYPES[t.dtype!];
  return `#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdint>

#include "tensorflow/lite/interpreter.h"

// ${commentText(describe(t))}
${truncatedNote(t, '//')}constexpr int kTensorIndex = ${d.index};
constexpr float kScales[] = {${t.channels.map((c) => floatLiteral(c.scale)).join(', ')}};
constexpr int64_t kZeroPoints[] = {${t.channels.map((c) => c.zeroPoint).join(', ')}};
constexpr size_t kChannels = ${t.channels.length};
// Dimension ${t.axis} is the channel; kInner values follow each step along it.
constexpr size_t kInner = ${inner(t)};
constexpr double kQMin = ${t.qmin}, kQMax = ${t.qmax};

// Real values -> ${d.dtype} codes, each with its channel's scale and zero point.
// std::round rounds ties away from zero, as TFLite does.
void Quantize(tflite::Interpreter* interpreter, const float* values, size_t count) {
  ${ty.cpp}* codes = interpreter->typed_tensor<${ty.cpp}>(kTensorIndex);
  for (size_t i = 0; i < count; ++i) {
    const size_t c = (i / kInner) % kChannels;
    const double q = std::round(static_cast<double>(values[i] / kScales[c])) + kZeroPoints[c];
    codes[i] = static_cast<${ty.cpp}>(std::clamp(q, kQMin, kQMax));
  }
}

// ${d.dtype} codes -> real values, each with its channel's scale and zero point.
void Dequantize(tflite::Interpreter* interpreter, float* values, size_t count) {
  const ${ty.cpp}* codes = interpreter->typed_tensor<${ty.cpp}>(kTensorIndex);
  for (size_t i = 0; i < count; ++i) {
    const size_t c = (i / kInner) % kChannels;
    values[i] = static_cast<float>(static_cast<int64_t>(codes[i]) - kZeroPoints[c]) * kScales[c];
  }
}
`;
}

function perAxisTs(t: TensorExplanation): string {
  const d = t.details;
  const ty = INT_TYPES[t.dtype!];
  return `// ${commentText(describe(t))}
${truncatedNote(t, '//')}const SCALES = new Float32Array([${t.channels.map((c) => String(c.scale)).join(', ')}]);
const ZERO_POINTS = [${t.channels.map((c) => c.zeroPoint).join(', ')}];
// Dimension ${t.axis} is the channel; INNER values follow each step along it.
const INNER = ${inner(t)};
const QMIN = ${t.qmin};
const QMAX = ${t.qmax};

/** Real values -> ${d.dtype} codes, channel by channel (ties away from zero, as TFLite). */
export function quantize(values: ArrayLike<number>): ${ty.ts} {
  const codes = new ${ty.ts}(values.length);
  for (let i = 0; i < values.length; i++) {
    const c = Math.floor(i / INNER) % SCALES.length;
    const r = Math.fround(Math.fround(values[i]) / SCALES[c]);
    const q = Math.sign(r) * Math.floor(Math.abs(r) + 0.5) + ZERO_POINTS[c];
    codes[i] = Math.min(QMAX, Math.max(QMIN, q));
  }
  return codes;
}

/** ${d.dtype} codes -> real values: (q - zero point) * scale of the value's channel. */
export function dequantize(codes: ArrayLike<number>): Float32Array {
  const values = new Float32Array(codes.length);
  for (let i = 0; i < codes.length; i++) {
    const c = Math.floor(i / INNER) % SCALES.length;
    values[i] = Math.fround(codes[i] - ZERO_POINTS[c]) * SCALES[c];
  }
  return values;
}
`;
}

const PER_AXIS: Record<CodeLanguage, (t: TensorExplanation) => string> = {
  python: perAxisPython,
  kotlin: perAxisKotlin,
  cpp: perAxisCpp,
  typescript: perAxisTs,
};
