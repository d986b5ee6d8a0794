// Convolution kernels out of real model files, for the per-channel widget:
// every Conv's float32 weight initializer in an .onnx file (layout OIHW,
// channels on axis 0), and every CONV_2D / DEPTHWISE_CONV_2D filter in a
// .tflite file (OHWI axis 0 / 1HWC axis 3), float32 as stored, or int8 and
// uint8 dequantized with the file's own scales. Built on the repository's ONNX
// reader (model-build) and .tflite reader (formats).
import { readOnnxModel } from '../model-build/onnx.ts';
import { readTflite } from '../formats/tflite/read.ts';
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

export function kernelsFromTflite(bytes: Uint8Array): ModelKernel[] {
  const model = readTflite(bytes);
  const out: ModelKernel[] = [];
  for (const sg of model.subgraphs) {
    for (const op of sg.operators) {
      const code = model.operatorCodes[op.opcodeIndex]?.builtinName;
      if (code !== 'CONV_2D' && code !== 'DEPTHWISE_CONV_2D') continue;
      const t = sg.tensors[op.inputs[1]];
      const buf = t ? model.buffers[t.buffer] : undefined;
      if (!t || !buf || buf.length === 0 || t.shape.length !== 4) continue;
      const count = t.shape.reduce((a, b) => a * b, 1);
      const layout = code === 'CONV_2D' ? 'OHWI' : '1HWC';
      const axis = layout === 'OHWI' ? 0 : 3;
      if (t.typeName === 'FLOAT32' && buf.length === count * 4) {
        out.push({ name: t.name, layout, shape: t.shape, values: littleEndianFloats(bytes, buf.offset, count), note: `float32 ${code} filter` });
      } else if ((t.typeName === 'INT8' || t.typeName === 'UINT8') && buf.length === count && t.quantization?.scale) {
        const scales = t.quantization.scale;
        const zps = t.quantization.zeroPoint ?? scales.map(() => 0);
        const inner = t.shape.slice(axis + 1).reduce((a, b) => a * b, 1);
        const channels = t.shape[axis];
        const values = new Float32Array(count);
        for (let i = 0; i < count; i++) {
          const c = scales.length === 1 ? 0 : Math.floor(i / inner) % channels;
          const q = t.typeName === 'INT8' ? (bytes[buf.offset + i] << 24) >> 24 : bytes[buf.offset + i];
          values[i] = Math.fround((q - (zps[c] ?? 0)) * scales[c]);
        }
        out.push({
          name: t.name, layout, shape: t.shape, values, fileScales: scales.slice(),
          note: `${t.typeName.toLowerCase()} ${code} filter, dequantized with the file's ${scales.length === 1 ? 'one scale' : `${scales.length} scales`} (quantized_dimension ${t.quantization.quantizedDimension})`,
        });
      }
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
