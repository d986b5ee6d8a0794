// Words for ModelComparison's numbers: sizes, percentages, latencies.
import type { LatencySummary } from '../../lib/model/latency.ts';

export function kilobytes(bytes: number): string {
  return bytes >= 10_000 ? `${(bytes / 1000).toFixed(1)} KB` : `${(bytes / 1000).toFixed(2)} KB`;
}

export function pct(fraction: number | null, digits = 2): string {
  return fraction === null ? '—' : `${(fraction * 100).toFixed(digits)}%`;
}

export function ms(x: number): string {
  if (!Number.isFinite(x)) return '—';
  if (x < 0.1) return `${(x * 1000).toFixed(0)} µs`;
  if (x < 10) return `${x.toFixed(2)} ms`;
  return `${x.toFixed(1)} ms`;
}

/** "0.41 ms (0.39–0.44)": median and interquartile range. */
export function latency(s: LatencySummary | null): string {
  if (!s || s.runs === 0) return '—';
  return `${ms(s.median)} (${ms(s.q1)}–${ms(s.q3)})`;
}

/** "1.9× fp32" or "0.6× fp32" (lower is faster). */
export function ratio(s: LatencySummary | null, base: LatencySummary | null): string {
  if (!s || !base || !(base.median > 0)) return '';
  return `${(s.median / base.median).toFixed(2)}× fp32`;
}

/** A model's name in the catalog's language, by model-card id; the card's own label for a model the catalog does not know. */
export function modelLabel(model: { id: string; label: string }, labels: Readonly<Record<string, string>>): string {
  return Object.prototype.hasOwnProperty.call(labels, model.id) ? labels[model.id] : model.label;
}
