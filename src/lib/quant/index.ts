/**
 * Zero Point's quantization core: pure functions on numbers and typed
 * arrays, shared by every widget, test and script. No DOM.
 *
 * Importing this entry also installs the fast engines for uint8/int8
 * tensors (table loops and WebAssembly SIMD, see README "Engines and
 * speed"). Browser code that only quantizes small tensors imports the
 * modules it needs (affine.ts, choose-params.ts, …) instead and skips them.
 */
import { installSimdEngine, installTableEngine } from './affine.ts';
import { simdQuantizer } from './simd.ts';
import { tableEngine } from './table-engine.ts';

installSimdEngine(simdQuantizer);
installTableEngine(tableEngine);

export type {
  CodeRange, DequantParams, Dtype, PerAxisDequantParams, PerAxisParams,
  QuantizedArray, QuantizedArrayOf, QuantParams, Rounding,
} from './types.ts';
export { QuantError } from './errors.ts';
export type { QuantErrorCode } from './errors.ts';
export { DTYPES, dtypeBits, dtypeRange, isDtype } from './dtype.ts';
export { DEFAULT_ROUNDING, ROUNDINGS, isRounding, roundWith } from './rounding.ts';
export { dequantize, dequantizeValue, quantize, quantizeValue, setSimdEnabled, simdActive } from './affine.ts';
export { dequantizePerAxis, quantizePerAxis } from './per-axis.ts';
export { chooseParams } from './choose-params.ts';
export type { ChooseOptions, ChosenParams } from './choose-params.ts';
export { fromMeanStd, toMeanStd, wrongMeanStdRange } from './mean-std.ts';
export type { MeanStd } from './mean-std.ts';
export {
  FORM_DTYPES, converterParams, coveredRange, linkForms, rangeToStats, statsToRange,
} from './converter-forms.ts';
export type { ConverterParams, FormDtype, FormInput, LinkedForms, RealRange } from './converter-forms.ts';
export { errorStats, representableRange } from './error-stats.ts';
export type { ErrorStats, ReconstructionError } from './error-stats.ts';
export { histogram } from './histogram.ts';
export type { Histogram, HistogramOptions } from './histogram.ts';
export { frexp, multiplierValue, quantizeMultiplier } from './multiplier.ts';
export type { FixedPointMultiplier } from './multiplier.ts';
export * from './integer/index.ts';
