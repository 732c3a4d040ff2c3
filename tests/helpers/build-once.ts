import { build } from 'vite';
import { DIST_DIR } from './extension';
import { findChrome } from './find-chrome';

/** vitest globalSetup for browser tests: fail fast without a browser, then build dist/. */
export default async function setup(): Promise<void> {
  findChrome();
  if (process.env.PL_SKIP_BUILD === '1') return;
  await build({ logLevel: 'warn', build: { outDir: DIST_DIR } });
}
