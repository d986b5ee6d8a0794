/**
 * Whatever is pasted, the parser either reads it or throws its own error with
 * a position inside the text: never a TypeError, a RangeError or a stack
 * overflow. Random text, random Python-ish token soup, and random edits of
 * every example. Pathological inputs (deep brackets, long runs, unclosed
 * quotes) must come back within the test's time limit; bench figures are in
 * scripts/bench-details-parser.ts.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DetailsParseError, MAX_INPUT_LENGTH, parseDetails } from '../../../src/lib/formats/details-parser/index.ts';
import { EXAMPLES } from '../../../src/widgets/details-decoder/examples.ts';
import { readPaste } from '../../../src/widgets/details-decoder/reading.ts';

/** Parses; returns null when read, the error otherwise. Anything else escaping fails the property. */
function attempt(text: string): DetailsParseError | null {
  try {
    parseDetails(text);
    return null;
  } catch (e) {
    if (!(e instanceof DetailsParseError)) throw e;
    // The position is inside the text (or just past its end) and agrees with the offset.
    expect(e.offset).toBeGreaterThanOrEqual(0);
    expect(e.offset).toBeLessThanOrEqual(text.length);
    const before = text.slice(0, e.offset);
    expect(e.line).toBe(before.split('\n').length);
    expect(e.column).toBe(e.offset - (before.lastIndexOf('\n') + 1) + 1);
    expect(e.message.startsWith(`line ${e.line}, column ${e.column}: `)).toBe(true);
    return e;
  }
}

const TOKENS = [
  '[', ']', '{', '}', '(', ')', ',', ':', '=', '<', '>', '-', '...', ' ', '\n', "'", '"',
  "'name'", "'shape'", "'quantization'", "'quantization_parameters'", "'scales'", 'array(', 'dtype=int32', 'dtype=float32',
  "<class 'numpy.uint8'>", 'np.int8', 'True', 'None', 'inf', 'nan', '0', '1', '-128', '0.003921568859368563', '1e-05', '3.5E+2',
];

describe('the parser only ever throws DetailsParseError', () => {
  it('on random unicode text', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (text) => void attempt(text)), { numRuns: 2000 });
  });

  it('on random sequences of printout tokens', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...TOKENS), { maxLength: 120 }), (parts) => void attempt(parts.join(''))),
      { numRuns: 3000 },
    );
  });

  it('on every example with random deletions, insertions and replacements', () => {
    const edit = fc.record({
      at: fc.nat(),
      cut: fc.nat({ max: 12 }),
      insert: fc.oneof(fc.constantFrom(...TOKENS), fc.string({ maxLength: 4 })),
    });
    fc.assert(
      fc.property(fc.constantFrom(...EXAMPLES), fc.array(edit, { minLength: 1, maxLength: 5 }), (example, edits) => {
        let text = example.text;
        for (const { at, cut, insert } of edits) {
          const i = at % (text.length + 1);
          text = text.slice(0, i) + insert + text.slice(i + cut);
        }
        attempt(text);
        // The widget's reading of it never throws either.
        const reading = readPaste(text);
        if (!reading.ok) expect(reading.excerpt.marked.length).toBeGreaterThan(0);
      }),
      { numRuns: 3000 },
    );
  });

  it('on a truncated copy of every example, at every length', () => {
    for (const e of EXAMPLES) {
      for (let n = 0; n < e.text.length; n += 7) {
        const err = attempt(e.text.slice(0, n));
        // A cut inside a value may still read (e.g. a cut after a complete list); most cuts must not.
        if (err) expect(err.code).not.toBe('too-long');
      }
    }
  });
});

describe('pathological inputs come back (within the test timeout) with a clear error', () => {
  const cases: [string, string, RegExp][] = [
    ['100,000 opening brackets', '['.repeat(100_000), /nested more than 32 deep/],
    ['alternating brackets', '[{('.repeat(60_000), /nested more than 32 deep|expected/],
    ['an unclosed quote over 400,000 characters', `'${'a'.repeat(400_000)}`, /never closed/],
    ['400,000 digits', '9'.repeat(400_000), /expected a list of tensor dicts/],
    ['a list of 100,000 commas', `[${','.repeat(100_000)}]`, /expected a value/],
    ['a list of 40,000 dicts missing keys', `[${"{'x': 1}, ".repeat(40_000)}]`, /none of the keys/],
    ['just over the length limit', 'x'.repeat(MAX_INPUT_LENGTH + 1), /at most 500,000/],
  ];
  for (const [name, text, message] of cases) {
    it(name, () => {
      const e = attempt(text);
      expect(e).not.toBeNull();
      expect(e!.message).toMatch(message);
    });
  }

  it('a long valid printout (get_tensor_details() of 500 tensors) is read whole', () => {
    const one = EXAMPLES.find((e) => e.id === 'per-axis')!.text.slice(1, -1);
    const text = `[${new Array(250).fill(one).join(', ')}]`;
    expect(text.length).toBeLessThan(MAX_INPUT_LENGTH);
    expect(parseDetails(text).tensors).toHaveLength(500);
  });
});
