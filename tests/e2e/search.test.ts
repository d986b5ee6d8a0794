// Pagefind's index is built by `npm run build`; searching the built site for
// "zero point" finds lesson 1, and the result's link opens it.
import { expect, inject, it } from 'vitest';
import { useChromium, watchProblems } from './support/browser.ts';
import { LESSON1_PATH } from './support/site.ts';

const origin = inject('origin');
const openContext = useChromium();

it('search finds "zero point" and the result links to lesson 1', async () => {
  const context = await openContext();
  const page = await context.newPage();
  try {
    const problems = watchProblems(page);
    await page.goto(`${origin}/search/`);
    const box = page.getByRole('searchbox', { name: /search/i });
    await box.fill('zero point');
    await box.press('Enter');
    const results = page.getByRole('main').getByRole('listitem');
    await results.first().waitFor({ timeout: 10_000 });
    const link = page.getByRole('main').locator(`a[href^="${LESSON1_PATH}"]`).first();
    await link.waitFor({ timeout: 10_000 });
    expect(new URL(page.url()).searchParams.get('q')).toBe('zero point');
    await link.click();
    await page.waitForURL((url) => url.pathname === LESSON1_PATH);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toMatch(/scale and zero point/i);
    expect(problems).toEqual({ consoleErrors: [], pageErrors: [], failedRequests: [] });
  } finally {
    await context.close();
  }
});
