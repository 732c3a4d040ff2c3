/**
 * The side panel (Chrome) or sidebar (Firefox): the interview beside the
 * article. The card of the term last chosen on the page, the interview
 * (the reader's article view) and the terms on the tab (the popup's page
 * view). Choosing a term on the page (content: term-chosen) scrolls the
 * interview to the paragraph it is quoted from and marks the quoted
 * sentence. It follows its window's active tab, and listens to that tab
 * only. body[data-ready="true"] marks the first complete render (for tests).
 */
import '../ui/palette.css';
import '../ui/term-card.css';
import '../ui/tabs.css';
import './sidepanel.css';
import browser from 'webextension-polyfill';
import { ARTICLE, getTerm, surfaceForms } from '../../glossary';
import { compileMatcher } from '../core/matcher';
import { parseMessage, type PageTermsReply } from '../core/messages';
import { pageStatus } from '../core/page-terms';
import { permissionOriginsForSiteKey } from '../core/registration';
import { DEFAULT_SETTINGS, type Settings } from '../core/settings';
import { createSettingsStore, type StorageLike } from '../core/settings-store';
import { siteKeyFromUrl } from '../core/site-key';
import { updateSettings } from '../ext/settings-client';
import { accessOrigins, annotateOnce, askPageTerms, hasSiteAccess, injectContentScript, markGeneric, revealTerm } from '../ext/tab-script';
import { buildArticleView } from '../ui/article-view';
import { installMessages, t, termNames, uiLang } from '../ui/i18n';
import { buildPageView } from '../ui/page-view';
import { siteOf, type Site } from '../ui/site-name';
import { buildTabs } from '../ui/tabs';
import { buildTermCard, citedParagraph } from '../ui/term-card';
import { rangeOfText } from '../ui/text-range';
import { activeTabOf, followTabs, windowToFollow, type FollowedTab } from './follow';

const warn = (m: string): void => console.warn(`Policy Lens side panel: ${m}`);
/** The CSS highlight the chosen term's sentence is painted with (sidepanel.css). */
const QUOTE_HIGHLIGHT = 'pl-panel-quote';

/** The site the followed tab shows. */
const tabSite = (url: string | undefined): Site | null => siteOf(url, url ? siteKeyFromUrl(url) : null);

function el<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const e = doc.createElement(tag);
  e.className = className;
  if (text !== undefined) e.textContent = text;
  return e;
}

const dark = (): boolean => window.matchMedia('(prefers-color-scheme: dark)').matches;
const reducedMotion = (): boolean => window.matchMedia('(prefers-reduced-motion: reduce)').matches;

async function main(doc: Document): Promise<void> {
  installMessages((k, s) => browser.i18n.getMessage(k, s));
  doc.documentElement.lang = uiLang();
  doc.title = t('panel_title');
  const app = doc.getElementById('app');
  if (!app) return;
  const store = createSettingsStore(browser.storage as unknown as StorageLike, warn);
  const [windowId, loaded] = await Promise.all([windowToFollow(location.search), store.load()]);
  let settings: Settings = loaded ?? DEFAULT_SETTINGS;
  let tab: FollowedTab | null = windowId === null ? null : await activeTabOf(windowId);
  let reply: PageTermsReply | null = null;
  let hasAccess = true;
  /** The term last chosen on each tab: switching back shows its card again. */
  const chosenOn = new Map<number, string>();

  // ---- Header: which page the panel is beside.
  const head = el(doc, 'header', 'pl-panel-head');
  const title = el(doc, 'h1', 'pl-panel-title', 'Policy Lens');
  const following = el(doc, 'p', 'pl-panel-following');
  head.append(title, following);

  const announcer = el(doc, 'p', 'pl-visually-hidden');
  announcer.setAttribute('role', 'status');
  announcer.setAttribute('aria-live', 'polite');

  // ---- The chosen term's card.
  const chosen = el(doc, 'section', 'pl-chosen');
  chosen.setAttribute('aria-labelledby', 'pl-chosen-title');
  const chosenTitle = el(doc, 'h2', 'pl-chosen-title', t('panel_chosen_heading'));
  chosenTitle.id = 'pl-chosen-title';
  const chosenBody = el(doc, 'div', 'pl-chosen-body');
  chosen.append(chosenTitle, chosenBody);

  const hint = (): void => {
    chosen.dataset.term = '';
    chosenBody.replaceChildren(el(doc, 'p', 'pl-chosen-hint', t('panel_chosen_hint')));
  };

  // ---- The interview.
  const article = buildArticleView(doc, ARTICLE, compileMatcher(surfaceForms()), {
    onTermActivate: (termId) => showCard(termId),
  });

  const pageView = buildPageView(doc, {
    reveal: (termId) => (tab ? revealTerm(tab.id, termId) : Promise.resolve(false)),
    markGeneric: async () => {
      if (!tab) throw new Error('no tab');
      await markGeneric(tab.id);
      await refresh();
    },
    annotateOnce: async () => {
      if (!tab) throw new Error('no tab');
      await annotateOnce(tab.id);
      await refresh();
    },
    enableSite: () => {
      const site = tabSite(tab?.url);
      if (!site || !tab) return;
      const id = tab.id;
      // permissions.request first, inside the click: it needs the user gesture.
      const asked = site.isDefault ? Promise.resolve(true) : browser.permissions.request({ origins: permissionOriginsForSiteKey(site.key) });
      void asked
        .then(async (ok) => {
          if (!ok) return;
          await updateSettings({ op: 'site', key: site.key, on: true });
          if (!site.isDefault) await injectContentScript(id);
          await refresh();
        })
        .catch((e: unknown) => warn(String(e)));
    },
    grantAccess: async () => {
      if (!tab?.url) return false;
      const granted = await browser.permissions.request({ origins: accessOrigins(tab.url) });
      if (!granted) return false;
      hasAccess = true;
      await injectContentScript(tab.id);
      await refresh();
      return true;
    },
    resume: () => void updateSettings({ op: 'enabled', on: true }).catch((e: unknown) => warn(String(e))),
  });

  const tabs = buildTabs(
    doc,
    [
      { id: 'interview', label: t('panel_tab_interview'), render: (panel) => panel.append(article) },
      { id: 'page', label: t('panel_tab_page'), render: (panel) => panel.append(pageView.root) },
    ],
    {
      label: t('panel_views'),
      idPrefix: 'pl-panel-',
      // A hidden view loses its scroll position: back on the interview, the marked paragraph is in view again.
      onSelect: (id) => {
        if (id === 'interview') article.querySelector('.pl-target')?.scrollIntoView({ block: 'center' });
      },
    },
  );

  app.replaceChildren(head, chosen, tabs.root, announcer);
  hint();

  function showCard(termId: string): boolean {
    const term = getTerm(termId);
    if (!term) return false;
    const card = buildTermCard(doc, term, {
      headingId: 'pl-chosen-card-name',
      readHref: (p) => `#p${p}`,
      onRead: (p) => goToParagraph(p, null),
      onRelated: (rid) => void showCard(rid),
    });
    card.dataset.scheme = dark() ? 'dark' : 'light';
    chosen.dataset.term = termId;
    chosenBody.replaceChildren(card);
    return true;
  }

  /** Scrolls the interview to paragraph n and marks the quote in it (the whole paragraph stands out either way). */
  function goToParagraph(n: number, quote: string | null): void {
    tabs.select('interview');
    for (const p of article.querySelectorAll('.pl-target')) p.classList.remove('pl-target');
    CSS.highlights?.delete(QUOTE_HIGHLIGHT);
    const para = article.querySelector<HTMLElement>(`#p${n}`);
    if (!para) return;
    para.classList.add('pl-target');
    const text = para.querySelector('.pl-para-text');
    const range = quote && text ? rangeOfText(text, quote) : null;
    if (range && typeof Highlight === 'function') CSS.highlights.set(QUOTE_HIGHLIGHT, new Highlight(range));
    para.scrollIntoView({ block: 'center', behavior: reducedMotion() ? 'auto' : 'smooth' });
  }

  /** A term chosen on the page: its card, its paragraph, its sentence. */
  function choose(termId: string): void {
    const term = getTerm(termId);
    if (!term || !showCard(termId)) return;
    if (tab) chosenOn.set(tab.id, termId);
    const n = citedParagraph(term);
    goToParagraph(n, term.citations[0]?.quote ?? null);
    announcer.textContent = t('panel_chosen_said', termNames(term)[0].text, n);
  }

  function paintPage(): void {
    const site = tabSite(tab?.url);
    const st = pageStatus(tab?.url, settings, reply, hasAccess);
    pageView.render({ status: st, reply, siteName: site?.name ?? t('popup_this_site'), isDefaultSite: site?.isDefault ?? false });
    tabs.setLabel('page', st === 'terms' ? t('panel_tab_page_count', pageView.count()) : t('panel_tab_page'));
    following.textContent = tab ? t('panel_following', tab.title || site?.name || tab.url || '') : t('panel_no_tab');
  }

  /** Generation of the shown tab: an answer for a tab left meanwhile is dropped. */
  let generation = 0;
  async function refresh(): Promise<void> {
    const gen = generation;
    const shown = tab;
    let next: PageTermsReply | null = null;
    let access = true;
    if (shown && tabSite(shown.url)) {
      next = await askPageTerms(shown.id);
      if (!next && shown.url) access = await hasSiteAccess(shown.url);
    }
    if (gen !== generation) return;
    reply = next;
    hasAccess = access;
    paintPage();
  }

  function follow(next: FollowedTab, reloaded: boolean): void {
    const changed = next.id !== tab?.id;
    tab = next;
    if (changed) {
      generation++;
      reply = null;
      const last = chosenOn.get(next.id);
      if (last === undefined || !showCard(last)) hint();
    } else if (reloaded) chosenOn.delete(next.id);
    paintPage();
    void refresh();
  }

  // The shown tab's content script: what it found, and the terms the reader chooses there.
  browser.runtime.onMessage.addListener((raw: unknown, sender: browser.Runtime.MessageSender) => {
    if (sender.id !== browser.runtime.id || tab === null || sender.tab?.id !== tab.id) return undefined;
    const msg = parseMessage(raw);
    if (msg?.type === 'term-chosen') choose(msg.termId);
    else if (msg?.type === 'page-terms' && sender.frameId === 0) {
      const { type: _type, ...report } = msg;
      reply = reply?.note ? { ...report, note: reply.note } : report;
      paintPage();
    }
    return undefined;
  });
  if (windowId !== null) followTabs(windowId, () => tab?.id ?? null, follow);
  store.subscribe((s) => {
    settings = s;
    paintPage();
    setTimeout(() => void refresh(), 400);
  });

  paintPage();
  await refresh();
  doc.body.dataset.ready = 'true';
}

main(document).catch((e: unknown) => {
  warn(`could not start: ${String(e)}`);
  document.body.dataset.ready = 'error';
});
