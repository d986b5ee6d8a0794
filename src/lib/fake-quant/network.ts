// A tiny network in the shape TF1's quantization tools cared about:
//   input → MatMul(fc1/weights) → BiasAdd(fc1/biases) → Relu6
//         → MatMul(fc2/weights) → BiasAdd(fc2/biases) → output
// Each arrow is an edge a fake-quant node can sit on. This module holds the
// graph, its seeded weights and inputs, the float forward pass, the ranges
// training would record, and the forward pass with fake-quant nodes.
import { mulberry32, openUnit, type Random } from '../data/prng.ts';
import { fakeQuant, fakeQuantParams, type FakeQuantParams } from './fake-quant.ts';

export const EDGE_IDS = ['input', 'w1', 'mm1', 'b1', 'pre1', 'act1', 'w2', 'mm2', 'b2', 'out'] as const;
export type EdgeId = (typeof EDGE_IDS)[number];

export type EdgeKind = 'activation' | 'weights' | 'bias' | 'inside';

export interface EdgeInfo {
  id: EdgeId;
  /** The tensor's name in the TF graph (what the converter's messages name). */
  tensor: string;
  kind: EdgeKind;
  /** Whether a fake-quant node belongs here. */
  belongs: boolean;
  /** Which fused layer the edge feeds or lives in (1 or 2). */
  layer: 1 | 2;
  /** One line: what the edge carries. */
  carries: string;
  /** Why a fake-quant node does or does not belong here. */
  why: string;
}

export const EDGES: Readonly<Record<EdgeId, EdgeInfo>> = {
  input: {
    id: 'input', tensor: 'input', kind: 'activation', belongs: true, layer: 1,
    carries: 'the network input',
    why: 'The first layer reads 8-bit codes, so the input needs a range: a fake-quant node here, or --mean_values/--std_dev_values at conversion.',
  },
  w1: {
    id: 'w1', tensor: 'fc1/weights', kind: 'weights', belongs: true, layer: 1,
    carries: 'layer 1 weights',
    why: 'Weights are stored as 8-bit codes; rounding them during training lets the other weights adapt to it.',
  },
  mm1: {
    id: 'mm1', tensor: 'fc1/MatMul', kind: 'inside', belongs: false, layer: 1,
    carries: 'the product before the bias is added',
    why: 'Inside the fused layer: the integer kernel keeps this sum in an int32 accumulator and never rounds it to 8 bits.',
  },
  b1: {
    id: 'b1', tensor: 'fc1/biases', kind: 'bias', belongs: false, layer: 1,
    carries: 'layer 1 biases',
    why: 'Biases become int32 with scale input_scale × weight_scale, fixed by the other two; an 8-bit grid of their own is never used.',
  },
  pre1: {
    id: 'pre1', tensor: 'fc1/BiasAdd', kind: 'inside', belongs: false, layer: 1,
    carries: 'the sum before ReLU6',
    why: 'Still inside the fused layer: the activation is applied as a clamp on the int32 result, before any rounding to 8 bits.',
  },
  act1: {
    id: 'act1', tensor: 'fc1/Relu6', kind: 'activation', belongs: true, layer: 1,
    carries: 'layer 1 output, after ReLU6',
    why: 'The fused layer’s output is written as 8-bit codes: its range is the one the integer kernel requantizes to.',
  },
  w2: {
    id: 'w2', tensor: 'fc2/weights', kind: 'weights', belongs: true, layer: 2,
    carries: 'layer 2 weights',
    why: 'Weights are stored as 8-bit codes; rounding them during training lets the other weights adapt to it.',
  },
  mm2: {
    id: 'mm2', tensor: 'fc2/MatMul', kind: 'inside', belongs: false, layer: 2,
    carries: 'the product before the bias is added',
    why: 'Inside the fused layer: an int32 accumulator, never rounded to 8 bits.',
  },
  b2: {
    id: 'b2', tensor: 'fc2/biases', kind: 'bias', belongs: false, layer: 2,
    carries: 'layer 2 biases',
    why: 'Biases become int32 with scale input_scale × weight_scale; a fake-quant range on them is never used.',
  },
  out: {
    id: 'out', tensor: 'fc2/BiasAdd', kind: 'activation', belongs: true, layer: 2,
    carries: 'the network output (no activation: Identity)',
    why: 'The last fused layer’s output is written as 8-bit codes, so it needs a range like any layer output.',
  },
};

export interface Range {
  min: number;
  max: number;
}

export interface Network {
  inputs: number;
  hidden: number;
  outputs: number;
  /** Batch of input vectors, row-major [batch, inputs]. */
  batch: number;
  x: Float32Array;
  /** Fully connected weights as TFLite stores them: [out, in]. */
  w1: Float32Array;
  b1: Float32Array;
  w2: Float32Array;
  b2: Float32Array;
}

function normal(random: Random): number {
  return Math.sqrt(-2 * Math.log(openUnit(random))) * Math.cos(2 * Math.PI * random());
}

function fill(n: number, f: () => number): Float32Array {
  const out = new Float32Array(n);
  for (let i = 0; i < n; i++) out[i] = f();
  return out;
}

/**
 * The network: weights from a fixed seed (the "trained" model, the same on
 * every page), inputs from `seed` (what the reader feeds it).
 */
export function makeNetwork(seed = 1, batch = 48): Network {
  const inputs = 4;
  const hidden = 6;
  const outputs = 3;
  const wr = mulberry32(0x5eed_0007);
  const w1 = fill(hidden * inputs, () => 0.9 * normal(wr));
  const b1 = fill(hidden, () => 1.2 * (wr() - 0.3));
  const w2 = fill(outputs * hidden, () => 0.5 * normal(wr));
  const b2 = fill(outputs, () => 0.4 * (wr() - 0.5));
  const xr = mulberry32(seed >>> 0);
  const x = fill(batch * inputs, () => 4 * xr() - 2);
  return { inputs, hidden, outputs, batch, x, w1, b1, w2, b2 };
}

/** Every edge's tensor: activations as [batch, size], constants as stored. */
export type EdgeValues = Record<EdgeId, Float32Array>;

function matmul(x: Float32Array, w: Float32Array, rows: number, inSize: number, outSize: number): Float32Array {
  const out = new Float32Array(rows * outSize);
  for (let r = 0; r < rows; r++) {
    for (let o = 0; o < outSize; o++) {
      let acc = 0;
      for (let i = 0; i < inSize; i++) acc = Math.fround(acc + Math.fround(x[r * inSize + i] * w[o * inSize + i]));
      out[r * outSize + o] = acc;
    }
  }
  return out;
}

function addBias(x: Float32Array, b: Float32Array, rows: number): Float32Array {
  const n = b.length;
  const out = new Float32Array(x.length);
  for (let r = 0; r < rows; r++) for (let o = 0; o < n; o++) out[r * n + o] = Math.fround(x[r * n + o] + b[o]);
  return out;
}

function relu6(x: Float32Array): Float32Array {
  return x.map((v) => (v < 0 ? 0 : v > 6 ? 6 : v));
}

/** Ranges as given, or symmetric (±max |w|) for weights, which TFLite stores with zero point 0. */
export function paramsFor(id: EdgeId, range: Range): FakeQuantParams {
  if (EDGES[id].kind !== 'weights') return fakeQuantParams(range);
  const a = Math.max(Math.abs(range.min), Math.abs(range.max));
  return fakeQuantParams({ min: -a, max: a }, { narrowRange: true });
}

export interface Simulation {
  values: EdgeValues;
  /** The nudged grid of each fake-quant node that was placed. */
  params: Partial<Record<EdgeId, FakeQuantParams>>;
}

/**
 * The forward pass in float32, with a fake-quant node on each edge in
 * `placed` (using `ranges`). With nothing placed it is the float model.
 */
export function simulate(net: Network, placed: ReadonlySet<EdgeId>, ranges: Readonly<Record<EdgeId, Range>>): Simulation {
  const params: Partial<Record<EdgeId, FakeQuantParams>> = {};
  const fq = (id: EdgeId, v: Float32Array): Float32Array => {
    if (!placed.has(id)) return v;
    const p = paramsFor(id, ranges[id]);
    params[id] = p;
    return fakeQuant(v, p);
  };
  const { batch, inputs, hidden, outputs } = net;
  const input = fq('input', net.x);
  const w1 = fq('w1', net.w1);
  const b1 = fq('b1', net.b1);
  const mm1 = fq('mm1', matmul(input, w1, batch, inputs, hidden));
  const pre1 = fq('pre1', addBias(mm1, b1, batch));
  const act1 = fq('act1', relu6(pre1));
  const w2 = fq('w2', net.w2);
  const b2 = fq('b2', net.b2);
  const mm2 = fq('mm2', matmul(act1, w2, batch, hidden, outputs));
  const out = fq('out', addBias(mm2, b2, batch));
  return { values: { input, w1, mm1, b1, pre1, act1, w2, mm2, b2, out }, params };
}

/** The float model: nothing placed. */
export function floatForward(net: Network): EdgeValues {
  return simulate(net, new Set(), recordedRanges(net)).values;
}

function minMax(v: Float32Array): Range {
  let min = 0;
  let max = 0;
  for (const x of v) {
    if (x < min) min = x;
    if (x > max) max = x;
  }
  return { min, max };
}

/**
 * The ranges training would record: each edge's min and max over the
 * batch in the float model, widened to include 0 (weights: ±max |w|).
 * Computed without any fake-quant node, so they do not depend on placement.
 */
export function recordedRanges(net: Network): Record<EdgeId, Range> {
  const { batch, inputs, hidden, outputs } = net;
  const mm1 = matmul(net.x, net.w1, batch, inputs, hidden);
  const pre1 = addBias(mm1, net.b1, batch);
  const act1 = relu6(pre1);
  const mm2 = matmul(act1, net.w2, batch, hidden, outputs);
  const out = addBias(mm2, net.b2, batch);
  const values: EdgeValues = { input: net.x, w1: net.w1, mm1, b1: net.b1, pre1, act1, w2: net.w2, mm2, b2: net.b2, out };
  const ranges = {} as Record<EdgeId, Range>;
  for (const id of EDGE_IDS) {
    const r = minMax(values[id]);
    ranges[id] = EDGES[id].kind === 'weights' ? { min: -Math.max(-r.min, r.max), max: Math.max(-r.min, r.max) } : r;
  }
  return ranges;
}
