// `npm run screenshots` (not part of npm test): full-page screenshots of
// every page at phone and desktop widths, light and dark (each page in one
// scheme, its twin in the other language in the other: see withSchemes), for people to look at (test-results/ is git-ignored). The test fails
// only if a page cannot be captured.
import { mkdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { useChromium } from './support/browser.ts';
import { hydrateAll, waitForCanvasesStable } from './support/settle.ts';
import { allPages, withSchemes } from './support/site.ts';

const origin = inject('origin');
const OUT = path.resolve('test-results', 'screenshots');
const WIDTHS = [375, 1280];
const openContext = useChromium();

beforeAll(() => {
  mkdirSync(OUT, { recursive: true });
});

const cases = withSchemes(allPages());

describe(`screenshots in ${path.relative(process.cwd(), OUT)}/`, () => {
  it.each(cases)('$name, $scheme', async ({ name, path: urlPath, scheme }) => {
    const context = await openContext({ colorScheme: scheme });
    const page = await context.newPage();
    try {
      for (const width of WIDTHS) {
        await page.setViewportSize({ width, height: 900 });
        await page.goto(origin + urlPath, { waitUntil: 'load' });
        await hydrateAll(page);
        await page.evaluate(() => document.fonts.ready);
        await waitForCanvasesStable(page);
        const file = path.join(OUT, `${name}-${width}-${scheme}.png`);
        await page.screenshot({ path: file, fullPage: true, animations: 'disabled' });
        expect(statSync(file).size).toBeGreaterThan(1000);
      }
    } finally {
      await context.close();
    }
  });
});
