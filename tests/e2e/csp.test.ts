// The site under the Content-Security-Policy it ships in dist/_headers,
// applied the way Netlify and Cloudflare Pages apply that file: every page
// loads, hydrates and works — lesson 1's slider moves the metrics, search
// runs Pagefind's WebAssembly — without one CSP violation.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { serveDist, type RunningServer } from '../../scripts/serve-dist.ts';
import { headersFor, parseHeaders, type HeaderRule } from '../../src/integrations/headers-file.ts';
import { useChromium, watchProblems } from './support/browser.ts';
import { hydrateAll } from './support/settle.ts';
import { allPages, DIST, isChineseEmbed, LESSON1_PATH, slugOf, type PageCase } from './support/site.ts';
import { readMetrics, settleLesson } from './support/widget.ts';

const openContext = useChromium();
const rules: HeaderRule[] = parseHeaders(readFileSync(path.join(DIST, '_headers'), 'utf8'));
// The sitemap's pages, search, a missing URL, and every page _headers names
// (pages outside the sitemap, such as embeds, too).
const sitemapCases = allPages().filter((p) => !isChineseEmbed(p.path));
const cases: PageCase[] = [
  ...sitemapCases,
  ...rules
    .filter((r) => !r.pattern.includes('*') && r.pattern.endsWith('/') && !isChineseEmbed(r.pattern) && !sitemapCases.some((c) => c.path === r.pattern))
    .map((r) => ({ name: slugOf(r.pattern), path: r.pattern, status: 200 })),
];
let server: RunningServer;

beforeAll(async () => {
  server = await serveDist({ root: DIST, headers: (urlPath) => headersFor(rules, urlPath) });
});
afterAll(async () => {
  await server?.close();
});

declare global {
  interface Window {
    __cspViolations: string[];
  }
}

/** Collects violations from the document (event) and from anywhere Chromium logs them (console, workers included). */
async function openWatched(urlPath: string, status: number) {
  const context = await openContext();
  await context.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__cspViolations.push(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} at ${e.sourceFile}:${e.lineNumber}`);
    });
  });
  const page = await context.newPage();
  const logged: string[] = [];
  page.on('console', (msg) => {
    if (/Content.Security.Policy/i.test(msg.text())) logged.push(msg.text());
  });
  const problems = watchProblems(page, { documentStatus: status === 404 ? 404 : undefined });
  const response = await page.goto(server.origin + urlPath, { waitUntil: 'load' });
  expect(response?.status()).toBe(status);
  const violations = async () => [...(await page.evaluate(() => window.__cspViolations)), ...logged];
  return { context, page, response: response!, problems, violations };
}

function scriptSrc(policy: string): string {
  return policy.split(';').map((d) => d.trim()).find((d) => d.startsWith('script-src ')) ?? '';
}

async function exercise(page: Page, urlPath: string): Promise<void> {
  await hydrateAll(page);
  if (urlPath === LESSON1_PATH) {
    const q = await settleLesson(page);
    const before = await readMetrics(q.widget);
    await q.min.focus();
    await page.keyboard.press('PageUp');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => readMetrics(q.widget)).not.toEqual(before);
  }
  if (urlPath === '/search/') {
    const box = page.getByRole('searchbox', { name: /search/i });
    await box.fill('zero point');
    await box.press('Enter');
    await page.getByRole('main').locator(`a[href^="${LESSON1_PATH}"]`).first().waitFor();
  }
  // The theme toggle runs bundled code and writes the root's dataset.
  const toggle = page.getByRole('button', { name: /^theme/i });
  if (await toggle.count()) await toggle.first().click();
}

describe('Content-Security-Policy from dist/_headers', () => {
  it('every page gets one policy per matching rule, none allowing inline script or eval', () => {
    for (const { path: p } of cases) {
      const csp = headersFor(rules, p)['Content-Security-Policy'];
      expect(csp, p).toBeTruthy();
      const policies = csp.split(', ');
      for (const policy of policies) {
        const scripts = scriptSrc(policy);
        expect(scripts, p).toMatch(/^script-src 'self'/);
        expect(scripts, p).not.toMatch(/'unsafe-inline'|'unsafe-eval'|\*|data:|blob:/);
      }
      // Only embeds may be framed by other sites; a page's own rule decides
      // (a missing URL has only the site-wide rule).
      if (rules.some((r) => r.pattern === p)) {
        expect(policies.at(-1), p).toContain(p.startsWith('/embed/') ? 'frame-ancestors *' : "frame-ancestors 'none'");
      }
    }
  });

  it.each(cases)('$name loads, hydrates and works with no violation', async ({ path: urlPath, status }) => {
    const { context, page, response, problems, violations } = await openWatched(urlPath, status);
    try {
      expect(response.headers()['content-security-policy']).toBe(headersFor(rules, urlPath)['Content-Security-Policy']);
      await exercise(page, urlPath);
      expect(await violations()).toEqual([]);
      expect(problems).toEqual({ consoleErrors: [], pageErrors: [], failedRequests: [] });
    } finally {
      await context.close();
    }
  });

  it('the policy is enforced: an injected inline script and an inline handler are refused and reported', async () => {
    // (eval cannot be probed from here: DevTools' own evaluation is exempt from CSP.)
    const { context, page, violations } = await openWatched(LESSON1_PATH, 200);
    try {
      const ran = await page.evaluate(() => {
        const flags = window as unknown as Record<string, boolean>;
        const s = document.createElement('script');
        s.textContent = 'window.__injected = true';
        document.head.append(s);
        const b = document.createElement('button');
        b.setAttribute('onclick', 'window.__handler = true');
        document.body.append(b);
        b.click();
        b.remove();
        return { injected: flags.__injected === true, handler: flags.__handler === true };
      });
      expect(ran).toEqual({ injected: false, handler: false });
      await expect.poll(async () => (await violations()).filter((v) => v.startsWith('script-src')).length).toBeGreaterThanOrEqual(2);
    } finally {
      await context.close();
    }
  });
});
