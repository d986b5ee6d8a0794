// The inspector's state in a link: a sample, the selected tensor, filter and
// sort survive the round trip; markup, unknown samples and impossible
// numbers fall back with a notice.
import { describe, expect, it } from 'vitest';
import { defaultsOf } from '../../../src/lib/widget-state/schema.ts';
import { decodeUrlState, replaceUrlState } from '../../../src/lib/widget-state/url-state.ts';
import { modelInspectorSchema as schema, type ModelInspectorState } from '../../../src/widgets/model-inspector.schema.ts';

const initial = defaultsOf(schema);

describe('ModelInspector URL state', () => {
  it('round-trips a sample, a tensor, a filter with path characters, and a sort', () => {
    const state: ModelInspectorState = { ...initial, sample: 'digits-fp32', tensor: 12, filter: 'conv2/w:0 #3', sort: 'scale', descending: true };
    const search = replaceUrlState('', schema, 'inspector', state, initial);
    expect(search).not.toContain('inspector.id');
    const back = decodeUrlState(schema, 'inspector', search, initial);
    expect(back.notices).toEqual([]);
    expect(back.state).toEqual(state);
  });

  it('leaves the defaults out of the link', () => {
    expect(replaceUrlState('', schema, 'inspector', initial, initial)).toBe('');
  });

  it('refuses markup, unknown samples and sort keys, and negative or fractional tensors, with notices', () => {
    const back = decodeUrlState(schema, 'inspector', '?inspector.filter=%3Cimg%3E&inspector.sample=my-model.tflite&inspector.sort=evil&inspector.tensor=-1', initial);
    expect(back.state).toEqual(initial);
    expect(back.notices.map((n) => n.key).sort()).toEqual(['filter', 'sample', 'sort', 'tensor']);
    expect(decodeUrlState(schema, 'inspector', '?inspector.tensor=2.5', initial).state.tensor).toBeNull();
  });
});
