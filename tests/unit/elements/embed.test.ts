import { describe, expect, it } from 'vitest';
import { foreignParams, resizeMessage } from '../../../src/elements/embed.ts';
import { extractTokens } from '../../../scripts/elements/tokens.ts';
import { readFileSync } from 'node:fs';

describe('resizeMessage', () => {
  it('rounds heights up and never goes negative', () => {
    expect(resizeMessage('w', 812.2)).toEqual({ type: 'zp-embed-resize', widget: 'w', height: 813 });
    expect(resizeMessage('w', -4).height).toBe(0);
  });
});

describe('foreignParams', () => {
  it('counts parameters outside the widget’s namespace only', () => {
    expect(foreignParams('?quantizer.min=1&quantizer.bogus=2', 'quantizer')).toBe(0);
    expect(foreignParams('?state=x&quantizer.min=1&quantizerx=3&%3Cscript%3E=1', 'quantizer')).toBe(3);
    expect(foreignParams('', 'quantizer')).toBe(0);
  });
});

describe('extractTokens', () => {
  it('takes every --zp-* declaration of the first :root block and nothing else', () => {
    const css = ':root {\n  color-scheme: light dark;\n  --zp-a: light-dark(#fff,\n   #000);\n  --zp-b-c: 1px;\n}\n.x { --zp-z: 1; }';
    expect(extractTokens(css)).toBe('--zp-a: light-dark(#fff, #000); --zp-b-c: 1px;');
  });

  it('finds the site’s colour tokens in global.css', () => {
    const tokens = extractTokens(readFileSync('src/styles/global.css', 'utf8'));
    for (const name of ['--zp-text', '--zp-surface', '--zp-accent', '--zp-warn', '--zp-chart-1', '--zp-font']) {
      expect(tokens).toContain(`${name}:`);
    }
  });

  it('refuses CSS without tokens', () => {
    expect(() => extractTokens('.a { color: red }')).toThrow();
  });
});
