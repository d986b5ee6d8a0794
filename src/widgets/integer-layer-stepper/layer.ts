// The stepper's layer: the reader's float inputs, weights and bias, quantized
// the way a TFLite int8 model stores them, run through the core's integer
// kernel in every requantization scheme, next to the float computation.
//
// Ranges come from calibration: the reader's input row plus CALIBRATION_ROWS
// seeded random rows of the same spread go through the float layer, and the
// observed input and output ranges give s_in, z_in, s_out, z_out (asymmetric
// int8). The output range is observed after the fused activation, as TFLite's
// converter does, or before it, to show what the clamp is for. Weights are symmetric int8 with zero point 0 (narrow range, TFLite),
// per tensor or per output unit. The same rows count how often the schemes
// disagree.
import { chooseParams } from '../../lib/quant/choose-params.ts';
import { quantize } from '../../lib/quant/affine.ts';
import { QuantError } from '../../lib/quant/errors.ts';
import { fullyConnected } from '../../lib/quant/integer/fully-connected.ts';
import { quantizeBias } from '../../lib/quant/integer/layer.ts';
import type { IntegerLayerResult, IntegerLayerSpec } from '../../lib/quant/integer/layer.ts';
import { requantizeExact, traceRequantization, REQUANTIZATIONS } from '../../lib/quant/integer/requantize.ts';
import type { Activation, Requantization, RequantizationTrace, TensorQuant } from '../../lib/quant/integer/requantize.ts';
import { mulberry32 } from '../../lib/data/prng.ts';
import { numberWordsEn, parseNumberList, type NumberWords, type ParseNumbersResult } from '../../lib/data/parse-numbers.ts';
import { MAX_INPUTS, MAX_UNITS } from '../integer-layer-stepper.schema.ts';

export const CALIBRATION_ROWS = 2047;

export type Granularity = 'per-tensor' | 'per-channel';

export interface LayerSettings {
  inputs: string;
  weights: string;
  bias: string;
  seed: number;
  granularity: Granularity;
  activation: Activation;
  outputRange: OutputRange;
}

export type OutputRange = 'after-activation' | 'before-activation';

export interface FloatLayer {
  x: Float32Array;
  /** Row-major [units, inputs]. */
  w: Float32Array;
  b: Float32Array;
  inDepth: number;
  outDepth: number;
}

/** Why the reader's numbers cannot make a layer, as data; problems.ts words it in the reader's language. */
export type LayerProblem =
  | { code: 'list'; field: 'inputs' | 'bias'; list: NumberListFailure }
  | { code: 'no-rows' }
  | { code: 'too-many-rows'; rows: number; max: number }
  | { code: 'row-list'; row: number; list: NumberListFailure }
  | { code: 'row-length'; row: number; count: number; need: number }
  | { code: 'bias-count'; count: number; need: number }
  | { code: 'too-large'; field: LayerField; value: number }
  | { code: 'quant'; error: QuantError };

export type LayerField = 'inputs' | 'weights' | 'bias';
export type NumberListFailure = Extract<ParseNumbersResult, { ok: false }>;

export type Parsed = { ok: true; layer: FloatLayer } | { ok: false; field: LayerField; problem: LayerProblem };

/** Reads the three number fields; says which one is wrong and why (the number reader in `words`' language). */
export function parseLayer(s: Pick<LayerSettings, 'inputs' | 'weights' | 'bias'>, words: NumberWords = numberWordsEn): Parsed {
  const x = parseNumberList(s.inputs, MAX_INPUTS, words);
  if (!x.ok) return { ok: false, field: 'inputs', problem: { code: 'list', field: 'inputs', list: x } };
  const rows = s.weights.split(/[;\n]+/).filter((r) => r.trim().length > 0);
  if (rows.length === 0) return { ok: false, field: 'weights', problem: { code: 'no-rows' } };
  if (rows.length > MAX_UNITS) return { ok: false, field: 'weights', problem: { code: 'too-many-rows', rows: rows.length, max: MAX_UNITS } };
  const inDepth = x.values.length;
  const w = new Float32Array(rows.length * inDepth);
  for (let r = 0; r < rows.length; r++) {
    const row = parseNumberList(rows[r], MAX_INPUTS, words);
    if (!row.ok) return { ok: false, field: 'weights', problem: { code: 'row-list', row: r + 1, list: row } };
    if (row.values.length !== inDepth) {
      return { ok: false, field: 'weights', problem: { code: 'row-length', row: r + 1, count: row.values.length, need: inDepth } };
    }
    w.set(row.values, r * inDepth);
  }
  const b = parseNumberList(s.bias, MAX_UNITS, words);
  if (!b.ok) return { ok: false, field: 'bias', problem: { code: 'list', field: 'bias', list: b } };
  if (b.values.length !== rows.length) {
    return { ok: false, field: 'bias', problem: { code: 'bias-count', count: b.values.length, need: rows.length } };
  }
  for (const [field, values] of [['inputs', x.values], ['weights', w], ['bias', b.values]] as const) {
    for (const v of values) {
      if (Math.abs(v) > 1e4) return { ok: false, field, problem: { code: 'too-large', field, value: v } };
    }
  }
  return { ok: true, layer: { x: x.values, w, b: b.values, inDepth, outDepth: rows.length } };
}

export function activate(v: number, activation: Activation): number {
  if (activation === 'none') return v;
  const r = v > 0 ? v : 0;
  return activation === 'relu6' ? Math.min(r, 6) : r;
}

/** The float layer in double precision: act(W·x + b). */
export function floatForward(layer: FloatLayer, x: ArrayLike<number>, activation: Activation): { pre: number[]; out: number[] } {
  const pre: number[] = [];
  for (let o = 0; o < layer.outDepth; o++) {
    let acc = layer.b[o];
    for (let k = 0; k < layer.inDepth; k++) acc += layer.w[o * layer.inDepth + k] * x[k];
    pre.push(acc);
  }
  return { pre, out: pre.map((v) => activate(v, activation)) };
}

export interface SchemeCounts {
  /** Outputs compared. */
  total: number;
  /** Outputs where each scheme differs from onnxruntime's / from the double-precision reference. */
  differsFromOrt: Record<Requantization, number>;
  differsFromExact: Record<Requantization, number>;
  /** TFLite's default build against its single-rounding build. */
  tfliteVsSingle: number;
}

export interface BuiltLayer {
  float: FloatLayer;
  activation: Activation;
  input: TensorQuant & { min: number; max: number };
  output: TensorQuant & { min: number; max: number };
  weightScales: number[];
  qx: Int8Array;
  qw: Int8Array;
  qb: Int32Array;
  spec: Omit<IntegerLayerSpec, 'requantization'>;
  /** Float forward pass of the reader's row (double precision). */
  floatPre: number[];
  floatOut: number[];
  /** The float result quantized directly with the output parameters: the best code there is. */
  floatCodes: number[];
  results: Record<Requantization, IntegerLayerResult>;
  /** Double-precision requantization of the same accumulators. */
  exactCodes: number[];
  counts: SchemeCounts;
}

function calibrationRows(layer: FloatLayer, seed: number): Float32Array {
  const rand = mulberry32(seed);
  let spread = 0;
  for (const v of layer.x) spread = Math.max(spread, Math.abs(v));
  if (spread === 0) spread = 1;
  const rows = new Float32Array(CALIBRATION_ROWS * layer.inDepth);
  for (let i = 0; i < rows.length; i++) rows[i] = (rand() * 2 - 1) * spread;
  return rows;
}

function rangeOf(values: Iterable<number>): { min: number; max: number } {
  let min = Infinity;
  let max = -Infinity;
  for (const v of values) {
    if (v < min) min = v;
    if (v > max) max = v;
  }
  return { min, max };
}

/**
 * Quantizes the reader's layer and runs it in every scheme. Throws QuantError
 * only for layers the integer arithmetic cannot hold (e.g. a bias beyond
 * int32 at these scales); the view shows its message.
 */
export function buildLayer(float: FloatLayer, settings: Pick<LayerSettings, 'seed' | 'granularity' | 'activation' | 'outputRange'>): BuiltLayer {
  const { inDepth, outDepth } = float;
  const { activation } = settings;
  const batch = calibrationRows(float, settings.seed);
  const rows = CALIBRATION_ROWS + 1;
  const allX = new Float32Array(rows * inDepth);
  allX.set(float.x);
  allX.set(batch, inDepth);

  const inRange = rangeOf(allX);
  const inParams = chooseParams(inRange, { dtype: 'int8' });
  const input = { scale: inParams.scale, zeroPoint: inParams.zeroPoint, dtype: 'int8' as const, min: inParams.nudgedMin, max: inParams.nudgedMax };

  const floatOutAll: number[] = [];
  for (let r = 0; r < rows; r++) {
    const { pre, out } = floatForward(float, allX.subarray(r * inDepth, (r + 1) * inDepth), activation);
    floatOutAll.push(...(settings.outputRange === 'before-activation' ? pre : out));
  }
  const outParams = chooseParams(rangeOf(floatOutAll), { dtype: 'int8' });
  const output = { scale: outParams.scale, zeroPoint: outParams.zeroPoint, dtype: 'int8' as const, min: outParams.nudgedMin, max: outParams.nudgedMax };

  const weightScales: number[] = [];
  const qw = new Int8Array(outDepth * inDepth);
  const maxAbs = (from: number, to: number) => {
    let m = 0;
    for (let i = from; i < to; i++) m = Math.max(m, Math.abs(float.w[i]));
    return m;
  };
  const scaleFor = (m: number) => chooseParams({ min: -m, max: m }, { dtype: 'int8', symmetric: true, narrowRange: true }).scale;
  if (settings.granularity === 'per-tensor') weightScales.push(scaleFor(maxAbs(0, float.w.length)));
  else for (let o = 0; o < outDepth; o++) weightScales.push(scaleFor(maxAbs(o * inDepth, (o + 1) * inDepth)));
  for (let o = 0; o < outDepth; o++) {
    const s = weightScales[weightScales.length === 1 ? 0 : o];
    qw.set(quantize(float.w.subarray(o * inDepth, (o + 1) * inDepth), { scale: s, zeroPoint: 0, dtype: 'int8', narrowRange: true }), o * inDepth);
  }
  const qAllX = quantize(allX, { scale: input.scale, zeroPoint: input.zeroPoint, dtype: 'int8' }) as Int8Array;
  const qx = qAllX.slice(0, inDepth);
  const qb = quantizeBias(float.b, input.scale, weightScales);

  const spec: Omit<IntegerLayerSpec, 'requantization'> = {
    input: { scale: input.scale, zeroPoint: input.zeroPoint, dtype: 'int8' },
    weights: { scales: weightScales, zeroPoints: weightScales.map(() => 0), dtype: 'int8' },
    output: { scale: output.scale, zeroPoint: output.zeroPoint, dtype: 'int8' },
    activation,
  };
  const fcArgs = (x: ArrayLike<number>, n: number) => ({ input: x, inputShape: [n, inDepth], weights: qw, weightShape: [outDepth, inDepth], bias: qb });

  const results = {} as Record<Requantization, IntegerLayerResult>;
  const all = {} as Record<Requantization, IntegerLayerResult>;
  for (const scheme of REQUANTIZATIONS) {
    results[scheme] = fullyConnected(fcArgs(qx, 1), { ...spec, requantization: scheme });
    all[scheme] = fullyConnected(fcArgs(qAllX, rows), { ...spec, requantization: scheme });
  }
  const exactOf = (r: IntegerLayerResult) =>
    Array.from(r.accumulators, (acc, i) => requantizeExact(acc, r.multipliers[i % outDepth], output.zeroPoint, r.bounds));
  const exactAll = exactOf(all.tflite);
  const counts: SchemeCounts = {
    total: exactAll.length,
    differsFromOrt: { onnxruntime: 0, tflite: 0, 'tflite-single-rounding': 0 },
    differsFromExact: { onnxruntime: 0, tflite: 0, 'tflite-single-rounding': 0 },
    tfliteVsSingle: 0,
  };
  for (let i = 0; i < exactAll.length; i++) {
    const ort = all.onnxruntime.output[i];
    for (const scheme of REQUANTIZATIONS) {
      if (all[scheme].output[i] !== ort) counts.differsFromOrt[scheme]++;
      if (all[scheme].output[i] !== exactAll[i]) counts.differsFromExact[scheme]++;
    }
    if (all.tflite.output[i] !== all['tflite-single-rounding'].output[i]) counts.tfliteVsSingle++;
  }

  const { pre: floatPre, out: floatOut } = floatForward(float, float.x, activation);
  const floatCodes = Array.from(quantize(floatOut, { scale: output.scale, zeroPoint: output.zeroPoint, dtype: 'int8' }));
  for (const [i, v] of floatCodes.entries()) floatCodes[i] = Math.min(Math.max(v, results.tflite.bounds.lo), results.tflite.bounds.hi);
  return {
    float, activation, input, output, weightScales, qx, qw, qb, spec, floatPre, floatOut, floatCodes, results,
    exactCodes: exactOf(results.tflite), counts,
  };
}

/** The requantization of one unit, step by step, in one scheme. */
export function traceUnit(built: BuiltLayer, unit: number, scheme: Requantization): RequantizationTrace {
  const r = built.results[scheme];
  return traceRequantization(r.accumulators[unit], r.multipliers[unit], scheme, built.output.zeroPoint, r.bounds);
}

export type BuildOutcome = { ok: true; built: BuiltLayer } | { ok: false; problem: LayerProblem; field?: LayerField };

export function build(settings: LayerSettings, words: NumberWords = numberWordsEn): BuildOutcome {
  const parsed = parseLayer(settings, words);
  if (!parsed.ok) return parsed;
  try {
    return { ok: true, built: buildLayer(parsed.layer, settings) };
  } catch (e) {
    if (e instanceof QuantError) return { ok: false, problem: { code: 'quant', error: e } };
    throw e;
  }
}

/** A random layer of the same shape (or 4 × 3), as strings for the fields. */
export function randomLayerText(seed: number, inDepth = 4, outDepth = 3): Pick<LayerSettings, 'inputs' | 'weights' | 'bias'> {
  const rand = mulberry32(seed ^ 0x9e3779b9);
  const num = (scale: number) => String(Number(((rand() * 2 - 1) * scale).toFixed(2)));
  const list = (n: number, scale: number) => Array.from({ length: n }, () => num(scale)).join(', ');
  return {
    inputs: list(inDepth, 1.5),
    weights: Array.from({ length: outDepth }, () => list(inDepth, 1)).join('; '),
    bias: list(outDepth, 0.3),
  };
}
