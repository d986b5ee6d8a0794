// Where the fake-quant simulation and the integer network disagree, edge by
// edge. Each edge of the simulation is compared with what the integer
// network holds for the same tensor: dequantized 8-bit codes for tensors it
// stores, the int32 bias, or (inside a fused layer) the int32 accumulator
// times its scale.
import { dequantize } from '../quant/affine.ts';
import { convert, runInteger, type Conversion, type ConvertOptions, type IntegerRun } from './convert.ts';
import { EDGE_IDS, EDGES, floatForward, simulate, type EdgeId, type EdgeValues, type Network, type Range, type Simulation } from './network.ts';

export interface EdgeComparison {
  id: EdgeId;
  tensor: string;
  placed: boolean;
  belongs: boolean;
  /** Largest |simulated − integer| over the tensor. */
  maxAbs: number;
  meanAbs: number;
  /** maxAbs in steps of the integer tensor's scale (for biases and a fused layer's insides: its output's scale). */
  steps: number;
  /** For stored 8-bit tensors: how many codes differ from the simulated values' codes. */
  codesDiffer: number | null;
  count: number;
}

export interface Comparison {
  conversion: Conversion;
  simulation: Simulation;
  float: EdgeValues;
  integer: IntegerRun | null;
  /** Per edge, in graph order; empty when the converter refused. */
  edges: EdgeComparison[];
  /** Output error against the float model: simulated and integer (RMS). */
  outputRms: { simulated: number; integer: number | null };
}

function diff(a: ArrayLike<number>, b: ArrayLike<number>): { maxAbs: number; meanAbs: number } {
  let maxAbs = 0;
  let sum = 0;
  for (let i = 0; i < a.length; i++) {
    const d = Math.abs(a[i] - b[i]);
    if (d > maxAbs) maxAbs = d;
    sum += d;
  }
  return { maxAbs, meanAbs: a.length ? sum / a.length : 0 };
}

function rms(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += (a[i] - b[i]) ** 2;
  return Math.sqrt(s / a.length);
}

function scaled(codes: ArrayLike<number>, scale: number): Float64Array {
  const out = new Float64Array(codes.length);
  for (let i = 0; i < codes.length; i++) out[i] = codes[i] * scale;
  return out;
}

/**
 * How many stored codes differ from the simulated values rounded to the same
 * grid. Not clamped: a simulated value beyond the integer tensor's range
 * (clipped there, not in training) counts as a difference.
 */
function codesDiffer(sim: Float32Array, codes: Int8Array, scale: number, zeroPoint: number): number {
  let n = 0;
  for (let i = 0; i < sim.length; i++) {
    const r = sim[i] / scale;
    const q = zeroPoint + (r < 0 ? -Math.floor(-r + 0.5) : Math.floor(r + 0.5));
    if (q !== codes[i]) n++;
  }
  return n;
}

/** The integer network's view of every edge, as real numbers. */
export function integerValues(run: IntegerRun, conversion: Conversion): EdgeValues | null {
  const t = conversion.tensors;
  if (!t.input || !t.w1 || !t.b1 || !t.act1 || !t.w2 || !t.b2 || !t.out) return null;
  const f32 = (v: ArrayLike<number>) => Float32Array.from(v);
  return {
    input: dequantize(run.input, t.input),
    w1: dequantize(run.w1, t.w1),
    b1: f32(scaled(run.b1, t.b1.scale)),
    mm1: f32(scaled(run.layer1.product, t.b1.scale)),
    pre1: f32(scaled(run.layer1.accumulator, t.b1.scale)),
    act1: dequantize(run.layer1.output, t.act1),
    w2: dequantize(run.w2, t.w2),
    b2: f32(scaled(run.b2, t.b2.scale)),
    mm2: f32(scaled(run.layer2.product, t.b2.scale)),
    out: dequantize(run.layer2.output, t.out),
  };
}

/**
 * Runs the simulated network and the converted integer network on the same
 * inputs and reports, per edge, where and how much they disagree.
 */
export function compare(
  net: Network,
  placed: ReadonlySet<EdgeId>,
  ranges: Readonly<Record<EdgeId, Range>>,
  options: ConvertOptions = {},
): Comparison {
  const simulation = simulate(net, placed, ranges);
  const float = floatForward(net);
  const conversion = convert(net, placed, ranges, options);
  const integer = runInteger(net, conversion);
  const simOut = simulation.values.out;
  if (!integer) {
    return { conversion, simulation, float, integer, edges: [], outputRms: { simulated: rms(simOut, float.out), integer: null } };
  }
  const iv = integerValues(integer, conversion)!;
  const t = conversion.tensors;
  const edges: EdgeComparison[] = EDGE_IDS.map((id) => {
    const sim = simulation.values[id];
    const { maxAbs, meanAbs } = diff(sim, iv[id]);
    // Inside a fused layer and on its bias, the step that matters is the layer output's.
    const stepScale = id === 'mm1' || id === 'pre1' || id === 'b1' ? t.act1!.scale : id === 'mm2' || id === 'b2' ? t.out!.scale : t[id]!.scale;
    let differ: number | null = null;
    if (id === 'input') differ = codesDiffer(sim, integer.input, t.input!.scale, t.input!.zeroPoint);
    else if (id === 'w1') differ = codesDiffer(sim, integer.w1, t.w1!.scale, 0);
    else if (id === 'w2') differ = codesDiffer(sim, integer.w2, t.w2!.scale, 0);
    else if (id === 'act1') differ = codesDiffer(sim, integer.layer1.output, t.act1!.scale, t.act1!.zeroPoint);
    else if (id === 'out') differ = codesDiffer(sim, integer.layer2.output, t.out!.scale, t.out!.zeroPoint);
    return {
      id, tensor: EDGES[id].tensor, placed: placed.has(id), belongs: EDGES[id].belongs,
      maxAbs, meanAbs, steps: maxAbs / stepScale, codesDiffer: differ, count: sim.length,
    };
  });
  return { conversion, simulation, float, integer, edges, outputRms: { simulated: rms(simOut, float.out), integer: rms(iv.out, float.out) } };
}

/** The placement TF1's contrib/quantize makes (plus a range for the input). */
export const CORRECT_PLACEMENT: readonly EdgeId[] = EDGE_IDS.filter((id) => EDGES[id].belongs);
