// Everything a widget shows or announces (text, accessible names, captions,
// option texts, collapsed data tables), and the English phrases left in it:
// two English words in a row, once the names that stay English (people,
// products, identifiers) are taken out.
import type { Locator } from 'playwright-core';

export async function widgetWords(widget: Locator): Promise<string[]> {
  return widget.evaluate((root) => {
    const out = [(root as HTMLElement).innerText];
    for (const el of root.querySelectorAll('[aria-label], [title], [alt], [placeholder]')) {
      for (const name of ['aria-label', 'title', 'alt', 'placeholder']) {
        const v = el.getAttribute(name);
        if (v) out.push(v);
      }
    }
    for (const el of root.querySelectorAll('caption, option, details, .zp-visually-hidden')) out.push(el.textContent ?? '');
    return out;
  });
}

const KEPT = [/Yann LeCun|Corinna Cortes|Christopher J\. C\. Burges|CC BY-SA/g, /onnxruntime-web|onnxruntime|WebAssembly|TypeScript|Zero Point/g];
const PHRASE = /\b[A-Za-z][a-z]+\s+[a-z]{2,}\b/g;

export function englishPhrases(texts: string[]): string[] {
  const found = new Set<string>();
  for (const text of texts) {
    let t = text;
    for (const k of KEPT) t = t.replace(k, '');
    for (const m of t.matchAll(PHRASE)) found.add(m[0]);
  }
  return [...found];
}
