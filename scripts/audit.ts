// Lighthouse (mobile preset, Debian's Chromium) on every page of the built
// site, as a printed table. It measures; it does not pass or fail anything.
//   npm run build && npm run audit [-- --only /lessons/scale-and-zero-point/]
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { serveDist, DEFAULT_ROOT } from './serve-dist.ts';

const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';

async function sitemapPaths(root: string): Promise<string[]> {
  const xml = await readFile(path.join(root, 'sitemap-0.xml'), 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);
}

const onlyIdx = process.argv.indexOf('--only');
const server = await serveDist({ root: DEFAULT_ROOT });
const paths = onlyIdx > 0 ? [process.argv[onlyIdx + 1]] : [...new Set([...(await sitemapPaths(server.root)), '/search/'])];
const chrome = await chromeLauncher.launch({
  chromePath: CHROME,
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
});

const rows: string[][] = [];
try {
  for (const p of paths) {
    const result = await lighthouse(`${server.origin}${p}`, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
    });
    if (!result) throw new Error(`Lighthouse returned nothing for ${p}`);
    const { categories, audits } = result.lhr;
    const score = (k: string) => String(Math.round((categories[k]?.score ?? 0) * 100));
    const items = (audits['network-requests']?.details as { items?: Array<{ resourceType?: string; transferSize?: number }> })?.items ?? [];
    const js = items.filter((i) => i.resourceType === 'Script').reduce((s, i) => s + (i.transferSize ?? 0), 0);
    const total = items.reduce((s, i) => s + (i.transferSize ?? 0), 0);
    const failed = Object.values(audits)
      .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary')
      .map((a) => a.id);
    rows.push([p, score('performance'), score('accessibility'), score('best-practices'), score('seo'),
      (js / 1024).toFixed(1), (total / 1024).toFixed(1), audits['largest-contentful-paint']?.displayValue ?? '', failed.join(' ')]);
  }
} finally {
  chrome.kill();
  server.server.close();
}

const head = ['page', 'perf', 'a11y', 'best', 'seo', 'JS KB', 'total KB', 'LCP', 'failing audits'];
const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (r: string[]) => r.map((c, i) => c.padEnd(widths[i])).join('  ');
console.log(line(head));
for (const r of rows) console.log(line(r));
console.log('\nKB are transfer sizes as served by scripts/serve-dist.ts (no compression), mobile preset, simulated throttling.');
