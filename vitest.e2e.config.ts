// End-to-end tests: the built site (dist/) served on 127.0.0.1 and driven in
// Debian's Chromium. One file at a time: each file starts its own browser and
// the machine has two cores.
import { defineConfig } from 'vitest/config';
import SummaryReporter from './tests/support/summary-reporter.ts';

export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    // Screenshots are for people to look at (npm run screenshots), not a check.
    exclude: process.env.ZP_SCREENSHOTS ? [] : ['tests/e2e/screenshots.test.ts'],
    globalSetup: ['tests/e2e/global-setup.ts'],
    environment: 'node',
    fileParallelism: false,
    // Files share no state (each starts its own browser); skip per-file module reloading.
    isolate: false,
    testTimeout: 60_000,
    // For the files that check every page with it.concurrent.
    maxConcurrency: 3,
    hookTimeout: 60_000,
    teardownTimeout: 10_000,
    reporters: ['default', new SummaryReporter('e2e')],
  },
});
