// What the TF1 converter (toco) makes of the graph in network.ts, and the
// integer network it produces. After fusing, the graph has two ops:
//   FullyConnected(input, fc1/weights, fc1/biases) + ReLU6 → fc1/Relu6
//   FullyConnected(fc1/Relu6, fc2/weights, fc2/biases)      → fc2/BiasAdd
// Every non-constant array those ops read or write needs a range, which in
// a QAT graph comes from a fake-quant node on it. Constant weights without
// one get the min and max of their values (with a warning); biases never
// use a range of their own: int32, scale = input scale × weight scale.
// Ranges on tensors that fusion removes (fc1/MatMul, fc1/BiasAdd…) have
// nothing to attach to; this model of the converter drops them.
import { quantize } from '../quant/affine.ts';
import { fmt } from '../i18n/template.ts';
import { fullyConnected } from '../quant/integer/fully-connected.ts';
import { quantizeBias } from '../quant/integer/layer.ts';
import { EDGES, paramsFor, type EdgeId, type Network, type Range } from './network.ts';
import type { FakeQuantParams } from './fake-quant.ts';

/** Non-constant arrays the converted graph reads or writes, in the converter's order. */
export const NEEDS_RANGE: readonly { id: EdgeId; consumer: string | null; producing: string | null }[] = [
  { id: 'input', consumer: 'FullyConnected', producing: 'fc1/Relu6' },
  { id: 'act1', consumer: 'FullyConnected', producing: 'fc2/BiasAdd' },
  { id: 'out', consumer: null, producing: null },
];

const WHERE = 'F tensorflow/lite/toco/tooling_util.cc]';

/** The converter's fatal message for an array without a range, in the words it prints. */
export function lackingMinMaxMessage(need: (typeof NEEDS_RANGE)[number]): string {
  const name = EDGES[need.id].tensor;
  if (need.consumer === null) {
    return `${WHERE} Array ${name} does not have MinMax information, and is not a constant array. Cannot proceed with quantization.`;
  }
  return (
    `${WHERE} Array ${name}, which is an input to the ${need.consumer} operator producing the output array ${need.producing}, ` +
    'is lacking min/max data, which is necessary for quantization. If accuracy matters, either target a non-quantized ' +
    'output format, or run quantized training with your model from a floating point checkpoint to change the input graph ' +
    "to contain min/max information. If you don't care about accuracy, you can pass --default_ranges_min= and " +
    '--default_ranges_max= for easy experimentation.'
  );
}

export interface Complaint {
  id: EdgeId;
  tensor: string;
  message: string;
}

/** What a note is about; NOTE_TEXT (and convert.zh.ts) word each in a language. */
export type NoteCode = 'default-range' | 'weights-from-values' | 'bias-range-unused' | 'fused-away';

/** The notes in English; slots {tensor}, and {min}/{max} for the default range. */
export const NOTE_TEXT: Readonly<Record<NoteCode, string>> = {
  'default-range': '{tensor} has no range; the default range [{min}, {max}] is used instead.',
  'weights-from-values':
    'Constant array {tensor} has no range, so the converter takes the min and max of its values. Training never saw these weights rounded, so the result may not match what it learned.',
  'bias-range-unused': 'The range on {tensor} is not used: biases are stored as int32 with scale input scale × weight scale.',
  'fused-away': '{tensor} disappears when the layer is fused; its range is not used, and the rounding training simulated there never happens.',
};

export interface ConverterNote {
  id: EdgeId;
  code: NoteCode;
  /** The values NOTE_TEXT's slots take. */
  values: { tensor: string; min?: number; max?: number };
  /** The note in English. */
  message: string;
}

function note(id: EdgeId, code: NoteCode, range?: Range): ConverterNote {
  const values = { tensor: EDGES[id].tensor, ...(range ? { min: range.min, max: range.max } : {}) };
  return { id, code, values, message: fmt(NOTE_TEXT[code], values) };
}

/** Integer parameters of one tensor of the converted model (int8 codes; biases int32). */
export interface TensorParams {
  scale: number;
  zeroPoint: number;
  /** Where the range came from. */
  from: 'fake-quant' | 'weights' | 'default-ranges' | 'derived';
  range: Range;
}

export interface Conversion {
  /** Fatal complaints, in the order the converter meets them; conversion stops at the first. */
  complaints: Complaint[];
  /** Things the converter says and carries on: fallbacks and ignored ranges. */
  notes: ConverterNote[];
  /** Parameters of the converted model's tensors; empty when a complaint stopped it. */
  tensors: Partial<Record<EdgeId, TensorParams>>;
}

export interface ConvertOptions {
  /** --default_ranges_min / --default_ranges_max: "dummy quantization". */
  defaultRanges?: Range | null;
}

function activationParams(p: FakeQuantParams, from: TensorParams['from']): TensorParams {
  return { scale: p.scale, zeroPoint: p.int8ZeroPoint, from, range: { min: p.nudgedMin, max: p.nudgedMax } };
}

function absMax(v: Float32Array): number {
  let a = 0;
  for (const x of v) a = Math.max(a, Math.abs(x));
  return a;
}

export function convert(
  net: Network,
  placed: ReadonlySet<EdgeId>,
  ranges: Readonly<Record<EdgeId, Range>>,
  options: ConvertOptions = {},
): Conversion {
  const complaints: Complaint[] = [];
  const notes: ConverterNote[] = [];
  const tensors: Partial<Record<EdgeId, TensorParams>> = {};
  const dummy = options.defaultRanges ?? null;

  for (const need of NEEDS_RANGE) {
    if (placed.has(need.id)) {
      tensors[need.id] = activationParams(paramsFor(need.id, ranges[need.id]), 'fake-quant');
    } else if (dummy) {
      tensors[need.id] = activationParams(paramsFor(need.id, dummy), 'default-ranges');
      notes.push(note(need.id, 'default-range', dummy));
    } else {
      complaints.push({ id: need.id, tensor: EDGES[need.id].tensor, message: lackingMinMaxMessage(need) });
    }
  }

  for (const [id, values] of [['w1', net.w1], ['w2', net.w2]] as const) {
    if (placed.has(id)) {
      const p = paramsFor(id, ranges[id]);
      tensors[id] = { scale: p.scale, zeroPoint: 0, from: 'fake-quant', range: { min: p.nudgedMin, max: p.nudgedMax } };
    } else {
      const a = absMax(values);
      const p = paramsFor(id, { min: -a, max: a });
      tensors[id] = { scale: p.scale, zeroPoint: 0, from: 'weights', range: { min: p.nudgedMin, max: p.nudgedMax } };
      notes.push(note(id, 'weights-from-values'));
    }
  }

  for (const id of ['mm1', 'pre1', 'mm2', 'b1', 'b2'] as const) {
    if (!placed.has(id)) continue;
    notes.push(note(id, EDGES[id].kind === 'bias' ? 'bias-range-unused' : 'fused-away'));
  }

  if (complaints.length > 0) return { complaints, notes, tensors: {} };
  for (const [bias, input, weights] of [['b1', 'input', 'w1'], ['b2', 'act1', 'w2']] as const) {
    // Double product of the two float32 scales, as the bias quantizer computes it.
    const scale = tensors[input]!.scale * tensors[weights]!.scale;
    tensors[bias] = { scale, zeroPoint: 0, from: 'derived', range: { min: -Infinity, max: Infinity } };
  }
  return { complaints, notes, tensors };
}

/** One fused fully connected layer's integer internals, kept to compare with the simulation. */
export interface IntegerLayer {
  /** int32 accumulators without the bias: Σ (q_in − z_in)·q_w. */
  product: Int32Array;
  /** with the bias added: what requantization starts from. */
  accumulator: Int32Array;
  /** int8 output codes after requantization and the fused activation's clamp. */
  output: Int8Array;
  /** The real multiplier M = s_in·s_w / s_out. */
  multiplier: number;
}

export interface IntegerRun {
  input: Int8Array;
  w1: Int8Array;
  b1: Int32Array;
  w2: Int8Array;
  b2: Int32Array;
  layer1: IntegerLayer;
  layer2: IntegerLayer;
}

/**
 * One fused FULLY_CONNECTED through the core's integer kernel, with TFLite's
 * fixed-point requantization (what the converted model runs on).
 */
function layer(
  input: Int8Array, inputParams: TensorParams, weights: Int8Array, weightParams: TensorParams, bias: Int32Array,
  outputParams: TensorParams, shape: { rows: number; inSize: number; outSize: number }, activation: 'relu6' | 'none',
): IntegerLayer {
  const result = fullyConnected(
    { input, inputShape: [shape.rows, shape.inSize], weights, weightShape: [shape.outSize, shape.inSize], bias },
    {
      input: { scale: inputParams.scale, zeroPoint: inputParams.zeroPoint, dtype: 'int8' },
      weights: { scales: [weightParams.scale], zeroPoints: [0], dtype: 'int8' },
      output: { scale: outputParams.scale, zeroPoint: outputParams.zeroPoint, dtype: 'int8' },
      activation,
      requantization: 'tflite',
    },
  );
  const accumulator = result.accumulators;
  const product = accumulator.map((acc, i) => acc - bias[i % shape.outSize]);
  return { product, accumulator, output: result.output as Int8Array, multiplier: result.multipliers[0].real };
}

/** Runs the converted integer network on the network's inputs; null when the converter refused. */
export function runInteger(net: Network, conversion: Conversion): IntegerRun | null {
  const t = conversion.tensors;
  if (conversion.complaints.length > 0 || !t.input || !t.w1 || !t.b1 || !t.act1 || !t.w2 || !t.b2 || !t.out) return null;
  const q8 = (v: Float32Array, p: TensorParams, narrowRange = false) =>
    quantize(v, { scale: p.scale, zeroPoint: p.zeroPoint, dtype: 'int8', narrowRange });
  const input = q8(net.x, t.input);
  const w1 = q8(net.w1, t.w1, true);
  const b1 = quantizeBias(net.b1, t.input.scale, [t.w1.scale]);
  const w2 = q8(net.w2, t.w2, true);
  const b2 = quantizeBias(net.b2, t.act1.scale, [t.w2.scale]);
  const layer1 = layer(input, t.input, w1, t.w1, b1, t.act1, { rows: net.batch, inSize: net.inputs, outSize: net.hidden }, 'relu6');
  const layer2 = layer(layer1.output, t.act1, w2, t.w2, b2, t.out, { rows: net.batch, inSize: net.hidden, outSize: net.outputs }, 'none');
  return { input, w1, b1, w2, b2, layer1, layer2 };
}
