import { describe, expect, it } from 'vitest';
import { decodeUrlState, defaultsOf } from '../../../src/lib/widget-state/index.ts';
import { fullStateEntries, stateLink } from '../../../src/elements/share.ts';
import { affineQuantizerSchema as schema } from '../../../src/widgets/affine-quantizer.schema.ts';

describe('stateLink', () => {
  it('reproduces the state on a page whose own props differ (the lesson’s base is not the defaults)', () => {
    const state = { ...defaultsOf(schema), min: -1, max: 1, dtype: 'int8' as const, scale: 0.5, zeroPoint: 3 };
    const lessonBase = { ...defaultsOf(schema), min: -3, max: 4, source: 'relu' as const };
    const link = new URL(stateLink(schema, 'quantizer', state, 'https://zp.example/lessons/x/?old=1#top'));
    expect(link.pathname).toBe('/lessons/x/');
    expect(link.hash).toBe('#quantizer');
    expect(link.searchParams.has('old')).toBe(false);
    const decoded = decodeUrlState(schema, 'quantizer', link.search, lessonBase);
    expect(decoded.notices).toEqual([]);
    expect(decoded.state).toEqual({ ...state, id: lessonBase.id });
  });

  it('leaves out values that are not valid, and writes nothing for a bad namespace', () => {
    const state = { ...defaultsOf(schema), min: Number.NaN };
    expect(fullStateEntries(schema, 'quantizer', state).some(([k]) => k === 'quantizer.min')).toBe(false);
    expect(fullStateEntries(schema, '<x>', defaultsOf(schema))).toEqual([]);
  });
});
