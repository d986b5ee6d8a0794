// Words for RangeCalibration: layer names, what went wrong at each layer
// (clipping or resolution), and each histogram's text alternative, in the
// language of the catalog passed in.
import { fmt } from '../../lib/i18n/template.ts';
import { percent, sig } from '../shared/format.ts';
import type { LayerReport } from './job.ts';
import { viewOf } from './charts.ts';
import type { IslandStrings } from './strings.ts';

type Words = Pick<IslandStrings, 'layers' | 'verdict' | 'histogram'>;

export function layerName(point: string, t: Pick<Words, 'layers'>): string {
  return (t.layers as Record<string, string>)[point] ?? point;
}

/** Below this share of the 256 codes in use, resolution is what hurts. */
export const FEW_LEVELS = 32;
/** Above this share of values clipped, clipping is what hurts. */
export const MUCH_CLIPPED = 0.001;

export type Verdict = 'clipping' | 'resolution' | 'fine';

export function verdictOf(l: LayerReport): Verdict {
  if (l.clippedBelow + l.clippedAbove > MUCH_CLIPPED) return 'clipping';
  if (l.levelsUsed < FEW_LEVELS) return 'resolution';
  return 'fine';
}

export function verdictText(l: LayerReport, t: Pick<Words, 'verdict'>): string {
  const v = verdictOf(l);
  const w = t.verdict;
  if (v === 'clipping') {
    const where = l.clippedAbove >= l.clippedBelow ? fmt(w.above, { value: sig(l.covered.max, 3) }) : fmt(w.below, { value: sig(l.covered.min, 3) });
    return fmt(w.clipping, { share: percent(l.clippedBelow + l.clippedAbove), where });
  }
  if (v === 'resolution') {
    return fmt(w.resolution, { span: sig(l.data.max - l.data.min, 3), step: sig(l.scale, 3), used: l.levelsUsed });
  }
  return fmt(w.fine, { used: l.levelsUsed });
}

export function histogramText(l: LayerReport, t: Words): { label: string; table: { caption: string; head: [string, string]; rows: Array<[string, string]> } } {
  const h = t.histogram;
  const view = viewOf(l);
  const total = l.hist.counts.reduce((a, b) => a + b, 0) || 1;
  const width = (l.hist.hi - l.hist.lo) / l.hist.counts.length;
  const off = [
    view.rangeLo === null ? fmt(h.offLow, { value: sig(l.covered.min, 3) }) : '',
    view.rangeHi === null ? fmt(h.offHigh, { value: sig(l.covered.max, 3) }) : '',
  ].filter(Boolean);
  const name = layerName(l.point, t);
  const label = fmt(h.label, {
    name,
    values: l.values.toLocaleString('en'),
    min: sig(l.data.min, 3),
    max: sig(l.data.max, 3),
    lo: sig(l.covered.min, 3),
    hi: sig(l.covered.max, 3),
    step: sig(l.scale, 3),
    off: off.length ? fmt(h.offList, { list: off.join(h.offJoin) }) : '',
    verdict: verdictText(l, t),
    cut: view.cut !== null ? fmt(h.cut, { share: percent(view.cut) }) : '',
  });
  const rows: Array<[string, string]> = l.hist.counts
    .map((c, i): [string, string] => [fmt(h.bin, { lo: sig(l.hist.lo + i * width, 3), hi: sig(l.hist.lo + (i + 1) * width, 3) }), percent(c / total)])
    .filter((_, i) => l.hist.counts[i] > 0);
  return { label, table: { caption: fmt(h.caption, { name }), head: [h.headValues, h.headShare], rows } };
}
