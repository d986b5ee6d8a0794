// Text for the table cells: exact scales as Python prints them, with the
// fraction they stand for when there is an obvious one.
import { num, pyFloat, type TensorExplanation } from '../../lib/formats/details-view/index.ts';

const DENOMINATORS = [255, 256, 128, 32767, 32768, 65535];

/** 0.003921568859368563 → "1/255"; 0.7843137383460999 → "200/255"; null when nothing simple fits. */
export function fractionOf(scale: number): string | null {
  if (!(scale > 0) || !Number.isFinite(scale)) return null;
  // The smallest numerator wins: 0.0078125 is 1/128 rather than 2/256.
  let best: [number, number] | null = null;
  for (const d of DENOMINATORS) {
    const n = scale * d;
    const k = Math.round(n);
    if (k >= 1 && k <= 1000 && Math.abs(n - k) <= 2e-6 * n && (best === null || k < best[0])) best = [k, d];
  }
  return best ? `${best[0]}/${best[1]}` : null;
}

export function scaleText(scale: number): string {
  return pyFloat(scale);
}

export function shapeText(shape: readonly number[]): string {
  return `[${shape.join(', ')}]`;
}

export interface Row {
  scale: string;
  zeroPoint: string;
  range: string;
  step: string;
}

export function rowOf(t: TensorExplanation): Row {
  if (t.kind === 'float' || t.kind === 'plain') return { scale: '—', zeroPoint: '—', range: 'not quantized', step: '—' };
  if (t.kind === 'per-axis') {
    const zps = new Set(t.channels.map((c) => c.zeroPoint));
    const lows = t.channels.map((c) => c.min).filter((v): v is number => v !== null);
    const highs = t.channels.map((c) => c.max).filter((v): v is number => v !== null);
    return {
      scale: `${t.channels.length} scales, axis ${t.axis}`,
      zeroPoint: zps.size === 1 ? `all ${num([...zps][0])}` : `${zps.size} different`,
      range: lows.length ? `per channel, widest [${num(Math.min(...lows), 4)}, ${num(Math.max(...highs), 4)}]` : 'unknown',
      step: 'per channel',
    };
  }
  const c = t.channels[0];
  return {
    scale: scaleText(c.scale),
    zeroPoint: num(c.zeroPoint),
    range: c.min === null || c.max === null ? 'unknown' : `[${num(c.min)}, ${num(c.max)}]`,
    step: num(c.scale),
  };
}
