// Text for the selected tensor's charts: one-sentence summaries read instead
// of the pictures, and the data as table rows.
import type { TensorSummary } from '../../lib/formats/summary.ts';
import { count, minus, sig } from '../shared/format.ts';
import type { TensorStats } from './tensor-stats.ts';

export interface ChartText {
  summary: string;
  table: { caption: string; head: [string, string]; rows: Array<[string, string]> };
}

export function scalesText(t: TensorSummary, stats: TensorStats | null): ChartText {
  const q = t.quantization;
  const scales = q?.scales ?? [];
  if (scales.length < 2) {
    return { summary: 'This tensor has one scale for all its values.', table: { caption: 'Scale', head: ['Channel', 'Scale'], rows: [] } };
  }
  let lo = 0;
  let hi = 0;
  scales.forEach((s, i) => {
    if (s < scales[lo]) lo = i;
    if (s > scales[hi]) hi = i;
  });
  const ratio = scales[lo] > 0 ? `, a factor of ${sig(scales[hi] / scales[lo], 3)}` : '';
  const zp = (i: number) => minus(String(q!.zeroPoints[q!.zeroPoints.length === 1 ? 0 : i] ?? 0));
  const range = (i: number) => {
    const c = stats?.channels?.[i];
    return c ? `; values ${sig(c.min)} to ${sig(c.max)}` : '';
  };
  return {
    summary: `Scale per channel along axis ${q!.axis}: ${scales.length} channels, smallest ${sig(scales[lo])} (channel ${lo}), largest ${sig(scales[hi])} (channel ${hi})${ratio}.`,
    table: {
      caption: `Scale and zero point of each channel along axis ${q!.axis}${stats?.channels ? ', with the range of its stored values' : ''}`,
      head: ['Channel', 'Scale, zero point'],
      rows: scales.map((s, i): [string, string] => [String(i), `${sig(s)}, ${zp(i)}${range(i)}`]),
    },
  };
}

export function histogramText(t: TensorSummary, stats: TensorStats | null): ChartText {
  const what = stats?.values === 'real' ? 'dequantized values' : stats?.values === 'float' ? 'stored values' : 'stored integer codes';
  if (!stats) return { summary: 'No values to show.', table: { caption: 'Histogram', head: ['Bin', 'Count'], rows: [] } };
  const { edges, counts } = stats.histogram;
  let peak = 0;
  counts.forEach((c, i) => {
    if (c > counts[peak]) peak = i;
  });
  return {
    summary: `Histogram of ${t.name || 'the tensor'}’s ${count(stats.count)} ${what}, from ${sig(stats.min)} to ${sig(stats.max)} in ${counts.length} bins; the fullest bin, ${sig(edges[peak])} to ${sig(edges[peak + 1])}, holds ${count(counts[peak])}.`,
    table: {
      caption: `How many ${what} fall in each bin`,
      head: ['Bin (from, to)', 'Count'],
      rows: counts.map((c, i): [string, string] => [`${sig(edges[i])} to ${sig(edges[i + 1])}`, count(c)]),
    },
  };
}
