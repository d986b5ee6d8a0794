/**
 * Shared types of the quantization core.
 *
 * Every function in `src/lib/quant/` works on plain numbers and typed arrays;
 * nothing here touches the DOM, so the same code runs in a widget, a worker,
 * a test and a plain Node script.
 */

/** Integer storage types a quantized tensor can have. */
export type Dtype = 'uint8' | 'int8' | 'int16' | 'int32';

/**
 * How a quotient that lies exactly halfway between two integers is rounded.
 *
 * - `'half-away-from-zero'`: TFLite's reference kernels and its converter
 *   (C++ `std::round`): 2.5 → 3, −2.5 → −3.
 * - `'half-to-even'`: ONNX `QuantizeLinear`, PyTorch, XNNPACK (TFLite's
 *   default CPU delegate): 2.5 → 2, 3.5 → 4, −2.5 → −2.
 * - `'half-up'`: TF FakeQuant's `floor(x + 0.5)`: 2.5 → 3, −2.5 → −2.
 *
 * JavaScript's `Math.round` rounds ties toward +∞ (2.5 → 3, −2.5 → −2), which
 * is `'half-up'`, not TFLite's default nor ONNX's; it also returns −0 for
 * inputs in [−0.5, −0). The core never calls it: every mode is spelled out.
 */
export type Rounding = 'half-away-from-zero' | 'half-to-even' | 'half-up';

/** Per-tensor affine quantization parameters: `q = clamp(round(f / scale) + zeroPoint)`. */
export interface QuantParams {
  /** Real-valued step between adjacent integer codes; used as float32. */
  scale: number;
  /** Integer code that represents real 0.0 exactly; must fit the dtype. */
  zeroPoint: number;
  dtype: Dtype;
  /** Drop the most negative code (int8 → [-127, 127]); see `dtypeRange`. */
  narrowRange?: boolean;
  /** Tie rule; defaults to `'half-away-from-zero'` (TFLite). */
  rounding?: Rounding;
}

/** What `dequantize` needs; `dtype` is optional and only used to check the zero point. */
export interface DequantParams {
  scale: number;
  zeroPoint: number;
  dtype?: Dtype;
}

/** Per-axis (per-channel) parameters: one scale and zero point per index along `axis`. */
export interface PerAxisParams {
  scales: ArrayLike<number>;
  zeroPoints: ArrayLike<number>;
  /** Quantized dimension; negative values count from the end, as in ONNX. */
  axis: number;
  /** Tensor shape; its product must equal the number of values. */
  shape: ArrayLike<number>;
  dtype: Dtype;
  narrowRange?: boolean;
  rounding?: Rounding;
}

export interface PerAxisDequantParams {
  scales: ArrayLike<number>;
  zeroPoints: ArrayLike<number>;
  axis: number;
  shape: ArrayLike<number>;
  dtype?: Dtype;
}

/** The typed array `quantize` returns for each dtype. */
export interface QuantizedArrayOf {
  uint8: Uint8Array;
  int8: Int8Array;
  int16: Int16Array;
  int32: Int32Array;
}

export type QuantizedArray = Uint8Array | Int8Array | Int16Array | Int32Array;

/** Closed integer interval of codes a dtype (optionally narrowed) can hold. */
export interface CodeRange {
  qmin: number;
  qmax: number;
}
