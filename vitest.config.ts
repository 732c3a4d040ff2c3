import { defineConfig } from 'vitest/config';

// Every test tier, one config: `vitest run --project <name>`.
// - unit: pure code in Node; DOM builders opt into happy-dom per file.
// - browser: the built extension in real Chromium; globalSetup builds dist/ first
//   so a test never runs against stale code.
// - reliability: the DOM is never changed (property tests), framework and hostile
//   pages, strict CSP, style isolation, bad settings and messages, no network, no
//   HTML sinks; each file writes its figures to test-results/reliability/*.json for
//   `npm run reliability`. PL_SOAK=1 runs the longer variant.
// - firefox: the packaged Firefox build in real Firefox (firefox-esr over WebDriver
//   BiDi); globalSetup builds dist-firefox/ and zips it as `npm run package` does.
// Browser tiers run one file at a time on a 2-core machine, and retry once in CI
// (timing thresholds on a shared machine).
const soak = process.env.PL_SOAK === '1';
const retry = process.env.CI ? 1 : 0;

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'glossary/**/*.test.ts', 'tests/unit/**/*.test.ts', 'bench/**/*.test.ts'],
          environment: 'node',
          setupFiles: ['tests/unit/setup-messages.ts'],
        },
      },
      {
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tooling/build-once.ts'],
          fileParallelism: false,
          testTimeout: 90_000,
          hookTimeout: 90_000,
          retry,
        },
      },
      {
        test: {
          name: 'reliability',
          include: ['tests/reliability/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tooling/build-once.ts'],
          fileParallelism: false,
          testTimeout: soak ? 900_000 : 180_000,
          hookTimeout: 90_000,
          retry,
        },
      },
      {
        test: {
          name: 'firefox',
          include: ['tests/browser-firefox/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tooling/firefox-build-once.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 60_000,
          retry,
        },
      },
    ],
  },
});
