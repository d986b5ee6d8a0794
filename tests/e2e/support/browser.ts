// One way to start Debian's Chromium for every test file and benchmark.
// playwright-core's launch() gives each browser a fresh temporary profile.
import { chromium } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';

export const CHROMIUM_PATH = '/usr/bin/chromium';

const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: ARGS });
}

export interface PageProblems {
  consoleErrors: string[];
  pageErrors: string[];
  failedRequests: string[];
}

/**
 * Records everything that would show up red in DevTools: console errors,
 * uncaught exceptions, requests that failed or answered ≥ 400. The main
 * document of an expected 404 page is allowed through `expectedStatus`.
 */
export function watchProblems(page: Page, allow: { documentStatus?: number } = {}): PageProblems {
  const problems: PageProblems = { consoleErrors: [], pageErrors: [], failedRequests: [] };
  page.on('console', (msg) => {
    if (msg.type() !== 'error') return;
    const where = msg.location().url;
    // Chromium reports the expected 404 of the document itself as a console error.
    if (allow.documentStatus === 404 && /status of 404/.test(msg.text()) && where === page.url()) return;
    problems.consoleErrors.push(`${msg.text()}${where ? ` (${where})` : ''}`);
  });
  page.on('pageerror', (err) => problems.pageErrors.push(err.stack ?? err.message));
  page.on('requestfailed', (req) => {
    // Aborted is not broken: Chromium cancels its own favicon fetch when the
    // page navigates, and widgets abort work they no longer need. A missing
    // file still shows up below as an HTTP error.
    if (req.failure()?.errorText === 'net::ERR_ABORTED') return;
    problems.failedRequests.push(`${req.method()} ${req.url()}: ${req.failure()?.errorText ?? 'failed'}`);
  });
  page.on('response', (res) => {
    if (res.status() < 400) return;
    const isDocument = res.request().isNavigationRequest() && res.request().frame() === page.mainFrame();
    if (isDocument && res.status() === allow.documentStatus) return;
    problems.failedRequests.push(`${res.request().method()} ${res.url()}: HTTP ${res.status()}`);
  });
  return problems;
}

export async function newContext(browser: Browser, options: BrowserContextOptions = {}): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce', ...options });
  // Fail a missing element in seconds, not Playwright's default 30.
  context.setDefaultTimeout(10_000);
  return context;
}

/**
 * One Chromium per test file: launched before the file's tests, closed after
 * them. Call it at module level, before the file's own hooks; it returns a
 * factory for fresh contexts (the same defaults as newContext).
 */
export function useChromium(): (options?: BrowserContextOptions) => Promise<BrowserContext> {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return (options = {}) => {
    if (!browser) throw new Error('Chromium is not running: call useChromium() at module level.');
    return newContext(browser, options);
  };
}
