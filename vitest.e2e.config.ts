import { defineConfig } from 'vitest/config';

/**
 * Real-browser suites (tests/e2e): one browser launch per file, files run one
 * after another (the machine has two cores and the browsers need them).
 */
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.test.ts'],
    environment: 'node',
    globalSetup: ['tests/e2e/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // A flaky browser test is a bug to fix, not to retry.
    retry: 0,
  },
});
