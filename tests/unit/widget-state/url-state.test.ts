import { describe, expect, it } from 'vitest';
import {
  attributeName,
  decodeUrlState,
  defaultsOf,
  defineSchema,
  encodeUrlState,
  isHostileText,
  parseRaw,
  replaceUrlState,
  resolveProps,
} from '../../../src/lib/widget-state/index.ts';
import { affineQuantizerSchema as schema } from '../../../src/widgets/affine-quantizer.schema.ts';

const base = defaultsOf(schema);

describe('decodeUrlState', () => {
  it('reads this widget’s keys and leaves other namespaces alone', () => {
    const { state, notices, present } = decodeUrlState(
      schema,
      'quantizer',
      '?quantizer.min=-0.5&quantizer.dtype=int8&other.min=7&utm_source=x&quantizer.narrowRange=true',
    );
    expect(state.min).toBe(-0.5);
    expect(state.dtype).toBe('int8');
    expect(state.narrowRange).toBe(true);
    expect(state.max).toBe(1);
    expect(notices).toEqual([]);
    expect(present.sort()).toEqual(['dtype', 'min', 'narrowRange']);
  });

  it('falls back to the base state, not the schema default, for missing keys', () => {
    const pageBase = { ...base, dtype: 'int8' as const, min: -3 };
    const { state } = decodeUrlState(schema, 'quantizer', 'quantizer.max=4', pageBase);
    expect(state.dtype).toBe('int8');
    expect(state.min).toBe(-3);
    expect(state.max).toBe(4);
  });

  it.each([
    ['NaN', 'quantizer.min=NaN'],
    ['Infinity', 'quantizer.min=Infinity'],
    ['-Infinity', 'quantizer.min=-Infinity'],
    ['a huge number', 'quantizer.min=1e308'],
    ['a number past the allowed range', 'quantizer.min=-1000001'],
    ['hex', 'quantizer.min=0x10'],
    ['a script tag', 'quantizer.min=%3Cscript%3Ealert(1)%3C%2Fscript%3E'],
    ['an empty value', 'quantizer.min='],
    ['a very long number', `quantizer.min=${'1'.repeat(400)}`],
  ])('rejects %s for a number and says so', (_label, query) => {
    const { state, notices } = decodeUrlState(schema, 'quantizer', query);
    expect(state.min).toBe(base.min);
    expect(notices).toHaveLength(1);
    expect(notices[0].key).toBe('min');
    expect(notices[0].message).toMatch(/quantizer\.min/);
  });

  it('rejects hostile enum and string payloads without echoing them', () => {
    const payloads = [
      'quantizer.source=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E',
      'quantizer.values=%3Cscript%3Ealert(1)%3C%2Fscript%3E',
      'quantizer.values=javascript%3Aalert(1)',
      'quantizer.values=java%09script%3Aalert(1)',
      'quantizer.values=1%2C2%E2%80%AE3',
      'quantizer.dtype=javascript:alert(1)',
      'quantizer.rounding=HALF-TO-EVEN',
    ];
    for (const query of payloads) {
      const { state, notices } = decodeUrlState(schema, 'quantizer', query);
      expect(state).toEqual(base);
      expect(notices).toHaveLength(1);
      for (const n of notices) {
        expect(n.message).not.toMatch(/<|>|script:|onerror|alert/i);
      }
    }
  });

  it('ignores unknown keys, including prototype names, with one notice that does not repeat them', () => {
    const { state, notices } = decodeUrlState(
      schema,
      'quantizer',
      'quantizer.__proto__=1&quantizer.constructor=2&quantizer.%3Cb%3E=3&quantizer.id=evil',
    );
    expect(state).toEqual(base);
    expect(Object.getPrototypeOf(state)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(notices).toHaveLength(1);
    expect(notices[0].message).toMatch(/4 unknown settings/);
    expect(notices[0].message).not.toMatch(/<b>|proto|constructor|evil/);
  });

  it('uses the first of repeated keys and notes the repeat', () => {
    const { state, notices } = decodeUrlState(schema, 'quantizer', 'quantizer.max=2&quantizer.max=3');
    expect(state.max).toBe(2);
    expect(notices.map((n) => n.key)).toEqual(['max']);
  });

  it('applies cross-prop checks: min above max resets both', () => {
    const { state, notices } = decodeUrlState(schema, 'quantizer', 'quantizer.min=3&quantizer.max=2');
    expect(state.min).toBe(base.min);
    expect(state.max).toBe(base.max);
    expect(notices.some((n) => /min must not be greater than max/.test(n.message))).toBe(true);
  });

  it('requires scale and zeroPoint together', () => {
    const lone = decodeUrlState(schema, 'quantizer', 'quantizer.scale=0.5');
    expect(lone.state.scale).toBeNull();
    expect(lone.notices).toHaveLength(1);
    const both = decodeUrlState(schema, 'quantizer', 'quantizer.scale=0.0078125&quantizer.zeroPoint=128');
    expect(both.state.scale).toBe(0.0078125);
    expect(both.state.zeroPoint).toBe(128);
    expect(both.notices).toEqual([]);
  });

  it('enforces integers and option lists', () => {
    expect(decodeUrlState(schema, 'quantizer', 'quantizer.size=5000').state.size).toBe(base.size);
    expect(decodeUrlState(schema, 'quantizer', 'quantizer.size=1048576').state.size).toBe(1048576);
    expect(decodeUrlState(schema, 'quantizer', 'quantizer.seed=1.5').state.seed).toBe(base.seed);
    expect(decodeUrlState(schema, 'quantizer', 'quantizer.zeroPoint=12.5&quantizer.scale=1').state.zeroPoint).toBeNull();
  });

  it('does nothing for an invalid namespace', () => {
    const { state, notices } = decodeUrlState(schema, '<x>', '%3Cx%3E.min=0');
    expect(state).toEqual(base);
    expect(notices).toEqual([]);
  });
});

describe('encodeUrlState / replaceUrlState', () => {
  it('round-trips every kind of value exactly', () => {
    const state = {
      ...base,
      source: 'custom' as const,
      values: '0.1, -2.5e-3 [7]',
      size: 1048576,
      seed: 4294967295,
      dtype: 'int8' as const,
      narrowRange: true,
      rounding: 'half-to-even' as const,
      min: -0.30000000000000004,
      max: 1e-7,
      scale: 0.0078125,
      zeroPoint: -3,
    };
    const query = new URLSearchParams(encodeUrlState(schema, 'quantizer', state)).toString();
    const decoded = decodeUrlState(schema, 'quantizer', query);
    expect(decoded.notices).toEqual([]);
    expect(decoded.state).toEqual(state);
  });

  it('writes only values that differ from the base, and never the id', () => {
    const entries = encodeUrlState(schema, 'quantizer', { ...base, id: 'other', max: 2 });
    expect(entries).toEqual([['quantizer.max', '2']]);
  });

  it('drops invalid values instead of writing them', () => {
    const entries = encodeUrlState(schema, 'quantizer', { ...base, min: Number.NaN, values: '<b>1</b>' });
    expect(entries).toEqual([]);
  });

  it('replaces only its own keys and keeps the rest in order', () => {
    const search = '?a=1&quantizer.min=-2&other.min=5&quantizer.junk=1';
    const next = replaceUrlState(search, schema, 'quantizer', { ...base, dtype: 'int8' });
    expect(next).toBe('?a=1&other.min=5&quantizer.dtype=int8');
    expect(replaceUrlState('?quantizer.min=-2', schema, 'quantizer', base)).toBe('');
  });
});

describe('resolveProps', () => {
  it('validates typed props and falls back with a notice', () => {
    const { state, notices } = resolveProps(schema, {
      id: 'q2',
      min: Number.NaN,
      dtype: 'int4',
      max: 3,
      size: undefined,
    });
    expect(state.id).toBe('q2');
    expect(state.min).toBe(base.min);
    expect(state.dtype).toBe(base.dtype);
    expect(state.max).toBe(3);
    expect(state.size).toBe(base.size);
    expect(notices.map((n) => n.key).sort()).toEqual(['dtype', 'min']);
  });

  it('rejects a prop object trying to smuggle keys through its prototype', () => {
    const props = Object.create({ min: -5 }) as Record<string, unknown>;
    expect(resolveProps(schema, props).state.min).toBe(base.min);
  });
});

describe('parsing helpers', () => {
  const tiny = defineSchema({
    name: 'T',
    tag: 'zp-t',
    title: 'T',
    description: 'test',
    props: { flag: { type: 'boolean', default: false, description: 'a flag' } },
  });

  it('parses booleans the way attributes and links write them', () => {
    const spec = tiny.props.flag;
    expect(parseRaw(spec, 'true')).toEqual({ ok: true, value: true });
    expect(parseRaw(spec, '')).toEqual({ ok: true, value: true });
    expect(parseRaw(spec, '0')).toEqual({ ok: true, value: false });
    expect(parseRaw(spec, 'yes').ok).toBe(false);
  });

  it('recognises markup and script addresses', () => {
    expect(isHostileText('1, 2, 3')).toBe(false);
    expect(isHostileText('<svg onload=x>')).toBe(true);
    expect(isHostileText(' JaVaScRiPt:alert(1)')).toBe(true);
    expect(isHostileText('java\nscript:alert(1)')).toBe(true);
    expect(isHostileText('data:text/html,hi')).toBe(true);
  });

  it('turns camelCase props into attribute names', () => {
    expect(attributeName('narrowRange')).toBe('narrow-range');
    expect(attributeName('zeroPoint')).toBe('zero-point');
    expect(attributeName('min')).toBe('min');
  });
});

describe('resolveAttributes', () => {
  it('reads kebab-case attributes as text, bare booleans included', async () => {
    const { resolveAttributes } = await import('../../../src/lib/widget-state/index.ts');
    const { state, notices } = resolveAttributes(schema, {
      dtype: 'int8',
      'narrow-range': '',
      min: '-0.5',
      'zero-point': '3',
      scale: '0.25',
      rounding: null,
    });
    expect(notices).toEqual([]);
    expect(state).toMatchObject({ dtype: 'int8', narrowRange: true, min: -0.5, zeroPoint: 3, scale: 0.25, rounding: base.rounding });
  });

  it('ignores camelCase spellings and rejects hostile text with a notice', async () => {
    const { resolveAttributes } = await import('../../../src/lib/widget-state/index.ts');
    const { state, notices } = resolveAttributes(schema, {
      narrowRange: 'true',
      values: '<img src=x onerror=alert(1)>',
      max: '1e999',
    });
    expect(state.narrowRange).toBe(false);
    expect(state.values).toBe(base.values);
    expect(state.max).toBe(base.max);
    expect(notices.map((n) => n.key).sort()).toEqual(['max', 'values']);
    for (const n of notices) expect(n.message).not.toMatch(/<|onerror/);
  });
});
