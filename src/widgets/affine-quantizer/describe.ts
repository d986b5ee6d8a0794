// Text alternatives for the quantizer's charts: a one-paragraph summary for
// the canvas's aria-label and the data behind it as a small binned table.
// Rendered on the server too, so the charts say something before they draw.
import { fmt } from '../../lib/i18n/template.ts';
import { count, percent, sig } from '../shared/format.ts';
import type { Analysis, Hist } from './analysis.ts';
import type { ResolvedParams } from './params.ts';
import type { ChartWords } from './strings.ts';

export interface DataTable {
  caption: string;
  head: [string, string];
  rows: Array<[string, string]>;
}

export interface ChartText {
  label: string;
  table: DataTable;
}

export const TABLE_ROWS = 16;

/** Merge a histogram's bins into at most `rows` wider ones (sums of counts). */
export function rebin(h: Hist, rows: number = TABLE_ROWS): Array<{ lo: number; hi: number; count: number }> {
  const n = h.counts.length;
  const per = Math.max(1, Math.ceil(n / rows));
  const width = (h.hi - h.lo) / n;
  const out: Array<{ lo: number; hi: number; count: number }> = [];
  for (let i = 0; i < n; i += per) {
    let c = 0;
    for (let j = i; j < Math.min(n, i + per); j++) c += h.counts[j];
    out.push({ lo: h.lo + i * width, hi: h.lo + Math.min(n, i + per) * width, count: c });
  }
  return out;
}

function histRows(h: Hist, w: ChartWords): Array<[string, string]> {
  const rows: Array<[string, string]> = rebin(h).map((b) => [fmt(w.range, { lo: sig(b.lo, 3), hi: sig(b.hi, 3) }), count(b.count)]);
  if (h.underflow) rows.unshift([fmt(w.below, { x: sig(h.lo, 3) }), count(h.underflow)]);
  if (h.overflow) rows.push([fmt(w.above, { x: sig(h.hi, 3) }), count(h.overflow)]);
  return rows;
}

export function describeFloats(a: Analysis, p: ResolvedParams, w: ChartWords): ChartText {
  return {
    label: fmt(w.floats, {
      count: count(a.count),
      lo: sig(a.dataMin, 3),
      hi: sig(a.dataMax, 3),
      levels: fmt(w.levels, { count: count(p.qmax - p.qmin + 1), step: sig(p.scale, 3) }),
      min: sig(p.nudgedMin, 4),
      max: sig(p.nudgedMax, 4),
      clipped: percent(a.clippedFraction),
    }),
    table: { caption: w.floatsCaption, head: [w.valueRange, w.count], rows: histRows(a.floatHist, w) },
  };
}

export function describeStaircase(a: Analysis, p: ResolvedParams, w: ChartWords): ChartText {
  const xs = a.staircase.x;
  const ys = a.staircase.y;
  const rows: Array<[string, string]> = [];
  const m = Math.min(TABLE_ROWS, xs.length);
  for (let i = 0; i < m; i++) {
    const k = m === 1 ? 0 : Math.round((i * (xs.length - 1)) / (m - 1));
    rows.push([sig(xs[k], 4), sig(ys[k], 4)]);
  }
  return {
    label: fmt(w.stair, {
      lo: sig(xs[0] ?? 0, 3),
      hi: sig(xs[xs.length - 1] ?? 0, 3),
      step: sig(p.scale, 3),
      min: sig(p.nudgedMin, 4),
      max: sig(p.nudgedMax, 4),
    }),
    table: { caption: w.stairCaption, head: [w.floatF, w.dequantized], rows },
  };
}

export function describeErrors(a: Analysis, p: ResolvedParams, w: ChartWords): ChartText {
  const outside = a.errorHist.underflow + a.errorHist.overflow;
  const beyond = outside ? fmt(w.errorsBeyond, { count: count(outside), max: sig(a.maxAbs, 3) }) : w.errorsNone;
  return {
    label: fmt(w.errors, { count: count(a.count), step: sig(p.scale, 3), beyond }),
    table: { caption: w.errorsCaption, head: [w.errorRange, w.count], rows: histRows(a.errorHist, w) },
  };
}
