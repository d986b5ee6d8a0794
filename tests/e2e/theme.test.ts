// The theme toggle cycles auto → light → dark, recolours the page, and the
// choice survives a reload.
import { expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useChromium } from './support/browser.ts';

const origin = inject('origin');
const openContext = useChromium();

const theme = (page: Page) => page.evaluate(() => document.documentElement.dataset.theme ?? null);
const background = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);

it('the theme toggle switches data-theme, recolours the page and persists across reload', async () => {
  const context = await openContext({ colorScheme: 'light' });
  const page = await context.newPage();
  try {
    await page.goto(`${origin}/`);
    const toggle = page.getByRole('button', { name: /theme/i });
    await toggle.waitFor({ state: 'visible' });
    expect(await theme(page)).toBeNull();
    const autoLight = await background(page);

    await toggle.click();
    expect(await theme(page)).toBe('light');
    expect(await background(page)).toBe(autoLight);

    await toggle.click();
    expect(await theme(page)).toBe('dark');
    const dark = await background(page);
    expect(dark).not.toBe(autoLight);

    await page.reload();
    expect(await theme(page)).toBe('dark');
    expect(await background(page)).toBe(dark);
    await expect.poll(() => page.getByRole('button', { name: /theme/i }).textContent()).toMatch(/dark/i);

    await page.getByRole('button', { name: /theme/i }).click();
    expect(await theme(page)).toBeNull();
    await page.reload();
    expect(await theme(page)).toBeNull();
    expect(await background(page)).toBe(autoLight);
  } finally {
    await context.close();
  }
});
