// axe-core finds no WCAG 2.2 AA (or best-practice) violation on any page, in
// the light and the dark colour scheme (each page in one, its twin in the
// other language in the other: see withSchemes), with every island hydrated.
import { describe, expect, inject, it } from 'vitest';
import { useChromium } from './support/browser.ts';
import { formatViolations, runAxe } from './support/axe.ts';
import { hydrateAll } from './support/settle.ts';
import { allPages, withSchemes } from './support/site.ts';

const origin = inject('origin');
const openContext = useChromium();

const cases = withSchemes(allPages());

describe('axe-core: zero violations', () => {
  // One page at a time: axe is CPU-bound, and two cores do not run three well.
  it.each(cases)('$name ($path), $scheme', async ({ path, scheme }) => {
    const context = await openContext();
    const page = await context.newPage();
    try {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(origin + path, { waitUntil: 'load' });
      await hydrateAll(page);
      const violations = await runAxe(page);
      expect(violations.length, `axe violations on ${path} (${scheme}):\n${formatViolations(violations)}\n  number of violated rules`).toBe(0);
    } finally {
      await context.close();
    }
  });
});
