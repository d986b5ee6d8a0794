// Convolution kernels out of real model files, for the per-channel widget:
// every Conv's float32 weight initializer in an .onnx file (layout OIHW,
// channels on axis 0), and every CONV_2D / DEPTHWISE_CONV_2D filter in a
// .tflite file (OHWI axis 0 / 1HWC axis 3), float32 as stored, or int8 and
// uint8 dequantized with the file's own scales. Built on the repository's ONNX
// reader (model-build) and the .tflite reader's FlatBuffer accessors (formats).
import { readOnnxModel } from '../model-build/onnx.ts';
import { FlatFile } from '../formats/tflite/flat.ts';
import { QuantError } from '../quant/errors.ts';
import type { ConvKernel } from './per-channel.ts';

export interface ModelKernel extends ConvKernel {
  /** How the values were obtained, for the reader. */
  note: string;
  /** The file's own per-channel scales, when the weights were stored quantized. */
  fileScales?: number[];
}

/** "TFL3" at bytes 4–7 marks a .tflite FlatBuffer; anything else is tried as ONNX. */
export function isTflite(bytes: Uint8Array): boolean {
  return bytes.length >= 8 && bytes[4] === 0x54 && bytes[5] === 0x46 && bytes[6] === 0x4c && bytes[7] === 0x33;
}

export function kernelsFromOnnx(bytes: Uint8Array): ModelKernel[] {
  const g = readOnnxModel(bytes);
  const inits = new Map(g.initializers.map((t) => [t.name, t]));
  const out: ModelKernel[] = [];
  for (const n of g.nodes) {
    if (n.op !== 'Conv') continue;
    const w = inits.get(n.inputs[1]);
    if (!w || w.type !== 'float32' || w.dims.length !== 4) continue;
    out.push({
      name: w.name,
      layout: 'OIHW',
      shape: w.dims.map(Number),
      values: Float32Array.from(w.data as ArrayLike<number>),
      note: 'float32 initializer of an ONNX Conv',
    });
  }
  return out;
}

function littleEndianFloats(bytes: Uint8Array, offset: number, count: number): Float32Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset + offset, count * 4);
  const out = new Float32Array(count);
  for (let i = 0; i < count; i++) out[i] = view.getFloat32(i * 4, true);
  return out;
}

// Builtin operator codes and tensor types from TFLite's schema.fbs.
const CONV_2D = 3;
const DEPTHWISE_CONV_2D = 4;
const TYPE_NAMES: Readonly<Record<number, 'float32' | 'uint8' | 'int8'>> = { 0: 'float32', 3: 'uint8', 9: 'int8' };

/**
 * Only what the widget needs from a .tflite file: each CONV_2D and
 * DEPTHWISE_CONV_2D filter's shape, type, bytes and quantization. It walks
 * the FlatBuffer with the formats reader's checked accessors (FlatFile)
 * rather than its full readTflite, which parses every table and op name and
 * would add about 4 KB gzip to the lesson's JavaScript.
 */
export function kernelsFromTflite(bytes: Uint8Array): ModelKernel[] {
  const file = new FlatFile(bytes);
  const model = file.root('model');
  const codes: number[] = [];
  const codeTables = model.tables(1, 'operator_codes');
  for (let i = 0; codeTables && i < codeTables.length; i++) {
    const t = codeTables.get(i);
    codes.push(Math.max(t.i8(0, 'deprecated_builtin_code'), t.i32(3, 'builtin_code')));
  }
  const bufferTables = model.tables(4, 'buffers');
  const out: ModelKernel[] = [];
  const subgraphs = model.tables(2, 'subgraphs');
  for (let s = 0; subgraphs && s < subgraphs.length; s++) {
    const sg = subgraphs.get(s);
    const tensors = sg.tables(0, 'tensors');
    const ops = sg.tables(3, 'operators');
    for (let o = 0; ops && tensors && o < ops.length; o++) {
      const op = ops.get(o);
      const code = codes[op.u32(0, 'opcode_index')];
      if (code !== CONV_2D && code !== DEPTHWISE_CONV_2D) continue;
      const index = (op.int32s(1, 'inputs') ?? [])[1];
      if (index === undefined || index < 0 || index >= tensors.length) continue;
      const t = tensors.get(index);
      const shape = t.int32s(0, 'shape') ?? [];
      const type = TYPE_NAMES[t.i8(1, 'type')];
      const bufferIndex = t.u32(2, 'buffer');
      const buf = bufferTables && bufferIndex < bufferTables.length ? bufferTables.get(bufferIndex) : null;
      // Weights inside the FlatBuffer (offset/size buffers after it are rare for filters).
      const data = buf ? buf.vector(0, 1, 'data') : null;
      if (!type || !data || shape.length !== 4) continue;
      const count = shape.reduce((a, b) => a * b, 1);
      const layout = code === CONV_2D ? 'OHWI' : '1HWC';
      const opName = code === CONV_2D ? 'CONV_2D' : 'DEPTHWISE_CONV_2D';
      const name = t.string(3, 'name') ?? '';
      if (type === 'float32' && data.length === count * 4) {
        out.push({ name, layout, shape, values: littleEndianFloats(bytes, data.start, count), note: `float32 ${opName} filter` });
        continue;
      }
      const q = t.table(4, 'quantization');
      const scales = q?.float32s(2, 'scale');
      if (type === 'float32' || !q || !scales || scales.length === 0 || data.length !== count) continue;
      const zps = q.int64s(3, 'zero_point') ?? [];
      const axis = q.i32(6, 'quantized_dimension');
      const inner = shape.slice(axis + 1).reduce((a, b) => a * b, 1);
      const channels = shape[axis] ?? 1;
      const values = new Float32Array(count);
      for (let i = 0; i < count; i++) {
        const c = scales.length === 1 ? 0 : Math.floor(i / inner) % channels;
        const raw = bytes[data.start + i];
        const code8 = type === 'int8' ? (raw << 24) >> 24 : raw;
        values[i] = Math.fround((code8 - (zps[c] ?? 0)) * scales[c]);
      }
      out.push({
        name, layout, shape, values, fileScales: scales,
        note: `${type} ${opName} filter, dequantized with the file's ${scales.length === 1 ? 'one scale' : `${scales.length} scales`} (quantized_dimension ${axis})`,
      });
    }
  }
  return out;
}

/** Kernels of either format; throws a QuantError with a readable message when there are none. */
export function kernelsFromModel(bytes: Uint8Array): ModelKernel[] {
  let kernels: ModelKernel[];
  try {
    kernels = isTflite(bytes) ? kernelsFromTflite(bytes) : kernelsFromOnnx(bytes);
  } catch (e) {
    throw new QuantError('bad-input', `This file could not be read as a .tflite or .onnx model: ${e instanceof Error ? e.message : String(e)}`);
  }
  if (kernels.length === 0) {
    throw new QuantError('bad-input', 'No convolution weights found: the file has no Conv (ONNX) or CONV_2D/DEPTHWISE_CONV_2D (TFLite) with float32, int8 or uint8 filters.');
  }
  return kernels;
}
