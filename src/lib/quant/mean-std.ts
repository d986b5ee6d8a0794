import type { Dtype } from './types.ts';
import { QuantError, show } from './errors.ts';
import { checkDtype, dtypeRange } from './dtype.ts';
import { roundWith } from './rounding.ts';
import { checkScale, checkZeroPoint } from './validate.ts';

/** The converter's `quantized_input_stats` pair: real = (q − mean) / stdDev. */
export interface MeanStd {
  mean: number;
  stdDev: number;
}

function checkMeanStd(stats: MeanStd): void {
  if (stats === null || typeof stats !== 'object') {
    throw new QuantError('bad-input', `stats must be an object { mean, stdDev }; got ${show(stats)}`);
  }
  const { mean, stdDev } = stats;
  if (typeof mean !== 'number' || !Number.isFinite(mean)) {
    throw new QuantError('mean-not-finite', `mean must be a finite number; got ${show(mean)}`);
  }
  if (typeof stdDev !== 'number' || !Number.isFinite(stdDev)) {
    throw new QuantError('std-dev-not-finite', `stdDev must be a positive finite number; got ${show(stdDev)}`);
  }
  if (!(stdDev > 0)) {
    throw new QuantError('std-dev-not-positive', `stdDev must be a positive finite number; got ${show(stdDev)}`);
  }
}

/**
 * From the converter's (mean, std_dev) to the interpreter's (scale, zero_point),
 * plus the float range the codes cover:
 *
 *   scale = 1 / stdDev
 *   zeroPoint = mean, rounded half away from zero (127.5 → 128) as the
 *               converter's zero-point nudging rounds
 *   min = (qmin − mean) / stdDev      (for uint8: −mean / stdDev)
 *   max = (qmax − mean) / stdDev
 *
 * min and max use the full range of the dtype and the mean as given.
 * `scale` is float32, as stored in the model.
 */
export function fromMeanStd(stats: MeanStd, dtype: Dtype): { scale: number; zeroPoint: number; min: number; max: number } {
  checkMeanStd(stats);
  const type = checkDtype(dtype);
  const { mean, stdDev } = stats;
  const { qmin, qmax } = dtypeRange(type);
  const zeroPoint = roundWith(mean, 'half-away-from-zero');
  if (zeroPoint < qmin || zeroPoint > qmax) {
    throw new QuantError(
      'mean-out-of-range',
      `mean ${show(mean)} rounds to zero point ${zeroPoint}, outside the ${type} range [${qmin}, ${qmax}]`,
    );
  }
  const scale = checkScale(1 / stdDev, 'scale (1 / stdDev)');
  return { scale, zeroPoint, min: (qmin - mean) / stdDev, max: (qmax - mean) / stdDev };
}

/** From (scale, zero_point) back to (mean, std_dev): mean = zeroPoint, stdDev = 1 / scale. */
export function toMeanStd(params: { scale: number; zeroPoint: number }): MeanStd {
  if (params === null || typeof params !== 'object') {
    throw new QuantError('bad-input', `params must be an object { scale, zeroPoint }; got ${show(params)}`);
  }
  checkScale(params.scale);
  checkZeroPoint(params.zeroPoint, undefined);
  return { mean: params.zeroPoint + 0, stdDev: 1 / params.scale };
}

/**
 * The WRONG range a widely copied answer gives for (mean, std_dev): it
 * multiplies by std_dev where it should divide,
 *
 *   min = (qmin − mean) · stdDev      (for uint8: −mean · stdDev)
 *   max = (qmax − mean) · stdDev
 *
 * Exported only so lessons can show what it produces next to `fromMeanStd`.
 * With (mean 0, std_dev 255) it claims [0, 65025] instead of [0, 1].
 */
export function wrongMeanStdRange(stats: MeanStd, dtype: Dtype): { min: number; max: number } {
  checkMeanStd(stats);
  const { qmin, qmax } = dtypeRange(checkDtype(dtype));
  return { min: (qmin - stats.mean) * stats.stdDev, max: (qmax - stats.mean) * stats.stdDev };
}
