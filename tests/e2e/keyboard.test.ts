// A keyboard-only pass: the first Tab lands on the skip link, which moves
// focus to the content; tabbing through lesson 1's quantizer reaches every
// control, and every stop has a role and an accessible name (read from
// Chromium's accessibility tree, the same one screen readers get).
import { describe, expect, inject, it } from 'vitest';
import type { CDPSession, Page } from 'playwright-core';
import { useChromium } from './support/browser.ts';
import { hydrateAll } from './support/settle.ts';
import { LESSON1_PATH } from './support/site.ts';
import { WIDGET_ID, settleLesson } from './support/widget.ts';

const origin = inject('origin');
const openContext = useChromium();

interface Stop {
  role: string;
  name: string;
  inWidget: boolean;
  tag: string;
}

async function focusedStop(page: Page, cdp: CDPSession): Promise<Stop | null> {
  const { result } = await cdp.send('Runtime.evaluate', { expression: 'document.activeElement' });
  if (!result.objectId) return null;
  const { nodes } = await cdp.send('Accessibility.getPartialAXTree', { objectId: result.objectId, fetchRelatives: false });
  const node = nodes[0];
  const facts = await page.evaluate((id) => {
    const el = document.activeElement as HTMLElement | null;
    const inWidget = !!el?.closest(`#${id}`);
    // Marked so the test can list the controls the pass never reached.
    if (inWidget) el!.dataset.e2eReached = '';
    return { inWidget, tag: el ? el.tagName.toLowerCase() + (el.id ? `#${el.id}` : '') : '' };
  }, WIDGET_ID);
  return { role: String(node?.role?.value ?? ''), name: String(node?.name?.value ?? '').trim(), ...facts };
}

describe('keyboard only', () => {
  it.each(['/', LESSON1_PATH])('the first Tab on %s focuses the skip link, which moves focus to the content', async (path) => {
    const context = await openContext();
    const page = await context.newPage();
    try {
      await page.goto(origin + path);
      await page.keyboard.press('Tab');
      const first = await page.evaluate(() => {
        const el = document.activeElement as HTMLAnchorElement;
        const box = el.getBoundingClientRect();
        return { text: el.textContent?.trim(), href: el.getAttribute('href'), visible: box.width > 0 && box.height > 0 && box.top >= 0 };
      });
      expect(first.text).toMatch(/skip to (the )?(main )?content/i);
      expect(first.visible, 'skip link visible when focused').toBe(true);
      await page.keyboard.press('Enter');
      const target = first.href!.replace(/^#/, '');
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe(target);
    } finally {
      await context.close();
    }
  });

  it("Tab reaches every control in lesson 1's quantizer, and each has a role and an accessible name", async () => {
    const context = await openContext();
    const page = await context.newPage();
    try {
      await page.goto(origin + LESSON1_PATH);
      await settleLesson(page);
      await hydrateAll(page);
      const cdp = await context.newCDPSession(page);
      await cdp.send('Accessibility.enable');

      // Start just before the widget: a temporary focus stop inserted ahead of it.
      await page.evaluate((id) => {
        const widget = document.getElementById(id)!;
        const marker = document.createElement('span');
        marker.tabIndex = 0;
        marker.id = 'e2e-before-widget';
        widget.before(marker);
        marker.focus();
      }, WIDGET_ID);

      const stops: Stop[] = [];
      for (let i = 0; i < 200; i++) {
        await page.keyboard.press('Tab');
        const stop = await focusedStop(page, cdp);
        if (!stop || !stop.inWidget) break;
        stops.push(stop);
      }
      expect(stops.length).toBeGreaterThan(5);
      const unnamed = stops.filter((s) => !s.role || s.name === '');
      expect(unnamed, 'focusable elements without a role or accessible name').toEqual([]);

      const reached = stops.map((s) => `${s.role} “${s.name}”`);
      for (const [role, name] of [
        ['slider', 'Min'],
        ['slider', 'Max'],
        ['textbox', 'Scale'],
        ['textbox', 'Zero point'],
        ['button', 'Reset'],
      ]) {
        expect(reached.some((r) => r.startsWith(`${role} “${name}`)), `${role} ${name} reached (${reached.join(', ')})`).toBe(true);
      }

      // Anything focusable in the widget that Tab skipped (a radio group is one stop).
      const missed = await page.evaluate((id) => {
        const sel = 'a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])';
        return [...document.getElementById(id)!.querySelectorAll<HTMLElement>(sel)]
          .filter((el) => !(el as HTMLButtonElement).disabled && el.getClientRects().length > 0)
          .filter((el) => !(el instanceof HTMLInputElement && el.type === 'radio' && !el.checked))
          .filter((el) => !('e2eReached' in el.dataset))
          .map((el) => el.outerHTML.slice(0, 120));
      }, WIDGET_ID);
      expect(missed, 'controls Tab never reached').toEqual([]);
    } finally {
      await context.close();
    }
  });
});
