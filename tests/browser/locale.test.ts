/**
 * A Chinese browser (Chromium with a zh-CN UI) gets the Chinese UI
 * everywhere, with no English UI string left: each popup view, the options
 * page, the reader with a card open, the side panel's two views with a
 * chosen card, the card on a news page (inside our shadow root), and the
 * context menu's title. Glossary text, the interview and page titles are
 * English content, marked lang="en" (or sit under such an element), and are
 * not UI: they are left out of the check.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTICLE } from '../../glossary';
import { DEFAULT_SITES } from '../../src/core/default-sites';
import { DIST_DIR, launchWithExtension, type ExtensionSession } from '../../tooling/extension';
import { startFixtureServer, type FixtureServer } from '../../tooling/server';
import { cardStrings } from '../../src/i18n/catalog/card';
import { menuStrings } from '../../src/i18n/catalog/menu';
import { optionsStrings } from '../../src/i18n/catalog/options';
import { panelStrings } from '../../src/i18n/catalog/panel';
import { popupStrings } from '../../src/i18n/catalog/popup';
import { readerStrings } from '../../src/i18n/catalog/reader';
import { highlightTexts, hoverTerm } from './page-helpers';
import { SHOTS } from './suite';

const HOST = '[data-policy-lens-ui]';

/**
 * Latin words a Chinese UI keeps: the product's name, the news agency's, what a keyboard's keys
 * are labelled, and the Latin brands inside outlets' Chinese names (CGTN, FT中文网).
 */
const ALLOWED_WORDS = [
  'Policy Lens',
  'Xinhua',
  'Alt',
  'Shift',
  'Ctrl',
  'Command',
  'Cmd',
  'Option',
  'Esc',
  'MacCtrl',
  ...new Set(DEFAULT_SITES.flatMap((s) => s.zh.match(/[A-Za-z]{2,}/g) ?? [])),
];

interface Leftover {
  /** Where: a text node's parent element, or an element's attribute, or the document title. */
  where: string;
  text: string;
  words: string[];
}

/**
 * Every run of Latin letters left in the UI of `scope` (the document, or our
 * host's shadow root), open shadow roots included: visible text nodes, the
 * accessible-name attributes and (for a document) its title. Skips subtrees
 * whose nearest lang is English or a romanisation (pinyin: zh-Latn-pinyin),
 * URLs and host names, and the given content strings (e.g. the English
 * article title a tab title carries).
 */
function englishLeft(page: Page, scope: 'document' | 'host' = 'document', content: string[] = []): Promise<Leftover[]> {
  return page.evaluate(
    ({ scope, host, allowed, content }) => {
      const out: { where: string; text: string; words: string[] }[] = [];
      const start: Document | ShadowRoot | null | undefined = scope === 'document' ? document : document.querySelector(host)?.shadowRoot;
      if (!start) return [{ where: scope, text: 'not found', words: ['missing'] }];
      /** The nearest lang, across shadow boundaries but not out of `start` (our host's page is not ours). */
      const langOf = (el: Element | null): string => {
        for (let e: Element | null = el; e; ) {
          const l = e.getAttribute('lang');
          if (l !== null) return l;
          if (e.parentElement) e = e.parentElement;
          else {
            const root = e.getRootNode();
            e = root instanceof ShadowRoot && root !== start ? root.host : null;
          }
        }
        return '';
      };
      const notUi = (lang: string): boolean => /^en\b/i.test(lang) || /-Latn\b/i.test(lang);
      const words = (s: string): string[] => {
        let rest = s.replace(/\bhttps?:\/\/\S+|\bchrome-extension:\/\/\S+/g, ' ').replace(/\b[\w-]+(?:\.[\w-]+)+\b/g, ' ');
        for (const c of content) rest = rest.split(c).join(' ');
        for (const a of allowed) rest = rest.replace(new RegExp(`\\b${a}\\b`, 'g'), ' ');
        return rest.match(/[A-Za-z]{2,}/g) ?? [];
      };
      const describe = (el: Element): string => {
        const cls = typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/).join('.')}` : '';
        return `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${cls}`;
      };
      const note = (where: string, text: string): void => {
        const w = words(text);
        if (w.length > 0) out.push({ where, text: text.trim().slice(0, 120), words: w });
      };
      const ATTRS = ['aria-label', 'aria-description', 'aria-roledescription', 'aria-valuetext', 'aria-placeholder', 'title', 'placeholder', 'alt'];
      const walk = (root: Document | ShadowRoot | Element): void => {
        for (const node of root.childNodes) {
          if (node.nodeType === Node.TEXT_NODE) {
            const parent = node.parentElement ?? (node.parentNode instanceof ShadowRoot ? node.parentNode.host : null);
            if (!parent || notUi(langOf(parent))) continue;
            if (!parent.checkVisibility()) continue;
            note(describe(parent), node.textContent ?? '');
          } else if (node instanceof Element) {
            if (['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'TITLE'].includes(node.tagName)) continue;
            // <kbd>: key labels, which a Chinese keyboard prints in Latin letters too.
            if (node.tagName === 'KBD') continue;
            if (!notUi(langOf(node)) && node.checkVisibility()) {
              for (const a of ATTRS) {
                const v = node.getAttribute(a);
                if (v) note(`${describe(node)}[${a}]`, v);
              }
            }
            if (node.shadowRoot) walk(node.shadowRoot);
            walk(node);
          }
        }
      };
      walk(start);
      if (scope === 'document') note('document.title', document.title);
      return out;
    },
    { scope, host: HOST, allowed: ALLOWED_WORDS, content },
  );
}

/** The findings, readable in the failure message. */
const show = (found: Record<string, Leftover[]>): string =>
  JSON.stringify(
    Object.fromEntries(Object.entries(found).filter(([, v]) => v.length > 0)),
    null,
    1,
  );

/** Opens every fold (renderings, timeline) in our cards, so their labels are checked too. */
function openFolds(page: Page, inHost = false): Promise<number> {
  return page.evaluate(
    ({ inHost, host }) => {
      const root = inHost ? document.querySelector(host)?.shadowRoot : document;
      const folds = [...(root?.querySelectorAll<HTMLDetailsElement>('.pl-card details') ?? [])];
      for (const d of folds) d.open = true;
      return folds.length;
    },
    { inHost, host: HOST },
  );
}

/**
 * Whether the page's font draws Chinese: two different characters drawn
 * alike are the missing-glyph box (no CJK font installed: fonts-noto-cjk).
 */
function drawsChinese(page: Page, text: string): Promise<boolean> {
  return page.evaluate((text) => {
    const font = getComputedStyle(document.body).font;
    const draw = (ch: string): string => {
      const c = document.createElement('canvas');
      c.width = 64;
      c.height = 64;
      const g = c.getContext('2d');
      if (!g) return '';
      g.font = font.replace(/\d+(\.\d+)?px/, '40px');
      g.fillText(ch, 8, 48);
      return c.toDataURL();
    };
    const chars = [...new Set(text.replace(/[^\u4e00-\u9fff]/g, ''))].slice(0, 2);
    return chars.length === 2 && draw(chars[0] ?? '') !== draw(chars[1] ?? '');
  }, text);
}

const docLang = (page: Page): Promise<string> => page.evaluate(() => document.documentElement.lang);
const bodyText = (page: Page): Promise<string> => page.evaluate(() => document.body.innerText);
const hostText = (page: Page): Promise<string> => page.evaluate((sel) => (document.querySelector(sel)?.shadowRoot?.querySelector('.tippy-box') as HTMLElement | null)?.innerText ?? '', HOST);

describe('a Chinese browser shows the Chinese UI, with no English UI string left', () => {
  let server: FixtureServer;
  let session: ExtensionSession;
  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    server = await startFixtureServer();
    session = await launchWithExtension({ port: server.port, locale: 'zh-CN' });
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  async function openNews(path = 'xinhua-interview.html'): Promise<{ page: Page; tabId: number; windowId: number }> {
    const page = await session.context.newPage();
    const url = session.newsUrl('english.news.cn', path);
    await page.goto(url);
    await page.bringToFront();
    await expect.poll(() => highlightTexts(page).then((t) => t.length), { timeout: 8000 }).toBeGreaterThan(0);
    const tab = await session.serviceWorker.evaluate(async (u) => {
      const c = (globalThis as unknown as { chrome: { tabs: { query(q: { url: string }): Promise<{ id?: number; windowId?: number }[]> } } }).chrome;
      return (await c.tabs.query({ url: u }))[0];
    }, url);
    return { page, tabId: tab?.id ?? -1, windowId: tab?.windowId ?? -1 };
  }

  it('the browser and the extension run in Chinese', async () => {
    const ui = await session.serviceWorker.evaluate(() => (globalThis as unknown as { chrome: { i18n: { getUILanguage(): string } } }).chrome.i18n.getUILanguage());
    // Debian ships Chromium's other languages apart: without chromium-l10n the UI stays English.
    expect(ui, 'Chromium has no zh-CN language pack (Debian: apt-get install chromium-l10n)').toMatch(/^zh/);
  });

  it('popup: the page view (a news tab’s terms), the interview with a card, the glossary with a card expanded', async () => {
    const { page: news, tabId } = await openNews();
    const found: Record<string, Leftover[]> = {};
    const popup = async (view: string): Promise<Page> => {
      const p = await session.context.newPage();
      await p.setViewportSize({ width: 400, height: 580 });
      await p.goto(session.extensionUrl(`src/popup/index.html?tab=${tabId}&view=${view}`));
      await p.waitForSelector('body[data-ready="true"]', { timeout: 10_000 });
      expect(await docLang(p)).toMatch(/^zh/);
      return p;
    };

    const pageView = await popup('page');
    await pageView.locator('.pl-term-choice').first().waitFor({ timeout: 5000 });
    expect(await pageView.title()).toBe(popupStrings.popup_title.zh);
    expect(await bodyText(pageView)).toContain(popupStrings.popup_tab_interview.zh);
    expect(await bodyText(pageView)).toContain(popupStrings.popup_tab_glossary.zh);
    found['page view'] = await englishLeft(pageView);
    await pageView.screenshot({ path: resolve(SHOTS, 'zh-popup-page.png') });
    await pageView.close();

    const interview = await popup('interview');
    await interview.locator('.pl-term[data-term]').first().focus();
    await interview.locator('.pl-popover:not([hidden]) .pl-card').waitFor({ timeout: 3000 });
    // The card whole in the shot: scrolled up into the view, as a reader would.
    await interview.locator('.pl-popover:not([hidden]) .pl-card').evaluate((el) => el.scrollIntoView({ block: 'end' }));
    await interview.waitForTimeout(300);
    await interview.screenshot({ path: resolve(SHOTS, 'zh-popup.png') });
    expect(await openFolds(interview)).toBeGreaterThan(0);
    expect(await bodyText(interview)).toContain(cardStrings.card_background.zh);
    found['interview view with a card'] = await englishLeft(interview);
    await interview.close();

    const glossary = await popup('glossary');
    await glossary.locator('.pl-gloss-item summary, .pl-gloss-item button').first().click();
    await glossary.locator('.pl-gloss-item .pl-card').first().waitFor({ timeout: 3000 });
    await openFolds(glossary);
    expect(await bodyText(glossary)).toContain(cardStrings.card_read.zh);
    found['glossary view with a card'] = await englishLeft(glossary);
    await glossary.close();
    await news.close();

    expect(show(found)).toBe('{}');
  });

  it('options page', async () => {
    const p = await session.context.newPage();
    await p.goto(session.extensionUrl('src/options/index.html'));
    await p.locator('input').first().waitFor({ timeout: 5000 });
    expect(await docLang(p)).toMatch(/^zh/);
    expect(await p.title()).toBe(optionsStrings.options_title.zh);
    expect(await bodyText(p)).toContain(optionsStrings.options_heading.zh);
    expect(await drawsChinese(p, optionsStrings.options_general.zh), 'Chinese glyphs draw as boxes: install a CJK font (fonts-noto-cjk)').toBe(true);
    expect(show({ options: await englishLeft(p) })).toBe('{}');
    await p.screenshot({ path: resolve(SHOTS, 'zh-options.png'), fullPage: true });
    await p.close();
  });

  it('reader, with a card open', async () => {
    const p = await session.context.newPage();
    await p.goto(session.extensionUrl('src/reader/index.html'));
    await p.locator('html[data-ready="true"]').waitFor({ timeout: 5000 });
    expect(await docLang(p)).toMatch(/^zh/);
    // The tab's title carries the article's (English) title: content, left out of the check.
    expect(await p.title()).toBe(readerStrings.reader_title.zh.replace('$1', ARTICLE.title));
    expect(await bodyText(p)).toContain(readerStrings.reader_bar.zh);
    const found: Record<string, Leftover[]> = { reader: await englishLeft(p, 'document', [ARTICLE.title]) };
    await p.locator('#p4 .pl-term[data-term="low-altitude-economy"]').hover();
    await p.locator('.tippy-box .pl-card').waitFor({ timeout: 3000 });
    await expect.poll(() => p.locator('.tippy-box').evaluate((el) => getComputedStyle(el).opacity), { timeout: 3000 }).toBe('1');
    expect(await p.locator('.tippy-box').innerText()).toContain(cardStrings.card_background.zh);
    found['reader with a card'] = await englishLeft(p, 'document', [ARTICLE.title]);
    await p.screenshot({ path: resolve(SHOTS, 'zh-reader.png') });
    expect(show(found)).toBe('{}');
    await p.close();
  });

  it('side panel: both views, with a chosen term’s card', async () => {
    const { page, windowId } = await openNews();
    const title = await page.title();
    const url = session.extensionUrl(`src/sidepanel/index.html?window=${windowId}`);
    const opened = session.context.waitForEvent('page', (p) => p.url().includes('/src/sidepanel/'));
    await session.serviceWorker.evaluate((u) => {
      const c = (globalThis as unknown as { chrome: { windows: { create(o: unknown): Promise<unknown> } } }).chrome;
      void c.windows.create({ type: 'popup', url: u, width: 400, height: 900 });
    }, url);
    const panel = await opened;
    await panel.setViewportSize({ width: 400, height: 900 });
    await panel.waitForSelector('body[data-ready="true"]');
    expect(await docLang(panel)).toMatch(/^zh/);
    expect(await panel.title()).toBe(panelStrings.panel_title.zh);
    // The page it follows is named by its (English) title: content.
    const found: Record<string, Leftover[]> = { interview: await englishLeft(panel, 'document', [title]) };

    const box = await hoverTerm(page, 'low-altitude economy');
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await panel.locator('.pl-chosen .pl-card').waitFor({ timeout: 5000 });
    await panel.waitForTimeout(300);
    await panel.screenshot({ path: resolve(SHOTS, 'zh-side-panel.png') });
    await openFolds(panel);
    expect(await bodyText(panel)).toContain(panelStrings.panel_chosen_heading.zh);
    expect(await bodyText(panel)).toContain(cardStrings.card_background.zh);
    found['interview with the chosen card'] = await englishLeft(panel, 'document', [title]);

    await panel.locator('#pl-panel-tab-page').click();
    await panel.locator('.pl-term-choice').first().waitFor({ timeout: 5000 });
    expect(await bodyText(panel)).toContain(panelStrings.panel_tab_interview.zh);
    found['on this tab, with the chosen card'] = await englishLeft(panel, 'document', [title]);
    await panel.close();
    await page.close();
    expect(show(found)).toBe('{}');
  });

  it('the card on a news page, inside our shadow root', async () => {
    const { page } = await openNews();
    await hoverTerm(page, 'low-altitude economy');
    await page.locator(`${HOST} .pl-card`).waitFor({ timeout: 3000 });
    await expect.poll(() => page.locator(`${HOST} .tippy-box`).evaluate((el) => getComputedStyle(el).opacity), { timeout: 3000 }).toBe('1');
    expect(await page.locator(`${HOST} .pl-card`).getAttribute('lang')).toMatch(/^zh/);
    const text = await hostText(page);
    expect(text).toContain(cardStrings.card_background.zh);
    expect(text).toContain(cardStrings.card_read.zh);
    await page.screenshot({ path: resolve(SHOTS, 'zh-card.png') });
    // Folds open too (after the screenshot: it shows the card as it opens).
    expect(await openFolds(page, true)).toBeGreaterThan(0);
    expect(show({ card: await englishLeft(page, 'host') })).toBe('{}');
    await page.close();
  });

  it('the context menu item: its title is the Chinese string the build wrote', async () => {
    // chrome.contextMenus cannot be read back; the background titles the item with i18n.getMessage('menu_lookup').
    const title = await session.serviceWorker.evaluate(() => (globalThis as unknown as { chrome: { i18n: { getMessage(k: string): string } } }).chrome.i18n.getMessage('menu_lookup'));
    const built = JSON.parse(readFileSync(join(DIST_DIR, '_locales/zh_CN/messages.json'), 'utf8')) as Record<string, { message: string }>;
    expect(built.menu_lookup?.message).toBe(menuStrings.menu_lookup.zh);
    expect(title).toBe(menuStrings.menu_lookup.zh);
    const left = title.replace(/Policy Lens/g, '').match(/[A-Za-z]{2,}/g) ?? [];
    expect(left).toEqual([]);
  });
});
