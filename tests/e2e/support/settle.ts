// Waiting for a page to be "done": Astro islands hydrated, the network quiet,
// canvases no longer animating. Polling the page beats fixed sleeps.
import type { Page } from 'playwright-core';

/**
 * client:visible islands hydrate only when scrolled into view, so walk down
 * the page; then visit any island the walk passed too quickly for its
 * IntersectionObserver (a loaded machine renders few frames), until no
 * <astro-island> still carries `ssr`.
 */
export async function hydrateAll(page: Page, timeout = 20_000): Promise<void> {
  await page.evaluate(async () => {
    const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 16)));
    const height = () => document.documentElement.scrollHeight;
    for (let y = 0; y < height(); y += Math.max(200, innerHeight * 0.75)) {
      scrollTo(0, y);
      await frame();
    }
    scrollTo(0, height());
    await frame();
  });
  const deadline = Date.now() + timeout;
  for (;;) {
    const left = await page.evaluate(async () => {
      for (const island of document.querySelectorAll('astro-island[ssr]')) {
        // The island itself is display: contents; its first child has a box.
        (island.firstElementChild ?? island).scrollIntoView({ block: 'center' });
        await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50)));
      }
      return document.querySelectorAll('astro-island[ssr]').length;
    });
    if (left === 0) break;
    if (Date.now() > deadline) throw new Error(`${left} Astro island(s) still not hydrated after ${timeout} ms`);
    await page.waitForTimeout(100);
  }
  await page.evaluate(() => scrollTo(0, 0));
}

/** Resolves once no request has been in flight for `quietMs`. */
export function trackNetwork(page: Page): { idle(quietMs?: number, timeout?: number): Promise<void> } {
  let inflight = 0;
  let last = Date.now();
  const start = () => {
    inflight++;
    last = Date.now();
  };
  const end = () => {
    inflight = Math.max(0, inflight - 1);
    last = Date.now();
  };
  page.on('request', start);
  page.on('requestfinished', end);
  page.on('requestfailed', end);
  return {
    async idle(quietMs = 250, timeout = 10_000) {
      const deadline = Date.now() + timeout;
      while (Date.now() < deadline) {
        if (inflight === 0 && Date.now() - last >= quietMs) return;
        await new Promise((r) => setTimeout(r, 50));
      }
      throw new Error(`network still busy after ${timeout} ms (${inflight} requests in flight)`);
    },
  };
}

/** A short fingerprint of every canvas matched by `selector`, in document order. */
export function canvasFingerprints(page: Page, selector = 'canvas'): Promise<string[]> {
  return page.evaluate((sel) => {
    const hash = (s: string) => {
      let h = 0x811c9dc5;
      for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
      return `${s.length}:${(h >>> 0).toString(16)}`;
    };
    return [...document.querySelectorAll<HTMLCanvasElement>(sel)].map((c) => hash(c.toDataURL()));
  }, selector);
}

/** Waits until chart animations finish: the canvases look the same twice in a row. */
export async function waitForCanvasesStable(page: Page, selector = 'canvas', timeout = 5_000): Promise<string[]> {
  const deadline = Date.now() + timeout;
  let previous = await canvasFingerprints(page, selector);
  while (Date.now() < deadline) {
    await page.waitForTimeout(120);
    const now = await canvasFingerprints(page, selector);
    if (now.join() === previous.join()) return now;
    previous = now;
  }
  throw new Error(`canvases (${selector}) kept changing for ${timeout} ms`);
}
