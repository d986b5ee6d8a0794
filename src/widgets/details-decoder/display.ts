// Text for the table cells: exact scales as Python prints them, with the
// fraction they stand for when there is an obvious one.
import { num, pyFloat, type TensorExplanation } from '../../lib/formats/details-view/index.ts';
import { fmt } from '../../lib/i18n/template.ts';
import type { DetailsDecoderStrings } from './strings.ts';

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

/** The tensor table's cells for one row. */
export interface Row {
  scale: string;
  zeroPoint: string;
  range: string;
}

export function rowOf(t: TensorExplanation, words: DetailsDecoderStrings['cells']): Row {
  if (t.kind === 'float' || t.kind === 'plain') return { scale: '—', zeroPoint: '—', range: words.notQuantized };
  if (t.kind === 'per-axis') {
    const zps = new Set(t.channels.map((c) => c.zeroPoint));
    const lows = t.channels.map((c) => c.min).filter((v): v is number => v !== null);
    const highs = t.channels.map((c) => c.max).filter((v): v is number => v !== null);
    return {
      scale: fmt(words.scales, { count: t.channels.length, axis: t.axis ?? 0 }),
      zeroPoint: zps.size === 1 ? fmt(words.allZeroPoints, { zeroPoint: num([...zps][0]) }) : fmt(words.differentZeroPoints, { count: zps.size }),
      range: lows.length ? fmt(words.widest, { low: num(Math.min(...lows), 4), high: num(Math.max(...highs), 4) }) : words.unknown,
    };
  }
  const c = t.channels[0];
  return {
    scale: scaleText(c.scale),
    zeroPoint: num(c.zeroPoint),
    range: c.min === null || c.max === null ? words.unknown : `[${num(c.min)}, ${num(c.max)}]`,
  };
}

export interface TemplatePart {
  text: string;
  /** Set when this part is a {slot}, for markup such as <code> around a value. */
  slot?: string;
}

/** "The output of {input} or {output}." → text and slot parts, in order. */
export function templateParts(template: string): TemplatePart[] {
  const parts: TemplatePart[] = [];
  let last = 0;
  for (const m of template.matchAll(/\{(\w+)\}/g)) {
    if (m.index > last) parts.push({ text: template.slice(last, m.index) });
    parts.push({ text: m[0], slot: m[1] });
    last = m.index + m[0].length;
  }
  if (last < template.length) parts.push({ text: template.slice(last) });
  return parts;
}
