// A stored tensor's values for the charts: decoded from the file's bytes,
// dequantized with its own (per-axis) parameters, reduced to a histogram and
// per-channel ranges. Runs in the worker. 8- and 4-bit codes are counted per
// channel in one pass (at most 256 distinct codes per channel, so every
// figure below is exact without dequantizing each value); wider types are
// decoded in chunks, so a 100 MB weight never becomes one huge array.
import { decodeValues } from '../../lib/formats/values.ts';
import type { DType, TensorSummary } from '../../lib/formats/summary.ts';
import { fmt } from '../../lib/i18n/template.ts';
import { reportEn, type ReportStrings } from './report-strings.ts';

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
function* chunks(bytes: Uint8Array, dtype: DType): Generator<ArrayLike<number>> {
  const nibbles = dtype === 'int4' || dtype === 'uint4';
  const width = BYTES[dtype];
  const step = nibbles ? CHUNK / 2 : width ? CHUNK * width : 0;
  if (!step) return;
  for (let off = 0; off < bytes.length; off += step) {
    const values = decodeValues(bytes.subarray(off, Math.min(bytes.length, off + step)), dtype);
    if (!values) return;
    yield values;
  }
}

/** How many times each code occurs in each channel: counts[c · 256 + (code − low)]. */
function countCodes(bytes: Uint8Array, dtype: 'int8' | 'uint8' | 'int4' | 'uint4', channels: number, inner: number): { counts: Uint32Array; low: number; n: number } {
  const counts = new Uint32Array(channels * 256);
  let c = 0;
  let k = 0;
  let base = 0;
  const step = (): void => {
    if (++k === inner) {
      k = 0;
      if (++c === channels) c = 0;
      base = c * 256;
    }
  };
  if (dtype === 'int8' || dtype === 'uint8') {
    const v = dtype === 'int8' ? new Int8Array(bytes.buffer, bytes.byteOffset, bytes.length) : bytes;
    const low = dtype === 'int8' ? -128 : 0;
    for (let i = 0; i < v.length; i++) {
      counts[base + v[i] - low]++;
      step();
    }
    return { counts, low, n: v.length };
  }
  const low = dtype === 'int4' ? -8 : 0;
  for (let i = 0; i < bytes.length * 2; i++) {
    const b = bytes[i >> 1];
    let q = i % 2 === 0 ? b & 0x0f : b >> 4;
    if (dtype === 'int4' && q >= 8) q -= 16;
    counts[base + q - low]++;
    step();
  }
  return { counts, low, n: bytes.length * 2 };
}

/** Equal-width bins over [min, max] (the last bin takes max), by the same rule as the core's histogram. */
class Bins {
  readonly edges: number[];
  readonly counts: number[];
  #min: number;
  #perUnit: number;
  constructor(bins: number, min: number, max: number) {
    const width = max - min;
    this.edges = Array.from({ length: bins + 1 }, (_, k) => min + (width * k) / bins);
    this.edges[bins] = max;
    this.counts = new Array<number>(bins).fill(0);
    this.#min = min;
    this.#perUnit = bins / width;
  }
  add(x: number, weight = 1): void {
    const bins = this.counts.length;
    let k = Math.floor((x - this.#min) * this.#perUnit);
    if (k >= bins) k = bins - 1;
    if (k < 0) k = 0;
    if (k > 0 && x < this.edges[k]) k--;
    else if (k < bins - 1 && x >= this.edges[k + 1]) k++;
    this.counts[k] += weight;
  }
}

export function tensorStats(position: number, t: TensorSummary, bytes: Uint8Array, bins = 40, w: ReportStrings = reportEn): TensorStats | { error: string } {
  const q = t.quantization;
  const float = t.dtype.startsWith('float') || t.dtype === 'bfloat16';
  if (t.dtype === 'bfloat16' || t.dtype === 'string' || t.dtype.startsWith('complex') || t.dtype.startsWith('float8')) {
    return { error: fmt(w.reasons.notCharted, { dtype: t.dtype }) };
  }
  let values: TensorStats['values'] = float ? 'float' : 'codes';
  let note: string | null = null;
  let channels = 1;
  let inner = Math.max(1, bytes.length);
  let scales: readonly number[] = [1];
  let zeros: readonly number[] = [0];
  if (q && q.scales.length > 0 && !float) {
    values = 'real';
    scales = q.scales;
    zeros = q.zeroPoints.length > 0 ? q.zeroPoints : [0];
    if (q.scales.length > 1) {
      const size = t.shape[q.axis];
      let block = 1;
      for (const d of t.shape.slice(q.axis + 1)) block *= Number(d);
      if (q.axis < 0 || q.axis >= t.shape.length || size !== q.scales.length || zeros.length !== scales.length) {
        values = 'codes';
        note = w.notes.axisMismatch;
      } else if (!Number.isInteger(block) || block < 1) {
        values = 'codes';
        note = w.notes.unknownDims;
      } else {
        channels = q.scales.length;
        inner = block;
      }
    }
  } else if (!float) {
    note = w.notes.notQuantized;
  }
  if (values === 'codes') {
    scales = [1];
    zeros = [0];
  }
  const perAxis = channels > 1;
  const real = (code: number, c: number): number => (values === 'real' ? (code - zeros[zeros.length === 1 ? 0 : c]) * scales[c] : code);
  const ranges = Array.from({ length: channels }, () => ({ min: Infinity, max: -Infinity }));

  if (t.dtype === 'int8' || t.dtype === 'uint8' || t.dtype === 'int4' || t.dtype === 'uint4') {
    const { counts, low, n } = countCodes(bytes, t.dtype, channels, inner);
    if (n === 0) return { error: w.reasons.empty };
    for (let c = 0; c < channels; c++) {
      for (let j = 0; j < 256; j++) {
        if (counts[c * 256 + j] === 0) continue;
        const x = real(j + low, c);
        if (x < ranges[c].min) ranges[c].min = x;
        if (x > ranges[c].max) ranges[c].max = x;
      }
    }
    const min = Math.min(...ranges.map((r) => r.min));
    const max = Math.max(...ranges.map((r) => r.max));
    const h = new Bins(bins, min, max > min ? max : min + 1);
    for (let c = 0; c < channels; c++) {
      for (let j = 0; j < 256; j++) if (counts[c * 256 + j] > 0) h.add(real(j + low, c), counts[c * 256 + j]);
    }
    return { position, count: n, values, nonFinite: 0, min, max, channels: perAxis ? ranges : null, histogram: { edges: h.edges, counts: h.counts }, note };
  }

  // Wider types: two passes over decoded chunks (ranges, then bins).
  let count = 0;
  let nonFinite = 0;
  let c = 0;
  let k = 0;
  for (const chunk of chunks(bytes, t.dtype)) {
    for (let i = 0; i < chunk.length; i++) {
      const x = real(chunk[i], c);
      count++;
      if (Number.isFinite(x)) {
        if (x < ranges[c].min) ranges[c].min = x;
        if (x > ranges[c].max) ranges[c].max = x;
      } else nonFinite++;
      if (++k === inner) {
        k = 0;
        if (++c === channels) c = 0;
      }
    }
  }
  if (count === 0) return { error: w.reasons.empty };
  if (count === nonFinite) return { error: w.reasons.allNonFinite };
  const min = Math.min(...ranges.map((r) => r.min));
  const max = Math.max(...ranges.map((r) => r.max));
  const h = new Bins(bins, min, max > min ? max : min + 1);
  c = 0;
  k = 0;
  for (const chunk of chunks(bytes, t.dtype)) {
    for (let i = 0; i < chunk.length; i++) {
      const x = real(chunk[i], c);
      if (Number.isFinite(x)) h.add(x);
      if (++k === inner) {
        k = 0;
        if (++c === channels) c = 0;
      }
    }
  }
  return { position, count, values, nonFinite, min, max, channels: perAxis ? ranges.map((r) => (r.min <= r.max ? r : { min: NaN, max: NaN })) : null, histogram: { edges: h.edges, counts: h.counts }, note };
}
