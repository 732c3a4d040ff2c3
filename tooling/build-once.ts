import { build } from 'vite';
import { TEST_MODE } from '../scripts/vite-content-script';
import { DIST_DIR } from './extension';
import { findChrome, NoBrowserError } from './find-chrome';

/** vitest globalSetup for browser tests: fail fast without a browser, then build dist/ with the tests' card hook. */
export default async function setup(): Promise<void> {
  try {
    findChrome();
  } catch (e) {
    if (!(e instanceof NoBrowserError)) throw e;
    // One actionable line, not a stack trace.
    process.stderr.write(`${e.message}\n`);
    process.exit(1);
  }
  if (process.env.PL_SKIP_BUILD === '1') return;
  await build({ mode: TEST_MODE, logLevel: 'warn', build: { outDir: DIST_DIR } });
}
