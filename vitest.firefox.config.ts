import { defineConfig } from 'vitest/config';

// Firefox tier: the packaged Firefox build in real Firefox (firefox-esr over
// WebDriver BiDi). globalSetup builds dist-firefox/ and zips it the way
// `npm run package` does, so the tests install what would ship.
export default defineConfig({
  test: {
    include: ['tests/browser-firefox/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['tests/helpers/firefox-build-once.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    retry: process.env.CI ? 1 : 0,
  },
});
