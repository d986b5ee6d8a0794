// Unit, property and reference tests (Node, no browser). End-to-end tests
// have their own config, vitest.e2e.config.ts.
import { defineConfig } from 'vitest/config';
import SummaryReporter from './tests/support/summary-reporter.ts';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // onnxruntime-web's first session compiles its WebAssembly module.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    reporters: ['default', new SummaryReporter('unit')],
  },
});
