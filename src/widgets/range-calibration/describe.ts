// Words for RangeCalibration: layer names, what went wrong at each layer
// (clipping or resolution), and each histogram's text alternative.
import { percent, sig } from '../shared/format.ts';
import type { LayerReport } from './job.ts';
import { viewOf } from './charts.ts';

const NAMES: Record<string, string> = {
  input: 'input (pixels ÷ 255)',
  conv1: 'conv1 + ReLU',
  conv2: 'conv2 + ReLU',
  fc1: 'fc1 + ReLU',
  fc2: 'fc2 (the logits)',
};

export function layerName(point: string): string {
  return NAMES[point] ?? point;
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

export function verdictText(l: LayerReport): string {
  const v = verdictOf(l);
  if (v === 'clipping') {
    const where = l.clippedAbove >= l.clippedBelow ? `above ${sig(l.covered.max, 3)}` : `below ${sig(l.covered.min, 3)}`;
    return `Clipping: ${percent(l.clippedBelow + l.clippedAbove)} of the values fall outside the range (mostly ${where}) and are pinned to its end.`;
  }
  if (v === 'resolution') {
    return `Too coarse: the values span ${sig(l.data.max - l.data.min, 3)} but the step is ${sig(l.scale, 3)}, so they land on only ${l.levelsUsed} of 256 codes.`;
  }
  return `Fine: nothing clipped to speak of, ${l.levelsUsed} of 256 codes in use.`;
}

export function histogramText(l: LayerReport): { label: string; table: { caption: string; head: [string, string]; rows: Array<[string, string]> } } {
  const view = viewOf(l);
  const total = l.hist.counts.reduce((a, b) => a + b, 0) || 1;
  const width = (l.hist.hi - l.hist.lo) / l.hist.counts.length;
  const off = [
    view.rangeLo === null ? `the range’s lower end ${sig(l.covered.min, 3)} is far off the chart` : '',
    view.rangeHi === null ? `the range’s upper end ${sig(l.covered.max, 3)} is far off the chart` : '',
  ].filter(Boolean);
  const label =
    `Histogram of ${layerName(l.point)}: ${l.values.toLocaleString('en')} values from ${sig(l.data.min, 3)} to ${sig(l.data.max, 3)}. ` +
    `The quantized range is ${sig(l.covered.min, 3)} to ${sig(l.covered.max, 3)} with a step of ${sig(l.scale, 3)}` +
    (off.length ? ` (${off.join('; ')})` : '') +
    `. ${verdictText(l)}` +
    (view.cut !== null ? ` The tallest bar (${percent(view.cut)} of the values) is cut off.` : '');
  const rows: Array<[string, string]> = l.hist.counts
    .map((c, i): [string, string] => [`${sig(l.hist.lo + i * width, 3)} to ${sig(l.hist.lo + (i + 1) * width, 3)}`, percent(c / total)])
    .filter((_, i) => l.hist.counts[i] > 0);
  return { label, table: { caption: `${layerName(l.point)}: share of values per bin`, head: ['Values', 'Share'], rows } };
}
