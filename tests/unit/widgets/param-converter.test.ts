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
import fc from 'fast-check';
import { en } from '../../../src/widgets/param-converter/strings.ts';
import { zh } from '../../../src/widgets/param-converter/strings.zh.ts';
import { parseNumberIn } from '../../../src/widgets/param-converter/number-words.ts';
import { paramConverterSchema, type ParamConverterState } from '../../../src/widgets/param-converter.schema.ts';

const base = defaultsOf(paramConverterSchema) as ParamConverterState;
const state = (change: Partial<ParamConverterState>): ParamConverterState => ({ ...base, ...change });

function forms(s: ParamConverterState) {
  const l = link(s, en);
  if (!l.ok) throw new Error(l.message);
  return l.forms;
}

describe('warnings', () => {
  it('the default (0, 255) has none', () => {
    const s = state({});
    expect(warningsFor(s, forms(s), en)).toEqual([]);
  });

  it('(127.5, 127.5): the zero point is rounded, a tie, and the covered range is named', () => {
    const s = state({ mean: 127.5, stdDev: 127.5 });
    const w = warningsFor(s, forms(s), en);
    expect(w.map((x) => x.id)).toEqual(['rounded-zero-point']);
    expect(w[0].message).toMatch(/127\.5.*rounds it to 128.*tie.*\[\u22121\.00392, 0\.996078\]/);
  });

  it('a range without 0 says the zero point is clamped and where the grid went', () => {
    const s = state({ from: 'range', min: 2, max: 10 });
    const w = warningsFor(s, forms(s), en);
    expect(w.map((x) => x.id)).toEqual(['no-zero']);
    expect(w[0].message).toMatch(/does not contain 0\.0.*clamps the zero point to 0.*keeps 0\.0 on the grid.*\[0, 8\]/);
  });

  it('a mean outside the type is the same problem, said in terms of the mean', () => {
    const s = state({ mean: 300, stdDev: 1 });
    expect(warningsFor(s, forms(s), en)[0].message).toMatch(/mean 300 is outside the uint8 codes 0…255/);
  });

  it('a typed scale that is not a float32 is shown as the float32 the model keeps', () => {
    const s = state({ from: 'params', scale: 1 / 255, zeroPoint: 0 });
    const w = warningsFor(s, forms(s), en);
    expect(w.map((x) => x.id)).toEqual(['float32-scale']);
    expect(w[0].message).toContain('0.003921568859368563');
  });

  it('int16 with a non-zero zero point notes that the 16x8 mode is symmetric', () => {
    const s = state({ dtype: 'int16', from: 'range', min: 0, max: 1 });
    expect(warningsFor(s, forms(s), en).map((x) => x.id)).toContain('int16-zero-point');
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
      const l = link(state(change), en);
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
    const p = presetsFor('uint8', en);
    expect(p.map((x) => x.state)).toEqual([
      { from: 'stats', mean: 0, stdDev: 255 },
      { from: 'stats', mean: 127.5, stdDev: 127.5 },
      { from: 'stats', mean: 0, stdDev: 1 },
      { from: 'range', min: -100, max: 100 },
    ]);
  });

  it('int8 presets shift the mean by 128', () => {
    expect(presetsFor('int8', en).slice(0, 2).map((x) => x.state)).toEqual([
      { from: 'stats', mean: -128, stdDev: 255 },
      { from: 'stats', mean: -0.5, stdDev: 127.5 },
    ]);
  });

  it('the wrong formula for (0, 255) claims [0, 65025]', () => {
    expect(wrongComparison(forms(state({})))).toEqual({ wrong: { min: 0, max: 65025 }, right: { min: 0, max: 1 } });
  });

  it('the number line has 0.0 on a tick, at most 32 ticks, and says it in words', () => {
    for (const s of [state({}), state({ mean: 127.5, stdDev: 127.5 }), state({ dtype: 'int16', from: 'range', min: -3, max: 1 })]) {
      const line = numberLine(forms(s), en);
      expect(line.ticks.length).toBeLessThanOrEqual(32);
      expect(line.ticks.some((t) => t.value === 0)).toBe(true);
      expect(line.lo).toBeLessThan(line.covered.min);
      expect(line.hi).toBeGreaterThan(line.covered.max);
      expect(line.description).toMatch(/0\.0 is code/);
    }
    expect(numberLine(forms(state({})), en).requested).toBeNull();
    expect(numberLine(forms(state({ mean: 127.5, stdDev: 127.5 })), en).requested).toEqual({ min: -1, max: 1 });
    const off = numberLine(forms(state({ from: 'range', min: 2, max: 10 })), en);
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

describe('in Chinese', () => {
  const CJK = /[\u4e00-\u9fff]/;
  /** A run of two English words: a sentence left untranslated. */
  const PHRASE = /\b[A-Za-z][a-z]+\s+[a-z]{2,}\b/;
  const zhForms = (s: ParamConverterState) => {
    const l = link(s, zh);
    if (!l.ok) throw new Error(l.message);
    return l.forms;
  };

  it('warnings carry the same numbers as the English ones, in Chinese sentences', () => {
    const states = [
      state({ mean: 127.5, stdDev: 127.5 }),
      state({ from: 'range', min: 2, max: 10 }),
      state({ mean: 300, stdDev: 1 }),
      state({ from: 'params', scale: 1 / 255, zeroPoint: 0 }),
      state({ dtype: 'int16', from: 'range', min: 0, max: 1 }),
      state({ stdDev: 1e16 }),
      state({ from: 'range', min: -0.3, max: 0.9 }),
    ];
    for (const s of states) {
      const a = warningsFor(s, forms(s), en);
      const b = warningsFor(s, zhForms(s), zh);
      expect(b.map((w) => w.id)).toEqual(a.map((w) => w.id));
      expect(a.length).toBeGreaterThan(0);
      const numbers = (text: string) => (text.match(/[\u2212-]?\d+(?:[.,]\d+)*(?: × 10[⁰¹²³⁴⁵⁶⁷⁸⁹⁻]+)?/g) ?? []).sort();
      b.forEach((w, i) => {
        expect(w.message, w.id).toMatch(CJK);
        expect(w.message, w.id).not.toMatch(PHRASE);
        // Numbers are the same in both languages ("TF1", "16x8" and "0.0" included).
        expect(numbers(w.message), w.id).toEqual(numbers(a[i]!.message));
      });
    }
  });

  it('a tie says so in Chinese too', () => {
    const s = state({ mean: 127.5, stdDev: 127.5 });
    expect(warningsFor(s, zhForms(s), zh)[0]!.message).toMatch(/舍入为 128（恰好在两个整数正中间/);
  });

  it('states that cannot be converted are explained in Chinese, with no English sentence left', () => {
    for (const change of [
      { stdDev: -1 },
      { from: 'range', min: 1, max: -1 },
      { from: 'range', min: 3, max: 3 },
      { from: 'params', scale: 1, zeroPoint: 127.5 },
      { from: 'params', dtype: 'int8', scale: 1, zeroPoint: 200 },
      { from: 'params', scale: 1e-60, zeroPoint: 0 },
    ] as Array<Partial<ParamConverterState>>) {
      const l = link(state(change), zh);
      expect(l.ok, JSON.stringify(change)).toBe(false);
      if (l.ok) continue;
      expect(l.message).toMatch(CJK);
      // The English term in brackets after a Chinese one, 零点（zero point）, is how terms are introduced.
      expect(l.message.replace(/（[^）]*）/g, ''), JSON.stringify(change)).not.toMatch(PHRASE);
    }
  });

  it('presets and the number line speak Chinese and keep their numbers', () => {
    expect(presetsFor('uint8', zh).map((p) => p.label).slice(0, 3)).toEqual(['输入在 [0, 1]：(0, 255)', '输入在 [−1, 1]：(127.5, 127.5)', '原始像素 [0, 255]：(0, 1)']);
    expect(presetsFor('uint8', zh).map((p) => p.state)).toEqual(presetsFor('uint8', en).map((p) => p.state));
    const line = numberLine(zhForms(state({ dtype: 'int16', from: 'range', min: -3, max: 1 })), zh);
    expect(line.description).toMatch(/^从 -32768 到 32767 共 65,536 个码值/);
    expect(line.description).toMatch(/图中每 2048 个码值画一个刻度。$/);
    expect(line.description).not.toMatch(PHRASE);
    // English keeps its ordinal.
    expect(numberLine(forms(state({ dtype: 'int16', from: 'range', min: -3, max: 1 })), en).description).toMatch(/every 2048th code\.$/);
  });

  it('the field parser says the same as the shared English one, and Chinese for zh', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('', ' ', 'NaN', '-inf', 'Infinity', '1e999', '\u2212127.5', '.5', 'abc', '1e-3')), (text) => {
        expect(parseNumberIn(text, 'std_dev', en.number)).toEqual(parseNumber(text, 'std_dev'));
        const z = parseNumberIn(text, 'std_dev', zh.number);
        const e = parseNumber(text, 'std_dev');
        expect(z.ok).toBe(e.ok);
        if (!z.ok) expect(z.message).toMatch(CJK);
        else if (e.ok) expect(z.value).toBe(e.value);
      }),
      { numRuns: 400 },
    );
  });
});
