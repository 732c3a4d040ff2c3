import { defineConfig } from 'vitest/config';

// Browser tier: the built extension in real Chromium. One browser at a time
// on a 2-core machine; globalSetup builds dist/ first so a test never runs
// against stale code.
export default defineConfig({
  test: {
    include: ['tests/browser/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['tests/helpers/build-once.ts'],
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 90_000,
    retry: process.env.CI ? 1 : 0,
  },
});
