/**
 * The two widgets' schemas as links and attributes meet them: valid state
 * round-trips through the URL, hostile or inconsistent values fall back
 * with a notice that does not echo them.
 */
import { describe, expect, it } from 'vitest';
import { decodeUrlState, encodeUrlState, resolveAttributes, resolveProps } from '../../../src/lib/widget-state/index.ts';
import { fakeQuantPlacementSchema as placement } from '../../../src/widgets/fake-quant-placement.schema.ts';
import { perChannelWeightsSchema as weights } from '../../../src/widgets/per-channel-weights.schema.ts';
import { CORRECT_PLACEMENT, EDGE_IDS } from '../../../src/lib/fake-quant/index.ts';

describe('FakeQuantPlacement schema', () => {
  it('has one boolean per edge of the network, on by default exactly where contrib/quantize puts a node', () => {
    const { state } = resolveProps(placement, {});
    expect(EDGE_IDS.filter((e) => state[e])).toEqual([...CORRECT_PLACEMENT]);
    expect(placement.props.focus.options).toEqual([...EDGE_IDS]);
  });

  it('round-trips a placement and a range through the URL', () => {
    const { state: base } = resolveProps(placement, {});
    const state = { ...base, pre1: true, input: false, focus: 'pre1' as const, min: -7, max: 6 };
    const search = new URLSearchParams(encodeUrlState(placement, 'placement', state, base)).toString();
    const back = decodeUrlState(placement, 'placement', search, base);
    expect(back.notices).toEqual([]);
    expect(back.state).toEqual(state);
  });

  it('refuses half a range, a reversed range, a reversed dummy range and markup, with notices', () => {
    const cases = ['placement.min=1', 'placement.min=2&placement.max=1', 'placement.defaultMin=6&placement.defaultMax=0', 'placement.focus=%3Cscript%3E'];
    for (const q of cases) {
      const r = decodeUrlState(placement, 'placement', q);
      expect(r.notices.length, q).toBeGreaterThan(0);
      expect(r.notices.map((n) => n.message).join(' ')).not.toContain('<script>');
      expect(r.state.min === null).toBe(r.state.max === null);
      expect(r.state.defaultMin).toBeLessThan(r.state.defaultMax);
    }
  });

  it('reads boolean attributes from a custom element', () => {
    const r = resolveAttributes(placement, { pre1: '', input: 'false' });
    expect(r.notices).toEqual([]);
    expect(r.state.pre1).toBe(true);
    expect(r.state.input).toBe(false);
  });
});

describe('PerChannelWeights schema', () => {
  it('refuses an unknown source and a negative or fractional channel', () => {
    for (const q of ['weights.source=javascript%3Aalert(1)', 'weights.channel=-1', 'weights.channel=1.5', 'weights.metric=NaN']) {
      const r = decodeUrlState(weights, 'weights', q);
      expect(r.notices.length, q).toBe(1);
      expect(r.state).toEqual(resolveProps(weights, {}).state);
    }
  });
});
