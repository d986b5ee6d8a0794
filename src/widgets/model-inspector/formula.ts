// Each quantized tensor in words: its dequantization as a formula a reader
// can evaluate by hand, which dimension per-axis parameters run along, and
// the real values its codes can stand for.
import type { DType, TensorSummary } from '../../lib/formats/summary.ts';
import { dtypeRange, isDtype } from '../../lib/quant/dtype.ts';
import { fmt } from '../../lib/i18n/template.ts';
import { minus, sig } from '../shared/format.ts';
import { reportEn, type ReportStrings } from './report-strings.ts';

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
export function dequantFormula(t: TensorSummary, digits = 4, w: ReportStrings = reportEn): string | null {
  const q = t.quantization;
  if (!q) return null;
  if (q.scales.length === 0) return w.formula.runtime;
  if (q.scales.length === 1) return `real = ${sig(q.scales[0], digits)} × (q − ${zeroPointText(q.zeroPoints[0] ?? 0)})`;
  const zs = new Set(q.zeroPoints);
  const zText = zs.size === 1 ? zeroPointText(q.zeroPoints[0]) : 'zero_point[c]';
  return fmt(w.formula.perAxis, { zero: zText, axis: q.axis });
}

/** What quantized_dimension means for this tensor, or why it is wrong. */
export function axisDescription(t: TensorSummary, w: ReportStrings = reportEn): string | null {
  const q = t.quantization;
  if (!q) return null;
  const rank = t.shape.length;
  const n = q.scales.length;
  const shape = t.shape.join(', ');
  if (n <= 1) return fmt(w.axis.perTensor, { axis: q.axis });
  if (q.axis < 0 || q.axis >= rank) {
    return fmt(rank === 1 ? w.axis.outOfRangeOne : w.axis.outOfRangeOther, { axis: q.axis, rank, shape, count: n });
  }
  const size = t.shape[q.axis];
  return fmt(size === n ? w.axis.match : w.axis.mismatch, { axis: q.axis, shape, size, count: n });
}

/** Per-axis summary line: "8 scales from 0.0012 to 0.0045; zero points all 0". */
export function perAxisSummary(t: TensorSummary, w: ReportStrings = reportEn): string | null {
  const q = t.quantization;
  if (!q || q.scales.length <= 1) return null;
  let lo = Infinity;
  let hi = -Infinity;
  for (const s of q.scales) {
    lo = Math.min(lo, s);
    hi = Math.max(hi, s);
  }
  const zs = new Set(q.zeroPoints);
  const values = { count: q.scales.length, lo: sig(lo), hi: sig(hi) };
  return zs.size === 1 ? fmt(w.perAxis.sameZero, { ...values, zero: minus(String(q.zeroPoints[0])) }) : fmt(w.perAxis.zeros, { ...values, zeros: zs.size });
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
export function realRangeText(t: TensorSummary, w: ReportStrings = reportEn): string | null {
  const ranges = realRanges(t);
  if (!ranges) return null;
  const lo = Math.min(...ranges.map((r) => r.min));
  const hi = Math.max(...ranges.map((r) => r.max));
  const text = `[${sig(lo)}, ${sig(hi)}]`;
  return ranges.length === 1 ? text : fmt(w.rangeAcross, { range: text, count: ranges.length });
}
