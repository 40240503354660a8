import { defineConfig } from 'vitest/config';

// Unit, content and markdown tests run in Node; tests/site reads the built dist/ and
// tests/e2e drives Chromium against it (npm test builds first).
export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/fixtures/**', 'node_modules/**'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
