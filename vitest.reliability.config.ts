import { defineConfig } from 'vitest/config';

// Reliability tier (tests/reliability): property tests of "the page's DOM is
// never changed", framework and hostile pages, strict CSP, style isolation,
// bad settings and messages, no network, no HTML sinks. Browser files run
// one at a time against the build globalSetup makes (PL_DIST_DIR for a
// separate build dir); each test file writes its figures to
// test-results/reliability/*.json for `npm run reliability`.
// PL_SOAK=1 runs the longer variant (more pages, longer storms).
const soak = process.env.PL_SOAK === '1';

export default defineConfig({
  test: {
    include: ['tests/reliability/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['tests/helpers/build-once.ts'],
    fileParallelism: false,
    testTimeout: soak ? 900_000 : 180_000,
    hookTimeout: 90_000,
    // Timing thresholds on a shared 2-core machine: one retry in CI, as for the browser tier.
    retry: process.env.CI ? 1 : 0,
  },
});
