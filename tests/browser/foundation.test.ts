import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChromeForTests } from '../helpers/chrome-types';
import { launchWithExtension, type ExtensionSession } from '../helpers/extension';
import { startFixtureServer, type FixtureServer } from '../helpers/server';

describe('built extension in Chromium', () => {
  let server: FixtureServer;
  let session: ExtensionSession;

  beforeAll(async () => {
    server = await startFixtureServer();
    session = await launchWithExtension({ port: server.port });
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  it('loads with a service worker and the production manifest', async () => {
    expect(session.extensionId).toMatch(/^[a-p]{32}$/);
    const manifest = await session.serviceWorker.evaluate(() => (globalThis as unknown as { chrome: ChromeForTests }).chrome.runtime.getManifest());
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.host_permissions).toContain('*://english.news.cn/*');
    expect(manifest.host_permissions).not.toContain('<all_urls>');
    // One self-contained content script: nothing for pages to fetch or fingerprint.
    expect(manifest.web_accessible_resources).toBeUndefined();
    expect(manifest.content_scripts).toMatchObject([
      { js: ['content-script.js'], css: ['content-script.css'], run_at: 'document_idle' },
      { js: ['content-start.js'], run_at: 'document_start' },
    ]);
    expect((manifest.content_scripts as unknown[])[1]).not.toHaveProperty('css');
  });

  it('runs the content script on a news host served from loopback', async () => {
    const page = await session.context.newPage();
    await page.goto(session.newsUrl('english.news.cn', 'xinhua-interview.html'));
    await page.waitForFunction(() => CSS.highlights.has('policy-lens'), undefined, { timeout: 10_000 });
    expect(server.requests.some((r) => r.startsWith('english.news.cn') && r.endsWith('/xinhua-interview.html'))).toBe(true);
    await page.close();
  });

  it('does not run on a site outside the default list', async () => {
    const page = await session.context.newPage();
    await page.goto(session.newsUrl('example.org', 'xinhua-interview.html'));
    await page.waitForLoadState('load');
    await page.waitForTimeout(500);
    expect(await page.evaluate(() => CSS.highlights.has('policy-lens'))).toBe(false);
    await page.close();
  });

  it('opens the popup page', async () => {
    const popup = await session.openPopup();
    await expect.poll(() => popup.title()).toContain('Policy Lens');
    await popup.close();
  });
});
