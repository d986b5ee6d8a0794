// Internal links and #anchors in the built site all land. The checker runs
// in `astro build` too; here it is checked against a small site with known
// breakage first, so a checker that finds nothing cannot pass quietly.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkLinks, formatBroken, linksIn } from '../../src/integrations/link-check.ts';
import { DIST } from './support/site.ts';

const SITE = 'https://zero-point.example';
const scratch = mkdtempSync(path.join(tmpdir(), 'zp-links-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function write(rel: string, html: string): void {
  mkdirSync(path.dirname(path.join(scratch, rel)), { recursive: true });
  writeFileSync(path.join(scratch, rel), html);
}

describe('link checker', () => {
  it('finds missing pages, missing anchors and missing assets, and lets good and external links be', async () => {
    write('index.html', `<!doctype html><link rel="icon" href="/icon.svg"><h2 id="top">x</h2>
      <a href="/lessons/one/">ok</a> <a href="lessons/one/#math">ok relative</a> <a href="#top">ok</a>
      <a href="${SITE}/lessons/one/">ok absolute</a> <a href="https://elsewhere.example/nope">external</a>
      <a href="mailto:a@b.example">mail</a>
      <a href="/lessons/two/">missing page</a> <a href="/lessons/one/#nowhere">missing anchor</a>
      <a href="#gone">missing local anchor</a> <img src="/missing.png" alt="">
      <script>const s = '<a href="/not-a-link/">';</script>`);
    write('lessons/one/index.html', `<!doctype html><h2 id="math">m</h2><a href="../../#top">up</a><a href="../../icon.svg">icon</a>`);
    write('icon.svg', '<svg xmlns="http://www.w3.org/2000/svg"/>');
    const broken = await checkLinks(scratch, SITE);
    expect(broken.map((b) => `${b.page} ${b.href}`).sort()).toEqual([
      '/ #gone',
      '/ /lessons/one/#nowhere',
      '/ /lessons/two/',
      '/ /missing.png',
    ]);
  });

  it('reads links from markup only, entities decoded', () => {
    expect(linksIn('<a class="x" href="/a/?q=1&amp;r=2">a</a><script>"<a href=\\"/b/\\">"</script>')).toEqual(['/a/?q=1&r=2']);
  });
});

describe('the built site', () => {
  it('has links to check', () => {
    const html = readFileSync(path.join(DIST, 'lessons', 'scale-and-zero-point', 'index.html'), 'utf8');
    expect(linksIn(html).filter((h) => h.startsWith('#')).length).toBeGreaterThan(3);
  });

  it('every internal link and anchor in dist/ resolves', async () => {
    const canonical = /<link rel="canonical" href="([^"]+)"/.exec(readFileSync(path.join(DIST, 'index.html'), 'utf8'));
    expect(canonical).not.toBeNull();
    const broken = await checkLinks(DIST, new URL(canonical![1]).origin);
    expect(broken, formatBroken(broken)).toEqual([]);
  });
});
