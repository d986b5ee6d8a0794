// Notices about a link's or an element's settings, in Chinese: the same
// checks as in English (tests/unit/widget-state), worded from the catalog.
import { describe, expect, it } from 'vitest';
import { decodeUrlState, resolveAttributes, stateWordsEn } from '../../../src/lib/widget-state/index.ts';
import { sharedZh } from '../../../src/widgets/shared/strings.zh.ts';
import { affineQuantizerSchema } from '../../../src/widgets/affine-quantizer.schema.ts';

const zh = sharedZh.state;
const han = /[\u4e00-\u9fff]/;

describe('state notices in Chinese', () => {
  it('words an invalid, a repeated and an unknown link setting', () => {
    const { notices, state } = decodeUrlState(affineQuantizerSchema, 'q', '?q.min=NaN&q.dtype=int8&q.dtype=uint8&q.bogus=1', undefined, zh);
    expect(state.dtype).toBe('int8');
    const text = notices.map((n) => n.message);
    expect(text).toHaveLength(3);
    for (const m of text) {
      expect(m).toMatch(han);
      expect(m).not.toMatch(/\b(?:must|using|link|setting)\b/i);
    }
    expect(text[0]).toContain('q.min');
    expect(text.join('\n')).toContain('q.dtype');
    expect(text.join('\n')).toContain('1 个未知设置');
  });

  it('words a refused attribute and a clash between settings without English', () => {
    const { notices } = resolveAttributes(affineQuantizerSchema, { min: '3', max: '1', dtype: '<script>' }, zh);
    expect(notices.length).toBe(2);
    for (const n of notices) expect(n.message).toMatch(han);
    expect(notices.map((n) => n.message).join('\n')).toContain('min、max');
  });

  it('keeps the English wording by default', () => {
    const { notices } = decodeUrlState(affineQuantizerSchema, 'q', '?q.min=NaN');
    expect(notices[0]?.message).toBe("The link's q.min must be a number from -1000000 to 1000000; using -1.");
    expect(stateWordsEn.lang).toBe('en');
  });
});
