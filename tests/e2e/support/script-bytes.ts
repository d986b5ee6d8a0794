// The JavaScript a page actually loads, as the browser receives it: every
// script response (once per URL) and every inline script, each measured raw
// and as gzip -9. Shared by the byte-budget test and scripts/bench-inp.ts.
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';

export interface ScriptBytes {
  url: string;
  /** The phase named by the last markPhase() before the script arrived. */
  phase: string;
  raw: number;
  gzip: number;
}

const gz = (b: Buffer) => gzipSync(b, { level: 9 }).length;

/** Start before page.goto(); call rows() once the page has settled. */
export function recordScripts(page: Page, origin: string): { markPhase(name: string): void; rows(): Promise<ScriptBytes[]> } {
  const bodies = new Map<string, { phase: string; body: Promise<Buffer> }>();
  let phase = 'load';
  page.on('response', (res) => {
    const type = res.request().resourceType();
    const mime = res.headers()['content-type'] ?? '';
    if ((type !== 'script' && !/javascript/.test(mime)) || bodies.has(res.url())) return;
    bodies.set(res.url(), { phase, body: res.body() });
  });
  return {
    markPhase(name) {
      phase = name;
    },
    async rows() {
      const rows: ScriptBytes[] = [];
      for (const [url, { phase: p, body }] of bodies) {
        const buf = await body;
        rows.push({ url: url.replace(origin, ''), phase: p, raw: buf.length, gzip: gz(buf) });
      }
      // Scripts written into the HTML (Astro's island loader, small page scripts) count too.
      const inline = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLScriptElement>('script:not([src])')]
          .filter((el) => !el.type || /module|javascript/.test(el.type))
          .map((el) => el.textContent ?? ''),
      );
      inline.forEach((text, i) => {
        const buf = Buffer.from(text);
        rows.push({ url: `inline script #${i + 1}`, phase: 'load', raw: buf.length, gzip: gz(buf) });
      });
      return rows.sort((a, b) => b.gzip - a.gzip);
    },
  };
}
