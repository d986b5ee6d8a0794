// What one tensor's details mean, in numbers and in words: the integer type's
// codes, the real values they stand for, the step, and what to do with data
// going in or coming out. The arithmetic is the core's (dtypeRange and the
// affine map); this module only decides what to say about it.
import type { TensorDetails } from '../details.ts';
import type { Dtype } from '../../quant/types.ts';
import { dtypeRange, isDtype } from '../../quant/dtype.ts';
import { representableRange } from '../../quant/error-stats.ts';
import { QuantError } from '../../quant/errors.ts';

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
  headline: string;
  /** Feeding this tensor as an input. */
  input: string[];
  /** Reading this tensor as an output. */
  output: string[];
  /** Warnings and oddities. */
  notes: string[];
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

function channelOf(scale: number, zeroPoint: number, dtype: Dtype): { channel: Channel; problem: string | null } {
  try {
    const { min, max } = representableRange({ scale, zeroPoint, dtype });
    return { channel: { scale, zeroPoint, min, max }, problem: null };
  } catch (e) {
    if (e instanceof QuantError) return { channel: { scale, zeroPoint, min: null, max: null }, problem: e.message };
    throw e;
  }
}

export function explainTensor(details: TensorDetails): TensorExplanation {
  const notes: string[] = [];
  const [tupleScale, tupleZp] = details.quantization;
  const p = details.quantization_parameters;
  const scales = p?.scales ?? [];
  const zps = p?.zero_points ?? [];
  const base = { details, notes, input: [] as string[], output: [] as string[] };

  // Which parameters describe the tensor.
  let kind: TensorKind;
  let pairs: { scale: number; zeroPoint: number }[] = [];
  let scaleSource: TensorExplanation['scaleSource'] = null;
  if (scales.length > 1) {
    kind = 'per-axis';
    pairs = scales.map((scale, i) => ({ scale, zeroPoint: zps[i] ?? 0 }));
    if (tupleScale !== 0 || tupleZp !== 0) {
      notes.push(`The tuple says (${num(tupleScale, 10)}, ${tupleZp}) but there are ${scales.length} scales; TFLite fills the tuple only for per-tensor parameters, so this printout is unusual. The per-axis parameters are used.`);
    }
  } else if (tupleScale !== 0) {
    kind = 'per-tensor';
    pairs = [{ scale: tupleScale, zeroPoint: tupleZp }];
    scaleSource = 'tuple';
    if (scales.length === 1) {
      if (!sameScale(scales[0], tupleScale) || zps[0] !== tupleZp) {
        notes.push(`'quantization' says (${num(tupleScale, 10)}, ${tupleZp}) but 'quantization_parameters' says (${num(scales[0], 10)}, ${zps[0]}); the interpreter always reports the same pair in both, so the paste was edited or mixed up. The tuple is used.`);
      }
    }
  } else if (scales.length === 1) {
    kind = 'per-tensor';
    pairs = [{ scale: scales[0], zeroPoint: zps[0] ?? 0 }];
    scaleSource = 'parameters';
    notes.push("The tuple is (0.0, 0) but 'quantization_parameters' has one scale; the scale below is numpy's print of it, rounded to 8 decimal places.");
  } else {
    kind = FLOAT_TYPES.has(details.dtype) ? 'float' : 'plain';
    if (tupleZp !== 0) notes.push(`The tuple has scale 0 but zero point ${tupleZp}; a zero scale means "not quantized", so the zero point means nothing.`);
  }

  if (kind === 'float') return { ...base, ...floatTensor(details), kind, dtype: null, qmin: null, qmax: null, channels: [], axis: null, scaleSource };
  if (kind === 'plain') return { ...base, ...plainTensor(details), kind, dtype: null, qmin: null, qmax: null, channels: [], axis: null, scaleSource };

  if (FLOAT_TYPES.has(details.dtype)) {
    notes.push(`The type is ${details.dtype} but it has quantization parameters. TFLite keeps parameters on float tensors only in odd cases (a dequantized copy, or a converter bug); the values in it are floats, so nothing needs converting.`);
    return { ...base, ...floatTensor(details), kind: 'float', dtype: null, qmin: null, qmax: null, channels: [], axis: null, scaleSource };
  }
  if (!isDtype(details.dtype)) {
    notes.push(`${details.dtype} is quantized here, but this page computes ranges only for uint8, int8, int16 and int32.`);
    return {
      ...base, kind, dtype: null, qmin: null, qmax: null, axis: kind === 'per-axis' ? (p?.quantized_dimension ?? 0) : null, scaleSource,
      channels: pairs.map(({ scale, zeroPoint }) => ({ scale, zeroPoint, min: null, max: null })),
      headline: `${details.dtype}, quantized (${pairs.length === 1 ? 'one scale' : `${pairs.length} scales`})`,
    };
  }

  const dtype = details.dtype;
  const { qmin, qmax } = dtypeRange(dtype);
  const problems = new Set<string>();
  const channels = pairs.map(({ scale, zeroPoint }) => {
    const { channel, problem } = channelOf(scale, zeroPoint, dtype);
    if (problem) problems.add(problem);
    return channel;
  });
  for (const problem of problems) notes.push(`These parameters cannot be used as they are: ${problem}.`);

  if (kind === 'per-axis') {
    const axis = p?.quantized_dimension ?? 0;
    return { ...base, ...perAxis(details, dtype, channels, axis, notes), kind, dtype, qmin, qmax, channels, axis, scaleSource };
  }
  return { ...base, ...perTensor(dtype, channels[0], qmin, qmax), kind, dtype, qmin, qmax, channels, axis: null, scaleSource };
}

function floatTensor(d: TensorDetails): Pick<TensorExplanation, 'headline' | 'input' | 'output'> {
  return {
    headline: `${d.dtype}, not quantized`,
    input: [
      `Not quantized: scale 0 is the interpreter's way of saying "no parameters", so (0.0, 0) does not mean "multiply by zero". Feed ${d.dtype} values directly.`,
      'Which float range the model wants ([0, 1], [−1, 1], mean/std normalization…) is not in the printout: it is whatever the model was trained with. Check the model card or the metadata.',
      'A model whose weights were quantized (dynamic range quantization, post_training_quantize, Optimize.DEFAULT without a representative dataset) still has float inputs and outputs like this one: only the weights inside are 8-bit.',
    ],
    output: [`Read the ${d.dtype} values as they are; nothing to dequantize.`],
  };
}

function plainTensor(d: TensorDetails): Pick<TensorExplanation, 'headline' | 'input' | 'output'> {
  const what = d.dtype === 'bool' ? 'true/false values' : d.dtype === 'string' ? 'strings' : `${d.dtype} integers`;
  return {
    headline: `${d.dtype}, not quantized`,
    input: [`No scale: the ${what} are used as they are (token ids, indices, lengths, flags). Feed them without any conversion.`],
    output: [`Read the ${what} as they are.`],
  };
}

function rangeText(c: Channel): string {
  return c.min === null || c.max === null ? 'unknown' : `[${num(c.min)}, ${num(c.max)}]`;
}

function perTensor(
  dtype: Dtype, c: Channel, qmin: number, qmax: number,
): Pick<TensorExplanation, 'headline' | 'input' | 'output'> {
  const { scale: s, zeroPoint: z } = c;
  const input: string[] = [];
  const output: string[] = [];
  const headline = `${dtype}, scale ${num(s)}, zero point ${num(z)}: real values ${rangeText(c)} in steps of ${num(s)}`;

  if (c.min === null || c.max === null) {
    return { headline, input: ['These parameters cannot be used; see the note below.'], output: ['These parameters cannot be used; see the note below.'] };
  }

  // 8-bit pixels: a byte p goes in as p (uint8) or p − 128 (int8), with no arithmetic on floats.
  if (dtype === 'uint8' || dtype === 'int8') {
    const shift = dtype === 'uint8' ? 0 : -128;
    const lo = Math.fround(Math.fround(shift - z) * s);
    const hi = Math.fround(Math.fround(255 + shift - z) * s);
    const feed = dtype === 'uint8' ? 'Image bytes 0–255 can go in as they are' : 'Image bytes 0–255 go in after subtracting 128 (p − 128, or flip the top bit: p ^ 0x80)';
    const reads = `The model reads them as ${num(lo, 4)} to ${num(hi, 4)}`;
    let meaning: string;
    if (close(lo, 0, 0.01) && close(hi, 1, 0.01)) meaning = `${reads}, which is the same as dividing the pixels by 255 (inputs in [0, 1])`;
    else if (close(lo, -1, 0.01) && close(hi, 1, 0.01)) meaning = `${reads}, about (p − 127.5) / 127.5 (inputs in [−1, 1])`;
    else if (close(lo, 0, 0.5) && close(hi, 255, 1)) meaning = `${reads}: the pixel values themselves`;
    else meaning = `${reads}; if your model was trained on another normalization, quantize the normalized floats instead`;
    input.push(`${feed}. ${meaning}.`);
  }
  input.push(
    `From floats x: q = clamp(round(x / ${num(s)}) + ${num(z)}, ${num(qmin)}, ${num(qmax)}). Values beyond ${rangeText(c)} are clipped to the end codes; inside, each lands within half a step (${num(s / 2)}) of where it was.`,
  );
  if (dtype === 'int16') input.push('int16 with zero point 0 is the 16×8 mode: 16-bit activations, 8-bit weights, for signals (audio) that 256 levels would flatten.');
  if (dtype === 'int32') input.push('int32 with a scale is how TFLite stores biases (scale = input scale × weight scale, zero point 0); as a model input or output it is rare.');

  const zeroCode = z === qmin || z === qmax ? ` (so code ${num(z)} is exactly 0)` : `, code ${num(z)} means exactly 0`;
  output.push(`To read it: f = (q − ${num(z)}) × ${num(s)}. Code ${num(qmin)} means ${num(c.min)}, code ${num(qmax)} means ${num(c.max)}${zeroCode}.`);
  if (close(c.min, 0, 1e-9) && close(c.max, 1, 0.01) && c.max < 1) {
    output.push(`This looks like a probability (softmax or sigmoid): steps of ${num(s)}, and the top code means ${num(c.max)}, not 1, so a certain answer reads as ${num(c.max, 4)}.`);
  }
  if ((dtype === 'uint8' || dtype === 'int8') && z !== (dtype === 'uint8' ? 0 : -128) && z !== 0 && (z === qmin || z === qmax)) {
    output.push('The zero point sits at an end of the type, so all codes lie on one side of 0: the tensor was calibrated on values of one sign.');
  }
  return { headline, input, output };
}

function perAxis(
  d: TensorDetails, dtype: Dtype, channels: Channel[], axis: number, notes: string[],
): Pick<TensorExplanation, 'headline' | 'input' | 'output'> {
  const n = channels.length;
  const size = d.shape[axis];
  if (axis < 0 || axis >= d.shape.length) {
    const fits = d.shape.findIndex((size) => size === n);
    notes.push(
      `quantized_dimension is ${axis}, but the shape has ${d.shape.length} dimension${d.shape.length === 1 ? '' : 's'}. Converters sometimes copy a weight's axis onto its 1-D bias like this; a reader that checks the axis stops with "quantized_dimension must be in range".${fits >= 0 ? ` The ${n} scales match dimension ${fits}, which the code below uses.` : ''}`,
    );
  } else if (size !== n) {
    notes.push(`Dimension ${axis} has ${size} entries but there are ${n} scales; TFLite wants one scale per entry.`);
  }
  const symmetric = channels.every((c) => c.zeroPoint === 0);
  const mins = channels.map((c) => c.min).filter((v): v is number => v !== null);
  const maxs = channels.map((c) => c.max).filter((v): v is number => v !== null);
  const scalesSorted = channels.map((c) => c.scale).sort((a, b) => a - b);
  const headline = `${dtype}, per-axis along dimension ${axis}: ${n} scales from ${num(scalesSorted[0])} to ${num(scalesSorted[n - 1])}${symmetric ? ', all zero points 0' : ''}`;
  const widest = maxs.length ? Math.max(...maxs.map(Math.abs), ...mins.map(Math.abs)) : null;
  return {
    headline,
    input: [
      `Per-axis (per-channel) parameters: slice c along dimension ${axis} has its own scale s_c and zero point z_c. This is how TFLite stores convolution and fully connected weights: you never feed this tensor, the interpreter reads it from the file.`,
      `The deprecated 'quantization' tuple reads (0.0, 0) for such tensors because one pair cannot describe ${n} channels; only 'quantization_parameters' has them.`,
    ],
    output: [
      `To read weight w in channel c: w = (q − z_c) × s_c.${widest !== null ? ` The widest channel covers ±${num(widest)}.` : ''}${symmetric && dtype === 'int8' ? ' Zero points of 0 mean symmetric quantization; TFLite weights use codes −127 to 127 (narrow range).' : ''}`,
    ],
  };
}
