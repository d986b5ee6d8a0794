/**
 * The fake-quant library's words in two languages: the converter's notes
 * carry a code and values, worded from NOTE_TEXT (English, the sentences the
 * widget always showed) or NOTE_TEXT_ZH; every edge has a Chinese explanation.
 * The widget's two catalogs keep the same keys and slots.
 */
import { describe, expect, it } from 'vitest';
import { EDGES, EDGE_IDS, NOTE_TEXT, convert, makeNetwork, recordedRanges, type EdgeId } from '../../../src/lib/fake-quant/index.ts';
import { NOTE_TEXT_ZH } from '../../../src/lib/fake-quant/convert.zh.ts';
import { EDGE_TEXT_ZH } from '../../../src/lib/fake-quant/network.zh.ts';
import { en } from '../../../src/widgets/fake-quant-placement/strings.ts';
import { zh } from '../../../src/widgets/fake-quant-placement/strings.zh.ts';
import { fakeQuantPlacementSchema } from '../../../src/widgets/fake-quant-placement.schema.ts';
import { fmt, slotsOf } from '../../../src/lib/i18n/template.ts';

type Tree = { [key: string]: string | Tree };
function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(tree)) {
    if (typeof v === 'string') out.set(prefix + k, v);
    else for (const [kk, vv] of leaves(v, `${prefix}${k}.`)) out.set(kk, vv);
  }
  return out;
}

const net = makeNetwork(1);
const ranges = recordedRanges(net);

describe('converter notes', () => {
  it('say in English what they said before, from code and values', () => {
    const c = convert(net, new Set<EdgeId>(['act1', 'out', 'pre1', 'b1']), ranges, { defaultRanges: { min: -6, max: 6 } });
    expect(c.notes.map((n) => n.message)).toEqual([
      'input has no range; the default range [-6, 6] is used instead.',
      'Constant array fc1/weights has no range, so the converter takes the min and max of its values. Training never saw these weights rounded, so the result may not match what it learned.',
      'Constant array fc2/weights has no range, so the converter takes the min and max of its values. Training never saw these weights rounded, so the result may not match what it learned.',
      'fc1/BiasAdd disappears when the layer is fused; its range is not used, and the rounding training simulated there never happens.',
      'The range on fc1/biases is not used: biases are stored as int32 with scale input scale × weight scale.',
    ]);
    expect(c.notes.map((n) => n.code)).toEqual(['default-range', 'weights-from-values', 'weights-from-values', 'fused-away', 'bias-range-unused']);
    expect(fmt(NOTE_TEXT_ZH[c.notes[0].code], c.notes[0].values)).toBe('input 没有范围，改用默认范围 [-6, 6]。');
  });
  it('have a Chinese twin for every code, with the same slots', () => {
    expect(Object.keys(NOTE_TEXT_ZH).sort()).toEqual(Object.keys(NOTE_TEXT).sort());
    for (const code of Object.keys(NOTE_TEXT) as (keyof typeof NOTE_TEXT)[]) expect(slotsOf(NOTE_TEXT_ZH[code])).toEqual(slotsOf(NOTE_TEXT[code]));
  });
});

describe('edge explanations', () => {
  it('every edge has Chinese words for what it carries and why a node does or does not belong', () => {
    for (const id of EDGE_IDS) {
      expect(EDGE_TEXT_ZH[id].carries).toMatch(/[\u4e00-\u9fff]/);
      expect(EDGE_TEXT_ZH[id].why).toMatch(/[\u4e00-\u9fff]/);
      // Flags and tensor names in the English explanation are kept in the Chinese one.
      for (const name of EDGES[id].why.match(/--[a-z_]+|\w+_scale/g) ?? []) expect(EDGE_TEXT_ZH[id].why).toContain(name);
    }
  });
});

describe('the widget catalogs', () => {
  it('have the same keys and slots, nothing empty', () => {
    const e = leaves(en as unknown as Tree);
    const z = leaves(zh as unknown as Tree);
    expect([...z.keys()].sort()).toEqual([...e.keys()].sort());
    for (const [key, text] of e) {
      expect(slotsOf(z.get(key)!), key).toEqual(slotsOf(text));
      expect(z.get(key)!.trim(), key).not.toBe('');
    }
  });
  it('the English catalog shows the schema’s own title, description and edge labels', () => {
    expect(en.focusLabels).toEqual(fakeQuantPlacementSchema.props.focus.labels);
    expect([en.title, en.description]).toEqual([fakeQuantPlacementSchema.title, fakeQuantPlacementSchema.description]);
  });
});
