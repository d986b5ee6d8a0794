// Each quantized tensor in words: its dequantization as a formula a reader
// can evaluate by hand, which dimension per-axis parameters run along, and
// the real values its codes can stand for.
import type { DType, TensorSummary } from '../../lib/formats/summary.ts';
import { dtypeRange, isDtype } from '../../lib/quant/dtype.ts';
import { minus, sig } from '../shared/format.ts';

const SMALL_RANGES: Partial<Record<DType, { qmin: number; qmax: number }>> = {
  int4: { qmin: -8, qmax: 7 },
  uint4: { qmin: 0, qmax: 15 },
  uint16: { qmin: 0, qmax: 65535 },
};

/** The codes a quantized dtype holds, or null for types that are not integer codes. */
export function codeRange(dtype: DType): { qmin: number; qmax: number } | null {
  if (isDtype(dtype)) return dtypeRange(dtype);
  return SMALL_RANGES[dtype] ?? null;
}

/** A zero point inside "(q − z)": negative ones in parentheses, so "q − (−9)" cannot be misread. */
export function zeroPointText(z: number): string {
  return z < 0 ? `(${minus(String(z))})` : String(z);
}

/** "real = 0.0466 × (q − (−9))"; per-axis: indexed by the channel c along the quantized dimension. */
export function dequantFormula(t: TensorSummary, digits = 4): string | null {
  const q = t.quantization;
  if (!q) return null;
  if (q.scales.length === 0) return 'real = scale × (q − zero_point), with the scale computed at run time';
  if (q.scales.length === 1) return `real = ${sig(q.scales[0], digits)} × (q − ${zeroPointText(q.zeroPoints[0] ?? 0)})`;
  const zs = new Set(q.zeroPoints);
  const zText = zs.size === 1 ? zeroPointText(q.zeroPoints[0]) : 'zero_point[c]';
  return `real = scale[c] × (q − ${zText}) along axis ${q.axis} (channel c)`;
}

/** What quantized_dimension means for this tensor, or why it is wrong. */
export function axisDescription(t: TensorSummary): string | null {
  const q = t.quantization;
  if (!q) return null;
  const rank = t.shape.length;
  const n = q.scales.length;
  if (n <= 1) {
    return `quantized_dimension ${q.axis}: one scale and zero point for the whole tensor, so the dimension does not matter.`;
  }
  if (q.axis < 0 || q.axis >= rank) {
    return `quantized_dimension ${q.axis} is out of range: the tensor has ${rank} dimension${rank === 1 ? '' : 's'} (shape [${t.shape.join(', ')}]), so its ${n} scales cannot be matched to channels.`;
  }
  const size = t.shape[q.axis];
  const match = size === n ? `, one scale per entry` : `, but there are ${n} scales`;
  return `quantized_dimension ${q.axis}: channel c is the index along axis ${q.axis} of shape [${t.shape.join(', ')}] (size ${size})${match}.`;
}

/** Per-axis summary line: "8 scales from 0.0012 to 0.0045; zero points all 0". */
export function perAxisSummary(t: TensorSummary): string | null {
  const q = t.quantization;
  if (!q || q.scales.length <= 1) return null;
  let lo = Infinity;
  let hi = -Infinity;
  for (const s of q.scales) {
    lo = Math.min(lo, s);
    hi = Math.max(hi, s);
  }
  const zs = new Set(q.zeroPoints);
  const z = zs.size === 1 ? `zero points all ${minus(String(q.zeroPoints[0]))}` : `${zs.size} different zero points`;
  return `${q.scales.length} scales from ${sig(lo)} to ${sig(hi)}; ${z}.`;
}

export interface RealRange {
  min: number;
  max: number;
}

/**
 * The real values the codes can stand for, (qmin − z)·s to (qmax − z)·s, one
 * range per scale; null when not quantized or the type has no code range.
 */
export function realRanges(t: TensorSummary): RealRange[] | null {
  const q = t.quantization;
  const codes = codeRange(t.dtype);
  if (!q || !codes || q.scales.length === 0) return null;
  return q.scales.map((s, i) => {
    const z = q.zeroPoints[q.zeroPoints.length === 1 ? 0 : i] ?? 0;
    return { min: (codes.qmin - z) * s, max: (codes.qmax - z) * s };
  });
}

/** "[−0.5961, 0.5914]" for one range; the span of all channels for several. */
export function realRangeText(t: TensorSummary): string | null {
  const ranges = realRanges(t);
  if (!ranges) return null;
  const lo = Math.min(...ranges.map((r) => r.min));
  const hi = Math.max(...ranges.map((r) => r.max));
  const text = `[${sig(lo)}, ${sig(hi)}]`;
  return ranges.length === 1 ? text : `${text} across ${ranges.length} channels`;
}
