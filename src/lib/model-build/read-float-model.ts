/**
 * The FloatModel back from the fp32 ONNX file (`floatGraph(model,
 * 'float32')`), so the browser can calibrate and re-quantize the very
 * weights the site ships without a second copy of them.
 */
import { readOnnxModel } from './onnx.ts';
import type { OnnxTensor } from './onnx.ts';
import type { FloatModel, Layer, Shape3 } from './float-model.ts';
import { INPUT_NAME } from './export.ts';

function floats(t: OnnxTensor | undefined, what: string): Float32Array {
  if (!t || t.type !== 'float32') throw new Error(`${what} is missing or not float32 (is this the fp32 model?)`);
  return t.data as Float32Array;
}

export function readFloatModel(bytes: Uint8Array): FloatModel {
  const g = readOnnxModel(bytes);
  const inits = new Map(g.initializers.map((t) => [t.name, t]));
  const input = g.inputs.find((v) => v.name === INPUT_NAME);
  if (!input || input.dims.length !== 4) throw new Error(`the model has no 4-D input named ${INPUT_NAME}`);
  const inputShape = input.dims.slice(1).map(Number) as Shape3;
  const layers: Layer[] = [];
  const lastWeighted = () => {
    const l = layers[layers.length - 1];
    if (!l || l.kind === 'maxpool') throw new Error('a Relu does not follow a Conv or Gemm');
    return l;
  };
  for (const n of g.nodes) {
    const attrs = n.attributes ?? {};
    if (n.op === 'Conv' || n.op === 'Gemm') {
      const w = inits.get(n.inputs[1]);
      const weight = floats(w, `${n.op} weight ${n.inputs[1]}`);
      const bias = floats(inits.get(n.inputs[2]), `${n.op} bias ${n.inputs[2]}`);
      const name = n.inputs[1].replace(/\.weight$/, '');
      if (n.op === 'Conv') {
        const [o, i, k] = w!.dims;
        layers.push({ kind: 'conv', name, inChannels: i, outChannels: o, kernel: k, relu: false, weight, bias });
      } else {
        const t = attrs.transB;
        if (!t || !('i' in t) || t.i !== 1) throw new Error('Gemm weights must be [out, in] with transB = 1');
        const [o, i] = w!.dims;
        layers.push({ kind: 'dense', name, inFeatures: i, outFeatures: o, relu: false, weight, bias });
      }
    } else if (n.op === 'Relu') {
      lastWeighted().relu = true;
    } else if (n.op === 'MaxPool') {
      const k = attrs.kernel_shape;
      const size = k && 'ints' in k ? k.ints[0] : 0;
      if (!size) throw new Error('MaxPool without kernel_shape');
      layers.push({ kind: 'maxpool', name: n.outputs[0], size });
    } else if (n.op !== 'Flatten') {
      throw new Error(`unexpected ${n.op} node in the fp32 model`);
    }
  }
  return { inputShape, layers };
}
