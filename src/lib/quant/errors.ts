/**
 * The one error type the quantization core throws.
 *
 * Widgets show `message` to readers as is, so every message names the bad
 * value and says what was expected; `code` lets code branch without parsing
 * text.
 */

export type QuantErrorCode =
  | 'scale-not-positive'
  | 'scale-not-finite'
  | 'zero-point-not-integer'
  | 'zero-point-out-of-range'
  | 'min-greater-than-max'
  | 'range-not-finite'
  | 'empty-range'
  | 'not-finite-value'
  | 'not-integer-value'
  | 'empty-input'
  | 'bad-input'
  | 'length-mismatch'
  | 'bad-shape'
  | 'bad-axis'
  | 'bad-dtype'
  | 'bad-rounding'
  | 'bad-bins'
  | 'std-dev-not-positive'
  | 'std-dev-not-finite'
  | 'mean-not-finite'
  | 'mean-out-of-range';

export class QuantError extends Error {
  readonly code: QuantErrorCode;

  constructor(code: QuantErrorCode, message: string) {
    super(message);
    this.name = 'QuantError';
    this.code = code;
  }
}

/** Formats a value for a message: keeps −0, quotes strings, names non-numbers. */
export function show(value: unknown): string {
  if (typeof value === 'number') return Object.is(value, -0) ? '-0' : String(value);
  if (typeof value === 'string') return JSON.stringify(value);
  if (value === undefined || value === null) return String(value);
  if (typeof value === 'bigint') return `${value}n`;
  return `a ${typeof value}`;
}
