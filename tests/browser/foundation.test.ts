import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChromeForTests } from '../../tooling/chrome-types';
import { DIST_DIR, launchWithExtension, type ExtensionSession } from '../../tooling/extension';
import { startFixtureServer, type FixtureServer } from '../../tooling/server';

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
    // One script in the manifest, from document_start (the gate, with the pipeline inside); the cards are injected when wanted.
    expect(manifest.content_scripts).toMatchObject([{ js: ['content-script.js'], css: ['content-script.css'], run_at: 'document_start' }]);
    expect(manifest.content_scripts).toHaveLength(1);
  });

  it('keeps the tooltip out of the main content script: content-ui.js is injected at the first pointer movement, not during the load', async () => {
    const main = readFileSync(join(DIST_DIR, 'content-script.js'), 'utf8');
    const ui = readFileSync(join(DIST_DIR, 'content-ui.js'), 'utf8');
    // tippy, popper and the glossary's texts are what a fresh tab would otherwise parse before the first highlight.
    expect(main).not.toContain('tippy');
    expect(main).not.toContain('Jin Zhuanglong');
    expect(ui).toContain('tippy');
    // The matcher's tables are a quarter of it (65 KB: every spelling of 46 terms), the prefilter's 22 KB.
    expect(main.length).toBeLessThan(280_000);

    const page = await session.context.newPage();
    await page.goto(session.newsUrl('english.news.cn', 'xinhua-interview.html'));
    await page.waitForFunction(() => (CSS.highlights.get('policy-lens')?.size ?? 0) > 0, undefined, { timeout: 10_000 });
    // Not during the load: fetched at the first pointer movement, before any hover, so the first card opens without waiting.
    const cdp = await session.context.newCDPSession(page);
    const scripts: string[] = [];
    cdp.on('Debugger.scriptParsed', (e) => scripts.push(e.url));
    await cdp.send('Debugger.enable');
    await page.waitForTimeout(1500);
    expect(scripts.some((u) => u.endsWith('/content-ui.js'))).toBe(false);
    await page.mouse.move(5, 5);
    await page.mouse.move(8, 9);
    await expect.poll(() => scripts.some((u) => u.endsWith('/content-ui.js')), { timeout: 5000 }).toBe(true);
    await cdp.detach();
    await page.close();
  });

  it('ships no measuring code: no performance mark, none of the bench probe, nothing a page could read as a trace', async () => {
    for (const file of ['content-script.js', 'content-ui.js']) {
      const js = readFileSync(join(DIST_DIR, file), 'utf8');
      for (const probe of ['performance.mark', 'policy-lens:', 'recordSlice', 'timeHitTest', 'markFirstVisible', 'markDone', 'markStart', 'bench-report', 'PAINTED_WAIT_MS']) {
        expect(js, `${file} holds ${probe}`).not.toContain(probe);
      }
    }
    const page = await session.context.newPage();
    await page.goto(session.newsUrl('english.news.cn', 'xinhua-interview.html'));
    await page.waitForFunction(() => (CSS.highlights.get('policy-lens')?.size ?? 0) > 0, undefined, { timeout: 10_000 });
    await page.waitForTimeout(500);
    expect(await page.evaluate(() => performance.getEntriesByType('mark').map((m) => m.name))).toEqual([]);
    expect(await page.evaluate(() => performance.getEntriesByType('measure').map((m) => m.name))).toEqual([]);
    await page.close();
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
