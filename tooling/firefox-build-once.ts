/**
 * vitest globalSetup for the Firefox tier: fail fast without Firefox, build
 * dist-firefox/ (unless PL_SKIP_BUILD=1), and zip it into a temporary folder
 * as `npm run package` does (a test build: it has the card hook, see TEST_MODE). Tests get the zip's path through
 * inject('firefoxZip') and remove nothing; teardown deletes the folder.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { artifactNames, buildFirefox, packageVersion, zipExtension } from '../scripts/package';
import { TEST_MODE } from '../scripts/vite-content-script';
import { FIREFOX_DIST_DIR, findFirefox, NoFirefoxError } from './firefox';

declare module 'vitest' {
  export interface ProvidedContext {
    firefoxZip: string;
  }
}

export default async function setup(project: TestProject): Promise<() => void> {
  try {
    findFirefox();
  } catch (e) {
    if (!(e instanceof NoFirefoxError)) throw e;
    process.stderr.write(`${e.message}\n`);
    process.exit(1);
  }
  if (process.env.PL_SKIP_BUILD !== '1') await buildFirefox(FIREFOX_DIST_DIR, TEST_MODE);
  const dir = mkdtempSync(join(tmpdir(), 'policy-lens-firefox-pkg-'));
  project.provide('firefoxZip', zipExtension(FIREFOX_DIST_DIR, join(dir, artifactNames(packageVersion()).firefox)));
  return () => rmSync(dir, { recursive: true, force: true });
}
