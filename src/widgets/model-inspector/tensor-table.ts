// The tensor table's rows, and how they are sorted and filtered. Pure, so
// the order a reader sees is tested without a browser.
import type { ModelSummary, TensorSummary } from '../../lib/formats/summary.ts';
import { en } from './strings.ts';

export const SORT_KEYS = ['position', 'name', 'kind', 'dtype', 'shape', 'scale', 'zeroPoint', 'bytes'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

/** 'constant': stored in the file (weights, biases, quantization parameters). */
export type TensorKind = 'input' | 'output' | 'constant' | 'activation';

export interface TensorRow {
  /** Position in summary.tensors (what every reference in the summary uses). */
  position: number;
  /** The file's own index (TFLite's, printed by get_input_details()). */
  index: number;
  name: string;
  kind: TensorKind;
  /** The kind in the reader's language. */
  kindLabel: string;
  dtype: string;
  shape: string;
  /** Number of elements, for sorting shapes; NaN when a dimension is dynamic. */
  elements: number;
  /** 'per-tensor', 'per-axis (n)' or '' when not quantized (in the reader's language). */
  quantization: string;
  /** First scale (per-tensor scale), NaN when not quantized or dynamic. */
  scale: number;
  /** Number of scales: 0 not quantized, 1 per-tensor, more per-axis. */
  scaleCount: number;
  zeroPoint: number;
  bytes: number;
  subgraph: number;
  /** The real values its codes can stand for, e.g. "[−0.75, 0.75]"; '' when not quantized. */
  range: string;
  /** More words the filter matches: the quantization in English when the table shows another language, so a link's filter works in both. */
  search?: string;
}

function kindOf(summary: ModelSummary, t: TensorSummary, position: number): TensorKind {
  if (summary.inputs.includes(position)) return 'input';
  if (summary.outputs.includes(position)) return 'output';
  return t.isConstant ? 'constant' : 'activation';
}

/** Words for the kind and quantization columns. */
export interface RowWords {
  kinds: Readonly<Record<TensorKind, string>>;
  quantization: { perTensor: string; perAxis: string; runtime: string };
}

const ROW_WORDS_EN: RowWords = en.table;

/** `ranges`: each tensor's real range as text (worded by the worker), by position. */
export function tensorRows(summary: ModelSummary, ranges: readonly (string | null)[] = [], words: RowWords = ROW_WORDS_EN): TensorRow[] {
  const wq = words.quantization;

  const quantization = (q: TensorSummary['quantization'], w: RowWords['quantization']) =>
    !q ? '' : q.scales.length > 1 ? w.perAxis.replace('{count}', String(q.scales.length)) : q.scales.length === 1 ? w.perTensor : w.runtime;
  return summary.tensors.map((t, position) => {
    const q = t.quantization;
    const kind = kindOf(summary, t, position);
    const dims = t.shape.map((d) => (typeof d === 'number' && d >= 0 ? d : NaN));
    return {
      position,
      index: t.index,
      name: t.name,
      kind,
      kindLabel: words.kinds[kind],
      dtype: t.dtype,
      shape: `[${t.shape.join(', ')}]`,
      elements: dims.reduce((a, b) => a * b, 1),
      quantization: quantization(q, wq),
      scale: q && q.scales.length > 0 ? q.scales[0] : NaN,
      scaleCount: q ? q.scales.length : 0,
      zeroPoint: q && q.zeroPoints.length > 0 ? q.zeroPoints[0] : NaN,
      bytes: t.byteSize,
      subgraph: t.subgraph,
      range: ranges[position] ?? '',
      search: words === ROW_WORDS_EN ? '' : quantization(q, ROW_WORDS_EN.quantization),
    };
  });
}

/** NaN (not quantized, unknown size) sorts after every number, whichever the direction. */
function compareNumbers(a: number, b: number, dir: number): number {
  const an = Number.isNaN(a);
  const bn = Number.isNaN(b);
  if (an || bn) return an === bn ? 0 : an ? 1 : -1;
  return (a - b) * dir;
}

const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

/** A new array sorted by `key`; ties keep table order (position), so the sort is stable and total. */
export function sortRows(rows: readonly TensorRow[], key: SortKey, descending: boolean): TensorRow[] {
  const dir = descending ? -1 : 1;
  const cmp = (a: TensorRow, b: TensorRow): number => {
    switch (key) {
      case 'position':
        return 0;
      case 'name':
      case 'kind':
      case 'dtype':
        // Unnamed tensors go last, like missing numbers.
        if ((a[key] === '') !== (b[key] === '')) return a[key] === '' ? 1 : -1;
        return collator.compare(a[key], b[key]) * dir;
      case 'shape':
        return compareNumbers(a.elements, b.elements, dir) || collator.compare(a.shape, b.shape) * dir;
      case 'scale':
        return compareNumbers(a.scale, b.scale, dir);
      case 'zeroPoint':
        return compareNumbers(a.zeroPoint, b.zeroPoint, dir);
      case 'bytes':
        return compareNumbers(a.bytes, b.bytes, dir);
    }
  };
  return [...rows].sort((a, b) => cmp(a, b) || (key === 'position' ? (a.position - b.position) * dir : a.position - b.position));
}

/**
 * Rows whose text matches every word of `query` (case-insensitive): a word
 * matches the name, kind, dtype, shape or quantization; `#12` matches position 12.
 */
export function filterRows(rows: readonly TensorRow[], query: string): TensorRow[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...rows];
  return rows.filter((r) => {
    const text = `${r.name}\n${r.kind}\n${r.kindLabel}\n${r.dtype}\n${r.shape}\n${r.quantization}\n${r.search ?? ''}`.toLowerCase();
    return words.every((w) => (/^#\d+$/.test(w) ? Number(w.slice(1)) === r.position : text.includes(w)));
  });
}

/** aria-sort of a column header. */
export function ariaSort(column: SortKey, key: SortKey, descending: boolean): 'ascending' | 'descending' | 'none' {
  if (column !== key) return 'none';
  return descending ? 'descending' : 'ascending';
}
