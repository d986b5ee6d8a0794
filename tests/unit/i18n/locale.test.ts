import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { localeOfPath, localizePath, stripLocale, toLocale } from '../../../src/lib/i18n/locale.ts';
import { fmt, slotsOf } from '../../../src/lib/i18n/template.ts';

const segment = fc.stringMatching(/^[a-z0-9-]{1,12}$/);
const path = fc.array(segment, { maxLength: 4 }).map((parts) => `/${parts.map((p) => `${p}/`).join('')}`);

describe('locale paths', () => {
  it('maps documented examples', () => {
    expect(localizePath('/lessons/three-forms/', 'zh')).toBe('/zh/lessons/three-forms/');
    expect(localizePath('/zh/lessons/three-forms/', 'en')).toBe('/lessons/three-forms/');
    expect(localizePath('/', 'zh')).toBe('/zh/');
    expect(stripLocale('/zh')).toBe('/');
    expect(localeOfPath('/zh/inspect/')).toBe('zh');
    // A page whose name merely starts with "zh" is English.
    expect(localeOfPath('/zhuyin/')).toBe('en');
    expect(localeOfPath('/en/')).toBe('en');
    expect(toLocale('fr')).toBe('en');
  });

  it('round-trips any path through either locale', () => {
    fc.assert(
      fc.property(path, (p) => {
        const bare = stripLocale(p);
        expect(localeOfPath(localizePath(p, 'zh'))).toBe('zh');
        expect(stripLocale(localizePath(p, 'zh'))).toBe(bare);
        expect(localizePath(localizePath(p, 'zh'), 'en')).toBe(bare);
        expect(localizePath(localizePath(p, 'en'), 'zh')).toBe(localizePath(p, 'zh'));
      }),
    );
  });
});

describe('message templates', () => {
  it('fills named slots and leaves unknown ones visible', () => {
    expect(fmt('{count} values clipped to {max}', { count: 3, max: 255 })).toBe('3 values clipped to 255');
    expect(fmt('共 {count} 个', { count: 0 })).toBe('共 0 个');
    expect(fmt('{missing} stays', {})).toBe('{missing} stays');
    expect(slotsOf('{b} and {a} and {b}')).toEqual(['a', 'b', 'b']);
  });

  it('never lets a value be read as another slot', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (x, y) => {
        expect(fmt('{x}|{y}', { x, y })).toBe(`${x}|${y}`);
      }),
    );
  });
});
