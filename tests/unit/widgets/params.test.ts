// The quantizer's min/max ↔ scale/zero point linking. Expected figures are
// worked by hand (and match lesson 1's worked example), not by the code.
import { describe, expect, it } from 'vitest';
import {
  parseRangeField,
  parseScaleField,
  parseZeroPointField,
  resolveParams,
  withDtype,
  withParams,
  withRange,
  type ParamSettings,
} from '../../../src/widgets/affine-quantizer/params.ts';
import { en } from '../../../src/widgets/affine-quantizer/strings.ts';

const w = en.fields;
const core = (f: { message: string }) => f.message;

const range = (min: number, max: number, dtype: 'uint8' | 'int8' = 'uint8', narrowRange = false): ParamSettings => ({
  dtype,
  narrowRange,
  min,
  max,
  scale: null,
  zeroPoint: null,
});

function ok(s: ParamSettings) {
  const r = resolveParams(s);
  if (!r.ok) throw new Error(r.message);
  return r.params;
}

describe('resolveParams from a range', () => {
  it('[−1, 3] as uint8: s = 4/255, z = 64', () => {
    const p = ok(range(-1, 3));
    expect(p.mode).toBe('range');
    expect(p.scale).toBeCloseTo(4 / 255, 7);
    expect(p.zeroPoint).toBe(64);
    expect(p.qmin).toBe(0);
    expect(p.qmax).toBe(255);
  });

  it('[−3, 4] as uint8: the ideal zero point 109.29 is nudged to 109 and the range moves to about [−2.992, 4.008]', () => {
    const p = ok(range(-3, 4));
    expect(p.zeroPoint).toBe(109);
    expect(p.nudgedMin).toBeCloseTo(-2.992, 3);
    expect(p.nudgedMax).toBeCloseTo(4.008, 3);
  });

  it('uint8 → int8 keeps the scale and the nudged range and shifts z by 128', () => {
    const u = ok(range(-3, 4, 'uint8'));
    const { settings } = withDtype(range(-3, 4, 'uint8'), 'int8', false, w);
    const i = ok(settings);
    expect(i.scale).toBe(u.scale);
    expect(i.zeroPoint).toBe(u.zeroPoint - 128);
    expect(i.nudgedMin).toBeCloseTo(u.nudgedMin, 6);
    expect(i.nudgedMax).toBeCloseTo(u.nudgedMax, 6);
  });

  it('widens a range that excludes 0', () => {
    const p = ok(range(0.5, 2));
    expect(p.nudgedMin).toBe(0);
    expect(p.zeroPoint).toBe(0);
  });

  it('narrow range int8 uses codes −127…127', () => {
    const p = ok(range(-1, 1, 'int8', true));
    expect(p.qmin).toBe(-127);
    expect(p.qmax).toBe(127);
  });

  it('explains an unusable range instead of throwing', () => {
    const r = resolveParams(range(2, 1));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/min|max/i);
    const nan = resolveParams(range(Number.NaN, 1));
    expect(nan.ok).toBe(false);
  });
});

describe('typed scale and zero point', () => {
  it('put the range at what the parameters cover: s = 0.5, z = 10 (uint8) → [−5, 122.5]', () => {
    const r = withParams(range(-1, 1), 0.5, 10);
    expect(r.ok).toBe(true);
    if (!r.ok || !r.settings) return;
    expect(r.settings.min).toBe(-5);
    expect(r.settings.max).toBe(122.5);
    const p = ok(r.settings);
    expect(p.mode).toBe('params');
    expect(p.scale).toBe(0.5);
    expect(p.zeroPoint).toBe(10);
  });

  it('keep the typed scale exactly as float32, not re-derived from the range', () => {
    const r = withParams(range(-1, 1), 0.01, 100);
    if (!r.ok || !r.settings) throw new Error('expected valid parameters');
    expect(ok(r.settings).scale).toBe(Math.fround(0.01));
  });

  it('hand control back to the range when a slider moves', () => {
    const r = withParams(range(-1, 1), 0.5, 10);
    if (!r.ok || !r.settings) throw new Error('expected valid parameters');
    const dragged = withRange(r.settings, -4, r.settings.max);
    expect(dragged.scale).toBeNull();
    expect(dragged.zeroPoint).toBeNull();
    expect(ok(dragged).mode).toBe('range');
  });

  it('reject a zero point outside the type, leaving the settings alone', () => {
    const r = withParams(range(-1, 1, 'int8'), 0.1, 200);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/200/);
  });

  it('survive a dtype change when the zero point still fits, and give way with a note when not', () => {
    const fits = withParams(range(-1, 1), 0.02, 100);
    if (!fits.ok || !fits.settings) throw new Error('expected valid parameters');
    const kept = withDtype(fits.settings, 'int8', false, w);
    expect(kept.note).toBeNull();
    expect(ok(kept.settings).mode).toBe('params');
    expect(ok(kept.settings).zeroPoint).toBe(100);

    const high = withParams(range(-1, 1), 0.02, 200);
    if (!high.ok || !high.settings) throw new Error('expected valid parameters');
    const moved = withDtype(high.settings, 'int8', false, w);
    expect(moved.note).toMatch(/200/);
    expect(ok(moved.settings).mode).toBe('range');
    expect(moved.settings.min).toBe(high.settings.min);
    expect(moved.settings.max).toBe(high.settings.max);
  });
});

describe('typed fields', () => {
  it.each(['0', '-0.5', 'abc', 'NaN', 'Infinity', '', '1e-50'])('scale %j gives a message', (text) => {
    const r = parseScaleField(text, w, core);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message.length).toBeGreaterThan(10);
  });

  it('reads a scale with the typographic minus and exponents', () => {
    expect(parseScaleField('7.8125e-3', w, core)).toEqual({ ok: true, value: 0.0078125 });
  });

  it('checks the zero point against the type', () => {
    expect(parseZeroPointField('255', 'uint8', w)).toEqual({ ok: true, value: 255 });
    expect(parseZeroPointField('\u2212128', 'int8', w)).toEqual({ ok: true, value: -128 });
    for (const [text, dtype] of [['256', 'uint8'], ['-1', 'uint8'], ['128', 'int8'], ['12.5', 'int8'], ['x', 'int8']] as const) {
      const r = parseZeroPointField(text, dtype, w);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.message).toMatch(/zero point/i);
    }
  });

  it('refuses min above max and max below min', () => {
    expect(parseRangeField('2', 'min', 1, w).ok).toBe(false);
    expect(parseRangeField('0', 'max', 1, w).ok).toBe(false);
    expect(parseRangeField('1', 'min', 1, w)).toEqual({ ok: true, value: 1 });
    expect(parseRangeField('1e7', 'max', 0, w).ok).toBe(false);
  });
});
