// Text alternatives for the quantizer's charts: a one-paragraph summary for
// the canvas's aria-label and the data behind it as a small binned table.
// Rendered on the server too, so the charts say something before they draw.
import { count, percent, sig } from '../shared/format.ts';
import type { Analysis, Hist } from './analysis.ts';
import type { ResolvedParams } from './params.ts';

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

function range(lo: number, hi: number): string {
  return `${sig(lo, 3)} to ${sig(hi, 3)}`;
}

function histRows(h: Hist): Array<[string, string]> {
  const rows: Array<[string, string]> = rebin(h).map((b) => [range(b.lo, b.hi), count(b.count)]);
  if (h.underflow) rows.unshift([`below ${sig(h.lo, 3)}`, count(h.underflow)]);
  if (h.overflow) rows.push([`above ${sig(h.hi, 3)}`, count(h.overflow)]);
  return rows;
}

function levelsText(p: ResolvedParams): string {
  return `${count(p.qmax - p.qmin + 1)} levels ${sig(p.scale, 3)} apart`;
}

export function describeFloats(a: Analysis, p: ResolvedParams): ChartText {
  return {
    label:
      `Histogram of ${count(a.count)} float values, from ${sig(a.dataMin, 3)} to ${sig(a.dataMax, 3)}, ` +
      `with the quantization grid (${levelsText(p)}) and the clip bounds ${sig(p.nudgedMin, 4)} and ${sig(p.nudgedMax, 4)} marked. ` +
      `${percent(a.clippedFraction)} of the values lie outside the bounds.`,
    table: { caption: 'Float values per bin', head: ['Value range', 'Count'], rows: histRows(a.floatHist) },
  };
}

export function describeStaircase(a: Analysis, p: ResolvedParams): ChartText {
  const xs = a.staircase.x;
  const ys = a.staircase.y;
  const rows: Array<[string, string]> = [];
  const m = Math.min(TABLE_ROWS, xs.length);
  for (let i = 0; i < m; i++) {
    const k = m === 1 ? 0 : Math.round((i * (xs.length - 1)) / (m - 1));
    rows.push([sig(xs[k], 4), sig(ys[k], 4)]);
  }
  return {
    label:
      `Dequantized value against float value over the data's range, from ${sig(xs[0] ?? 0, 3)} to ${sig(xs[xs.length - 1] ?? 0, 3)}: ` +
      `a staircase with steps of ${sig(p.scale, 3)}, close to the diagonal inside the range ` +
      `and flat beyond the clip bounds ${sig(p.nudgedMin, 4)} and ${sig(p.nudgedMax, 4)}.`,
    table: { caption: 'Float values and what they come back as', head: ['Float f', 'Dequantized f̂'], rows },
  };
}

export function describeErrors(a: Analysis, p: ResolvedParams): ChartText {
  const outside = a.errorHist.underflow + a.errorHist.overflow;
  const beyond = outside
    ? ` ${count(outside)} clipped values have errors beyond ±s, up to ${sig(a.maxAbs, 3)}, and are not drawn.`
    : ' No error exceeds one step.';
  return {
    label:
      `Histogram of the error f̂ − f for ${count(a.count)} values, from −s to s where s = ${sig(p.scale, 3)}; ` +
      `rounding alone keeps errors within ±s/2.${beyond}`,
    table: { caption: 'Errors per bin', head: ['Error range', 'Count'], rows: histRows(a.errorHist) },
  };
}
