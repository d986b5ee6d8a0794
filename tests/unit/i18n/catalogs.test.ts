// Every widget string has a Chinese translation: the same keys at every
// level, the same {slots}, and Chinese words wherever the English has a
// phrase. A widget added to the registry without catalogs, or a string added
// to an English catalog alone, fails here.
import { describe, expect, it } from 'vitest';
import { slotsOf } from '../../../src/lib/i18n/template.ts';
import { widgets } from '../../../src/widgets/registry.ts';
import { widgetStrings } from '../../../src/widgets/strings.ts';
import { catalogLoaders } from '../../../src/elements/strings.ts';
import { sharedEn } from '../../../src/widgets/shared/strings.ts';
import { sharedZh } from '../../../src/widgets/shared/strings.zh.ts';
import { siteStrings } from '../../../src/lib/site/strings.ts';

type Tree = { [key: string]: string | Tree | undefined };

/** Leaves as [path, string] pairs. */
function leaves(tree: Tree, prefix = ''): Array<[string, string]> {
  return Object.entries(tree).flatMap(([key, value]) =>
    value === undefined
      ? []
      : typeof value === 'string'
        ? [[`${prefix}${key}`, value] as [string, string]]
        : leaves(value, `${prefix}${key}.`),
  );
}

/**
 * Sections only other languages fill: English shows the core's own sentences
 * (a QuantError's message), other languages word each error by its code.
 */
const ONLY_TRANSLATED = /^quantErrors\./;

const CJK = /[\u4e00-\u9fff]/;
/** Two English words in a row: a phrase that needs translating (code and units alone do not). */
const PHRASE = /\b[A-Za-z][a-z]+\s+[a-z]{2,}\b/;

/** Problems in a zh catalog measured against its en catalog. */
export function catalogProblems(en: Tree, zh: Tree): string[] {
  const problems: string[] = [];
  const a = new Map(leaves(en));
  const b = new Map(leaves(zh));
  for (const key of a.keys()) if (!b.has(key)) problems.push(`${key}: no Chinese`);
  for (const key of b.keys()) if (!a.has(key) && !ONLY_TRANSLATED.test(key)) problems.push(`${key}: not in the English catalog`);
  for (const [key, english] of a) {
    const chinese = b.get(key);
    if (chinese === undefined || key === 'lang' || key.endsWith('.lang')) continue;
    if (chinese.trim() === '' && english.trim() !== '') problems.push(`${key}: empty`);
    if (slotsOf(chinese).join() !== slotsOf(english).join()) problems.push(`${key}: slots ${slotsOf(english)} became ${slotsOf(chinese)}`);
    if (PHRASE.test(english.replace(/`[^`]*`/g, '')) && !CJK.test(chinese)) problems.push(`${key}: still English (“${chinese}”)`);
  }
  return problems;
}

describe('widget catalogs', () => {
  it('checks what it should: a missing key, a lost slot and an untranslated phrase are caught', () => {
    const en = { a: 'Values clipped: {n}', b: { c: 'Reset the widget' }, d: 'int8' };
    expect(catalogProblems(en, { a: '截断 {n} 个值', b: { c: '重置' }, d: 'int8' })).toEqual([]);
    expect(catalogProblems(en, { a: '截断值', b: { c: 'Reset the widget' } })).toEqual([
      'd: no Chinese',
      'a: slots n became ',
      'b.c: still English (“Reset the widget”)',
    ]);
  });

  it('has English and Chinese catalogs for every widget in the registry', () => {
    const missing = widgets.map((w) => w.slug).filter((slug) => !(slug in widgetStrings));
    expect(missing).toEqual([]);
  });

  it('lets every custom element load its Chinese catalog', () => {
    const missing = widgets.map((w) => w.slug).filter((slug) => typeof catalogLoaders[slug]?.zh !== 'function');
    expect(missing).toEqual([]);
  });

  for (const [slug, byLocale] of Object.entries(widgetStrings as unknown as Record<string, { en: Tree; zh: Tree }>)) {
    it(`${slug}: every string has a Chinese translation with the same slots`, () => {
      expect(byLocale.en.lang).toBe('en');
      expect(byLocale.zh.lang).toBe('zh');
      expect(catalogProblems(byLocale.en, byLocale.zh)).toEqual([]);
    });

    it(`${slug}: the element's lazily loaded catalog is the same one`, async () => {
      const loaded = await catalogLoaders[slug]?.zh?.();
      expect(loaded).toBe(byLocale.zh);
    });
  }

  it('shared widget parts are translated', () => {
    expect(catalogProblems(sharedEn, sharedZh)).toEqual([]);
  });
});

describe('site catalogs', () => {
  it('every word of the site chrome has a Chinese translation', () => {
    expect(catalogProblems(siteStrings.en as unknown as Tree, siteStrings.zh as unknown as Tree)).toEqual([]);
  });
});
