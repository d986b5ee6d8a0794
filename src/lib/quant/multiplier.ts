/**
 * The fixed-point form of a real multiplier, as TFLite's integer kernels use
 * it: M ≈ M0 · 2^(shift − 31), with M0 a Q31 int32 in [2^30, 2^31) for
 * positive M (its magnitude for negative M) and `shift` the power of two
 * (positive = left shift). A quantized CONV_2D / FULLY_CONNECTED rescales its
 * int32 accumulator by M = s_in · s_w / s_out this way.
 *
 * Follows TFLite's QuantizeMultiplier (kernels/internal/quantization_util.cc):
 * frexp splits M into a fraction in [0.5, 1) and a power of two; the fraction
 * times 2^31 is rounded half away from zero; a fraction that rounds up to
 * exactly 2^31 is halved and the shift raised by one, so M0 always fits an
 * int32; and a shift below −31 (|M| < 2^−32, every bit shifted out) becomes
 * (0, 0), as in TFLite.
 */
import { QuantError, show } from './errors.ts';
import { roundWith } from './rounding.ts';

export interface FixedPointMultiplier {
  /** Q31 significand, an int32. 0 only for M = 0 or an underflowing M. */
  multiplier: number;
  /** Power of two: M ≈ multiplier · 2^(shift − 31). */
  shift: number;
}

const TWO_POW_31 = 2 ** 31;
const TWO_POW_64 = 2 ** 64;

/**
 * C's frexp for doubles: x = fraction · 2^exponent with 0.5 ≤ |fraction| < 1,
 * exactly (only powers of two are applied). frexp(0) = (0, 0); NaN and
 * ±Infinity are rejected.
 */
export function frexp(x: number): { fraction: number; exponent: number } {
  if (!Number.isFinite(x)) {
    throw new QuantError('not-finite-value', `cannot split ${show(x)} into fraction and exponent: it is not a finite number`);
  }
  if (x === 0) return { fraction: 0, exponent: 0 };
  let value = x;
  let bias = 0;
  // Subnormals have no implicit leading bit; scale them into the normal range first.
  if (Math.abs(value) < 2 ** -1022) {
    value *= TWO_POW_64;
    bias = -64;
  }
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, value);
  const biasedExponent = (view.getUint16(0) >> 4) & 0x7ff;
  // Rewrite the exponent field to 1022 so the value lands in [0.5, 1).
  view.setUint16(0, (view.getUint16(0) & 0x800f) | (1022 << 4));
  return { fraction: view.getFloat64(0), exponent: biasedExponent - 1022 + bias };
}

/** TFLite's QuantizeMultiplier: the (M0, shift) pair for a real multiplier. */
export function quantizeMultiplier(realMultiplier: number): FixedPointMultiplier {
  if (!Number.isFinite(realMultiplier)) {
    throw new QuantError('not-finite-value', `multiplier must be a finite number; got ${show(realMultiplier)}`);
  }
  if (realMultiplier === 0) return { multiplier: 0, shift: 0 };
  const { fraction, exponent } = frexp(realMultiplier);
  let shift = exponent;
  let significand = roundWith(fraction * TWO_POW_31, 'half-away-from-zero');
  // Only +2^31 overflows an int32 (TFLite halves just that case); −2^31 fits.
  if (significand === TWO_POW_31) {
    significand /= 2;
    shift += 1;
  }
  if (shift < -31) return { multiplier: 0, shift: 0 };
  return { multiplier: significand, shift };
}

/** The real value a fixed-point multiplier stands for: M0 · 2^(shift − 31). */
export function multiplierValue({ multiplier, shift }: FixedPointMultiplier): number {
  return multiplier * 2 ** (shift - 31);
}
