/**
 * What a reader's raw summary does not say outright, worked out the same way
 * for .tflite and .onnx: the quantization flavour with its evidence, the
 * requantization multiplier of every convolution / fully connected / matmul,
 * the size breakdown by dtype, and warnings about suspicious quantization.
 *
 * Weighted operators (the ones with a weight tensor) decide the flavour: each
 * is classified by what its activation input and its weights really are,
 * looking through DEQUANTIZE / DequantizeLinear (and a Cast of a float16 constant) to the stored tensor:
 *   integer  – quantized integer activations (int8, uint8 or int16);
 *   hybrid   – float activations, quantized integer weights (dynamic range,
 *              weight-only, MatMulNBits, DynamicQuantizeLinear);
 *   float16  – float activations, float16 weights;
 *   float    – everything float32.
 */
import { quantizeMultiplier } from '../quant/multiplier.ts';
import type {
  DType, DtypeBytes, FlavourVerdict, ModelSummary, ModelWarning, OperatorSummary, QuantFlavour, RequantSummary, TensorSummary,
} from './summary.ts';
import { analysisEn, evidenceText, warningText, type Evidence, type TensorRef, type WarningDetail, type WeightKind } from './analysis-messages.ts';
import type { BaseSummary } from './tflite/summarize.ts';

/** Where the activation (data) and weight operands of each weighted operator are. */
const WEIGHTED: Record<string, { data: number; weights: number; bias?: number }> = {
  CONV_2D: { data: 0, weights: 1, bias: 2 },
  DEPTHWISE_CONV_2D: { data: 0, weights: 1, bias: 2 },
  FULLY_CONNECTED: { data: 0, weights: 1, bias: 2 },
  CONV_3D: { data: 0, weights: 1, bias: 2 },
  TRANSPOSE_CONV: { data: 2, weights: 1, bias: 3 },
  SVDF: { data: 0, weights: 1 },
  EMBEDDING_LOOKUP: { data: 0, weights: 1 },
  Conv: { data: 0, weights: 1, bias: 2 },
  ConvTranspose: { data: 0, weights: 1, bias: 2 },
  Gemm: { data: 0, weights: 1, bias: 2 },
  MatMul: { data: 0, weights: 1 },
  QLinearConv: { data: 0, weights: 3, bias: 8 },
  QLinearMatMul: { data: 0, weights: 3 },
  ConvInteger: { data: 0, weights: 1 },
  MatMulInteger: { data: 0, weights: 1 },
  MatMulNBits: { data: 0, weights: 1, bias: 5 },
};

/** Operators whose requantization multiplier M = s_in·s_w/s_out we report. */
const REQUANTIZED = new Set(['CONV_2D', 'DEPTHWISE_CONV_2D', 'FULLY_CONNECTED', 'CONV_3D', 'TRANSPOSE_CONV', 'Conv', 'ConvTranspose', 'Gemm', 'MatMul', 'QLinearConv', 'QLinearMatMul']);

const DEQUANTIZE_OPS = new Set(['DEQUANTIZE', 'DequantizeLinear']);
const QUANTIZE_OPS = new Set(['QUANTIZE', 'QuantizeLinear']);
const INTEGER_ACTIVATIONS = new Set<DType>(['int8', 'uint8', 'int16', 'uint16', 'int4', 'uint4']);
/** Producers whose outputs are never negative: a zero point at the bottom of the type is expected there. */
const NON_NEGATIVE = new Set(['RELU', 'RELU6', 'RELU_0_TO_1', 'LOGISTIC', 'SOFTMAX', 'Relu', 'Sigmoid', 'Softmax', 'Clip', 'QLinearSigmoid', 'QLinearSoftmax', 'HARD_SWISH']);

type Kind = 'integer' | 'hybrid' | 'float16' | 'float';


interface Classified {
  op: OperatorSummary;
  kind: Kind;
  data: TensorSummary | undefined;
  weights: TensorSummary | undefined;
}

export function analyze(base: BaseSummary): ModelSummary {
  const summary: ModelSummary = { ...base, flavour: { flavour: 'unknown', evidence: [] }, warnings: [] };
  const positions = new Map(summary.tensors.map((t, i) => [t, i]));
  const classified = classifyOperators(summary);
  summary.flavour = flavourOf(summary, classified);
  summary.requantization = requantization(summary, classified, positions);
  summary.sizeByDtype = sizeByDtype(summary.tensors);
  summary.warnings = warnings(summary, classified, positions);
  return summary;
}

/**
 * Follows DEQUANTIZE / DequantizeLinear (and TFLite's float16 DEQUANTIZE) back to the stored tensor;
 * also an ONNX Cast of a stored float16 / bfloat16 constant, the usual form of float16 weights with float32 activations.
 */
function stored(s: ModelSummary, t: TensorSummary | undefined): TensorSummary | undefined {
  let cur = t;
  for (let hops = 0; cur && hops < 4; hops++) {
    const p = cur.producers.length === 1 ? s.operators[cur.producers[0]] : undefined;
    if (!p || p.inputs[0] === undefined || p.inputs[0] < 0) return cur;
    const from = s.tensors[p.inputs[0]];
    const halfCast = p.opType === 'Cast' && from?.isConstant && (from.dtype === 'float16' || from.dtype === 'bfloat16');
    if (!DEQUANTIZE_OPS.has(p.opType) && !halfCast) return cur;
    cur = from;
  }
  return cur;
}

/** Where the operator's output is quantized: the output itself, or the QuantizeLinear that reads it (QDQ). */
function quantizedOutput(s: ModelSummary, op: OperatorSummary): TensorSummary | undefined {
  const out = op.outputs[0] !== undefined && op.outputs[0] >= 0 ? s.tensors[op.outputs[0]] : undefined;
  if (!out || out.quantization) return out;
  for (const c of out.consumers) {
    const q = s.operators[c];
    if (QUANTIZE_OPS.has(q.opType) && q.outputs[0] >= 0) return s.tensors[q.outputs[0]];
  }
  // A fused activation op (Relu) between the conv and its QuantizeLinear.
  if (out.consumers.length === 1) {
    const next = s.operators[out.consumers[0]];
    if (NON_NEGATIVE.has(next.opType) && next.outputs[0] >= 0) {
      const after = s.tensors[next.outputs[0]];
      for (const c of after.consumers) {
        const q = s.operators[c];
        if (QUANTIZE_OPS.has(q.opType) && q.outputs[0] >= 0) return s.tensors[q.outputs[0]];
      }
    }
  }
  return out;
}

function isQuantizedInt(t: TensorSummary | undefined): boolean {
  return !!t && !!t.quantization && INTEGER_ACTIVATIONS.has(t.dtype);
}

function classifyOperators(s: ModelSummary): Classified[] {
  const out: Classified[] = [];
  for (const op of s.operators) {
    const roles = WEIGHTED[op.opType];
    if (!roles) continue;
    const at = (k: number) => (op.inputs[k] !== undefined && op.inputs[k] >= 0 ? s.tensors[op.inputs[k]] : undefined);
    const data = stored(s, at(roles.data));
    const weights = stored(s, at(roles.weights));
    // A MatMul of two activations has no weights.
    if (op.opType === 'MatMul' && weights && !weights.isConstant && !weights.quantization) continue;
    let kind: Kind;
    const dynamicData = data?.quantization?.source === 'runtime';
    if (isQuantizedInt(data) && !dynamicData) kind = 'integer';
    else if (weights && (isQuantizedInt(weights) || op.opType === 'MatMulNBits' || (weights.quantization && weights.dtype !== 'float32'))) kind = 'hybrid';
    else if (weights && (weights.dtype === 'float16' || weights.dtype === 'bfloat16')) kind = 'float16';
    else kind = 'float';
    if (op.opType === 'MatMulInteger' || op.opType === 'ConvInteger') kind = dynamicData ? 'hybrid' : 'integer';
    out.push({ op, kind, data, weights });
  }
  return out;
}

function flavourOf(s: ModelSummary, ops: Classified[]): FlavourVerdict {
  const evidence: string[] = [];
  const facts: Evidence[] = [];
  const say = (fact: Evidence): void => {
    facts.push(fact);
    evidence.push(evidenceText(fact, analysisEn));
  };
  const verdict = (flavour: QuantFlavour): FlavourVerdict => ({ flavour, evidence, facts });
  const count = (k: Kind) => ops.filter((c) => c.kind === k).length;
  const integer = ops.filter((c) => c.kind === 'integer');
  const hybrid = count('hybrid');
  const f16 = count('float16');
  const float = count('float');
  const names = (list: Classified[]) => [...new Set(list.map((c) => c.op.opType))];

  const quantizedActivations = s.tensors.filter((t) => !t.isConstant && isQuantizedInt(t) && t.quantization?.source !== 'runtime');
  const activationTypes = new Set((integer.length ? integer.map((c) => c.data!.dtype) : quantizedActivations.map((t) => t.dtype)));

  if (ops.length === 0 && quantizedActivations.length > 0) {
    const types = [...new Set(quantizedActivations.map((t) => t.dtype))];
    say({
      id: 'activations-only',
      args: { count: quantizedActivations.length, types, qdq: s.operators.some((o) => QUANTIZE_OPS.has(o.opType) && o.opType === 'QuantizeLinear') },
    });
    if (types.length > 1) return verdict('mixed');
    if (types[0] === 'int16' || types[0] === 'uint16') return verdict('16x8');
    if (types[0] === 'uint8') return verdict('full-integer-uint8');
    if (types[0] === 'int8') return verdict('full-integer-int8');
    return verdict('mixed');
  }
  if (ops.length === 0) {
    const quantized = s.tensors.filter((t) => t.quantization);
    if (quantized.length === 0) {
      say({ id: 'no-quantization-in-file', args: {} });
      const f16Tensors = s.tensors.filter((t) => t.isConstant && t.dtype === 'float16').length;
      if (f16Tensors) {
        say({ id: 'float16-constants', args: { count: f16Tensors } });
        return verdict('float16');
      }
      return verdict('float');
    }
    say({ id: 'unused-quantization', args: { count: quantized.length } });
    return verdict('unknown');
  }

  if (integer.length) {
    const weightTypes = new Set(integer.map((c) => c.weights?.dtype).filter((d): d is DType => !!d));
    say({ id: 'integer-ops', args: { count: integer.length, total: ops.length, ops: names(integer), activations: [...activationTypes], weights: [...weightTypes] } });
    const perAxis = integer.filter((c) => (c.weights?.quantization?.scales.length ?? 0) > 1).length;
    if (perAxis) say({ id: 'per-channel-ops', args: { count: perAxis } });
    if (hybrid || f16 || float) {
      say({ id: 'float-ops-too', args: { count: hybrid + f16 + float, ops: names(ops.filter((c) => c.kind !== 'integer')) } });
      return verdict('mixed');
    }
    if (activationTypes.size > 1) {
      say({ id: 'mixed-activation-types', args: {} });
      return verdict('mixed');
    }
    const act = [...activationTypes][0];
    if (act === 'int16' || act === 'uint16') {
      if (weightTypes.size === 1 && (weightTypes.has('int8') || weightTypes.has('uint8'))) {
        say({ id: '16x8', args: {} });
        return verdict('16x8');
      }
      say({ id: '16-bit-other-weights', args: { weights: [...weightTypes] } });
      return verdict('mixed');
    }
    addIoEvidence(s, say);
    return verdict(act === 'uint8' ? 'full-integer-uint8' : 'full-integer-int8');
  }
  if (hybrid) {
    const list = ops.filter((c) => c.kind === 'hybrid');
    const kinds = new Map<string, WeightKind>();
    for (const c of list) {
      const kind: WeightKind = c.op.opType === 'MatMulNBits' ? { blockBits: String(c.op.attributes?.bits ?? 4) } : { dtype: c.weights?.dtype ?? '' };
      kinds.set('dtype' in kind ? `d:${kind.dtype}` : `b:${kind.blockBits}`, kind);
    }
    say({ id: 'hybrid-ops', args: { count: list.length, total: ops.length, ops: names(list), weights: [...kinds.values()] } });
    if (list.some((c) => c.data?.quantization?.source === 'runtime')) say({ id: 'runtime-activations', args: {} });
    else say({ id: 'float-activations', args: {} });
    if (f16 || float) say({ id: 'other-float-weights', args: { count: f16 + float } });
    return verdict('dynamic-range');
  }
  if (f16) {
    const list = ops.filter((c) => c.kind === 'float16');
    say({ id: 'float16-ops', args: { count: list.length, total: ops.length, ops: names(list), viaDequantize: s.operators.some((o) => o.opType === 'DEQUANTIZE') } });
    say({ id: 'no-integer-quantization', args: {} });
    return verdict('float16');
  }
  say({ id: 'all-float', args: { count: ops.length, ops: names(ops) } });
  if (!s.tensors.some((t) => t.quantization)) say({ id: 'no-quantization', args: {} });
  return verdict('float');
}

function addIoEvidence(s: ModelSummary, say: (fact: Evidence) => void): void {
  const io = [...s.inputs, ...s.outputs].map((i) => s.tensors[i]).filter(Boolean);
  const types = [...new Set(io.map((t) => t.dtype))];
  say({ id: 'io-types', args: { types, floatEdges: types.every((d) => d.startsWith('float')) } });
}

function requantization(s: ModelSummary, ops: Classified[], positions: Map<TensorSummary, number>): RequantSummary[] {
  const out: RequantSummary[] = [];
  for (const c of ops) {
    if (!REQUANTIZED.has(c.op.opType) || c.kind !== 'integer' || !c.data || !c.weights) continue;
    const output = quantizedOutput(s, c.op);
    const sIn = c.data.quantization?.scales;
    const sW = c.weights.quantization?.scales;
    const sOut = output?.quantization?.scales;
    if (!output || !sIn || sIn.length !== 1 || !sW || sW.length === 0 || !sOut || sOut.length !== 1) continue;
    // Double arithmetic on the float32 scales, as TFLite's PopulateConvolutionQuantizationParams does.
    const multipliers = sW.map((w) => {
      const real = (sIn[0] * w) / sOut[0];
      const fixed = Number.isFinite(real) ? quantizeMultiplier(real) : { multiplier: 0, shift: 0 };
      return { real, multiplier: fixed.multiplier, shift: fixed.shift };
    });
    out.push({
      operator: c.op.index,
      opType: c.op.opType,
      input: positions.get(c.data) ?? -1,
      weights: positions.get(c.weights) ?? -1,
      output: positions.get(output) ?? -1,
      inputScale: sIn[0],
      weightScales: sW,
      outputScale: sOut[0],
      multipliers,
    });
  }
  return out;
}

function sizeByDtype(tensors: readonly TensorSummary[]): DtypeBytes[] {
  const by = new Map<DType, DtypeBytes>();
  for (const t of tensors) {
    if (!t.isConstant || t.byteSize === 0) continue;
    const e = by.get(t.dtype) ?? { dtype: t.dtype, tensors: 0, bytes: 0 };
    e.tensors += 1;
    e.bytes += t.byteSize;
    by.set(t.dtype, e);
  }
  return [...by.values()].sort((a, b) => b.bytes - a.bytes);
}

const RANGES: Partial<Record<DType, [number, number]>> = {
  int8: [-128, 127], uint8: [0, 255], int16: [-32768, 32767], uint16: [0, 65535], int4: [-8, 7], uint4: [0, 15],
};

function ref(t: TensorSummary, position: number): TensorRef {
  return { name: t.name, position };
}

/** A warning with its English message and, for other languages, its id and values. */
export function warning(code: string, detail: WarningDetail, tensors?: readonly number[]): ModelWarning {
  const w: ModelWarning = { code, message: warningText(detail, analysisEn) };
  if (tensors) w.tensors = tensors;
  w.detail = detail;
  return w;
}

function warnings(s: ModelSummary, ops: Classified[], positions: Map<TensorSummary, number>): ModelWarning[] {
  const out: ModelWarning[] = [];
  const memo = new Map<TensorSummary, boolean>();
  const pos = (t: TensorSummary) => positions.get(t) ?? -1;

  // 1. default_ranges_stats: every weighted operator's output has the same (scale, zero point).
  const outs = ops
    .filter((c) => c.kind === 'integer')
    .map((c) => quantizedOutput(s, c.op))
    .filter((t): t is TensorSummary => !!t && !!t.quantization && t.quantization.scales.length === 1);
  if (outs.length >= 2) {
    const key = (t: TensorSummary) => `${t.quantization!.scales[0]}|${t.quantization!.zeroPoints[0]}`;
    if (new Set(outs.map(key)).size === 1) {
      const q = outs[0].quantization!;
      const [lo, hi] = RANGES[outs[0].dtype] ?? [0, 0];
      const min = (lo - q.zeroPoints[0]) * q.scales[0];
      const max = (hi - q.zeroPoints[0]) * q.scales[0];
      out.push(
        warning(
          'same-range-everywhere',
          { id: 'same-range-everywhere', args: { count: outs.length, scale: q.scales[0], zeroPoint: q.zeroPoints[0], min: round(min), max: round(max) } },
          outs.map(pos),
        ),
      );
    }
  }

  const atFloor: { t: TensorSummary; i: number; top: string }[] = [];
  s.tensors.forEach((t, i) => {
    const q = t.quantization;
    if (!q || q.scales.length === 0) return;
    // 2. quantized_dimension out of range.
    // ONNX counts a negative axis from the end; TFLite's quantized_dimension must be 0 ≤ d < rank.
    const axis = s.format === 'onnx' && q.axis < 0 ? q.axis + t.shape.length : q.axis;
    // An ONNX value without value_info has no known shape (listed as []): nothing to check against.
    const shapeKnown = s.format !== 'onnx' || t.shape.length > 0 || t.isConstant;
    if (shapeKnown && q.scales.length > 1 && (axis < 0 || axis >= t.shape.length)) {
      out.push(
        warning(
          'quantized-dimension-out-of-range',
          { id: 'quantized-dimension-out-of-range', args: { tensor: ref(t, i), scales: q.scales.length, format: s.format, axis: q.axis, rank: t.shape.length, shape: t.shape.join(', ') } },
          [i],
        ),
      );
    } else if (shapeKnown && q.scales.length > 1 && !q.blockSize && typeof t.shape[axis] === 'number' && t.shape[axis] !== q.scales.length) {
      out.push(warning('per-axis-count-mismatch', { id: 'per-axis-count-mismatch', args: { tensor: ref(t, i), scales: q.scales.length, axis, size: t.shape[axis] as number } }, [i]));
    }
    // 3. Per-channel scales spanning orders of magnitude.
    if (q.scales.length > 1) {
      const abs = q.scales.map(Math.abs).filter((x) => x > 0);
      const zeros = q.scales.length - abs.length;
      let max = 0;
      let min = Infinity;
      for (const x of abs) {
        if (x > max) max = x;
        if (x < min) min = x;
      }
      const ratio = abs.length ? max / min : 0;
      if (ratio >= 100 || zeros > 0) {
        out.push(
          warning(
            'per-channel-scale-spread',
            { id: 'per-channel-scale-spread', args: { tensor: ref(t, i), scales: q.scales.length, ratio: ratio ? round(ratio) : '', orders: ratio ? round(Math.log10(ratio)) : '', zeros } },
            [i],
          ),
        );
      }
    }
    // 4. Non-positive scales.
    const bad = q.scales.filter((x) => !(x > 0)).length;
    if (bad) {
      out.push(warning('non-positive-scale', { id: 'non-positive-scale', args: { tensor: ref(t, i), count: bad, example: String(q.scales.find((x) => !(x > 0))) } }, [i]));
    }
    // 5. Zero point pinned at the edge of its type, on an activation that could be negative.
    const range = RANGES[t.dtype];
    if (range && !t.isConstant && q.scales.length === 1) {
      const zp = q.zeroPoints[0];
      if (zp === range[0] && !nonNegative(s, t, 0, memo)) {
        atFloor.push({ t, i, top: round((range[1] - zp) * q.scales[0]) });
      } else if (zp === range[1]) {
        out.push(warning('zero-point-at-edge', { id: 'zero-point-at-top', args: { tensor: ref(t, i), zeroPoint: zp, dtype: t.dtype } }, [i]));
      }
    }
  });

  // One warning for every activation pinned at the lowest code: it is how a
  // folded ReLU looks (converters drop the op and start the range at 0), so
  // a list the reader can check beats one alarm per layer.
  if (atFloor.length) {
    out.push(
      warning(
        'zero-point-at-edge',
        { id: 'zero-point-at-floor', args: { count: atFloor.length, tensors: atFloor.slice(0, 6).map(({ t, i, top }) => ({ tensor: ref(t, i), top })) } },
        atFloor.map(({ i }) => i),
      ),
    );
  }

  const external = s.tensors.filter((t) => t.externalData);
  if (external.length) {
    const files = [...new Set(external.map((t) => t.externalData!.location))];
    out.push(warning('external-data', { id: 'external-data', args: { count: external.length, files } }, external.map(pos)));
  }
  return out;
}

/** Operators that pass their input's sign through (a max of non-negative values is non-negative…). */
const SIGN_PRESERVING = new Set([
  'AVERAGE_POOL_2D', 'MAX_POOL_2D', 'RESHAPE', 'SQUEEZE', 'CONCATENATION', 'MEAN', 'PAD', 'QUANTIZE', 'DEQUANTIZE', 'TRANSPOSE',
  'AveragePool', 'MaxPool', 'GlobalAveragePool', 'Reshape', 'Squeeze', 'Unsqueeze', 'Flatten', 'Concat', 'Transpose', 'QuantizeLinear',
  'DequantizeLinear', 'QLinearAveragePool', 'QLinearGlobalAveragePool', 'QLinearConcat',
]);

/** Whether the graph guarantees the tensor is ≥ 0 (a ReLU/softmax/sigmoid upstream, through sign-preserving ops). */
function nonNegative(s: ModelSummary, t: TensorSummary | undefined, depth: number, memo: Map<TensorSummary, boolean>): boolean {
  if (!t || depth > 16 || t.producers.length !== 1) return false;
  const known = memo.get(t);
  if (known !== undefined) return known;
  const result = nonNegativeUncached(s, t, depth, memo);
  memo.set(t, result);
  return result;
}

function nonNegativeUncached(s: ModelSummary, t: TensorSummary, depth: number, memo: Map<TensorSummary, boolean>): boolean {
  const op = s.operators[t.producers[0]];
  const fused = op.attributes?.fused_activation_function;
  if (NON_NEGATIVE.has(op.opType) || fused === 'RELU' || fused === 'RELU6') return true;
  if (!SIGN_PRESERVING.has(op.opType)) return false;
  // Data inputs only: skip scale/zero-point/shape operands, which are constants.
  const data = op.inputs.filter((k) => k >= 0 && !s.tensors[k].isConstant);
  return data.length > 0 && data.every((k) => nonNegative(s, s.tensors[k], depth + 1, memo));
}

function round(x: number): string {
  return Number(x.toPrecision(4)).toString();
}
