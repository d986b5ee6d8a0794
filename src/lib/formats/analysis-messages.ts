/**
 * The analysis's sentences (flavour evidence and warnings) by id, with the
 * values each needs. analysis.ts records the id and values beside the English
 * text (`FlavourVerdict.facts`, `ModelWarning.detail`), so another language
 * words the same facts from its own table (analysis-messages.zh.ts), typed so
 * that a missing id does not compile.
 */

/** A tensor named in a sentence: its name ('' when unnamed) and position in summary.tensors. */
export interface TensorRef {
  name: string;
  position: number;
}

/** The weights of a hybrid operator: a stored dtype, or MatMulNBits' blockwise bits. */
export type WeightKind = { dtype: string } | { blockBits: number | string };

export interface EvidenceArgs {
  'activations-only': { count: number; types: readonly string[]; qdq: boolean };
  'no-quantization-in-file': Record<string, never>;
  'float16-constants': { count: number };
  'unused-quantization': { count: number };
  'integer-ops': { count: number; total: number; ops: readonly string[]; activations: readonly string[]; weights: readonly string[] };
  'per-channel-ops': { count: number };
  'float-ops-too': { count: number; ops: readonly string[] };
  'mixed-activation-types': Record<string, never>;
  '16x8': Record<string, never>;
  '16-bit-other-weights': { weights: readonly string[] };
  'io-types': { types: readonly string[]; floatEdges: boolean };
  'hybrid-ops': { count: number; total: number; ops: readonly string[]; weights: readonly WeightKind[] };
  'runtime-activations': Record<string, never>;
  'float-activations': Record<string, never>;
  'other-float-weights': { count: number };
  'float16-ops': { count: number; total: number; ops: readonly string[]; viaDequantize: boolean };
  'no-integer-quantization': Record<string, never>;
  'all-float': { count: number; ops: readonly string[] };
  'no-quantization': Record<string, never>;
}
export type EvidenceId = keyof EvidenceArgs;
export type Evidence = { [K in EvidenceId]: { id: K; args: EvidenceArgs[K] } }[EvidenceId];

export interface WarningArgs {
  'same-range-everywhere': { count: number; scale: number; zeroPoint: number; min: string; max: string };
  'quantized-dimension-out-of-range': { tensor: TensorRef; scales: number; format: string; axis: number; rank: number; shape: string };
  'per-axis-count-mismatch': { tensor: TensorRef; scales: number; axis: number; size: number };
  'per-channel-scale-spread': { tensor: TensorRef; scales: number; ratio: string; orders: string; zeros: number };
  'non-positive-scale': { tensor: TensorRef; count: number; example: string };
  'zero-point-at-top': { tensor: TensorRef; zeroPoint: number; dtype: string };
  'zero-point-at-floor': { tensors: readonly { tensor: TensorRef; top: string }[]; count: number };
  'external-data': { count: number; files: readonly string[] };
  'extension-mismatch': { ext: string; format: 'tflite' | 'onnx' };
}
export type WarningId = keyof WarningArgs;
export type WarningDetail = { [K in WarningId]: { id: K; args: WarningArgs[K] } }[WarningId];

export interface AnalysisWords {
  tensor(t: TensorRef): string;
  evidence: { [K in EvidenceId]: (a: EvidenceArgs[K]) => string };
  warnings: { [K in WarningId]: (a: WarningArgs[K], tensor: (t: TensorRef) => string) => string };
}

const list = (xs: readonly string[]) => xs.join(', ');
const slash = (xs: readonly string[]) => xs.join('/');

export const analysisEn: AnalysisWords = {
  tensor: (t) => (t.name ? `'${t.name}' (tensor ${t.position})` : `tensor ${t.position} (unnamed)`),
  evidence: {
    'activations-only': (a) =>
      `No convolution or matmul; ${a.count} activation tensors are quantized (${slash(a.types)})${a.qdq ? ' in QuantizeLinear/DequantizeLinear pairs' : ''}.`,
    'no-quantization-in-file': () => 'No tensor in the file carries quantization parameters.',
    'float16-constants': (a) => `${a.count} constant tensors are stored as float16.`,
    'unused-quantization': (a) => `${a.count} tensors carry quantization parameters, but no convolution or matmul uses them.`,
    'integer-ops': (a) =>
      `${a.count} of ${a.total} weighted operators (${list(a.ops)}) take quantized ${slash(a.activations)} activations` +
      (a.weights.length ? ` and ${slash(a.weights)} weights.` : '.'),
    'per-channel-ops': (a) => `${a.count} of them have per-channel weight scales.`,
    'float-ops-too': (a) => `${a.count} weighted operators run on float activations (${list(a.ops)}).`,
    'mixed-activation-types': () => 'Different operators use different activation types.',
    '16x8': () => '16-bit activations with 8-bit weights is TFLite\'s "16x8" mode.',
    '16-bit-other-weights': (a) => `16-bit activations with ${slash(a.weights)} weights: not one of the standard flavours (16x8 has 8-bit weights).`,
    'io-types': (a) => `Inputs and outputs are ${slash(a.types)}${a.floatEdges ? ' (QUANTIZE/DEQUANTIZE at the edges)' : ''}.`,
    'hybrid-ops': (a) =>
      `${a.count} of ${a.total} weighted operators (${list(a.ops)}) have ${slash(a.weights.map((w) => ('dtype' in w ? w.dtype : `${w.blockBits}-bit blockwise`)))} quantized weights but float activations.`,
    'runtime-activations': () => 'Activations are quantized at run time (DynamicQuantizeLinear): their scale and zero point are not in the file.',
    'float-activations': () => 'No activation tensor has quantization parameters: activations stay float (or are quantized on the fly by the kernel).',
    'other-float-weights': (a) => `${a.count} other weighted operators use float weights.`,
    'float16-ops': (a) => `${a.count} of ${a.total} weighted operators (${list(a.ops)}) read float16 weights${a.viaDequantize ? ' through DEQUANTIZE operators' : ''}.`,
    'no-integer-quantization': () => 'No tensor carries integer quantization parameters.',
    'all-float': (a) => `All ${a.count} weighted operators (${list(a.ops)}) use float32 weights and activations.`,
    'no-quantization': () => 'No tensor carries quantization parameters.',
  },
  warnings: {
    'same-range-everywhere': (a) =>
      `All ${a.count} convolution/matmul outputs share one quantization (scale ${a.scale}, zero point ${a.zeroPoint}, ` +
      `i.e. the range [${a.min}, ${a.max}]). Real layers have different ranges; this is the fingerprint of ` +
      'dummy ranges (TFLite converter default_ranges_stats) instead of calibration.',
    'quantized-dimension-out-of-range': (a, t) =>
      `${t(a.tensor)} has ${a.scales} per-axis scales along ${a.format === 'onnx' ? 'axis' : 'quantized_dimension'} ${a.axis}, but it has rank ${a.rank} ` +
      `(shape [${a.shape}]).` +
      (a.format === 'tflite' ? " TFLite's interpreter refuses to load such a model; TFLite Micro ignores the axis." : ''),
    'per-axis-count-mismatch': (a, t) => `${t(a.tensor)} has ${a.scales} scales but dimension ${a.axis} has size ${a.size}.`,
    'per-channel-scale-spread': (a, t) =>
      `${t(a.tensor)}: its ${a.scales} per-channel scales span ${a.ratio ? `a factor of ${a.ratio} (${a.orders} orders of magnitude)` : 'nothing'}` +
      `${a.zeros ? `, and ${a.zeros} channels have scale 0` : ''}. Channels with tiny scales are usually dead or nearly constant filters; per-tensor quantization would crush them.`,
    'non-positive-scale': (a, t) =>
      `${t(a.tensor)} has ${a.count} scale${a.count > 1 ? 's' : ''} that ${a.count > 1 ? 'are' : 'is'} not positive (e.g. ${a.example}).`,
    'zero-point-at-top': (a, t) =>
      `${t(a.tensor)}: zero point ${a.zeroPoint} is the highest ${a.dtype} code, so the tensor can only hold values ≤ 0; positive values are clipped.`,
    'zero-point-at-floor': (a, t) => {
      const one = a.count === 1;
      const names = a.tensors.slice(0, 6).map((x) => `${t(x.tensor)} (up to ${x.top})`).join(', ');
      const more = a.count > 6 ? ` and ${a.count - 6} more` : '';
      return (
        `${one ? 'One activation has' : `${a.count} activations have`} the lowest code of ${one ? 'its' : 'their'} type as zero point, so ` +
        `${one ? 'it holds' : 'they hold'} only values ≥ 0 and negative values are clipped to 0: ${names}${more}. ` +
        'Nothing in the graph (ReLU, softmax, sigmoid) guarantees that. Right for [0, 1] images and for a ReLU the converter folded into the range; suspicious otherwise.'
      );
    },
    'external-data': (a) =>
      `${a.count} tensors keep their data in other files (${a.files.slice(0, 5).join(', ')}${a.files.length > 5 ? ', …' : ''}); they are listed, not read.`,
    'extension-mismatch': (a) =>
      `The file is named ${a.ext} but its content is a ${a.format === 'tflite' ? 'TFLite FlatBuffer' : 'ONNX model'}; it was read as ${a.format === 'tflite' ? 'TFLite' : 'ONNX'}.`,
  },
};

export function evidenceText(e: Evidence, words: AnalysisWords): string {
  return (words.evidence[e.id] as (a: unknown) => string)(e.args);
}

export function warningText(w: WarningDetail, words: AnalysisWords): string {
  return (words.warnings[w.id] as (a: unknown, t: (t: TensorRef) => string) => string)(w.args, words.tensor);
}
