// The TypeScript integer reference behind the same InferenceEngine interface
// as onnxruntime-web: it reads a full-integer model in QOperator form
// (QuantizeLinear → QLinearConv [→ Clip] / MaxPool … → DequantizeLinear →
// Flatten, what src/lib/model-build/export.ts writes) back into an
// IntegerPlan and runs it with runIntegerPlan: int32 accumulation,
// onnxruntime's requantization, saturation. A widget can then run one file
// through both engines and compare the logits bit for bit.
import { readOnnxModel, type OnnxGraph, type OnnxTensor } from '../model-build/onnx.ts';
import { runIntegerPlan } from '../model-build/integer-reference.ts';
import type { ActivationType, IntegerPlan, QParams, QStep } from '../model-build/quantize.ts';
import type { Shape3 } from '../model-build/float-model.ts';
import { IMAGE_PIXELS, type InferenceEngine, type RunResult, type TimingOptions } from './engine.ts';
import { ModelError } from './errors.ts';
import { workerMessagesEn } from './messages.ts';

const SUPPORTED = new Set(['QuantizeLinear', 'QLinearConv', 'Clip', 'MaxPool', 'DequantizeLinear', 'Flatten']);

function fail(message: string): never {
  throw ModelError.of('unsupported', workerMessagesEn, 'referenceUnsupported', { details: message });
}

/** An IntegerPlan from a full-integer model in QOperator form. */
export function planFromQOperatorGraph(g: OnnxGraph): IntegerPlan {
  const inits = new Map<string, OnnxTensor>(g.initializers.map((t) => [t.name, t]));
  const other = g.nodes.find((n) => !SUPPORTED.has(n.op));
  if (other) fail(`it uses ${other.op}, and the reference runs QLinearConv models only.`);
  const scalar = (name: string): number => {
    const t = inits.get(name);
    if (!t || t.data.length !== 1) fail(`${name} is not a constant scalar.`);
    return Number(t.data[0]);
  };
  const params = (scale: string, zp: string): QParams => ({ scale: scalar(scale), zeroPoint: scalar(zp) });
  const input = g.inputs[0];
  if (!input || input.dims.length !== 4) fail('its input is not a batch of images.');
  const inputShape = input.dims.slice(1).map(Number) as Shape3;
  const first = g.nodes[0];
  if (first?.op !== 'QuantizeLinear') fail('it does not start by quantizing its input.');
  const zpTensor = inits.get(first.inputs[2]);
  const activationType: ActivationType = zpTensor?.type === 'int8' ? 'int8' : 'uint8';
  const qmin = activationType === 'int8' ? -128 : 0;
  const inputParams = params(first.inputs[1], first.inputs[2]);
  const steps: QStep[] = [];
  let shape = inputShape;
  let output = inputParams;
  for (let i = 1; i < g.nodes.length; i++) {
    const n = g.nodes[i];
    if (n.op === 'MaxPool') {
      const k = n.attributes?.kernel_shape;
      const size = k && 'ints' in k ? k.ints[0] : fail('a MaxPool has no kernel_shape.');
      const out: Shape3 = [shape[0], Math.floor(shape[1] / size), Math.floor(shape[2] / size)];
      steps.push({ kind: 'maxpool', name: n.outputs[0], inShape: shape, outShape: out, size });
      shape = out;
    } else if (n.op === 'QLinearConv') {
      const [, xs, xz, w, ws, , ys, yz, b] = n.inputs;
      const weight = inits.get(w);
      const scales = inits.get(ws);
      const bias = inits.get(b);
      if (!weight || weight.type !== 'int8' || !scales || !bias || bias.type !== 'int32') fail(`${n.outputs[0]} lacks int8 weights, scales or an int32 bias.`);
      const [oc, , k] = weight.dims;
      const out: Shape3 = [oc, shape[1] - k + 1, shape[2] - k + 1];
      const next = g.nodes[i + 1];
      const clip = next?.op === 'Clip' && next.inputs[0] === n.outputs[0] ? next : null;
      const outputParams = params(ys, yz);
      steps.push({
        kind: 'conv',
        name: clip ? clip.outputs[0] : n.outputs[0],
        fromDense: k === shape[1] && k === shape[2],
        inShape: shape,
        outShape: out,
        kernel: k,
        weight: weight.data as Int8Array,
        weightScales: scales.data as Float32Array,
        bias: bias.data as Int32Array,
        input: params(xs, xz),
        output: outputParams,
        relu: clip !== null,
        outMin: clip ? scalar(clip.inputs[1]) : qmin,
      });
      if (clip) i++;
      shape = out;
      output = outputParams;
    } else if (n.op === 'DequantizeLinear') {
      output = params(n.inputs[1], n.inputs[2]);
    } else if (n.op === 'Clip') {
      fail('a Clip that does not follow a QLinearConv.');
    }
  }
  return { activationType, inputShape, input: inputParams, steps, output };
}

export class ReferenceEngine implements InferenceEngine {
  readonly kind = 'reference';
  #plan: IntegerPlan | null = null;

  async load(bytes: Uint8Array): Promise<void> {
    let graph: OnnxGraph;
    try {
      graph = readOnnxModel(bytes);
    } catch (error) {
      throw ModelError.of('corrupt', workerMessagesEn, 'referenceUnreadable', { details: error instanceof Error ? error.message : String(error) });
    }
    this.#plan = planFromQOperatorGraph(graph);
  }

  #need(): IntegerPlan {
    if (!this.#plan) throw ModelError.of('run', workerMessagesEn, 'referenceNotLoaded');
    return this.#plan;
  }

  async run(images: Float32Array, count: number): Promise<RunResult> {
    const start = performance.now();
    const { logits } = runIntegerPlan(this.#need(), images.subarray(0, count * IMAGE_PIXELS), count);
    return { logits, ms: performance.now() - start };
  }

  async time(images: Float32Array, count: number, options: TimingOptions): Promise<number[]> {
    const plan = this.#need();
    const input = images.subarray(0, count * IMAGE_PIXELS);
    for (let i = 0; i < options.warmup; i++) runIntegerPlan(plan, input, count);
    const runs = Math.max(1, Math.floor(options.runsPerSample ?? 1));
    const times: number[] = [];
    for (let i = 0; i < options.repeats; i++) {
      const start = performance.now();
      for (let k = 0; k < runs; k++) runIntegerPlan(plan, input, count);
      times.push((performance.now() - start) / runs);
    }
    return times;
  }

  async dispose(): Promise<void> {
    this.#plan = null;
  }
}
