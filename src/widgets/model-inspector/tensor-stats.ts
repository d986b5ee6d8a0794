// A stored tensor's values for the charts: decoded from the file's bytes,
// dequantized with its own (per-axis) parameters, reduced to a histogram and
// per-channel ranges. Runs in the worker, in chunks, so a 100 MB weight never
// becomes one huge array.
import { decodeValues } from '../../lib/formats/values.ts';
import type { DType, TensorSummary } from '../../lib/formats/summary.ts';
import { histogram } from '../../lib/quant/index.ts';

export interface TensorStats {
  position: number;
  count: number;
  /** 'real': dequantized with the tensor's scales; 'codes': raw integers (parameters unusable); 'float': stored as floats. */
  values: 'real' | 'codes' | 'float';
  /** Values that were NaN or infinite (left out of everything below). */
  nonFinite: number;
  min: number;
  max: number;
  /** Observed real range of each channel along the quantized dimension (per-axis tensors only). */
  channels: { min: number; max: number }[] | null;
  histogram: { edges: number[]; counts: number[] };
  /** Why the values are shown as they are, when it is not obvious. */
  note: string | null;
}

const CHUNK = 1 << 20;
const BYTES: Partial<Record<DType, number>> = {
  int8: 1, uint8: 1, bool: 1, int16: 2, uint16: 2, float16: 2, int32: 4, uint32: 4, float32: 4, int64: 8, uint64: 8, float64: 8,
};

/** Decoded values in chunks of at most CHUNK elements (4-bit types: an even number per chunk). */
function* chunks(bytes: Uint8Array, dtype: DType): Generator<{ start: number; values: ArrayLike<number> }> {
  const nibbles = dtype === 'int4' || dtype === 'uint4';
  const width = BYTES[dtype];
  const step = nibbles ? CHUNK / 2 : width ? CHUNK * width : 0;
  if (!step) return;
  for (let off = 0, start = 0; off < bytes.length; off += step) {
    const values = decodeValues(bytes.subarray(off, Math.min(bytes.length, off + step)), dtype);
    if (!values) return;
    yield { start, values };
    start += values.length;
  }
}

export function tensorStats(position: number, t: TensorSummary, bytes: Uint8Array, bins = 40): TensorStats | { error: string } {
  const q = t.quantization;
  const float = t.dtype.startsWith('float') || t.dtype === 'bfloat16';
  if (t.dtype === 'bfloat16' || t.dtype === 'string' || t.dtype.startsWith('complex') || t.dtype.startsWith('float8')) {
    return { error: `values of type ${t.dtype} are not charted` };
  }
  let values: TensorStats['values'] = float ? 'float' : 'codes';
  let note: string | null = null;
  let perAxis = false;
  let inner = 1;
  let scales: readonly number[] = [];
  let zeros: readonly number[] = [];
  if (q && q.scales.length > 0 && !float) {
    scales = q.scales;
    zeros = q.zeroPoints;
    values = 'real';
    if (q.scales.length > 1) {
      const size = t.shape[q.axis];
      if (q.axis < 0 || q.axis >= t.shape.length || size !== q.scales.length || zeros.length !== scales.length) {
        values = 'codes';
        note = 'The per-axis parameters do not match the shape, so the raw integer codes are shown.';
      } else {
        perAxis = true;
        for (const d of t.shape.slice(q.axis + 1)) inner *= Number(d);
        if (!Number.isInteger(inner) || inner < 1) {
          perAxis = false;
          values = 'codes';
          note = 'The shape has unknown dimensions, so the raw integer codes are shown.';
        }
      }
    }
  } else if (!float) {
    note = 'Not quantized: the stored integers are shown as they are.';
  }
  const channels = perAxis ? scales.map(() => ({ min: Infinity, max: -Infinity })) : null;

  // Pass 1: dequantize into a reusable buffer chunk by chunk and record ranges.
  let count = 0;
  let nonFinite = 0;
  let min = Infinity;
  let max = -Infinity;
  const real = (v: number, i: number): number => {
    if (values !== 'real') return v;
    if (!perAxis) return (v - (zeros[0] ?? 0)) * scales[0];
    const c = Math.floor(i / inner) % scales.length;
    return (v - zeros[c]) * scales[c];
  };
  for (const { start, values: chunk } of chunks(bytes, t.dtype)) {
    for (let k = 0; k < chunk.length; k++) {
      const x = real(chunk[k], start + k);
      count++;
      if (!Number.isFinite(x)) {
        nonFinite++;
        continue;
      }
      if (x < min) min = x;
      if (x > max) max = x;
      if (channels) {
        const ch = channels[Math.floor((start + k) / inner) % scales.length];
        if (x < ch.min) ch.min = x;
        if (x > ch.max) ch.max = x;
      }
    }
  }
  if (count === 0) return { error: 'the tensor stores no values' };
  if (count === nonFinite) return { error: 'every stored value is NaN or infinite' };

  // Pass 2: the histogram, summed over chunks.
  const hi = max > min ? max : min + 1;
  const counts = new Array<number>(bins).fill(0);
  let edges: number[] = [];
  const buf = new Float64Array(Math.min(CHUNK, count));
  for (const { start, values: chunk } of chunks(bytes, t.dtype)) {
    let n = 0;
    for (let k = 0; k < chunk.length; k++) {
      const x = real(chunk[k], start + k);
      if (Number.isFinite(x)) buf[n++] = x;
    }
    const h = histogram(buf.subarray(0, n), { bins, min, max: hi });
    for (let b = 0; b < bins; b++) counts[b] += h.counts[b];
    edges = Array.from(h.edges);
  }
  return { position, count, values, nonFinite, min, max, channels, histogram: { edges, counts }, note };
}
