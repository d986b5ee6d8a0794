// Every English lesson has a Chinese counterpart that teaches the same thing
// with the same live parts: same file name, same order, the same widgets with
// the same ids and settings (so links and shared states work in both), each
// widget given its Chinese catalog. A lesson added in one language fails here.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const CONTENT = join(import.meta.dirname, '../../../content');
const english = readdirSync(CONTENT).filter((f) => f.endsWith('.mdx')).sort();
const chinese = readdirSync(join(CONTENT, 'zh')).filter((f) => f.endsWith('.mdx')).sort();

function frontmatter(text: string): Record<string, string> {
  const block = /^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '';
  return Object.fromEntries(
    block.split('\n').flatMap((line) => {
      const m = /^(\w+):\s*(.*)$/.exec(line);
      return m ? [[m[1]!, m[2]!]] : [];
    }),
  );
}

function questionCount(text: string): number {
  const block = /^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '';
  return block.split('\n').filter((line) => /^\s+-\s/.test(line)).length;
}

/** Each widget island: component name, id and its attributes other than `strings`. */
function widgets(text: string): Array<{ name: string; id: string; props: string[]; hasStrings: boolean }> {
  const found = [];
  for (const m of text.matchAll(/<([A-Z]\w+)\s+client:\w+([^>]*?)\/>/g)) {
    const attrs = m[2]!;
    const props = [...attrs.matchAll(/([\w-]+)=(\{[^}]*\}|"[^"]*")/g)]
      .filter(([, key]) => key !== 'strings')
      .map(([, key, value]) => `${key}=${value}`)
      .sort();
    found.push({
      name: m[1]!,
      id: /\bid="([^"]+)"/.exec(attrs)?.[1] ?? '',
      props,
      hasStrings: /\bstrings=\{zh\['[a-z-]+'\]\}/.test(attrs),
    });
  }
  return found;
}

function cellIds(text: string): string[] {
  return [...text.matchAll(/<WidgetCell\s+id="([^"]+)"/g)].map((m) => m[1]!);
}

const CJK = /[\u4e00-\u9fff]/;

describe('Chinese edition of the lessons', () => {
  it('has a Chinese file for every English lesson and nothing else', () => {
    expect(english.length).toBeGreaterThan(0);
    expect(chinese).toEqual(english);
  });

  for (const file of english) {
    describe(file, () => {
      const en = readFileSync(join(CONTENT, file), 'utf8');
      let zh = '';
      try {
        zh = readFileSync(join(CONTENT, 'zh', file), 'utf8');
      } catch {
        /* reported by the test above and below */
      }

      it('exists', () => expect(zh, `content/zh/${file} is missing`).not.toBe(''));

      it('keeps the order and answers as many questions, in Chinese', () => {
        expect(frontmatter(zh).order).toBe(frontmatter(en).order);
        expect(questionCount(zh)).toBe(questionCount(en));
        expect(frontmatter(zh).summary).toMatch(CJK);
      });

      it('has the same widgets, ids and settings, each with its Chinese catalog', () => {
        const a = widgets(en);
        const b = widgets(zh);
        expect(b.map(({ name, id, props }) => ({ name, id, props }))).toEqual(a.map(({ name, id, props }) => ({ name, id, props })));
        for (const w of b) expect(w.hasStrings, `${w.name}#${w.id} has no strings={zh['…']}`).toBe(true);
        expect(cellIds(zh)).toEqual(cellIds(en));
      });

      it('is written in Chinese, not left in English', () => {
        // Prose only: drop code, math, imports and markup before counting.
        const prose = zh
          .replace(/^---[\s\S]*?---/, '')
          .replace(/```[\s\S]*?```/g, '')
          .replace(/\$\$[\s\S]*?\$\$/g, '')
          .replace(/`[^`]*`/g, '')
          .replace(/\$[^$\n]*\$/g, '')
          .replace(/^import .*$/gm, '')
          .replace(/<[^>]*>/g, '');
        const han = (prose.match(/[\u4e00-\u9fff]/g) ?? []).length;
        const latinWords = (prose.match(/[A-Za-z]{2,}/g) ?? []).length;
        expect(han).toBeGreaterThan(1500);
        expect(han).toBeGreaterThan(latinWords * 2);
      });
    });
  }
});
