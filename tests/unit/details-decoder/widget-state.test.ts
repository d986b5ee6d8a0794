/**
 * The decoder's state outside the browser: pastes survive the trip through a
 * link (the shared validator refuses '<' and '>', so they are escaped), the
 * error excerpt marks the right characters, and the summary form of a
 * printout keeps what the printout says.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeUrlState, encodeUrlState, replaceUrlState } from '../../../src/lib/widget-state/url-state.ts';
import { defaultsOf } from '../../../src/lib/widget-state/schema.ts';
import { detailsDecoderSchema as schema } from '../../../src/widgets/details-decoder.schema.ts';
import { decodePaste, encodePaste } from '../../../src/widgets/details-decoder/paste-codec.ts';
import { readPaste } from '../../../src/widgets/details-decoder/reading.ts';
import { EXAMPLES } from '../../../src/widgets/details-decoder/examples.ts';
import { detailsToSummary, parseTensorDetails } from '../../../src/lib/formats/details-parser/index.ts';

describe('pastes in links', () => {
  it('escape and unescape are inverse on any text, and the escaped form has no < or >', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('<', '>', '~', 'l', 'g', 'a', ' ', '\n') }), (text) => {
        const encoded = encodePaste(text);
        expect(encoded).not.toMatch(/[<>]/);
        expect(decodePaste(encoded)).toBe(text);
      }),
      { numRuns: 2000 },
    );
    expect(encodePaste("<class 'numpy.uint8'>")).toBe("~lclass 'numpy.uint8'~g");
  });

  it('every example survives encode → URL → decode', () => {
    const base = defaultsOf(schema);
    for (const e of EXAMPLES) {
      const state = { ...base, paste: encodePaste(e.text), tensor: 1, lang: 'kotlin' as const };
      const search = replaceUrlState('?other=1', schema, 'decoder', state, base);
      expect(search.length).toBeLessThan(8000);
      const back = decodeUrlState(schema, 'decoder', search, base);
      expect(back.notices, e.id).toEqual([]);
      expect(decodePaste(back.state.paste)).toBe(e.text);
      expect(back.state.lang).toBe('kotlin');
      expect(new URLSearchParams(search).get('other')).toBe('1');
    }
  });

  it('an unescaped printout in a link is refused with a notice and never echoed', () => {
    const back = decodeUrlState(schema, 'decoder', `?decoder.paste=${encodeURIComponent("[{'dtype': <class 'numpy.uint8'>}]")}`);
    expect(back.state.paste).toBe('');
    expect(back.notices.map((n) => n.message).join(' ')).toMatch(/decoder\.paste contains markup/);
    expect(back.notices.map((n) => n.message).join(' ')).not.toContain('numpy');
  });

  it('defaults are not written to the link', () => {
    expect(encodeUrlState(schema, 'decoder', defaultsOf(schema))).toEqual([]);
  });
});

describe('the error excerpt', () => {
  it('marks the offending token on its own line', () => {
    const r = readPaste("[{'name': 'x',\n  'shape': array([1, 2], dtype=int32)\n  'dtype': 1}]");
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.excerpt).toEqual({ before: '  ', marked: "'dtype'", after: ': 1}]', clippedStart: false, clippedEnd: false });
  });

  it('at the end of the paste a space stands for the missing text', () => {
    const r = readPaste("[{'name': 'x'");
    if (r.ok) throw new Error('expected an error');
    expect(r.excerpt.marked).toBe(' ');
    expect(r.excerpt.before).toBe("[{'name': 'x'");
  });

  it('long lines are cut to a window around the spot', () => {
    const text = `[{'name': '${'a'.repeat(200)}', 'index': x}]`;
    const r = readPaste(text);
    if (r.ok) throw new Error('expected an error');
    expect(r.excerpt.marked).toBe('x');
    expect(r.excerpt.clippedStart).toBe(true);
    expect(r.excerpt.before.length).toBeLessThanOrEqual(36);
  });
});

describe('a printout as a ModelSummary', () => {
  it('keeps names, indices, shapes, types and parameters; says what a printout cannot know', () => {
    const summary = detailsToSummary(parseTensorDetails(EXAMPLES.find((e) => e.id === 'per-axis')!.text));
    expect(summary.format).toBe('details-printout');
    expect(summary.tensors.map((t) => [t.index, t.name, t.dtype])).toEqual([
      [5, 'sequential/conv2d/Conv2D', 'int8'],
      [4, 'sequential/conv2d/BiasAdd/ReadVariableOp', 'int32'],
    ]);
    expect(summary.tensors[0].quantization?.scales).toHaveLength(16);
    expect(summary.tensors[0].quantization?.axis).toBe(0);
    expect(summary.inputs).toEqual([]);
    expect(summary.flavour.flavour).toBe('unknown');
    const seed = detailsToSummary(parseTensorDetails(EXAMPLES[0].text));
    expect(seed.tensors[0].quantization).toEqual({ scales: [0.003921568859368563], zeroPoints: [0], axis: 0 });
    const float = detailsToSummary(parseTensorDetails(EXAMPLES.find((e) => e.id === 'weights-only')!.text));
    expect(float.tensors[0].quantization).toBeUndefined();
  });
});
