// What one tensor's details mean, in numbers and in words: the integer type's
// codes, the real values they stand for, the step, and what to do with data
// going in or coming out. The arithmetic is the core's (dtypeRange and the
// affine map); this module only decides what to say about it, as phrases
// (messages.ts) that the page words in its language.
import type { TensorDetails } from '../details.ts';
import type { Dtype } from '../../quant/types.ts';
import { dtypeRange, isDtype } from '../../quant/dtype.ts';
import { representableRange } from '../../quant/error-stats.ts';
import { QuantError } from '../../quant/errors.ts';
import { say, type ExplainPhrase } from './messages.ts';

export type TensorKind =
  /** float32/float16/float64 with (0.0, 0): not quantized. */
  | 'float'
  /** One scale and zero point. */
  | 'per-tensor'
  /** Several scales along quantized_dimension. */
  | 'per-axis'
  /** An integer or other type without quantization (token ids, shapes, booleans). */
  | 'plain';

export interface Channel {
  scale: number;
  zeroPoint: number;
  /** Real values of the lowest and highest code, or null when the parameters are unusable. */
  min: number | null;
  max: number | null;
}

export interface TensorExplanation {
  details: TensorDetails;
  kind: TensorKind;
  /** Core integer type (uint8, int8, int16, int32) when quantized with one of them. */
  dtype: Dtype | null;
  qmin: number | null;
  qmax: number | null;
  /** Per-tensor: one channel. Per-axis: one per index along `axis`. Empty when not quantized. */
  channels: Channel[];
  axis: number | null;
  /** Where the per-tensor scale came from: the tuple keeps every digit, numpy's array print keeps 8. */
  scaleSource: 'tuple' | 'parameters' | null;
  /** A short line for the table. */
  headline: ExplainPhrase;
  /** Feeding this tensor as an input. */
  input: ExplainPhrase[];
  /** Reading this tensor as an output. */
  output: ExplainPhrase[];
  /** Warnings and oddities. */
  notes: ExplainPhrase[];
}

const FLOAT_TYPES = new Set(['float32', 'float16', 'float64', 'bfloat16']);

/**
 * numpy prints float32 arrays with 8 decimal places (positional) or 8 after
 * the mantissa's point (scientific): a scale from the array can be off by
 * half a unit in the 8th decimal, plus float32 rounding.
 */
function sameScale(printed: number, exact: number): boolean {
  return Math.abs(printed - exact) <= 5.01e-9 + 1e-7 * Math.abs(exact);
}

function close(a: number, b: number, tolerance: number): boolean {
  return Math.abs(a - b) <= tolerance;
}

/** Plain decimal text for prose: 6 significant digits, − for minus. */
export function num(x: number, digits = 6): string {
  if (x === 0) return '0';
  const ax = Math.abs(x);
  const text = ax < 1e-4 || ax >= 1e7 ? x.toExponential(digits - 1).replace(/\.?0+e/, 'e') : String(Number(x.toPrecision(digits)));
  return text.replace(/-/g, '\u2212');
}

function channelOf(scale: number, zeroPoint: number, dtype: Dtype): { channel: Channel; problem: QuantError | null } {
  try {
    const { min, max } = representableRange({ scale, zeroPoint, dtype });
    return { channel: { scale, zeroPoint, min, max }, problem: null };
  } catch (e) {
    if (e instanceof QuantError) return { channel: { scale, zeroPoint, min: null, max: null }, problem: e };
    throw e;
  }
}

export function explainTensor(details: TensorDetails): TensorExplanation {
  const notes: ExplainPhrase[] = [];
  const [tupleScale, tupleZp] = details.quantization;
  const p = details.quantization_parameters;
  const scales = p?.scales ?? [];
  const zps = p?.zero_points ?? [];
  const base = { details, notes, input: [] as ExplainPhrase[], output: [] as ExplainPhrase[] };

  // Which parameters describe the tensor.
  let kind: TensorKind;
  let pairs: { scale: number; zeroPoint: number }[] = [];
  let scaleSource: TensorExplanation['scaleSource'] = null;
  if (scales.length > 1) {
    kind = 'per-axis';
    pairs = scales.map((scale, i) => ({ scale, zeroPoint: zps[i] ?? 0 }));
    if (tupleScale !== 0 || tupleZp !== 0) {
      notes.push(say('noteTupleWithAxes', { scale: num(tupleScale, 10), zeroPoint: tupleZp, count: scales.length }));
    }
  } else if (tupleScale !== 0) {
    kind = 'per-tensor';
    pairs = [{ scale: tupleScale, zeroPoint: tupleZp }];
    scaleSource = 'tuple';
    if (scales.length === 1) {
      if (!sameScale(scales[0], tupleScale) || zps[0] !== tupleZp) {
        notes.push(
          say('noteTupleDisagrees', { tupleScale: num(tupleScale, 10), tupleZeroPoint: tupleZp, scale: num(scales[0], 10), zeroPoint: String(zps[0]) }),
        );
      }
    }
  } else if (scales.length === 1) {
    kind = 'per-tensor';
    pairs = [{ scale: scales[0], zeroPoint: zps[0] ?? 0 }];
    scaleSource = 'parameters';
    notes.push(say('noteScaleFromArray'));
  } else {
    kind = FLOAT_TYPES.has(details.dtype) ? 'float' : 'plain';
    if (tupleZp !== 0) notes.push(say('noteZeroScale', { zeroPoint: tupleZp }));
  }

  if (kind === 'float') return { ...base, ...floatTensor(details), kind, dtype: null, qmin: null, qmax: null, channels: [], axis: null, scaleSource };
  if (kind === 'plain') return { ...base, ...plainTensor(details), kind, dtype: null, qmin: null, qmax: null, channels: [], axis: null, scaleSource };

  if (FLOAT_TYPES.has(details.dtype)) {
    notes.push(say('noteFloatWithParameters', { dtype: details.dtype }));
    return { ...base, ...floatTensor(details), kind: 'float', dtype: null, qmin: null, qmax: null, channels: [], axis: null, scaleSource };
  }
  if (!isDtype(details.dtype)) {
    notes.push(say('noteNoRanges', { dtype: details.dtype }));
    return {
      ...base, kind, dtype: null, qmin: null, qmax: null, axis: kind === 'per-axis' ? (p?.quantized_dimension ?? 0) : null, scaleSource,
      channels: pairs.map(({ scale, zeroPoint }) => ({ scale, zeroPoint, min: null, max: null })),
      headline: pairs.length === 1 ? say('headlineQuantizedOne', { dtype: details.dtype }) : say('headlineQuantizedMany', { dtype: details.dtype, count: pairs.length }),
    };
  }

  const dtype = details.dtype;
  const { qmin, qmax } = dtypeRange(dtype);
  // One note per distinct problem: sixteen channels with the same bad scale say it once.
  const problems = new Map<string, QuantError>();
  const channels = pairs.map(({ scale, zeroPoint }) => {
    const { channel, problem } = channelOf(scale, zeroPoint, dtype);
    if (problem && !problems.has(problem.message)) problems.set(problem.message, problem);
    return channel;
  });
  for (const quantError of problems.values()) notes.push(say('noteUnusable', { problem: { quantError } }));

  if (kind === 'per-axis') {
    const axis = p?.quantized_dimension ?? 0;
    return { ...base, ...perAxis(details, dtype, channels, axis, notes), kind, dtype, qmin, qmax, channels, axis, scaleSource };
  }
  return { ...base, ...perTensor(dtype, channels[0], qmin, qmax), kind, dtype, qmin, qmax, channels, axis: null, scaleSource };
}

function floatTensor(d: TensorDetails): Pick<TensorExplanation, 'headline' | 'input' | 'output'> {
  return {
    headline: say('headlineNotQuantized', { dtype: d.dtype }),
    input: [say('floatIn', { dtype: d.dtype }), say('floatInRange'), say('floatInWeightsOnly')],
    output: [say('floatOut', { dtype: d.dtype })],
  };
}

function plainTensor(d: TensorDetails): Pick<TensorExplanation, 'headline' | 'input' | 'output'> {
  const what = d.dtype === 'bool' ? say('plainBool') : d.dtype === 'string' ? say('plainStrings') : say('plainIntegers', { dtype: d.dtype });
  return {
    headline: say('headlineNotQuantized', { dtype: d.dtype }),
    input: [say('plainIn', { what })],
    output: [say('plainOut', { what })],
  };
}

function rangeText(c: Channel): ExplainPhrase {
  return c.min === null || c.max === null ? say('rangeUnknown') : say('range', { min: num(c.min), max: num(c.max) });
}

function perTensor(
  dtype: Dtype, c: Channel, qmin: number, qmax: number,
): Pick<TensorExplanation, 'headline' | 'input' | 'output'> {
  const { scale: s, zeroPoint: z } = c;
  const input: ExplainPhrase[] = [];
  const output: ExplainPhrase[] = [];
  const headline = say('headlinePerTensor', { dtype, scale: num(s), zeroPoint: num(z), range: rangeText(c), step: num(s) });

  if (c.min === null || c.max === null) return { headline, input: [say('unusable')], output: [say('unusable')] };

  // 8-bit pixels: a byte p goes in as p (uint8) or p − 128 (int8), with no arithmetic on floats.
  if (dtype === 'uint8' || dtype === 'int8') {
    const shift = dtype === 'uint8' ? 0 : -128;
    const lo = Math.fround(Math.fround(shift - z) * s);
    const hi = Math.fround(Math.fround(255 + shift - z) * s);
    const feed = say(dtype === 'uint8' ? 'feedUint8' : 'feedInt8');
    const reads = { low: num(lo, 4), high: num(hi, 4) };
    let meaning: ExplainPhrase;
    if (close(lo, 0, 0.01) && close(hi, 1, 0.01)) meaning = say('readsUnit', reads);
    else if (close(lo, -1, 0.01) && close(hi, 1, 0.01)) meaning = say('readsSigned', reads);
    else if (close(lo, 0, 0.5) && close(hi, 255, 1)) meaning = say('readsPixels', reads);
    else meaning = say('readsOther', reads);
    input.push(say('pixels', { feed, meaning }));
  }
  input.push(say('fromFloats', { scale: num(s), zeroPoint: num(z), qmin: num(qmin), qmax: num(qmax), range: rangeText(c), half: num(s / 2) }));
  if (dtype === 'int16') input.push(say('int16Mode'));
  if (dtype === 'int32') input.push(say('int32Bias'));

  const zeroCode = say(z === qmin || z === qmax ? 'zeroCodeAtEnd' : 'zeroCodeInside', { zeroPoint: num(z) });
  output.push(say('toRead', { zeroPoint: num(z), scale: num(s), qmin: num(qmin), min: num(c.min), qmax: num(qmax), max: num(c.max), zeroCode }));
  if (close(c.min, 0, 1e-9) && close(c.max, 1, 0.01) && c.max < 1) {
    output.push(say('probability', { scale: num(s), max: num(c.max), maxShort: num(c.max, 4) }));
  }
  if ((dtype === 'uint8' || dtype === 'int8') && z !== (dtype === 'uint8' ? 0 : -128) && z !== 0 && (z === qmin || z === qmax)) {
    output.push(say('oneSided'));
  }
  return { headline, input, output };
}

function perAxis(
  d: TensorDetails, dtype: Dtype, channels: Channel[], axis: number, notes: ExplainPhrase[],
): Pick<TensorExplanation, 'headline' | 'input' | 'output'> {
  const n = channels.length;
  const size = d.shape[axis];
  if (axis < 0 || axis >= d.shape.length) {
    const fits = d.shape.findIndex((size) => size === n);
    const rank = d.shape.length;
    notes.push(
      say('noteAxisOutside', {
        axis,
        rank: say(rank === 1 ? 'dimensionsOne' : 'dimensionsOther', { count: rank }),
        fits: fits >= 0 ? say('axisFits', { count: n, dimension: fits }) : '',
      }),
    );
  } else if (size !== n) {
    notes.push(say('noteAxisSize', { axis, size, count: n }));
  }
  const symmetric = channels.every((c) => c.zeroPoint === 0);
  const mins = channels.map((c) => c.min).filter((v): v is number => v !== null);
  const maxs = channels.map((c) => c.max).filter((v): v is number => v !== null);
  const scalesSorted = channels.map((c) => c.scale).sort((a, b) => a - b);
  const headline = say(symmetric ? 'headlinePerAxisSymmetric' : 'headlinePerAxis', {
    dtype, axis, count: n, low: num(scalesSorted[0]), high: num(scalesSorted[n - 1]),
  });
  const widest = maxs.length ? Math.max(...maxs.map(Math.abs), ...mins.map(Math.abs)) : null;
  return {
    headline,
    input: [say('perAxisIn', { axis }), say('perAxisTuple', { count: n })],
    output: [
      say('perAxisOut', {
        widest: widest !== null ? say('widest', { value: num(widest) }) : '',
        narrow: symmetric && dtype === 'int8' ? say('narrowRange') : '',
      }),
    ],
  };
}
