// Every page loads cleanly: no console errors, no uncaught exceptions, no
// failed or 4xx/5xx requests, and the document basics are present.
import { describe, expect, inject, it } from 'vitest';
import { useChromium, watchProblems } from './support/browser.ts';
import { hydrateAll, trackNetwork } from './support/settle.ts';
import { allPages, isChineseEmbed } from './support/site.ts';

const origin = inject('origin');
const openContext = useChromium();

describe('every page loads without errors', () => {
  // Three pages at a time, each in its own context.
  it.concurrent.each(allPages().filter((p) => !isChineseEmbed(p.path)))('$name ($path)', async ({ path, status }) => {
    const context = await openContext();
    const page = await context.newPage();
    try {
      const problems = watchProblems(page, { documentStatus: status });
      const network = trackNetwork(page);
      const response = await page.goto(origin + path, { waitUntil: 'load' });
      expect(response?.status()).toBe(status);
      await hydrateAll(page);
      await network.idle();

      expect(problems.pageErrors, 'uncaught exceptions').toEqual([]);
      expect(problems.consoleErrors, 'console errors').toEqual([]);
      expect(problems.failedRequests, 'failed requests').toEqual([]);

      const basics = await page.evaluate(() => ({
        title: document.title.trim(),
        h1: document.querySelectorAll('h1').length,
        lang: document.documentElement.lang,
      }));
      expect(basics.title, '<title>').not.toBe('');
      expect(basics.h1, 'number of <h1>').toBe(1);
      expect(basics.lang, '<html lang>').toMatch(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/);
    } finally {
      await context.close();
    }
  });
});
