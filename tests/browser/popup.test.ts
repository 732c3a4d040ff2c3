/**
 * The popup against the built extension in Chromium: the page's terms and
 * counts, revealing a term, the site switch (live, persisted, per site),
 * the badge, the other views, malformed storage and rejected messages.
 * The popup page is opened in an ordinary tab with ?tab=<id> of the page.
 */
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ARTICLE, TERMS } from '../../glossary';
import type { ChromeForTests } from '../../tooling/chrome-types';
import { highlightCount } from './page-helpers';
import { extensionSuite, SHOTS } from './suite';


/** chrome.* as the tests use it inside the service worker / extension pages. */
interface Chrome extends ChromeForTests {
  tabs: ChromeForTests['tabs'] & {
    sendMessage(tabId: number, msg: unknown, opts?: { frameId?: number }): Promise<unknown>;
  };
  storage: ChromeForTests['storage'] & { sync: ChromeForTests['storage']['sync'] & { clear(): Promise<void> }; local: ChromeForTests['storage']['local'] & { clear(): Promise<void> } };
  runtime: ChromeForTests['runtime'] & { sendMessage(msg: unknown): Promise<unknown> };
}

const suite = extensionSuite();

async function openNews(host: string, path: string): Promise<{ page: Page; tabId: number }> {
  const page = await suite.session.context.newPage();
  suite.track(page);
  const url = suite.session.newsUrl(host, path);
  await page.goto(url);
  const tabId = await suite.session.serviceWorker.evaluate(async (u) => {
    const tabs = await (globalThis as unknown as { chrome: Chrome }).chrome.tabs.query({ url: u });
    return tabs[0]?.id ?? -1;
  }, url);
  expect(tabId).toBeGreaterThan(0);
  return { page, tabId };
}


async function waitForHighlights(page: Page): Promise<number> {
  await expect.poll(() => highlightCount(page), { timeout: 10_000 }).toBeGreaterThan(0);
  // Let the scanner finish and the counts settle.
  let last = -1;
  for (let i = 0; i < 20; i++) {
    const n = await highlightCount(page);
    if (n === last) return n;
    last = n;
    await page.waitForTimeout(150);
  }
  return last;
}

async function openPopup(tabId: number, extra = ''): Promise<Page> {
  const popup = await suite.session.context.newPage();
  suite.track(popup);
  await popup.setViewportSize({ width: 400, height: 580 });
  await popup.goto(suite.session.extensionUrl(`src/popup/index.html?tab=${tabId}${extra}`));
  await popup.waitForSelector('body[data-ready="true"]', { timeout: 10_000 });
  return popup;
}

/** The page's own report, asked from the service worker (the contract the popup relies on). */
function pageReport(tabId: number): Promise<{ counts: Record<string, number>; active: boolean } | null> {
  return suite.session.serviceWorker.evaluate(
    (id) =>
      (globalThis as unknown as { chrome: Chrome }).chrome.tabs
        .sendMessage(id, { type: 'get-page-terms' }, { frameId: 0 })
        .catch(() => null) as Promise<{ counts: Record<string, number>; active: boolean } | null>,
    tabId,
  );
}

function badge(tabId: number): Promise<string> {
  return suite.session.serviceWorker.evaluate((id) => (globalThis as unknown as { chrome: Chrome }).chrome.action.getBadgeText({ tabId: id }), tabId);
}

async function listed(popup: Page): Promise<Record<string, number>> {
  return popup.$$eval('.pl-term-choice', (els) => Object.fromEntries(els.map((e) => [(e as HTMLElement).dataset.term ?? '', Number((e as HTMLElement).dataset.count)])));
}


describe('popup: On this page', () => {
  it('lists exactly the terms on the page, with their counts, grouped by category', async () => {
    const { page, tabId } = await openNews('english.news.cn', 'xinhua-interview.html');
    const ranges = await waitForHighlights(page);
    const report = await pageReport(tabId);
    expect(report?.active).toBe(true);
    const counts = report?.counts ?? {};
    // The page's counts agree with what it painted: one range per occurrence.
    expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(ranges);

    const popup = await openPopup(tabId);
    await expect.poll(() => listed(popup)).toEqual(counts);
    // Read from the fixture text: "Chinese modernization" in paragraph 1 and the related-links aside.
    expect((await listed(popup))['chinese-modernization']).toBe(2);
    // Not on this page: the popup must not invent terms.
    const absent = TERMS.map((t) => t.id).filter((id) => !(id in counts));
    expect(absent.length).toBeGreaterThan(0);
    for (const id of absent) expect(await popup.locator(`.pl-term-choice[data-term="${id}"]`).count()).toBe(0);

    // Groups follow CATEGORIES order; each item sits under its own category.
    const groups = await popup.$$eval('.pl-group', (els) => els.map((e) => (e as HTMLElement).dataset.category));
    const order = ['strategy', 'goal', 'programme', 'industry', 'technology', 'institution', 'person'];
    expect(groups).toEqual([...groups].sort((a, b) => order.indexOf(a ?? '') - order.indexOf(b ?? '')));
    for (const t of TERMS.filter((x) => x.id in counts)) {
      expect(await popup.locator(`.pl-group[data-category="${t.category}"] .pl-term-choice[data-term="${t.id}"]`).count()).toBe(1);
    }
    await expect.poll(() => popup.locator('#pl-tab-page').textContent()).toBe(`On this page (${Object.keys(counts).length})`);
    await popup.screenshot({ path: resolve(SHOTS, 'popup-on-this-page.png') });
    // Dark scheme: the popup follows it.
    const lightBg = await popup.evaluate(() => getComputedStyle(document.body).backgroundColor);
    await popup.emulateMedia({ colorScheme: 'dark' });
    await expect.poll(() => popup.evaluate(() => getComputedStyle(document.body).backgroundColor)).not.toBe(lightBg);
    await expect.poll(() => popup.evaluate(() => document.body.dataset.scheme)).toBe('dark');
    await popup.screenshot({ path: resolve(SHOTS, 'popup-on-this-page-dark.png') });
    // Fits the popup limits: 400 wide, nothing wider than the body.
    expect(await popup.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(400);
    expect(await popup.evaluate(() => document.getElementById('app')?.getBoundingClientRect().height ?? 0)).toBeLessThanOrEqual(580);
  });

  it('choosing a term scrolls the page to it and opens its tooltip', async () => {
    const { page, tabId } = await openNews('english.news.cn', 'xinhua-interview.html');
    await page.setViewportSize({ width: 900, height: 300 });
    await waitForHighlights(page);
    const popup = await openPopup(tabId);
    // A term that only occurs low on the page.
    const id = 'little-giant-firms';
    await popup.locator(`.pl-term-choice[data-term="${id}"]`).click();
    await expect.poll(() => page.evaluate(() => window.scrollY), { timeout: 5000 }).toBeGreaterThan(0);
    await expect.poll(() => popup.locator('.pl-live').textContent()).toContain('Showing');
    // The tooltip lives in the content script's shadow root; it shows the chosen term's card.
    await expect
      .poll(
        () =>
          page.evaluate(() => {
            for (const el of document.querySelectorAll('*')) {
              const card = el.shadowRoot?.querySelector('.pl-card');
              if (card && (card as HTMLElement).offsetParent !== null) return (card as HTMLElement).dataset.term ?? '';
            }
            return '';
          }),
        { timeout: 5000 },
      )
      .toBe(id);
  });

  it('shows why there is nothing, for a browser page and a site outside the list', async () => {
    const page = await suite.session.context.newPage();
    suite.track(page);
    await page.goto(suite.session.extensionUrl('src/options/index.html'));
    const tabId = await suite.session.serviceWorker.evaluate(async (u) => (await (globalThis as unknown as { chrome: Chrome }).chrome.tabs.query({ url: u }))[0]?.id ?? -1, page.url());
    const popup = await openPopup(tabId);
    expect(await popup.locator('.pl-empty').textContent()).toContain('Policy Lens can’t run on this page (browser page)');
    expect(await popup.locator('.pl-site-switch [role="switch"]').isDisabled()).toBe(true);
  });
});

describe('popup: site switch', () => {
  it('turning a site off clears every open tab of it live, survives reload, spares other sites, and turning it on repaints', async () => {
    const a = await openNews('english.news.cn', 'xinhua-interview.html');
    const b = await openNews('english.news.cn', 'xinhua-interview.html?second');
    const other = await openNews('www.scmp.com', 'scmp-analysis.html');
    await waitForHighlights(a.page);
    await waitForHighlights(b.page);
    const otherRanges = await waitForHighlights(other.page);
    await expect.poll(() => badge(a.tabId)).not.toBe('');

    const popup = await openPopup(a.tabId);
    const sw = popup.locator('.pl-site-switch [role="switch"]');
    expect(await sw.getAttribute('aria-checked')).toBe('true');
    expect(await popup.locator('.pl-site-switch .pl-switch-label').textContent()).toBe('Highlight terms on Xinhua (English)');
    await sw.click();
    await expect.poll(() => sw.getAttribute('aria-checked')).toBe('false');

    // Both tabs of the site, without reload.
    await expect.poll(() => highlightCount(a.page)).toBe(0);
    await expect.poll(() => highlightCount(b.page)).toBe(0);
    await expect.poll(() => badge(a.tabId)).toBe('');
    await expect.poll(() => popup.locator('.pl-empty').textContent()).toContain('Highlights are off on this site');
    // Another site is untouched.
    expect(await highlightCount(other.page)).toBe(otherRanges);
    expect(await badge(other.tabId)).not.toBe('');

    // Remembered: a reload stays clean.
    await a.page.reload();
    await a.page.waitForLoadState('load');
    await a.page.waitForTimeout(700);
    expect(await highlightCount(a.page)).toBe(0);
    expect(await badge(a.tabId)).toBe('');

    // On again: repaints without reload.
    await sw.click();
    await expect.poll(() => sw.getAttribute('aria-checked')).toBe('true');
    await waitForHighlights(b.page);
    await waitForHighlights(a.page);
    await expect.poll(() => badge(a.tabId)).not.toBe('');
  });

  it('the global pause clears every site and resumes', async () => {
    const a = await openNews('english.news.cn', 'xinhua-interview.html');
    const other = await openNews('www.scmp.com', 'scmp-analysis.html');
    await waitForHighlights(a.page);
    await waitForHighlights(other.page);
    const popup = await openPopup(a.tabId);
    const pause = popup.locator('.pl-pause-switch [role="switch"]');
    await pause.click();
    await expect.poll(() => highlightCount(other.page)).toBe(0);
    await expect.poll(() => highlightCount(a.page)).toBe(0);
    await expect.poll(() => popup.locator('.pl-empty').textContent()).toContain('paused');
    await popup.locator('.pl-empty button', { hasText: 'Resume' }).click();
    await waitForHighlights(other.page);
    expect(await pause.getAttribute('aria-checked')).toBe('false');
  });

  it('"Mark only first mentions" paints each term once in every tab, counts every mention, and switches back', async () => {
    const a = await openNews('english.news.cn', 'xinhua-interview.html');
    const all = await waitForHighlights(a.page);
    const popup = await openPopup(a.tabId);
    const counts = await listed(popup);
    const firstOnly = popup.locator('.pl-density-switch [role="switch"]');
    expect(await firstOnly.getAttribute('aria-checked')).toBe('false');
    await firstOnly.click();
    // One painted range per distinct term.
    await expect.poll(() => highlightCount(a.page)).toBe(Object.keys(counts).length);
    expect(Object.keys(counts).length).toBeLessThan(all);
    expect(await listed(popup)).toEqual(counts);
    expect(await firstOnly.getAttribute('aria-checked')).toBe('true');
    await firstOnly.click();
    await expect.poll(() => highlightCount(a.page)).toBe(all);
  });
});

describe('popup: annotate once', () => {
  it('annotates one tab of a switched-off site, leaving its other tabs and the setting alone', async () => {
    await suite.session.serviceWorker.evaluate(() => (globalThis as unknown as { chrome: Chrome }).chrome.storage.sync.set({ sites: { 'scmp.com': false } }));
    const a = await openNews('www.scmp.com', 'scmp-analysis.html');
    const b = await openNews('www.scmp.com', 'scmp-analysis.html?b');
    await a.page.waitForTimeout(500);
    expect(await highlightCount(a.page)).toBe(0);
    const popup = await openPopup(a.tabId);
    const empty = popup.locator('.pl-empty');
    expect(await empty.getAttribute('data-status')).toBe('off');
    expect(await empty.textContent()).toContain('Highlights are off on this site');
    await popup.getByRole('button', { name: 'Annotate this page once' }).click();
    await waitForHighlights(a.page);
    await expect.poll(() => popup.locator('.pl-term-choice').count()).toBeGreaterThan(0);
    await expect.poll(() => badge(a.tabId)).not.toBe('');
    expect(await highlightCount(b.page)).toBe(0);
    expect(await popup.locator('.pl-site-switch [role="switch"]').getAttribute('aria-checked')).toBe('false');
    const stored = await suite.session.serviceWorker.evaluate(() => (globalThis as unknown as { chrome: Chrome }).chrome.storage.sync.get(null));
    expect(stored).toEqual({ sites: { 'scmp.com': false } });
  });
});

describe('badge', () => {
  it('shows the number of distinct terms and follows the page', async () => {
    const { page, tabId } = await openNews('english.news.cn', 'xinhua-interview.html');
    await waitForHighlights(page);
    const report = await pageReport(tabId);
    const distinct = Object.keys(report?.counts ?? {}).length;
    expect(distinct).toBeGreaterThan(1);
    await expect.poll(() => badge(tabId)).toBe(String(distinct));
    // A page with no terms: empty.
    await page.goto(suite.session.newsUrl('english.news.cn', 'index.html'));
    await expect.poll(() => badge(tabId)).toBe('');
  });
});

describe('popup: Interview and Glossary', () => {
  it('shows the whole interview with its terms marked and explained on focus', async () => {
    const { tabId } = await openNews('english.news.cn', 'xinhua-interview.html');
    const popup = await openPopup(tabId);
    await popup.locator('#pl-tab-page').focus();
    await popup.keyboard.press('ArrowRight');
    expect(await popup.locator('#pl-tab-interview').getAttribute('aria-selected')).toBe('true');
    expect(await popup.evaluate(() => document.activeElement?.id)).toBe('pl-tab-interview');
    const panel = popup.locator('#pl-panel-interview');
    expect(await panel.locator('.pl-article-title').textContent()).toBe(ARTICLE.title);
    const paras = await panel.locator('.pl-para-text').allTextContents();
    expect(paras).toEqual(ARTICLE.paragraphs);
    const marked = panel.locator('.pl-term');
    expect(await marked.count()).toBeGreaterThan(10);
    // Keyboard: focus a term, its card appears and names it; Esc closes it.
    const first = marked.first();
    const id = await first.getAttribute('data-term');
    await first.focus();
    const pop = panel.locator('.pl-popover');
    await expect.poll(() => pop.isVisible()).toBe(true);
    expect(await pop.locator('.pl-card').getAttribute('data-term')).toBe(id);
    await popup.screenshot({ path: resolve(SHOTS, 'popup-interview.png') });
    await popup.keyboard.press('Escape');
    await expect.poll(() => pop.isVisible()).toBe(false);
    // Hover explains too.
    await marked.nth(3).hover();
    await expect.poll(() => pop.isVisible()).toBe(true);
    expect(await pop.locator('.pl-card').getAttribute('data-term')).toBe(await marked.nth(3).getAttribute('data-term'));
  });

  it('terms in the interview wrap like the words around them, show a focus ring, and open from Enter', async () => {
    const { tabId } = await openNews('english.news.cn', 'xinhua-interview.html');
    const popup = await openPopup(tabId, '&view=interview');
    const panel = popup.locator('#pl-panel-interview');
    // A term at a line's end carries on at the next line's start, as a word would: a box
    // (a <button>) would jump whole to the next line and leave the gap behind it.
    const lines = await panel.locator('.pl-term').evaluateAll((els) =>
      els.map((e) => {
        const rects = [...e.getClientRects()].filter((r) => r.width > 0);
        const line = e.closest('.pl-para')?.getBoundingClientRect();
        // The widest word of the term: the most a line's end may leave empty before it breaks.
        let widest = 0;
        const text = e.firstChild;
        if (text?.nodeType === Node.TEXT_NODE) {
          for (const m of (text.textContent ?? '').matchAll(/\S+/g)) {
            const r = document.createRange();
            r.setStart(text, m.index);
            r.setEnd(text, m.index + m[0].length);
            widest = Math.max(widest, r.getBoundingClientRect().width);
          }
        }
        return { text: e.textContent ?? '', rects: rects.length, gap: (line?.right ?? 0) - (rects[0]?.right ?? 0), indent: (rects.at(-1)?.left ?? 0) - (line?.left ?? 0), widest };
      }),
    );
    const split = lines.filter((l) => l.rects > 1);
    expect(split.length, JSON.stringify(lines.slice(0, 5))).toBeGreaterThan(4);
    for (const l of split) {
      expect(l.gap, l.text).toBeLessThan(l.widest + 8);
      expect(l.indent, l.text).toBeLessThan(4);
    }
    // Keyboard: Tab reaches a term, its focus ring shows, Enter opens its card after Esc closed it.
    const term = panel.locator('.pl-term').nth(2);
    await term.focus();
    await popup.keyboard.press('Escape');
    const ring = await term.evaluate((e) => {
      const cs = getComputedStyle(e);
      return { style: cs.outlineStyle, width: parseFloat(cs.outlineWidth), focusVisible: e.matches(':focus-visible') };
    });
    expect(ring.style).toBe('solid');
    expect(ring.width).toBeGreaterThanOrEqual(2);
    const pop = panel.locator('.pl-popover');
    await expect.poll(() => pop.isVisible()).toBe(false);
    await popup.keyboard.press('Enter');
    await expect.poll(() => pop.isVisible()).toBe(true);
    expect(await pop.locator('.pl-card').getAttribute('data-term')).toBe(await term.getAttribute('data-term'));
  });

  it('"Open in a tab" opens the reader', async () => {
    const { tabId } = await openNews('english.news.cn', 'xinhua-interview.html');
    const popup = await openPopup(tabId, '&view=interview');
    const [reader] = await Promise.all([suite.session.context.waitForEvent('page'), popup.locator('button', { hasText: 'Open in a tab' }).click()]);
    suite.track(reader);
    await reader.waitForLoadState();
    expect(reader.url()).toBe(suite.session.extensionUrl('src/reader/index.html'));
  });

  it('"Open side panel" opens the side panel in the article\'s window, following that article', async () => {
    const { page, tabId } = await openNews('english.news.cn', 'xinhua-interview.html');
    const popup = await openPopup(tabId, '&view=interview');
    await popup.locator('.pl-interview-bar').screenshot({ path: resolve(SHOTS, 'popup-interview-bar.png') });
    await popup.locator('button', { hasText: 'Open side panel' }).click();
    // The test's popup is a tab of the article's window; the real one is not. The article active again:
    await page.bringToFront();
    // Playwright sees no page for a real side panel; the browser lists its context, and an
    // extension page can reach the panel's document (same extension process).
    const contexts = (): Promise<string[]> =>
      suite.session.serviceWorker.evaluate(async () => {
        const c = (globalThis as unknown as { chrome: { runtime: { getContexts(f: unknown): Promise<{ documentUrl?: string }[]> } } }).chrome;
        return (await c.runtime.getContexts({ contextTypes: ['SIDE_PANEL'] })).map((x) => x.documentUrl ?? '');
      });
    await expect.poll(contexts, { timeout: 5000 }).toEqual([suite.session.extensionUrl('src/sidepanel/index.html')]);
    const following = (): Promise<string | null> =>
      popup.evaluate(() => {
        const views = (globalThis as unknown as { chrome: { extension: { getViews(): Window[] } } }).chrome.extension.getViews();
        const panel = views.find((v) => v.location.pathname.endsWith('/src/sidepanel/index.html'));
        return panel?.document.body.dataset.ready === 'true' ? (panel.document.querySelector('.pl-panel-following')?.textContent ?? '') : null;
      });
    await expect.poll(following, { timeout: 5000 }).toContain('Xinhua');
    expect(await popup.locator('.pl-status').isHidden()).toBe(true);
  });

  it('searches the glossary by English, Chinese and toneless pinyin, and expands a card', async () => {
    const { tabId } = await openNews('english.news.cn', 'xinhua-interview.html');
    const popup = await openPopup(tabId, '&view=glossary');
    const visible = (): Promise<string[]> => popup.$$eval('.pl-gloss-item:not([hidden])', (els) => els.map((e) => (e as HTMLElement).dataset.term ?? ''));
    expect(await visible()).toHaveLength(TERMS.length);
    const search = popup.getByLabel('Search the glossary');
    await search.fill('Chinese modernisation');
    expect((await visible())[0]).toBe('chinese-modernization');
    await search.fill('新型工業化');
    expect((await visible())[0]).toBe('new-industrialization');
    await search.fill('xinxing gongyehua');
    expect((await visible())[0]).toBe('new-industrialization');
    await search.fill('zzzzqqq');
    expect(await visible()).toEqual([]);
    expect(await popup.locator('.pl-gloss-none').textContent()).toContain('No term matches');
    await search.fill('little giant');
    const vis = await visible();
    expect(vis[0]).toBe('little-giant-firms');
    await search.press('Enter');
    const body = popup.locator('#pl-gloss-body-little-giant-firms');
    await expect.poll(() => body.isVisible()).toBe(true);
    expect(await body.locator('.pl-card').getAttribute('data-term')).toBe('little-giant-firms');
    expect(await popup.locator('#pl-gloss-little-giant-firms').getAttribute('aria-expanded')).toBe('true');
    await popup.screenshot({ path: resolve(SHOTS, 'popup-glossary.png') });
  });
});

describe('robustness', () => {
  it('malformed values written straight into storage are replaced by defaults and the popup still works', async () => {
    await suite.session.serviceWorker.evaluate(() =>
      (globalThis as unknown as { chrome: Chrome }).chrome.storage.sync.set({ sites: 'garbage', enabled: 42, highlightStyle: {}, highlightColor: '#00ff00' }),
    );
    const { page, tabId } = await openNews('english.news.cn', 'xinhua-interview.html');
    await waitForHighlights(page);
    const popup = await openPopup(tabId);
    expect(await popup.locator('.pl-site-switch [role="switch"]').getAttribute('aria-checked')).toBe('true');
    expect(await popup.locator('.pl-pause-switch [role="switch"]').getAttribute('aria-checked')).toBe('false');
    expect(await popup.locator('.pl-term-choice').count()).toBeGreaterThan(0);
    // Switching still writes a clean value.
    await popup.locator('.pl-site-switch [role="switch"]').click();
    await expect.poll(() => highlightCount(page)).toBe(0);
    const stored = await suite.session.serviceWorker.evaluate(() => (globalThis as unknown as { chrome: Chrome }).chrome.storage.sync.get(null));
    const { meta, ...values } = stored;
    expect(values).toEqual({ sites: { 'english.news.cn': false }, enabled: true, highlightStyle: 'background', highlightColor: '#00ff00', density: 'all' });
    expect(meta).toMatchObject({ schema: 2 });
  });

  it('the background rejects messages of unknown type or shape, and acts on valid ones', async () => {
    const warnings: string[] = [];
    suite.session.serviceWorker.on('console', (m) => {
      if (m.type() === 'warning') warnings.push(m.text());
    });
    // An extension page in a tab sends as a tab would (sender.tab set, frameId 0).
    const page = await suite.session.context.newPage();
    suite.track(page);
    await page.goto(suite.session.extensionUrl('src/options/index.html'));
    const tabId = await suite.session.serviceWorker.evaluate(async (u) => (await (globalThis as unknown as { chrome: Chrome }).chrome.tabs.query({ url: u }))[0]?.id ?? -1, page.url());
    const send = (msg: unknown): Promise<unknown> =>
      page.evaluate((m) => (globalThis as unknown as { chrome: Chrome }).chrome.runtime.sendMessage(m).catch((e: unknown) => String(e)), msg);
    const bad: unknown[] = [
      { type: 'format-disk' },
      { type: 'page-terms', counts: { a: 1, b: 2, c: 3 }, held: {}, about: null, active: true, extra: 1 },
      { type: 'page-terms', counts: { 'Not An Id': 1 }, held: {}, about: null, active: true },
      { type: 'page-terms', counts: { a: -1 }, held: {}, about: null, active: true },
      { type: 'page-terms', counts: 'many', held: {}, about: null, active: true },
      { type: 'page-terms', counts: { a: 1 }, held: { b: 'x' }, about: null, active: true },
      { type: 'page-terms', counts: { a: 1 }, held: {}, about: 'because', active: true },
      { type: 'open-reader', paragraph: 'p7' },
      { type: 'open-reader', termId: '../../etc' },
      'page-terms',
      null,
      [{ type: 'page-terms' }],
    ];
    const pagesBefore = suite.session.context.pages().length;
    for (const m of bad) await send(m);
    await expect.poll(() => warnings.filter((w) => w.includes('rejected message')).length).toBe(bad.length);
    expect(await badge(tabId)).toBe('');
    expect(suite.session.context.pages().length).toBe(pagesBefore);
    // The same channel works for a valid message.
    await send({ type: 'page-terms', counts: { a: 1, b: 2, c: 3 }, held: {}, about: 'title', active: true, reading: false });
    await expect.poll(() => badge(tabId)).toBe('3');
    await send({ type: 'page-terms', counts: { a: 1, b: 2, c: 3 }, held: {}, about: 'title', active: false, reading: false });
    await expect.poll(() => badge(tabId)).toBe('');
  });

  it('open-reader opens the reader at a paragraph or a term', async () => {
    const page = await suite.session.context.newPage();
    suite.track(page);
    await page.goto(suite.session.extensionUrl('src/options/index.html'));
    for (const [msg, hash] of [
      [{ type: 'open-reader', paragraph: 7 }, '#p7'],
      [{ type: 'open-reader', termId: 'little-giants' }, '#term=little-giants'],
    ] as const) {
      const [reader] = await Promise.all([
        suite.session.context.waitForEvent('page'),
        page.evaluate((m) => (globalThis as unknown as { chrome: Chrome }).chrome.runtime.sendMessage(m), msg),
      ]);
      suite.track(reader);
      await reader.waitForLoadState();
      expect(reader.url()).toBe(suite.session.extensionUrl(`src/reader/index.html${hash}`));
    }
  });
});
