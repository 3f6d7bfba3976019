import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    environment: 'node',
    // Many tests loop over every fixture page (275+ and growing with each blind set); at load 15 on the shared 2-core
    // machine several crossed 20 s. A timeout here only catches a hang: no test asserts on time.
    testTimeout: 60_000,
    setupFiles: ['tests/setup-core.ts'],
  },
});
