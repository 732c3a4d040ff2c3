/**
 * The Chrome package as shipped: dist/ zipped the way `npm run package`
 * zips it, unpacked again (Chromium loads no zip from the command line) and
 * loaded in real Chromium.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { artifactNames, packageVersion, zipExtension } from '../../scripts/package';
import type { ChromeForTests } from '../../tooling/chrome-types';
import { DIST_DIR, launchWithExtension, type ExtensionSession } from '../../tooling/extension';
import { startFixtureServer, type FixtureServer } from '../../tooling/server';
import { unzip, zipEntries } from '../../tooling/unzip';

describe('packaged Chrome zip in Chromium', () => {
  let server: FixtureServer;
  let session: ExtensionSession;
  let tmp: string;
  let zip: string;
  let unpacked: string;

  beforeAll(async () => {
    tmp = mkdtempSync(join(tmpdir(), 'policy-lens-chrome-pkg-'));
    zip = zipExtension(DIST_DIR, join(tmp, artifactNames(packageVersion()).chrome));
    unpacked = join(tmp, 'unpacked');
    unzip(zip, unpacked);
    server = await startFixtureServer();
    session = await launchWithExtension({ port: server.port, dist: unpacked });
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  it('has the manifest at the zip root, the version of package.json and no Firefox-only keys', async () => {
    const names = zipEntries(zip).map((e) => e.name);
    expect(names).toContain('manifest.json');
    const onDisk = JSON.parse(readFileSync(join(unpacked, 'manifest.json'), 'utf8')) as Record<string, unknown>;
    expect(onDisk.version).toBe(packageVersion());
    expect(onDisk.minimum_chrome_version).toBeDefined();
    expect(onDisk.browser_specific_settings).toBeUndefined();
    const manifest = await session.serviceWorker.evaluate(() => (globalThis as unknown as { chrome: ChromeForTests }).chrome.runtime.getManifest());
    expect(manifest.version).toBe(packageVersion());
  });

  it('runs its content script on a news page', async () => {
    const page = await session.context.newPage();
    await page.goto(session.newsUrl('english.news.cn', 'xinhua-interview.html'));
    await page.waitForFunction(() => (CSS.highlights.get('policy-lens')?.size ?? 0) > 0, undefined, { timeout: 10_000 });
    await page.close();
  });
});
