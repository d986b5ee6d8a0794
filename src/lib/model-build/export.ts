/**
 * ONNX graphs for every variant of the digit model. All of them take the
 * same input, `input` float32 [batch, 1, 28, 28] (pixel / 255), and give
 * `logits` float32 [batch, 10], so one harness runs and compares them.
 *
 * - `floatGraph(model, 'float32')`: Conv / Relu / MaxPool / Flatten / Gemm.
 * - `floatGraph(model, 'float16')`: the same with float16 initializers and
 *   a Cast to float32 in front of each (what TFLite's float16 quantization
 *   does on a CPU: half the bytes on disk, float32 arithmetic).
 * - `floatGraph(model, 'weights-only')`: int8 per-channel weights through
 *   DequantizeLinear into the same float ops (TFLite's old
 *   `post_training_quantize = True`: smaller file, float activations).
 * - `qoperatorGraph(plan)`: full integer, QuantizeLinear → QLinearConv /
 *   MaxPool on codes → DequantizeLinear, dense layers as k×k QLinearConv.
 * - `qdqGraph(plan)`: the same quantization written as QuantizeLinear /
 *   DequantizeLinear pairs around float ops, for onnxruntime to fuse.
 */
import { dtypeRange } from '../quant/dtype.ts';
import { layerShapes } from './float-model.ts';
import type { FloatModel, Layer } from './float-model.ts';
import { toFloat16Array } from './float16.ts';
import type { OnnxGraph, OnnxNode, OnnxTensor, OnnxValueInfo } from './onnx.ts';
import { quantizeWeightsPerChannel } from './quantize.ts';
import type { IntegerPlan, QParams } from './quantize.ts';

export const OPSET = 13;
export const INPUT_NAME = 'input';
export const OUTPUT_NAME = 'logits';

export type FloatWeights = 'float32' | 'float16' | 'weights-only';

/** Values per image at the output: the last layer's C·H·W (10 logits for the digit model). */
function outputSize(model: FloatModel): number {
  const [c, h, w] = layerShapes(model).at(-1) ?? model.inputShape;
  return c * h * w;
}

function io(model: FloatModel): { inputs: OnnxValueInfo[]; outputs: OnnxValueInfo[] } {
  return {
    inputs: [{ name: INPUT_NAME, type: 'float32', dims: ['batch', ...model.inputShape] }],
    outputs: [{ name: OUTPUT_NAME, type: 'float32', dims: ['batch', outputSize(model)] }],
  };
}

function f32(name: string, dims: number[], data: Float32Array): OnnxTensor {
  return { name, type: 'float32', dims, data };
}

function weightDims(l: Layer): number[] {
  if (l.kind === 'conv') return [l.outChannels, l.inChannels, l.kernel, l.kernel];
  if (l.kind === 'dense') return [l.outFeatures, l.inFeatures];
  return [];
}

/**
 * Adds a float weight tensor called `name` to the graph in the requested
 * storage: as is, as float16 + Cast, or as int8 + DequantizeLinear.
 */
function addWeight(
  g: OnnxGraph, name: string, dims: number[], data: Float32Array, storage: FloatWeights, perChannel: boolean,
): void {
  if (storage === 'float32') {
    g.initializers.push(f32(name, dims, data));
  } else if (storage === 'float16') {
    g.initializers.push({ name: `${name}.f16`, type: 'float16', dims, data: toFloat16Array(data) });
    g.nodes.push({ op: 'Cast', inputs: [`${name}.f16`], outputs: [name], attributes: { to: { i: 1 } } });
  } else if (!perChannel) {
    g.initializers.push(f32(name, dims, data)); // biases stay float32 in a weights-only model
  } else {
    const { codes, scales } = quantizeWeightsPerChannel(data, dims[0]);
    g.initializers.push(
      { name: `${name}.q`, type: 'int8', dims, data: codes },
      f32(`${name}.scale`, [dims[0]], scales),
      { name: `${name}.zp`, type: 'int8', dims: [dims[0]], data: new Int8Array(dims[0]) },
    );
    g.nodes.push({
      op: 'DequantizeLinear', inputs: [`${name}.q`, `${name}.scale`, `${name}.zp`], outputs: [name], attributes: { axis: { i: 0 } },
    });
  }
}

export function floatGraph(model: FloatModel, storage: FloatWeights): OnnxGraph {
  const g: OnnxGraph = { name: `digits-${storage}`, opset: OPSET, nodes: [], initializers: [], ...io(model) };
  const body: OnnxNode[] = [];
  let x = INPUT_NAME;
  let flat = false;
  // The output is [batch, values]: a model that does not end in a dense layer gets a final Flatten.
  const last = model.layers.at(-1)?.kind === 'dense' ? model.layers.length - 1 : -1;
  model.layers.forEach((l, i) => {
    const out = i === last ? OUTPUT_NAME : l.name;
    if (l.kind === 'maxpool') {
      body.push({ op: 'MaxPool', inputs: [x], outputs: [out], attributes: { kernel_shape: { ints: [l.size, l.size] }, strides: { ints: [l.size, l.size] } } });
      x = out;
      return;
    }
    addWeight(g, `${l.name}.weight`, weightDims(l), l.weight, storage, true);
    addWeight(g, `${l.name}.bias`, [l.bias.length], l.bias, storage, false);
    const pre = l.relu ? `${l.name}.pre` : out;
    if (l.kind === 'conv') {
      body.push({ op: 'Conv', inputs: [x, `${l.name}.weight`, `${l.name}.bias`], outputs: [pre], attributes: { kernel_shape: { ints: [l.kernel, l.kernel] } } });
    } else {
      if (!flat) {
        body.push({ op: 'Flatten', inputs: [x], outputs: [`${l.name}.flat`], attributes: { axis: { i: 1 } } });
        x = `${l.name}.flat`;
        flat = true;
      }
      body.push({ op: 'Gemm', inputs: [x, `${l.name}.weight`, `${l.name}.bias`], outputs: [pre], attributes: { transB: { i: 1 } } });
    }
    if (l.relu) body.push({ op: 'Relu', inputs: [pre], outputs: [out] });
    x = out;
  });
  if (last === -1) body.push({ op: 'Flatten', inputs: [x], outputs: [OUTPUT_NAME], attributes: { axis: { i: 1 } } });
  g.nodes.push(...body);
  return g;
}

// ---- full integer ----

function scalarParams(g: OnnxGraph, name: string, p: QParams, type: 'uint8' | 'int8'): [string, string] {
  g.initializers.push(
    f32(`${name}.scale`, [], new Float32Array([p.scale])),
    { name: `${name}.zp`, type, dims: [], data: type === 'uint8' ? new Uint8Array([p.zeroPoint]) : new Int8Array([p.zeroPoint]) },
  );
  return [`${name}.scale`, `${name}.zp`];
}

/**
 * `floatPrefix` (benchmark only): run the first that many layers in float
 * and quantize their output instead of the input. A first convolution with
 * a single input channel is a poor fit for the int8 GEMM kernels (see
 * scripts/model/README.md, "Where int8 wins").
 */
export function qoperatorGraph(plan: IntegerPlan, model: FloatModel, { floatPrefix = 0 } = {}): OnnxGraph {
  const type = plan.activationType;
  const { qmin } = dtypeRange(type);
  const g: OnnxGraph = { name: `digits-full-integer-${type}`, opset: OPSET, nodes: [], initializers: [], ...io(model) };
  let x: string;
  let xs: string;
  let xz: string;
  if (floatPrefix > 0) {
    const prefix = floatGraph({ inputShape: model.inputShape, layers: model.layers.slice(0, floatPrefix) }, 'float32');
    const lastConv = [...plan.steps.slice(0, floatPrefix)].reverse().find((st) => st.kind === 'conv');
    if (!lastConv || lastConv.kind !== 'conv') throw new Error('the float prefix must contain a conv or dense layer');
    g.initializers.push(...prefix.initializers);
    g.nodes.push(...prefix.nodes.filter((n) => n.outputs[0] !== OUTPUT_NAME));
    const prefixOut = prefix.nodes.filter((n) => n.outputs[0] !== OUTPUT_NAME).at(-1)!.outputs[0];
    [xs, xz] = scalarParams(g, `${lastConv.name}.out`, lastConv.output, type);
    x = `${prefixOut}.q`;
    g.nodes.push({ op: 'QuantizeLinear', inputs: [prefixOut, xs, xz], outputs: [x] });
  } else {
    [xs, xz] = scalarParams(g, INPUT_NAME, plan.input, type);
    x = `${INPUT_NAME}.q`;
    g.nodes.push({ op: 'QuantizeLinear', inputs: [INPUT_NAME, xs, xz], outputs: [x] });
  }
  for (const step of plan.steps.slice(floatPrefix)) {
    if (step.kind === 'maxpool') {
      g.nodes.push({ op: 'MaxPool', inputs: [x], outputs: [step.name], attributes: { kernel_shape: { ints: [step.size, step.size] }, strides: { ints: [step.size, step.size] } } });
      x = step.name;
      continue;
    }
    const [oc] = step.outShape;
    const [ic] = step.inShape;
    const n = step.name;
    g.initializers.push(
      { name: `${n}.w`, type: 'int8', dims: [oc, ic, step.kernel, step.kernel], data: step.weight },
      f32(`${n}.w.scale`, [oc], step.weightScales),
      { name: `${n}.w.zp`, type: 'int8', dims: [oc], data: new Int8Array(oc) },
      { name: `${n}.b`, type: 'int32', dims: [oc], data: step.bias },
    );
    const [ys, yz] = scalarParams(g, n, step.output, type);
    const needsClamp = step.outMin > qmin; // a ReLU the output zero point cannot absorb
    const out = needsClamp ? `${n}.pre` : n;
    g.nodes.push({
      op: 'QLinearConv', inputs: [x, xs, xz, `${n}.w`, `${n}.w.scale`, `${n}.w.zp`, ys, yz, `${n}.b`], outputs: [out],
      attributes: { kernel_shape: { ints: [step.kernel, step.kernel] } },
    });
    if (needsClamp) {
      // ReLU on codes: clamp at the code of 0.0, as TFLite's fused activation does.
      g.initializers.push({ name: `${n}.lo`, type, dims: [], data: type === 'uint8' ? new Uint8Array([step.outMin]) : new Int8Array([step.outMin]) });
      g.nodes.push({ op: 'Clip', inputs: [out, `${n}.lo`], outputs: [n] });
    }
    x = n;
    [xs, xz] = [ys, yz];
  }
  g.nodes.push(
    { op: 'DequantizeLinear', inputs: [x, xs, xz], outputs: [`${OUTPUT_NAME}.4d`] },
    { op: 'Flatten', inputs: [`${OUTPUT_NAME}.4d`], outputs: [OUTPUT_NAME], attributes: { axis: { i: 1 } } },
  );
  return g;
}

/**
 * The same integer plan in QDQ form: float Conv / Gemm / MaxPool with
 * QuantizeLinear → DequantizeLinear pairs on every activation and
 * DequantizeLinear on the int8 weights and int32 biases. onnxruntime fuses
 * the patterns back into integer kernels (QLinearConv, QGemm, uint8 MaxPool)
 * when the session is created; dense layers stay Gemm here so that it can
 * pick QGemm. Used by the benchmark to compare forms.
 */
export function qdqGraph(plan: IntegerPlan, model: FloatModel): OnnxGraph {
  const type = plan.activationType;
  const g: OnnxGraph = { name: `digits-qdq-${type}`, opset: OPSET, nodes: [], initializers: [], ...io(model) };
  let flat = false;
  /**
   * Quantize → dequantize a float tensor. A dense layer must see
   * DequantizeLinear directly (a Flatten in between hides the pattern from
   * onnxruntime's fusion), so flattening happens before the pair.
   */
  const qdq = (x: string, s: string, z: string, name: string, nextIsDense: boolean): string => {
    let t = x;
    if (nextIsDense && !flat) {
      g.nodes.push({ op: 'Flatten', inputs: [t], outputs: [`${name}.flat`], attributes: { axis: { i: 1 } } });
      t = `${name}.flat`;
      flat = true;
    }
    g.nodes.push(
      { op: 'QuantizeLinear', inputs: [t, s, z], outputs: [`${name}.q`] },
      { op: 'DequantizeLinear', inputs: [`${name}.q`, s, z], outputs: [`${name}.dq`] },
    );
    return `${name}.dq`;
  };
  const nextIsDense = (i: number) => {
    const next = plan.steps[i + 1];
    return next !== undefined && next.kind === 'conv' && next.fromDense;
  };
  let [xs, xz] = scalarParams(g, INPUT_NAME, plan.input, type);
  let x = qdq(INPUT_NAME, xs, xz, INPUT_NAME, nextIsDense(-1));
  plan.steps.forEach((step, i) => {
    const n = step.name;
    if (step.kind === 'maxpool') {
      g.nodes.push({ op: 'MaxPool', inputs: [x], outputs: [n], attributes: { kernel_shape: { ints: [step.size, step.size] }, strides: { ints: [step.size, step.size] } } });
      x = qdq(n, xs, xz, n, nextIsDense(i));
      return;
    }
    const [oc] = step.outShape;
    const [ic] = step.inShape;
    const k = step.kernel;
    const dense = step.fromDense;
    const biasScales = step.weightScales.map((sc) => Math.fround(Math.fround(step.input.scale) * sc));
    g.initializers.push(
      { name: `${n}.w`, type: 'int8', dims: dense ? [oc, ic * k * k] : [oc, ic, k, k], data: step.weight },
      f32(`${n}.w.scale`, [oc], step.weightScales),
      { name: `${n}.w.zp`, type: 'int8', dims: [oc], data: new Int8Array(oc) },
      { name: `${n}.b`, type: 'int32', dims: [oc], data: step.bias },
      f32(`${n}.b.scale`, [oc], biasScales),
      { name: `${n}.b.zp`, type: 'int32', dims: [oc], data: new Int32Array(oc) },
    );
    g.nodes.push(
      { op: 'DequantizeLinear', inputs: [`${n}.w`, `${n}.w.scale`, `${n}.w.zp`], outputs: [`${n}.wf`], attributes: { axis: { i: 0 } } },
      { op: 'DequantizeLinear', inputs: [`${n}.b`, `${n}.b.scale`, `${n}.b.zp`], outputs: [`${n}.bf`], attributes: { axis: { i: 0 } } },
    );
    const pre = step.relu ? `${n}.pre` : n;
    if (dense) {
      g.nodes.push({ op: 'Gemm', inputs: [x, `${n}.wf`, `${n}.bf`], outputs: [pre], attributes: { transB: { i: 1 } } });
    } else {
      g.nodes.push({ op: 'Conv', inputs: [x, `${n}.wf`, `${n}.bf`], outputs: [pre], attributes: { kernel_shape: { ints: [k, k] } } });
    }
    if (step.relu) g.nodes.push({ op: 'Relu', inputs: [pre], outputs: [n] });
    [xs, xz] = scalarParams(g, n, step.output, type);
    x = qdq(n, xs, xz, n, nextIsDense(i));
  });
  g.nodes.push({ op: flat ? 'Identity' : 'Flatten', inputs: [x], outputs: [OUTPUT_NAME], ...(flat ? {} : { attributes: { axis: { i: 1 } } }) });
  return g;
}
