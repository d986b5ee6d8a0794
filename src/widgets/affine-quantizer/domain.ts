// The stretch of the real line the sliders move over and the float
// histogram spans. It is fixed by the data and the page's starting range, so
// it does not shift under the pointer while a slider is dragged; it only
// grows when a typed value falls outside it.
import { decimalsFor } from '../shared/format.ts';

export interface Domain {
  lo: number;
  hi: number;
  step: number;
}

/** Slider positions across the domain. */
const POSITIONS = 500;

/** A step of 1, 2 or 5 times a power of ten, near `span / POSITIONS`. */
export function niceStep(span: number): number {
  const raw = span / POSITIONS;
  if (!(raw > 0) || !Number.isFinite(raw)) return 0.01;
  const p = 10 ** Math.floor(Math.log10(raw));
  const m = raw / p;
  return (m <= 1 ? 1 : m <= 2 ? 2 : m <= 5 ? 5 : 10) * p;
}

function snap(x: number, step: number, dir: 'down' | 'up'): number {
  const k = dir === 'down' ? Math.floor(x / step + 1e-9) : Math.ceil(x / step - 1e-9);
  return Number((k * step).toFixed(decimalsFor(step)));
}

function padded(lo: number, hi: number): Domain {
  const span = hi - lo || Math.max(1, Math.abs(lo));
  const pad = 0.08 * span;
  const step = niceStep(span + 2 * pad);
  return { lo: snap(lo - pad, step, 'down'), hi: snap(hi + pad, step, 'up'), step };
}

/**
 * Covers 0, the data and the starting range, padded; `current` values
 * outside it extend it (padded again) so they can still be shown.
 */
export function sliderDomain(
  data: { min: number; max: number },
  start: { min: number; max: number },
  current: { min: number; max: number },
): Domain {
  const base = padded(Math.min(0, data.min, start.min), Math.max(0, data.max, start.max));
  if (current.min >= base.lo && current.max <= base.hi) return base;
  return padded(Math.min(base.lo, current.min), Math.max(base.hi, current.max));
}
