/**
 * The three ways one quantization grid gets written down, linked the way
 * TensorFlow's converter links them:
 *
 * - (mean, std_dev): what the converter takes as `quantized_input_stats`;
 *   real = (q − mean) / std_dev.
 * - (scale, zero_point): what the interpreter reports; real = (q − zp) · scale.
 * - (min, max): the real range, the form people think in.
 *
 * The converter never goes straight from (mean, std_dev) to (scale,
 * zero_point). It first turns the statistics into a range,
 *
 *   min = (qmin − mean) / std_dev,  max = (qmax − mean) / std_dev
 *
 * (`InputStatsToMinMax` in the MLIR converter, the same expression in TF1's
 * toco), and then chooses parameters for that range with TFLite's
 * `ChooseQuantizationParams` (tensorflow/lite/kernels/internal/
 * quantization_util.h), in double precision:
 *
 *   scale = (max − min) / (qmax − qmin)
 *   zero point = qmin − min / scale  (or qmax − max / scale, whichever sums
 *                smaller terms), clamped to [qmin, qmax], else rounded with
 *                C's round(): halves away from zero, so 127.5 → 128
 *
 * The scale is then stored in the model as a float32. This module does the
 * same steps, so (0, 255) gives 0.003921568859368563 and the range
 * (−100, 100) gives (0.7843137383460999, 128), as the converter printed.
 *
 * Unlike `chooseParams` (TF FakeQuant, which widens the range to include
 * 0), this path does not widen: a range that excludes 0 gets its zero point
 * clamped to an end code. 0.0 then sits at that end of the grid, and the grid
 * slides away from the range asked for: the same width, starting (or ending)
 * at 0. Callers show that as a warning; `clamped` says when it happened.
 */
import { QuantError, show } from './errors.ts';
import { checkDtype, dtypeRange } from './dtype.ts';
import { roundWith } from './rounding.ts';
import { checkScale, checkZeroPoint } from './validate.ts';
import type { MeanStd } from './mean-std.ts';

/** Integer types the converter's three forms are shown for. */
export type FormDtype = 'uint8' | 'int8' | 'int16';
export const FORM_DTYPES: readonly FormDtype[] = ['uint8', 'int8', 'int16'];

export interface RealRange {
  min: number;
  max: number;
}

export interface ConverterParams {
  /** float32, as stored in the model and printed by the interpreter. */
  scale: number;
  /** The double the converter computed before storing it. */
  scaleDouble: number;
  zeroPoint: number;
  /** The real-valued zero point before rounding or clamping. */
  idealZeroPoint: number;
  /** True when the ideal zero point fell outside [qmin, qmax] and was clamped: the grid slid to keep 0.0 at one end. */
  clamped: boolean;
}

function checkFormDtype(dtype: unknown): FormDtype {
  const type = checkDtype(dtype);
  if (type === 'int32') throw new QuantError('bad-dtype', 'dtype must be uint8, int8 or int16 here; int32 is only used for biases');
  return type;
}

function checkFinite(value: unknown, name: string, code: 'range-not-finite' | 'mean-not-finite'): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new QuantError(code, `${name} must be a finite number; got ${show(value)}`);
  }
  return value;
}

function checkStats(stats: MeanStd): MeanStd {
  if (stats === null || typeof stats !== 'object') {
    throw new QuantError('bad-input', `stats must be an object { mean, stdDev }; got ${show(stats)}`);
  }
  const mean = checkFinite(stats.mean, 'mean', 'mean-not-finite');
  const { stdDev } = stats;
  if (typeof stdDev !== 'number' || !Number.isFinite(stdDev)) {
    throw new QuantError('std-dev-not-finite', `std_dev must be a positive finite number; got ${show(stdDev)}`);
  }
  if (!(stdDev > 0)) {
    throw new QuantError(
      'std-dev-not-positive',
      `std_dev must be positive; got ${show(stdDev)}. It is 1 / scale, the number of codes per unit of the real value`,
    );
  }
  return { mean, stdDev };
}

function checkRange(range: RealRange): RealRange {
  if (range === null || typeof range !== 'object') {
    throw new QuantError('bad-input', `range must be an object { min, max }; got ${show(range)}`);
  }
  const min = checkFinite(range.min, 'min', 'range-not-finite');
  const max = checkFinite(range.max, 'max', 'range-not-finite');
  if (min > max) throw new QuantError('min-greater-than-max', `min (${show(min)}) is greater than max (${show(max)}); swap them`);
  if (min === max) throw new QuantError('empty-range', `min and max are both ${show(min)}: a range of zero width has no step size`);
  return { min, max };
}

/** (mean, std_dev) → the range the converter derives: ((qmin − mean) / std_dev, (qmax − mean) / std_dev). */
export function statsToRange(stats: MeanStd, dtype: FormDtype): RealRange {
  const { mean, stdDev } = checkStats(stats);
  const { qmin, qmax } = dtypeRange(checkFormDtype(dtype));
  const range = { min: (qmin - mean) / stdDev, max: (qmax - mean) / stdDev };
  if (!Number.isFinite(range.min) || !Number.isFinite(range.max) || range.min === range.max) {
    throw new QuantError('std-dev-not-positive', `std_dev ${show(stdDev)} is too extreme: the range it gives cannot be computed`);
  }
  return range;
}

/** (min, max) → the (mean, std_dev) that makes the converter derive exactly that range. */
export function rangeToStats(range: RealRange, dtype: FormDtype): MeanStd {
  const { min, max } = checkRange(range);
  const { qmin, qmax } = dtypeRange(checkFormDtype(dtype));
  const stdDev = (qmax - qmin) / (max - min);
  if (!(stdDev > 0) || !Number.isFinite(stdDev)) {
    throw new QuantError('range-not-finite', `the range [${show(min)}, ${show(max)}] is too wide or too narrow for a finite std_dev`);
  }
  return { mean: qmin - min * stdDev, stdDev };
}

/**
 * TFLite's ChooseQuantizationParams on a range, in double, then the scale as
 * the float32 the model stores. See the module comment.
 */
export function converterParams(range: RealRange, dtype: FormDtype): ConverterParams {
  const { min, max } = checkRange(range);
  const { qmin, qmax } = dtypeRange(checkFormDtype(dtype));
  const scaleDouble = (max - min) / (qmax - qmin);
  const scale = checkScale(scaleDouble, 'scale ((max − min) / (qmax − qmin))');
  const fromMin = qmin - min / scaleDouble;
  const fromMax = qmax - max / scaleDouble;
  const errorFromMin = Math.abs(qmin) + Math.abs(min / scaleDouble);
  const errorFromMax = Math.abs(qmax) + Math.abs(max / scaleDouble);
  const ideal = errorFromMin < errorFromMax ? fromMin : fromMax;
  let zeroPoint: number;
  let clamped = false;
  if (ideal < qmin) {
    zeroPoint = qmin;
    clamped = true;
  } else if (ideal > qmax) {
    zeroPoint = qmax;
    clamped = true;
  } else {
    zeroPoint = roundWith(ideal, 'half-away-from-zero');
  }
  return { scale, scaleDouble, zeroPoint, idealZeroPoint: ideal, clamped };
}

/** The real values of codes qmin and qmax: the range the stored grid covers. */
export function coveredRange(params: { scale: number; zeroPoint: number }, dtype: FormDtype): RealRange {
  const type = checkFormDtype(dtype);
  const scale = checkScale(params?.scale);
  const zeroPoint = checkZeroPoint(params.zeroPoint, type);
  const { qmin, qmax } = dtypeRange(type);
  return { min: (qmin - zeroPoint) * scale, max: (qmax - zeroPoint) * scale };
}

/** Which form the reader typed; the other two follow from it. */
export type FormInput =
  | { from: 'stats'; mean: number; stdDev: number }
  | { from: 'params'; scale: number; zeroPoint: number }
  | { from: 'range'; min: number; max: number };

export interface LinkedForms {
  dtype: FormDtype;
  qmin: number;
  qmax: number;
  from: FormInput['from'];
  /** (mean, std_dev): as typed, or the pair that gives the other forms. */
  stats: MeanStd;
  /** (min, max): as typed, the converter's range for the stats, or the covered range for typed parameters. */
  range: RealRange;
  /** (scale, zero_point) as the interpreter would report them (scale float32). */
  params: { scale: number; zeroPoint: number };
  /** Zero point before rounding (equal to the zero point for typed parameters). */
  idealZeroPoint: number;
  /** The ideal zero point was outside the type and was clamped: the grid slid to keep 0.0 at one end. */
  clamped: boolean;
  /** Real values of qmin and qmax with these parameters. */
  covered: RealRange;
}

/**
 * Any one form → all three. Throws QuantError when the typed form cannot be
 * used (NaN, infinities, std_dev or scale ≤ 0, min ≥ max, a zero point that
 * is not an integer of the type, a scale float32 cannot hold).
 */
export function linkForms(input: FormInput, dtype: FormDtype): LinkedForms {
  const type = checkFormDtype(dtype);
  const { qmin, qmax } = dtypeRange(type);
  if (input === null || typeof input !== 'object') {
    throw new QuantError('bad-input', `input must be one of the three forms; got ${show(input)}`);
  }
  let stats: MeanStd;
  let range: RealRange;
  let chosen: ConverterParams;
  switch (input.from) {
    case 'stats':
      stats = checkStats(input);
      range = statsToRange(stats, type);
      chosen = converterParams(range, type);
      break;
    case 'range':
      range = checkRange(input);
      stats = rangeToStats(range, type);
      chosen = converterParams(range, type);
      break;
    case 'params': {
      const scale = checkScale(input.scale);
      const zeroPoint = checkZeroPoint(input.zeroPoint, type, 'zero point');
      const params = { scale, zeroPoint };
      return {
        dtype: type, qmin, qmax, from: 'params',
        stats: { mean: zeroPoint, stdDev: 1 / scale },
        range: coveredRange(params, type),
        params,
        idealZeroPoint: zeroPoint,
        clamped: false,
        covered: coveredRange(params, type),
      };
    }
    default:
      throw new QuantError('bad-input', `input.from must be "stats", "params" or "range"; got ${show((input as { from: unknown }).from)}`);
  }
  const params = { scale: chosen.scale, zeroPoint: chosen.zeroPoint };
  return {
    dtype: type, qmin, qmax, from: input.from, stats, range, params,
    idealZeroPoint: chosen.idealZeroPoint,
    clamped: chosen.clamped,
    covered: coveredRange(params, type),
  };
}
