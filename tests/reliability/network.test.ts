/**
 * Promise 8: nothing leaves the browser. Every request of every context in
 * the browser (pages, the extension's pages, the service worker — Playwright
 * reports service-worker requests on the context, with request.serviceWorker()
 * set) is recorded over a full session: fixture pages browsed, terms hovered,
 * the card's reader link followed, the popup opened and the site switched off
 * and on, the options page opened. Allowed: the extension's own files and the
 * fixture pages that were navigated to (and the browser's favicon request for
 * them, and Chromium's HTTPS-Upgrades attempt at each typed http:// URL).
 * Controls prove the recorder sees extension-initiated requests: a
 * fetch made from the service worker and one from the popup both show up.
 */
import type { Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hoverTerm } from '../browser/page-helpers';
import { launchWithExtension, type ExtensionSession } from '../../tooling/extension';
import type { FixtureServer } from '../../tooling/server';
import { paintedCount, settle, startServer, watchProblems, writeFigures } from './helpers';

interface Rec {
  url: string;
  from: 'service-worker' | 'page';
  page: string;
}

describe('nothing leaves the browser', () => {
  let server: FixtureServer;
  let session: ExtensionSession;
  const recs: Rec[] = [];
  const record = (r: Request): void => {
    const sw = r.serviceWorker();
    let page = '';
    try {
      page = sw ? sw.url() : r.frame().url();
    } catch {
      page = '(navigation)';
    }
    recs.push({ url: r.url(), from: sw ? 'service-worker' : 'page', page });
  };

  beforeAll(async () => {
    server = await startServer();
    session = await launchWithExtension({ port: server.port });
    session.context.on('request', record);
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  it('records no request beyond the extension files and the fixture pages over a full session (and sees the controls)', async () => {
    const navigated = new Set<string>();
    const open = async (host: string, path: string): Promise<Page> => {
      const page = await session.context.newPage();
      const url = session.newsUrl(host, path);
      navigated.add(url);
      await page.goto(url);
      return page;
    };
    const extId = session.extensionId;

    // Browse: an article, a Chinese page, iframes; hover a term and follow the card's link.
    const article = await open('english.news.cn', 'xinhua-interview.html');
    const problems = watchProblems(article);
    await settle(() => paintedCount(article));
    expect(await paintedCount(article)).toBeGreaterThan(40);
    await hoverTerm(article, 'humanoid robots');
    await article.locator('[data-policy-lens-ui] .pl-card').waitFor({ timeout: 5000 });
    const [reader] = await Promise.all([session.context.waitForEvent('page'), article.locator('[data-policy-lens-ui] .pl-card-read').click()]);
    await reader.waitForLoadState();
    await reader.close();
    for (const [h, p] of [
      ['www.news.cn', 'page/chinese.html'],
      ['english.news.cn', 'page/iframe.html'],
      ['www.scmp.com', 'scmp-analysis.html'],
    ] as const) {
      const pg = await open(h, p);
      await settle(() => paintedCount(pg));
      await pg.close();
    }
    navigated.add(session.newsUrl('english.news.cn', 'page/iframe-inner.html'));

    // The popup for the article's tab: switch the site off and on.
    const tabId = await session.serviceWorker.evaluate(async (u) => {
      const c = (globalThis as unknown as { chrome: { tabs: { query(q: { url: string }): Promise<{ id?: number }[]> } } }).chrome;
      return (await c.tabs.query({ url: u }))[0]?.id ?? -1;
    }, article.url());
    const popup = await session.context.newPage();
    await popup.goto(session.extensionUrl(`src/popup/index.html?tab=${tabId}`));
    await popup.waitForSelector('body[data-ready="true"]', { timeout: 10_000 });
    const sw = popup.locator('.pl-site-switch [role="switch"]');
    await sw.click();
    await expect.poll(() => paintedCount(article), { timeout: 5000 }).toBe(0);
    await sw.click();
    await expect.poll(() => paintedCount(article), { timeout: 8000 }).toBeGreaterThan(40);
    const options = await session.context.newPage();
    await options.goto(session.extensionUrl('src/options/index.html'));
    await options.waitForLoadState();
    await article.waitForTimeout(1000);
    expect(problems).toEqual([]);

    const allowed = (r: Rec): boolean => {
      if (r.url.startsWith(`chrome-extension://${extId}/`)) return true;
      const u = new URL(r.url);
      if (u.protocol === 'http:' && u.pathname === '/favicon.ico') return [...navigated].some((n) => new URL(n).host === u.host);
      // Chromium's HTTPS-Upgrades try https:// first for a typed http:// navigation (the browser's, not ours).
      if (u.protocol === 'https:' && r.page === 'about:blank') return navigated.has(`http://${u.host}${u.pathname}${u.search}`);
      return navigated.has(r.url);
    };
    const session0 = [...recs];
    const offending = session0.filter((r) => !allowed(r));
    const fromExtension = session0.filter((r) => r.from === 'service-worker' || r.page.startsWith('chrome-extension://'));
    const extOutside = fromExtension.filter((r) => !r.url.startsWith(`chrome-extension://${extId}/`));

    // Controls: requests the extension's contexts make are seen.
    const controlSw = 'http://example.org/control-from-service-worker';
    const controlPopup = 'http://example.org/control-from-popup';
    await session.serviceWorker.evaluate((u) => fetch(u).then(() => undefined, () => undefined), controlSw);
    await popup.evaluate((u) => fetch(u).then(() => undefined, () => undefined), controlPopup);
    await expect.poll(() => recs.some((r) => r.url === controlSw && r.from === 'service-worker'), { timeout: 5000 }).toBe(true);
    await expect.poll(() => recs.some((r) => r.url === controlPopup && r.page.startsWith('chrome-extension://')), { timeout: 5000 }).toBe(true);

    // The fixture server saw only the pages we opened (and favicons).
    const served = server.requests.filter((l) => !l.includes('/control-from-'));
    const unexpectedServed = served.filter((l) => {
      const [host, path] = l.split(' ');
      return path !== '/favicon.ico' && !navigated.has(`http://${host}${path}`);
    });

    writeFigures('network', {
      requestsRecorded: session0.length,
      fromExtensionContexts: fromExtension.length,
      extensionRequestsOutsideItsFiles: extOutside.length,
      offending: offending.length,
      servedByFixtureServer: served.length,
      pagesBrowsed: navigated.size,
      controlsSeen: 2,
    });
    expect(extOutside, 'extension contexts requested something outside the extension').toEqual([]);
    expect(offending, 'requests beyond the extension and the fixture pages').toEqual([]);
    expect(unexpectedServed, 'fixture server requests not navigated to').toEqual([]);
    await popup.close();
    await options.close();
    await article.close();
  });
});
