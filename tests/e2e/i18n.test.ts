// The Chinese edition, as a reader meets it: every page exists in both
// languages and says which it is (lang, hreflang, sitemap), the switcher keeps
// the reader on the same lesson, search answers in the page's language, and
// no widget on a Chinese page still speaks English (a string that missed its
// catalog shows up here, whichever widget it is in).
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { pageJavaScript } from '../../scripts/js-size.ts';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { useChromium, watchProblems } from './support/browser.ts';
import { hydrateAll } from './support/settle.ts';
import { DIST, sitemapPaths } from './support/site.ts';

const origin = inject('origin');
const openContext = useChromium();
const pages = sitemapPaths().filter((p) => !p.startsWith('/embed/') && !p.startsWith('/zh/embed/'));
const english = pages.filter((p) => !p.startsWith('/zh/'));
const chinese = pages.filter((p) => p.startsWith('/zh/'));
const zhLessons = chinese.filter((p) => p.startsWith('/zh/lessons/'));
const zhEmbeds = sitemapPaths().filter((p) => p.startsWith('/zh/embed/'));

/**
 * English left on a page: runs of three or more English words in the visible
 * text and the accessible names of widgets (code, formulas and the names of
 * things — uint8, TFLite, ONNX Runtime — are one or two words at most).
 */
async function englishInWidgets(page: import('playwright-core').Page): Promise<string[]> {
  return page.evaluate(() => {
    const found = new Set<string>();
    const phrase = /\b[A-Za-z][a-z]{1,}(?:[ \u00a0]+[A-Za-z][a-z]{1,}){2,}\b/g;
    const skip = 'pre, code, kbd, samp, .katex, script, style, [lang="en"], [translate="no"]';
    const check = (text: string | null | undefined, where: string) => {
      for (const m of (text ?? '').matchAll(phrase)) found.add(`${where}: “${m[0]}”`);
    };
    for (const root of document.querySelectorAll('[data-widget]')) {
      // Skipped only inside the widget: the English page's own <html lang="en"> does not count.
      const skipped = (el: Element) => {
        const hit = el.closest(skip);
        return hit !== null && root.contains(hit);
      };
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const parent = n.parentElement;
        if (!parent || skipped(parent)) continue;
        check(n.nodeValue, `text in ${root.getAttribute('data-widget')}`);
      }
      for (const el of root.querySelectorAll('[aria-label], [title], [placeholder], [alt], [aria-valuetext]')) {
        if (skipped(el)) continue;
        for (const attr of ['aria-label', 'title', 'placeholder', 'alt', 'aria-valuetext']) {
          check(el.getAttribute(attr), `${attr} in ${root.getAttribute('data-widget')}`);
        }
      }
    }
    return [...found];
  });
}

describe('both languages, page for page', () => {
  it('has a Chinese page for every English page and the reverse', () => {
    expect(chinese.length).toBeGreaterThan(10);
    expect(chinese.map((p) => p.replace(/^\/zh/, '')).sort()).toEqual(english.sort());
  });

  it('lists both languages in the sitemap, each page with its counterpart as an alternate', () => {
    const index = readFileSync(path.join(DIST, 'sitemap-index.xml'), 'utf8');
    const files = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => path.join(DIST, new URL(m[1]!).pathname));
    const xml = files.map((f) => readFileSync(f, 'utf8')).join('\n');
    const lesson = /<url><loc>[^<]*\/lessons\/three-forms\/<\/loc>(.*?)<\/url>/s.exec(xml);
    expect(lesson, 'the English lesson 3 in the sitemap').not.toBeNull();
    expect(lesson![1]).toMatch(/hreflang="zh-Hans" href="[^"]*\/zh\/lessons\/three-forms\/"/);
    expect(xml).toMatch(/<loc>[^<]*\/zh\/lessons\/three-forms\/<\/loc>/);
  });

  it.each(chinese.slice(0, 3).concat(zhLessons.slice(0, 2)))('%s says it is Chinese and links its English counterpart', async (p) => {
    const context = await openContext();
    try {
      const page = await context.newPage();
      await page.goto(origin + p);
      expect(await page.getAttribute('html', 'lang')).toBe('zh-Hans');
      const alternates = await page.$$eval('link[rel="alternate"][hreflang]', (links) =>
        links.map((l) => [l.getAttribute('hreflang'), new URL(l.getAttribute('href')!).pathname]),
      );
      expect(alternates).toEqual(
        expect.arrayContaining([
          ['zh-Hans', p],
          ['en', p.replace(/^\/zh/, '')],
          ['x-default', p.replace(/^\/zh/, '')],
        ]),
      );
    } finally {
      await context.close();
    }
  });

  it('the switcher keeps the reader on the same lesson, both ways, with the keyboard', async () => {
    const context = await openContext();
    try {
      const page = await context.newPage();
      const problems = watchProblems(page);
      await page.goto(`${origin}/lessons/three-forms/`);
      expect(await page.getAttribute('html', 'lang')).toBe('en');
      const toZh = page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: '简体中文' });
      await toZh.focus();
      await page.keyboard.press('Enter');
      await page.waitForURL((url) => url.pathname === '/zh/lessons/three-forms/');
      expect(await page.getAttribute('html', 'lang')).toBe('zh-Hans');
      await expect.poll(() => page.locator('.eyebrow').first().textContent()).toBe('第 3 课');
      await page.getByRole('navigation', { name: '语言' }).getByRole('link', { name: 'English' }).click();
      await page.waitForURL((url) => url.pathname === '/lessons/three-forms/');
      expect(problems).toEqual({ consoleErrors: [], pageErrors: [], failedRequests: [] });
    } finally {
      await context.close();
    }
  });
});

describe('English pages carry no Chinese', () => {
  // Catalogs other than English reach an island as its `strings` prop, so
  // no script an English page can load (islands, their imports, dynamic
  // ones included) holds a Chinese word.
  it.each(english.filter((p) => p.startsWith('/lessons/') || p === '/inspect/'))('%s', async (p) => {
    const js = await pageJavaScript(DIST, p);
    const chinese: string[] = [];
    for (const { file } of js.files) {
      const text = await readFile(path.join(DIST, file), 'utf8');
      const hit = /[\u4e00-\u9fff]{2,}/.exec(text);
      if (hit) chinese.push(`${file}: “${hit[0]}”`);
    }
    expect(js.files.length).toBeGreaterThan(0);
    expect(chinese).toEqual([]);
  });
});

describe('no English left in Chinese widgets', () => {
  it.each([...zhLessons, '/zh/inspect/', ...zhEmbeds])('%s', async (p) => {
    const context = await openContext({ viewport: { width: 1280, height: 900 } });
    try {
      const page = await context.newPage();
      const problems = watchProblems(page);
      await page.goto(origin + p);
      await hydrateAll(page);
      expect(await page.locator('[data-widget]').count()).toBeGreaterThan(0);
      expect(await englishInWidgets(page)).toEqual([]);
      expect(problems.pageErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('the check itself finds English: the English lesson 1 is full of it', async () => {
    const context = await openContext();
    try {
      const page = await context.newPage();
      await page.goto(`${origin}/lessons/scale-and-zero-point/`);
      await hydrateAll(page);
      expect((await englishInWidgets(page)).length).toBeGreaterThan(10);
    } finally {
      await context.close();
    }
  });

  it('a shared link with bad settings is explained in Chinese', async () => {
    const context = await openContext();
    try {
      const page = await context.newPage();
      await page.goto(`${origin}/zh/lessons/scale-and-zero-point/?quantizer.min=NaN&quantizer.bogus=1#quantizer`);
      await hydrateAll(page);
      const notices = page.locator('#quantizer .zp-aq-notices');
      await expect.poll(() => notices.textContent()).toMatch(/链接中的 quantizer\.min/);
      expect(await notices.textContent()).toMatch(/1 个未知设置/);
    } finally {
      await context.close();
    }
  });
});

describe('search in both languages', () => {
  it.each([
    { path: '/zh/search/', query: '零点', lang: 'zh' },
    { path: '/zh/search/', query: '缩放因子', lang: 'zh' },
    { path: '/search/', query: 'zero point', lang: 'en' },
  ])('$path finds “$query” in its own language', async ({ path: p, query, lang }) => {
    const context = await openContext();
    try {
      const page = await context.newPage();
      const problems = watchProblems(page);
      await page.goto(`${origin}${p}?q=${encodeURIComponent(query)}`);
      const links = page.locator('[data-search-results] a');
      await links.first().waitFor({ timeout: 15_000 });
      const hrefs = await links.evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
      expect(hrefs.length).toBeGreaterThan(0);
      for (const h of hrefs) expect(h.startsWith('/zh/'), h).toBe(lang === 'zh');
      expect(hrefs.some((h) => h.includes('/lessons/scale-and-zero-point/'))).toBe(true);
      const status = await page.locator('[data-search-status]').textContent();
      if (lang === 'zh') expect(status).toMatch(/共有 \d+ 条结果/);
      expect(problems.pageErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe('custom elements speak the language they are given', () => {
  it('lang="zh-Hans" on an element in a plain page shows it in Chinese; without it, English', async () => {
    const context = await openContext();
    try {
      const page = await context.newPage();
      const problems = watchProblems(page);
      await page.goto(`${origin}/zh/widgets/`);
      const zhEl = page.locator('zp-affine-quantizer').first();
      await zhEl.scrollIntoViewIfNeeded();
      await expect.poll(() => zhEl.locator('.zp-aq-title').textContent(), { timeout: 15_000 }).toBe('仿射量化器');
      await page.goto(`${origin}/widgets/`);
      const enEl = page.locator('zp-affine-quantizer').first();
      await enEl.scrollIntoViewIfNeeded();
      await expect.poll(() => enEl.locator('.zp-aq-title').textContent(), { timeout: 15_000 }).toBe('Affine quantizer');
      expect(problems.pageErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
