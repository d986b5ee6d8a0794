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
import type { IntegerPlan, QConvStep, QParams, QPoolStep } from './quantize.ts';

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

export interface QOperatorOptions {
  /** Benchmark only: run the first that many layers in float (see below). */
  floatPrefix?: number;
  /**
   * Store the weight codes as uint8 with zero point 128 (code + 128) instead
   * of int8 with zero point 0: the same integers after subtracting the zero
   * point, but onnxruntime then picks its uint8 × uint8 kernels. uint8
   * activations only: onnxruntime has no QLinearConv for int8 × uint8.
   */
  uint8Weights?: boolean;
  /**
   * Layers (by name) written as ConvInteger → DequantizeLinear →
   * QuantizeLinear instead of QLinearConv; the same integers (see
   * `integerConvNodes`).
   */
  convInteger?: string[];
}

/**
 * One quantized convolution from plain integer operators, bit for bit what
 * QLinearConv computes in onnxruntime:
 *
 *   ConvInteger(x, w + 128, x_zp, 128)          int32 Σ (x − x_zp)(w_code)
 *   DequantizeLinear(acc, M[c], −bias[c], axis 1) f32(f32(acc + bias) · M[c])
 *   QuantizeLinear(·, 1, y_zp)                  round half to even, + y_zp, saturate
 *
 * with M[c] = f32(f32(s_in · s_w[c]) / s_out) — the requantization
 * multiplier. The bias rides in as DequantizeLinear's (negated) zero point.
 * A ReLU folds into the saturation when y_zp is the lowest code; otherwise
 * a Clip follows. onnxruntime runs ConvInteger with its uint8 × uint8
 * kernel (weights shifted by 128), which is much faster than its
 * QLinearConv on a convolution with one input channel.
 *
 * A following max pool (`pool`) can run on the float32 values before
 * QuantizeLinear: rounding and saturation never reorder values, so the max
 * of the codes is the code of the max, and there are four times fewer
 * values to quantize.
 */
function integerConvNodes(
  g: OnnxGraph, step: QConvStep, x: string, xz: string, type: 'uint8' | 'int8', pool?: QPoolStep,
): [string, string] {
  const n = step.name;
  const [oc] = step.outShape;
  const [ic] = step.inShape;
  const { qmin } = dtypeRange(type);
  const sIn = Math.fround(step.input.scale);
  const m = step.weightScales.map((sw) => Math.fround(Math.fround(sIn * sw) / Math.fround(step.output.scale)));
  const negBias = Int32Array.from(step.bias, (b) => -b);
  g.initializers.push(
    { name: `${n}.w`, type: 'uint8', dims: [oc, ic, step.kernel, step.kernel], data: Uint8Array.from(step.weight, (c) => c + 128) },
    { name: `${n}.w.zp`, type: 'uint8', dims: [], data: new Uint8Array([128]) },
    f32(`${n}.m`, [oc], m),
    { name: `${n}.negbias`, type: 'int32', dims: [oc], data: negBias },
    f32(`${n}.one`, [], new Float32Array([1])),
  );
  const [ys, yz] = scalarParams(g, n, step.output, type);
  const needsClamp = step.outMin > qmin;
  const out = needsClamp ? `${n}.pre` : n;
  g.nodes.push(
    { op: 'ConvInteger', inputs: [x, `${n}.w`, xz, `${n}.w.zp`], outputs: [`${n}.acc`], attributes: { kernel_shape: { ints: [step.kernel, step.kernel] } } },
    { op: 'DequantizeLinear', inputs: [`${n}.acc`, `${n}.m`, `${n}.negbias`], outputs: [`${n}.rescaled`], attributes: { axis: { i: 1 } } },
  );
  let rescaled = `${n}.rescaled`;
  if (pool) {
    g.nodes.push({ op: 'MaxPool', inputs: [rescaled], outputs: [`${pool.name}.f`], attributes: { kernel_shape: { ints: [pool.size, pool.size] }, strides: { ints: [pool.size, pool.size] } } });
    rescaled = `${pool.name}.f`;
  }
  g.nodes.push({ op: 'QuantizeLinear', inputs: [rescaled, `${n}.one`, yz], outputs: [pool ? pool.name : out] });
  if (needsClamp) {
    g.initializers.push({ name: `${n}.lo`, type, dims: [], data: type === 'uint8' ? new Uint8Array([step.outMin]) : new Int8Array([step.outMin]) });
    g.nodes.push({ op: 'Clip', inputs: [out, `${n}.lo`], outputs: [n] });
  }
  return [ys, yz];
}

/**
 * `floatPrefix` (benchmark only): run the first that many layers in float
 * and quantize their output instead of the input. A first convolution with
 * a single input channel is a poor fit for the int8 GEMM kernels (see
 * scripts/model/README.md, "Where int8 wins").
 */
export function qoperatorGraph(
  plan: IntegerPlan, model: FloatModel, { floatPrefix = 0, uint8Weights = false, convInteger = [] }: QOperatorOptions = {},
): OnnxGraph {
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
  const skip = new Set<string>();
  for (const [index, step] of plan.steps.entries()) {
    if (index < floatPrefix || skip.has(step.name)) continue;
    if (step.kind === 'maxpool') {
      g.nodes.push({ op: 'MaxPool', inputs: [x], outputs: [step.name], attributes: { kernel_shape: { ints: [step.size, step.size] }, strides: { ints: [step.size, step.size] } } });
      x = step.name;
      continue;
    }
    if (convInteger.includes(step.name)) {
      const next = plan.steps[index + 1];
      const pool = next?.kind === 'maxpool' && step.outMin === qmin ? next : undefined;
      const [ys, yz] = integerConvNodes(g, step, x, xz, type, pool);
      x = pool ? pool.name : step.name;
      [xs, xz] = [ys, yz];
      if (pool) skip.add(pool.name);
      continue;
    }
    const [oc] = step.outShape;
    const [ic] = step.inShape;
    const n = step.name;
    const wDims = [oc, ic, step.kernel, step.kernel];
    g.initializers.push(
      uint8Weights
        ? { name: `${n}.w`, type: 'uint8', dims: wDims, data: Uint8Array.from(step.weight, (c) => c + 128) }
        : { name: `${n}.w`, type: 'int8', dims: wDims, data: step.weight },
      f32(`${n}.w.scale`, [oc], step.weightScales),
      uint8Weights
        ? { name: `${n}.w.zp`, type: 'uint8', dims: [oc], data: new Uint8Array(oc).fill(128) }
        : { name: `${n}.w.zp`, type: 'int8', dims: [oc], data: new Int8Array(oc) },
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

/**
 * Dynamic-range quantization, what TFLite's hybrid kernels and
 * onnxruntime's quantize_dynamic do: int8 per-channel weights stored; at run
 * time each conv/dense input is quantized to uint8 with a scale and zero
 * point measured on that very tensor (DynamicQuantizeLinear: its min and
 * max over the whole batch), multiplied in integers (ConvInteger,
 * MatMulInteger → int32), and scaled back to float32 with
 * input scale × weight scale[channel] before the float bias and ReLU.
 * Because the input range is measured per call, a digit's logits depend on
 * which other digits share its batch.
 *
 * ConvInteger in onnxruntime takes uint8 weights with one zero point, so
 * the symmetric int8 codes are stored shifted by 128 (zero point 128):
 * q − 128 is the same signed code and the per-channel scales still apply
 * after the integer sum.
 */
export function dynamicGraph(model: FloatModel): OnnxGraph {
  const g: OnnxGraph = { name: 'digits-dynamic', opset: OPSET, nodes: [], initializers: [], ...io(model) };
  let x = INPUT_NAME;
  let flat = false;
  const last = model.layers.at(-1)?.kind === 'dense' ? model.layers.length - 1 : -1;
  model.layers.forEach((l, i) => {
    const out = i === last ? OUTPUT_NAME : l.name;
    if (l.kind === 'maxpool') {
      g.nodes.push({ op: 'MaxPool', inputs: [x], outputs: [out], attributes: { kernel_shape: { ints: [l.size, l.size] }, strides: { ints: [l.size, l.size] } } });
      x = out;
      return;
    }
    const n = l.name;
    const outC = l.kind === 'conv' ? l.outChannels : l.outFeatures;
    const { codes, scales } = quantizeWeightsPerChannel(l.weight, outC);
    if (l.kind === 'dense' && !flat) {
      g.nodes.push({ op: 'Flatten', inputs: [x], outputs: [`${n}.flat`], attributes: { axis: { i: 1 } } });
      x = `${n}.flat`;
      flat = true;
    }
    g.nodes.push({ op: 'DynamicQuantizeLinear', inputs: [x], outputs: [`${n}.xq`, `${n}.xs`, `${n}.xz`] });
    if (l.kind === 'conv') {
      const shifted = Uint8Array.from(codes, (c) => c + 128);
      g.initializers.push(
        { name: `${n}.w`, type: 'uint8', dims: [l.outChannels, l.inChannels, l.kernel, l.kernel], data: shifted },
        { name: `${n}.w.zp`, type: 'uint8', dims: [], data: new Uint8Array([128]) },
        f32(`${n}.w.scale`, [1, outC, 1, 1], scales),
        f32(`${n}.bias`, [1, outC, 1, 1], l.bias),
      );
      g.nodes.push({ op: 'ConvInteger', inputs: [`${n}.xq`, `${n}.w`, `${n}.xz`, `${n}.w.zp`], outputs: [`${n}.acc`], attributes: { kernel_shape: { ints: [l.kernel, l.kernel] } } });
    } else {
      // MatMulInteger wants B as [in, out]: transpose the [out, in] codes.
      const t = new Int8Array(codes.length);
      for (let o = 0; o < l.outFeatures; o++) for (let k = 0; k < l.inFeatures; k++) t[k * l.outFeatures + o] = codes[o * l.inFeatures + k];
      g.initializers.push(
        { name: `${n}.w`, type: 'int8', dims: [l.inFeatures, l.outFeatures], data: t },
        { name: `${n}.w.zp`, type: 'int8', dims: [], data: new Int8Array([0]) },
        f32(`${n}.w.scale`, [outC], scales),
        f32(`${n}.bias`, [outC], l.bias),
      );
      g.nodes.push({ op: 'MatMulInteger', inputs: [`${n}.xq`, `${n}.w`, `${n}.xz`, `${n}.w.zp`], outputs: [`${n}.acc`] });
    }
    const pre = l.relu ? `${n}.pre` : out;
    g.nodes.push(
      { op: 'Cast', inputs: [`${n}.acc`], outputs: [`${n}.accf`], attributes: { to: { i: 1 } } },
      { op: 'Mul', inputs: [`${n}.accf`, `${n}.w.scale`], outputs: [`${n}.ws`] },
      { op: 'Mul', inputs: [`${n}.ws`, `${n}.xs`], outputs: [`${n}.scaled`] },
      { op: 'Add', inputs: [`${n}.scaled`, `${n}.bias`], outputs: [pre] },
    );
    if (l.relu) g.nodes.push({ op: 'Relu', inputs: [pre], outputs: [out] });
    x = out;
  });
  if (last === -1) g.nodes.push({ op: 'Flatten', inputs: [x], outputs: [OUTPUT_NAME], attributes: { axis: { i: 1 } } });
  return g;
}
