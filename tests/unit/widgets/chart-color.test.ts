// chart-color.ts replaces @kurkle/color inside chart.js on the site. The
// colours chart.js computes with it (hover tints, animation mixes) must be
// the ones @kurkle/color computes. In a browser the canvas parses CSS
// colours; here a stand-in canvas normalises them the way browsers do
// (#rrggbb when opaque, "rgba(r, g, b, a)" otherwise), reading them with
// @kurkle/color itself, which knows the names and notations.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Color as Kurkle } from '@kurkle/color';
import { Color } from '../../../src/widgets/shared/chart-color.ts';

class FakeContext {
  #style = '#000000';
  get fillStyle(): string {
    return this.#style;
  }
  set fillStyle(value: string) {
    const c = new Kurkle(value);
    if (!c.valid) return; // browsers ignore what they cannot parse
    const { r, g, b, a } = c.rgb;
    const hex = (n: number) => n.toString(16).padStart(2, '0');
    this.#style = a === 1 ? `#${hex(r)}${hex(g)}${hex(b)}` : `rgba(${r}, ${g}, ${b}, ${a})`;
  }
}

const saved = globalThis.document;
beforeAll(() => {
  globalThis.document = { createElement: () => ({ getContext: () => new FakeContext() }) } as unknown as Document;
});
afterAll(() => {
  globalThis.document = saved;
});

const CSS = [
  'red', 'rebeccapurple', 'transparent', 'white', 'black', 'orange',
  '#1d4ed8', '#c2410c', '#047857', '#fff', '#0f08', '#12345680',
  'rgb(10, 200, 30)', 'rgba(0,0,0,0.1)', 'rgba(255, 99, 132, 0.5)', 'hsl(210, 60%, 40%)',
];
const hover = (C: typeof Color | typeof Kurkle, c: string) => new C(c).saturate(0.5).darken(0.1).hexString();

describe('chart-color matches @kurkle/color where chart.js uses it', () => {
  it.each(CSS)('hover colour of %s', (c) => {
    expect(hover(Color, c)).toBe(hover(Kurkle, c));
  });

  it('hover colours of random rgb and rgba colours', () => {
    const byte = fc.integer({ min: 0, max: 255 });
    fc.assert(
      fc.property(byte, byte, byte, fc.integer({ min: 0, max: 100 }), (r, g, b, a) => {
        const c = a === 100 ? `rgb(${r}, ${g}, ${b})` : `rgba(${r}, ${g}, ${b}, ${a / 100})`;
        expect(hover(Color, c)).toBe(hover(Kurkle, c));
      }),
      { numRuns: 2000 },
    );
  });

  it('animation mixes between colours (and to transparent)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...CSS), fc.constantFrom(...CSS), fc.double({ min: 0, max: 1, noNaN: true }), (from, to, t) => {
        const ours = new Color(to).mix(new Color(from), t).hexString();
        const theirs = new Kurkle(to).mix(new Kurkle(from), t).hexString();
        expect(ours).toBe(theirs);
      }),
      { numRuns: 2000 },
    );
  });

  it('what neither can read is invalid, and has no hex string', () => {
    for (const c of ['', 'not-a-colour', 'rgb(1, 2)', 'var(--zp-accent)']) {
      expect(new Color(c).valid).toBe(false);
      expect(new Kurkle(c).valid).toBe(false);
      expect(new Color(c).saturate(0.5).darken(0.1).hexString()).toBeUndefined();
    }
  });

  it('a Color passed in is returned as is', () => {
    const c = new Color('red');
    expect(new Color(c)).toBe(c);
  });
});
