/**
 * ParamConverter's analysis: which warnings a state gets, the messages for
 * states that cannot be converted, the presets, the number line, and the
 * URL round trip of its schema (hostile values give notices).
 */
import { describe, expect, it } from 'vitest';
import { defaultsOf } from '../../../src/lib/widget-state/schema.ts';
import { decodeUrlState, encodeUrlState } from '../../../src/lib/widget-state/url-state.ts';
import { link, numberLine, presetsFor, warningsFor, wrongComparison } from '../../../src/widgets/param-converter/analysis.ts';
import { parseNumber } from '../../../src/widgets/shared/parse-number.ts';
import { paramConverterSchema, type ParamConverterState } from '../../../src/widgets/param-converter.schema.ts';

const base = defaultsOf(paramConverterSchema) as ParamConverterState;
const state = (change: Partial<ParamConverterState>): ParamConverterState => ({ ...base, ...change });

function forms(s: ParamConverterState) {
  const l = link(s);
  if (!l.ok) throw new Error(l.message);
  return l.forms;
}

describe('warnings', () => {
  it('the default (0, 255) has none', () => {
    const s = state({});
    expect(warningsFor(s, forms(s))).toEqual([]);
  });

  it('(127.5, 127.5): the zero point is rounded, a tie, and the covered range is named', () => {
    const s = state({ mean: 127.5, stdDev: 127.5 });
    const w = warningsFor(s, forms(s));
    expect(w.map((x) => x.id)).toEqual(['rounded-zero-point']);
    expect(w[0].message).toMatch(/127\.5.*rounds it to 128.*tie.*\[\u22121\.00392, 0\.996078\]/);
  });

  it('a range without 0 says the zero point is clamped and where the grid went', () => {
    const s = state({ from: 'range', min: 2, max: 10 });
    const w = warningsFor(s, forms(s));
    expect(w.map((x) => x.id)).toEqual(['no-zero']);
    expect(w[0].message).toMatch(/does not contain 0\.0.*clamps the zero point to 0.*keeps 0\.0 on the grid.*\[0, 8\]/);
  });

  it('a mean outside the type is the same problem, said in terms of the mean', () => {
    const s = state({ mean: 300, stdDev: 1 });
    expect(warningsFor(s, forms(s))[0].message).toMatch(/mean 300 is outside the uint8 codes 0…255/);
  });

  it('a typed scale that is not a float32 is shown as the float32 the model keeps', () => {
    const s = state({ from: 'params', scale: 1 / 255, zeroPoint: 0 });
    const w = warningsFor(s, forms(s));
    expect(w.map((x) => x.id)).toEqual(['float32-scale']);
    expect(w[0].message).toContain('0.003921568859368563');
  });

  it('int16 with a non-zero zero point notes that the 16x8 mode is symmetric', () => {
    const s = state({ dtype: 'int16', from: 'range', min: 0, max: 1 });
    expect(warningsFor(s, forms(s)).map((x) => x.id)).toContain('int16-zero-point');
  });
});

describe('states that cannot be converted get a message, not a crash', () => {
  const cases: Array<[Partial<ParamConverterState>, RegExp]> = [
    [{ stdDev: -1 }, /std_dev must be positive.*codes per unit/],
    [{ stdDev: 0 }, /std_dev must be positive/],
    [{ from: 'range', min: 1, max: -1 }, /min \(1\) is greater than max \(-1\)/i],
    [{ from: 'range', min: 3, max: 3 }, /zero width/],
    [{ from: 'params', scale: 1, zeroPoint: 127.5 }, /must be an integer.*integer code/],
    [{ from: 'params', dtype: 'int8', scale: 1, zeroPoint: 200 }, /outside the int8 range/],
    [{ from: 'params', scale: -0.5, zeroPoint: 0 }, /positive/],
    [{ from: 'params', scale: 1e-60, zeroPoint: 0 }, /too small.*float32/],
  ];
  for (const [change, message] of cases) {
    it(JSON.stringify(change), () => {
      const l = link(state(change));
      expect(l.ok).toBe(false);
      if (!l.ok) expect(l.message).toMatch(message);
    });
  }

  it('NaN and infinities are refused at the field with a message', () => {
    for (const t of ['NaN', 'inf', '-Infinity']) {
      const r = parseNumber(t, 'std_dev');
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.message).toMatch(/finite/);
    }
    expect(parseNumber('1e999', 'x').ok).toBe(false);
    expect(parseNumber('abc', 'x').ok).toBe(false);
    expect(parseNumber('\u2212127.5', 'x')).toEqual({ ok: true, value: -127.5 });
  });
});

describe('presets, the wrong formula and the number line', () => {
  it('uint8 presets are (0, 255), (127.5, 127.5), (0, 1) and the range (−100, 100)', () => {
    const p = presetsFor('uint8');
    expect(p.map((x) => x.state)).toEqual([
      { from: 'stats', mean: 0, stdDev: 255 },
      { from: 'stats', mean: 127.5, stdDev: 127.5 },
      { from: 'stats', mean: 0, stdDev: 1 },
      { from: 'range', min: -100, max: 100 },
    ]);
  });

  it('int8 presets shift the mean by 128', () => {
    expect(presetsFor('int8').slice(0, 2).map((x) => x.state)).toEqual([
      { from: 'stats', mean: -128, stdDev: 255 },
      { from: 'stats', mean: -0.5, stdDev: 127.5 },
    ]);
  });

  it('the wrong formula for (0, 255) claims [0, 65025]', () => {
    expect(wrongComparison(forms(state({})))).toEqual({ wrong: { min: 0, max: 65025 }, right: { min: 0, max: 1 } });
  });

  it('the number line has 0.0 on a tick, at most 32 ticks, and says it in words', () => {
    for (const s of [state({}), state({ mean: 127.5, stdDev: 127.5 }), state({ dtype: 'int16', from: 'range', min: -3, max: 1 })]) {
      const line = numberLine(forms(s));
      expect(line.ticks.length).toBeLessThanOrEqual(32);
      expect(line.ticks.some((t) => t.value === 0)).toBe(true);
      expect(line.lo).toBeLessThan(line.covered.min);
      expect(line.hi).toBeGreaterThan(line.covered.max);
      expect(line.description).toMatch(/0\.0 is code/);
    }
    expect(numberLine(forms(state({}))).requested).toBeNull();
    expect(numberLine(forms(state({ mean: 127.5, stdDev: 127.5 }))).requested).toEqual({ min: -1, max: 1 });
    const off = numberLine(forms(state({ from: 'range', min: 2, max: 10 })));
    expect(off.zero).toEqual({ code: 0, clamped: true });
    expect(off.covered.min).toBe(0);
    expect(off.description).toMatch(/0\.0 is code 0, the end of the grid/);
  });
});

describe('URL state', () => {
  it('round-trips a state through the query string', () => {
    const s = state({ dtype: 'int8', from: 'range', min: -1, max: 1 });
    const query = new URLSearchParams(encodeUrlState(paramConverterSchema, 'converter', s)).toString();
    expect(decodeUrlState(paramConverterSchema, 'converter', query).state).toEqual(s);
  });

  it('hostile values fall back to the defaults with a notice', () => {
    const d = decodeUrlState(paramConverterSchema, 'converter', 'converter.mean=NaN&converter.dtype=%3Cscript%3E&converter.stdDev=1e999');
    expect(d.state.mean).toBe(base.mean);
    expect(d.state.dtype).toBe(base.dtype);
    expect(d.state.stdDev).toBe(base.stdDev);
    expect(d.notices.length).toBe(3);
  });
});
