/**
 * The packaged Firefox build (the zip `npm run package` ships) in real
 * Firefox: install, content script on a news page, tooltip on hover, popup
 * switch. One browser for the file; each test opens its own tabs.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ARTICLE, getTerm } from '../../glossary';
import { buildCitation } from '../../src/core/citation';
import { citeStrings } from '../../src/i18n/catalog/cite';
import { popupStrings } from '../../src/i18n/catalog/popup';
import { NEWS_HOSTS } from '../../tooling/extension';
import {
  EXTENSION_UUID,
  GECKO_ID,
  highlightTexts,
  launchFirefoxWithExtension,
  rangeBox,
  tooltipState,
  waitFor,
  type FirefoxSession,
} from '../../tooling/firefox';
import { startFixtureServer, type FixtureServer } from '../../tooling/server';

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
const SCREENSHOTS = 'test-results/screenshots';

interface FirefoxManifest {
  manifest_version: number;
  version: string;
  background: { scripts?: string[]; service_worker?: string; type?: string };
  browser_specific_settings?: { gecko?: { id?: string; strict_min_version?: string; data_collection_permissions?: { required: string[] } } };
  minimum_chrome_version?: string;
}

/** The `browser` global of an extension page (evaluate() serialises callbacks, so they cast inline). */
interface BrowserForTests {
  runtime: { getManifest(): FirefoxManifest };
  tabs: {
    query(q: Record<string, unknown>): Promise<{ id?: number; url?: string; windowId?: number }[]>;
    sendMessage(tabId: number, msg: unknown, o: { frameId: number }): Promise<unknown>;
  };
  storage: { session: { get(key: null): Promise<Record<string, unknown>> } };
  action: { getBadgeText(d: { tabId?: number }): Promise<string> };
}

/**
 * One Firefox with the packaged build, and the loopback fixture server, per
 * describe block; `prefs` are added to the test profile's.
 */
function firefoxSuite(prefs: Record<string, unknown> = {}): { readonly server: FixtureServer; readonly session: FirefoxSession } {
  let server: FixtureServer | undefined;
  let session: FirefoxSession | undefined;
  beforeAll(async () => {
    server = await startFixtureServer();
    session = await launchFirefoxWithExtension({ port: server.port, extension: inject('firefoxZip'), prefs });
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });
  const need = <T>(v: T | undefined, what: string): T => {
    if (v === undefined) throw new Error(`${what} is not started (use it inside a test)`);
    return v;
  };
  return {
    get server() {
      return need(server, 'the fixture server');
    },
    get session() {
      return need(session, 'Firefox');
    },
  };
}

describe('packaged extension in Firefox', () => {
  const fx = firefoxSuite();
  let news: Page;
  const newsUrl = (): string => fx.session.newsUrl('english.news.cn', 'xinhua-interview.html');

  it('installs the zipped build under its gecko id, with the Firefox manifest', async () => {
    expect(fx.session.addonId).toBe(GECKO_ID);
    const page = await fx.session.openExtensionPage('src/popup/index.html');
    const manifest = await page.evaluate(() => (globalThis as unknown as { browser: BrowserForTests }).browser.runtime.getManifest());
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.version).toBe(pkg.version);
    expect(manifest.background.scripts?.length).toBe(1);
    // getManifest() in Firefox reports absent keys as null.
    expect(manifest.background.service_worker ?? undefined).toBeUndefined();
    expect(manifest.browser_specific_settings?.gecko).toMatchObject({
      id: GECKO_ID,
      strict_min_version: '140.0',
      data_collection_permissions: { required: ['none'] },
    });
    expect(manifest.minimum_chrome_version ?? undefined).toBeUndefined();
    expect(await page.evaluate(() => location.origin)).toBe(`moz-extension://${EXTENSION_UUID}`);
    await page.close();
  });

  it('highlights policy terms on a news page served from loopback', async () => {
    news = await fx.session.newPage();
    await news.goto(newsUrl(), { waitUntil: 'load' });
    const texts = await waitFor(() => highlightTexts(news), (t) => t.length >= 10, 15_000, 'highlighted terms');
    expect(texts).toContain('new industrialization');
    expect(texts).toContain('low-altitude economy');
    expect(fx.server.requests).toContain('english.news.cn /xinhua-interview.html');
    // Everything the browser fetched came through the PAC to the loopback fx.server, under a mapped host.
    for (const r of fx.server.requests) expect(NEWS_HOSTS as readonly string[]).toContain(r.split(' ')[0]);
  });

  it('shows the term and its definition when the pointer rests on a highlight', async () => {
    const term = getTerm('low-altitude-economy');
    if (!term) throw new Error('glossary has no low-altitude-economy');
    await news.bringToFront();
    const box = await rangeBox(news, 'low-altitude economy');
    if (!box) throw new Error('no painted range "low-altitude economy"');
    await news.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 4 });
    const tip = await waitFor(() => tooltipState(news), (s) => s?.visible === true && s.termId === term.id, 5_000, 'the tooltip');
    expect(tip?.name).toBe(term.name);
    expect(tip?.definition).toBe(term.definition);
    // Placed next to the term, inside the viewport.
    expect(tip?.box?.width ?? 0).toBeGreaterThan(150);
    // The card is fully opaque once shown (no fade: these prefs ask for reduced motion).
    const opacity = await news.evaluate(() => {
      const box = document.querySelector('[data-policy-lens-ui]')?.shadowRoot?.querySelector('.tippy-box');
      return box ? getComputedStyle(box).opacity : '';
    });
    expect(opacity).toBe('1');
    mkdirSync(SCREENSHOTS, { recursive: true });
    await news.screenshot({ path: `${SCREENSHOTS}/firefox-tooltip.png` });
  });

  it('the sidebar holds the interview and the tab\'s terms, and shows the card of a term clicked on the page', async () => {
    const probe = await fx.session.openExtensionPage('src/popup/index.html');
    const tabs = await probe.evaluate(() => (globalThis as unknown as { browser: BrowserForTests }).browser.tabs.query({}));
    const newsTab = tabs.find((t) => t.url === newsUrl());
    await probe.close();
    if (newsTab?.windowId === undefined) throw new Error(`no tab for ${newsUrl()}`);
    // The sidebar page, in a tab (automation cannot open the sidebar itself), following the news tab's window.
    const panel = await fx.session.openExtensionPage(`src/sidepanel/index.html?window=${newsTab.windowId}`, () => document.body.dataset.ready === 'true');
    await news.bringToFront();
    const state = (): Promise<{ following: string; paragraphs: number; card: string | null; target: string | null }> =>
      panel.evaluate(() => ({
        following: document.querySelector('.pl-panel-following')?.textContent ?? '',
        paragraphs: document.querySelectorAll('.pl-article .pl-para').length,
        card: document.querySelector<HTMLElement>('.pl-chosen .pl-card')?.dataset.term ?? null,
        target: document.querySelector('.pl-article .pl-target')?.id ?? null,
      }));
    await waitFor(state, (s) => s.following.includes('Xinhua'), 5_000, 'the sidebar to follow the news tab');
    expect((await state()).paragraphs).toBe(ARTICLE.paragraphs.length);
    const term = getTerm('low-altitude-economy');
    const box = await rangeBox(news, 'low-altitude economy');
    if (!term || !box) throw new Error('no painted range "low-altitude economy"');
    await news.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    const chosen = await waitFor(state, (s) => s.card === term.id, 5_000, 'the chosen term\'s card in the sidebar');
    expect(chosen.target).toBe(`p${term.citations[0]?.paragraph ?? 0}`);
    // The tab's terms, as its content script counts them: the page's distinct highlighted terms.
    await panel.click('#pl-panel-tab-page');
    const listed = await waitFor(
      () => panel.evaluate(() => [...document.querySelectorAll<HTMLElement>('.pl-term-choice')].map((e) => e.dataset.term ?? '')),
      (ids) => ids.length > 0,
      5_000,
      'the tab\'s terms in the sidebar',
    );
    expect(listed).toContain(term.id);
    expect(listed).toContain('new-industrialization');
    await panel.close();
  });

  it('copies the card\'s citation (plain text and HTML with the link) with no clipboard permission', async () => {
    const term = getTerm('low-altitude-economy');
    const want = term ? buildCitation(term) : null;
    if (!want) throw new Error('no citation for low-altitude-economy');
    await news.bringToFront();
    const box = await rangeBox(news, 'low-altitude economy');
    if (!box) throw new Error('no painted range "low-altitude economy"');
    // Off the term first: the sidebar test left the pointer on it.
    await news.mouse.move(5, 5);
    await new Promise((r) => setTimeout(r, 400));
    await news.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 4 });
    await waitFor(() => tooltipState(news), (s) => s?.visible === true && s.termId === term?.id, 5_000, 'the tooltip');
    const button = await news.evaluate(() => {
      const b = document.querySelector('[data-policy-lens-ui]')?.shadowRoot?.querySelector('.pl-card-cite-button')?.getBoundingClientRect();
      return b ? { x: b.left + b.width / 2, y: b.top + b.height / 2 } : null;
    });
    if (!button) throw new Error('no copy button in the card');
    await news.mouse.move(button.x, button.y, { steps: 4 });
    await news.mouse.click(button.x, button.y);
    const status = (): Promise<string> => news.evaluate(() => document.querySelector('[data-policy-lens-ui]')?.shadowRoot?.querySelector('.pl-card-cite-status')?.textContent ?? '');
    await waitFor(status, (t) => t === 'Copied', 3_000, 'the copy confirmation');
    // Read back as an editor would: a paste into another page.
    fx.server.route('/clip.html', {
      body:
        '<!doctype html><meta charset="utf-8"><div id="ed" contenteditable="true">x</div>' +
        '<script>document.addEventListener("paste", (e) => { e.preventDefault(); window.__pasted = { text: e.clipboardData.getData("text/plain"), html: e.clipboardData.getData("text/html") }; });</script>',
    });
    const clip = await fx.session.newPage();
    await clip.goto(fx.session.newsUrl('example.org', 'clip.html'), { waitUntil: 'load' });
    await clip.focus('#ed');
    await clip.keyboard.down('Control');
    await clip.keyboard.press('v');
    await clip.keyboard.up('Control');
    const pasted = await waitFor(
      () => clip.evaluate(() => (window as unknown as { __pasted?: { text: string; html: string } }).__pasted ?? null),
      (p) => p !== null,
      3_000,
      'the paste',
    );
    expect(pasted?.text).toBe(want.text);
    expect(pasted?.html).toContain(want.html);
    await clip.close();
  });

  it('does not run on a site outside the default list', async () => {
    const page = await fx.session.newPage();
    await page.goto(fx.session.newsUrl('example.org', 'xinhua-interview.html'), { waitUntil: 'load' });
    await new Promise((r) => setTimeout(r, 500));
    expect(await page.evaluate(() => CSS.highlights.has('policy-lens'))).toBe(false);
    await page.close();
  });

  it('counts the page\'s terms on the badge (background event page), and the popup\'s site switch removes and restores highlights live', async () => {
    const probe = await fx.session.openExtensionPage('src/popup/index.html');
    const tabs = await probe.evaluate(() => (globalThis as unknown as { browser: BrowserForTests }).browser.tabs.query({}));
    const tabId = tabs.find((t) => t.url === newsUrl())?.id;
    if (tabId === undefined) throw new Error(`no tab for ${newsUrl()} among ${JSON.stringify(tabs)}`);
    const badge = (): Promise<string> =>
      probe.evaluate((id: number) => (globalThis as unknown as { browser: BrowserForTests }).browser.action.getBadgeText({ tabId: id }), tabId);
    const distinct = new Set(await highlightTexts(news)).size;
    await waitFor(badge, (b) => /^\d+$/.test(b) && Number(b) > 0 && Number(b) <= distinct, 5_000, 'the badge count').catch(async (e: unknown) => {
      // What the background recorded and what the page holds now, to tell a lost report from a slow one.
      const seen = await probe.evaluate(async (id: number) => {
        const b = (globalThis as unknown as { browser: BrowserForTests }).browser;
        const asked = await b.tabs.sendMessage(id, { type: 'get-page-terms' }, { frameId: 0 }).catch(String);
        return JSON.stringify({ stored: await b.storage.session.get(null), asked });
      }, tabId);
      throw new Error(`${String(e)}; ${seen}`);
    });

    const popup = await fx.session.openExtensionPage(`src/popup/index.html?tab=${tabId}`, () => document.body.dataset.ready === 'true');
    expect(await popup.title()).toContain('Policy Lens');
    const switchState = (): Promise<string | null> =>
      popup.evaluate(() => document.querySelector('.pl-site-switch button[role="switch"]')?.getAttribute('aria-checked') ?? null);
    expect(await switchState()).toBe('true');
    await popup.setViewport({ width: 400, height: 600 });
    await popup.screenshot({ path: `${SCREENSHOTS}/firefox-popup.png` });

    await popup.click('.pl-site-switch button[role="switch"]');
    await waitFor(switchState, (s) => s === 'false', 5_000, 'the switch to turn off');
    await waitFor(() => highlightTexts(news), (t) => t.length === 0, 5_000, 'highlights to disappear');
    await waitFor(badge, (b) => b === '', 5_000, 'the badge to clear');

    await popup.click('.pl-site-switch button[role="switch"]');
    const back = await waitFor(() => highlightTexts(news), (t) => t.length >= 10, 10_000, 'highlights to return');
    expect(back).toContain('new industrialization');
    await popup.close();
    await probe.close();
  });
});

describe('Firefox with the news sites’ access withheld', () => {
  // As when a user declines the host permissions: content scripts do not run.
  const fx = firefoxSuite({ 'extensions.originControls.grantByDefault': false });

  it('explains in the popup why the page has no highlights and offers to allow access', async () => {
    const news = await fx.session.newPage();
    const url = fx.session.newsUrl('english.news.cn', 'xinhua-interview.html');
    await news.goto(url, { waitUntil: 'load' });
    await new Promise((r) => setTimeout(r, 500));
    expect(await highlightTexts(news)).toEqual([]);

    const probe = await fx.session.openExtensionPage('src/popup/index.html');
    const tabs = await probe.evaluate(() => (globalThis as unknown as { browser: BrowserForTests }).browser.tabs.query({}));
    // Without host access the extension cannot see the tab's URL: it is the newest tab whose URL is hidden.
    const hidden = tabs.filter((t) => t.url === undefined && t.id !== undefined).map((t) => t.id as number);
    const tabId = hidden.length > 0 ? Math.max(...hidden) : undefined;
    if (tabId === undefined) throw new Error(`no tab for ${url} among ${JSON.stringify(tabs)}`);
    // tabUrl stands in for the URL activeTab reveals when the popup is opened from the toolbar.
    const popup = await fx.session.openExtensionPage(`src/popup/index.html?tab=${tabId}&tabUrl=${encodeURIComponent(url)}`, () => document.body.dataset.ready === 'true');
    const state = await waitFor(
      () =>
        popup.evaluate(() => ({
          status: document.querySelector('.pl-empty')?.getAttribute('data-status') ?? null,
          text: document.querySelector('.pl-empty')?.textContent ?? '',
          buttons: [...document.querySelectorAll('.pl-empty button')].map((b) => b.textContent),
        })),
      (s) => s.status === 'no-access',
      10_000,
      'the popup to explain the missing access',
    );
    expect(state.text).toContain('has not given it access');
    expect(state.buttons).toContain('Allow access to Xinhua (English)');
    await popup.setViewport({ width: 400, height: 600 });
    await popup.screenshot({ path: `${SCREENSHOTS}/firefox-popup-no-access.png` });
    await popup.close();
    await probe.close();
    await news.close();
  });
});

describe('Firefox in Simplified Chinese', () => {
  // Debian's firefox-esr-l10n-zh-cn installs the language pack in the application's scope.
  const fx = firefoxSuite({ 'intl.locale.requested': 'zh-CN', 'extensions.autoDisableScopes': 0, 'extensions.enabledScopes': 15 });

  it('the popup and the card speak Chinese, the card headed by the Chinese name', async () => {
    const probe = await fx.session.openExtensionPage('src/popup/index.html');
    const lang = await probe.evaluate(() => (globalThis as unknown as { browser: { i18n: { getUILanguage(): string } } }).browser.i18n.getUILanguage());
    await probe.close();
    expect(lang, 'Firefox has no zh-CN language pack (Debian: apt-get install firefox-esr-l10n-zh-cn)').toMatch(/^zh/);
    const news = await fx.session.newPage();
    await news.goto(fx.session.newsUrl('english.news.cn', 'xinhua-interview.html'), { waitUntil: 'load' });
    await waitFor(() => highlightTexts(news), (t) => t.length >= 10, 15_000, 'highlighted terms');
    const term = getTerm('low-altitude-economy');
    const box = await rangeBox(news, 'low-altitude economy');
    if (!term || !box) throw new Error('no painted range "low-altitude economy"');
    await news.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 4 });
    const card = await waitFor(
      () =>
        news.evaluate(() => {
          const root = document.querySelector('[data-policy-lens-ui]')?.shadowRoot;
          return { name: root?.querySelector('.pl-card-name')?.textContent ?? '', cite: root?.querySelector('.pl-card-cite-button')?.textContent ?? '' };
        }),
      (c) => c.name !== '',
      5_000,
      'the card',
    );
    expect(card.name).toBe(term.zh.simplified);
    expect(card.cite).toBe(citeStrings.cite_copy.zh);
    mkdirSync(SCREENSHOTS, { recursive: true });
    await news.screenshot({ path: `${SCREENSHOTS}/firefox-zh-card.png` });
    const popup = await fx.session.openExtensionPage('src/popup/index.html?view=glossary', () => document.body.dataset.ready === 'true');
    expect(await popup.evaluate(() => document.documentElement.lang)).toMatch(/^zh/);
    expect(await popup.evaluate(() => document.querySelector('#pl-tab-glossary')?.textContent ?? '')).toBe(popupStrings.popup_tab_glossary.zh);
    await popup.close();
    await news.close();
  });
});
