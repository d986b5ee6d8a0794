// Text for the selected tensor's charts: one-sentence summaries read instead
// of the pictures, and the data as table rows.
import type { TensorSummary } from '../../lib/formats/summary.ts';
import { fmt } from '../../lib/i18n/template.ts';
import { count, minus, sig } from '../shared/format.ts';
import { reportEn, type ReportStrings } from './report-strings.ts';
import type { TensorStats } from './tensor-stats.ts';

export interface ChartText {
  summary: string;
  table: { caption: string; head: [string, string]; rows: Array<[string, string]> };
}

export function scalesText(t: TensorSummary, stats: TensorStats | null, w: ReportStrings = reportEn): ChartText {
  const q = t.quantization;
  const scales = q?.scales ?? [];
  const ws = w.scales;
  if (scales.length < 2) {
    return { summary: ws.one, table: { caption: ws.oneCaption, head: [ws.channel, ws.scale], rows: [] } };
  }
  let lo = 0;
  let hi = 0;
  scales.forEach((s, i) => {
    if (s < scales[lo]) lo = i;
    if (s > scales[hi]) hi = i;
  });
  const ratio = scales[lo] > 0 ? fmt(ws.ratio, { ratio: sig(scales[hi] / scales[lo], 3) }) : '';
  const zp = (i: number) => minus(String(q!.zeroPoints[q!.zeroPoints.length === 1 ? 0 : i] ?? 0));
  const range = (i: number) => {
    const c = stats?.channels?.[i];
    return c ? fmt(ws.values, { min: sig(c.min), max: sig(c.max) }) : '';
  };
  return {
    summary: fmt(ws.summary, { axis: q!.axis, count: scales.length, lo: sig(scales[lo]), loAt: lo, hi: sig(scales[hi]), hiAt: hi, ratio }),
    table: {
      caption: fmt(stats?.channels ? ws.captionRanges : ws.caption, { axis: q!.axis }),
      head: [ws.channel, ws.head],
      rows: scales.map((s, i): [string, string] => [String(i), `${sig(s)}, ${zp(i)}${range(i)}`]),
    },
  };
}

export function histogramText(t: TensorSummary, stats: TensorStats | null, w: ReportStrings = reportEn): ChartText {
  const wh = w.histogram;
  const what = stats?.values === 'real' ? wh.real : stats?.values === 'float' ? wh.float : wh.codes;
  if (!stats) return { summary: wh.none, table: { caption: wh.noneCaption, head: [wh.bin, wh.count], rows: [] } };
  const { edges, counts } = stats.histogram;
  let peak = 0;
  counts.forEach((c, i) => {
    if (c > counts[peak]) peak = i;
  });
  return {
    summary: fmt(wh.summary, {
      name: t.name || wh.theTensor,
      count: count(stats.count),
      what,
      min: sig(stats.min),
      max: sig(stats.max),
      bins: counts.length,
      from: sig(edges[peak]),
      to: sig(edges[peak + 1]),
      peak: count(counts[peak]),
    }),
    table: {
      caption: fmt(wh.caption, { what }),
      head: [wh.binHead, wh.count],
      rows: counts.map((c, i): [string, string] => [fmt(wh.binRow, { from: sig(edges[i]), to: sig(edges[i + 1]) }), count(c)]),
    },
  };
}
