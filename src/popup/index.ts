/**
 * The action popup: a header with the site's switch and the global pause,
 * then three views in an ARIA tablist: "On this page", "Interview",
 * "Glossary". It speaks about the active tab, or the tab in ?tab=<id>.
 * body[data-ready="true"] marks the first complete render (for tests).
 */
import '../ui/palette.css';
import '../ui/term-card.css';
import '../ui/switch.css';
import '../ui/tabs.css';
import './popup.css';
import browser from 'webextension-polyfill';
import { parseMessage, type Message, type PageTermsReply } from '../core/messages';
import { pageStatus } from '../core/page-terms';
import { DEFAULT_SETTINGS, type Settings } from '../core/settings';
import { createSettingsStore, type StorageLike } from '../core/settings-store';
import { siteKeyFromUrl } from '../core/site-key';
import { updateSettings } from '../ext/settings-client';
import { installMessages, t, tNodes, uiLang } from '../ui/i18n';
import { buildTabs } from '../ui/tabs';
import { buildGlossaryView } from './glossary-view';
import { buildHeader } from './header';
import { siteOf } from '../ui/site-name';
import { buildInterviewView } from './interview-view';
import { accessOrigins, annotateOnce, askPageTerms, hasSiteAccess, injectContentScript, markGeneric, revealTerm } from './page-access';
import { buildPageView } from '../ui/page-view';
import { resolveTarget } from './target';
import { canOpenSidePanel, openSidePanel } from '../ext/side-panel';

const warn = (m: string): void => console.warn(`Policy Lens popup: ${m}`);

function followColorScheme(doc: Document): void {
  const mq = window.matchMedia('(prefers-color-scheme: dark)');
  const apply = (): void => {
    doc.body.dataset.scheme = mq.matches ? 'dark' : 'light';
  };
  apply();
  mq.addEventListener('change', apply);
}

function kbd(doc: Document, keys: string): HTMLElement {
  const k = doc.createElement('kbd');
  k.textContent = keys;
  return k;
}

async function main(doc: Document): Promise<void> {
  followColorScheme(doc);
  doc.documentElement.lang = uiLang();
  doc.title = t('popup_title');
  const app = doc.getElementById('app');
  if (!app) return;
  const store = createSettingsStore(browser.storage as unknown as StorageLike, warn);
  const [target, loaded] = await Promise.all([resolveTarget(location.search), store.load()]);
  let settings: Settings = loaded ?? DEFAULT_SETTINGS;
  const key = target.url ? siteKeyFromUrl(target.url) : null;
  const site = siteOf(target.url, key);
  let reply: PageTermsReply | null = null;
  let hasAccess = true;

  const status = doc.createElement('p');
  status.className = 'pl-status';
  status.setAttribute('role', 'status');
  const say = (text: string): void => {
    status.textContent = text;
    status.hidden = text === '';
  };
  say('');

  const openReader = (to: { paragraph?: number; termId?: string }): void => {
    const msg: Message = { type: 'open-reader', ...to };
    browser.runtime
      .sendMessage(msg)
      .then(() => {
        if (!target.inTab) window.close();
      })
      .catch((e: unknown) => say(t('popup_open_failed', String(e))));
  };

  // Inside the click, with nothing awaited first: the side panel needs the user's gesture.
  const openPanel = (): void => {
    const where = target.windowId !== null ? { windowId: target.windowId } : target.tabId !== null ? { tabId: target.tabId } : null;
    if (!where) return say(t('panel_open_failed', t('panel_no_tab')));
    openSidePanel(where)
      .then(() => {
        if (!target.inTab) window.close();
      })
      .catch((e: unknown) => say(t('panel_open_failed', e instanceof Error ? e.message : String(e))));
  };

  const header = buildHeader({ doc, site, tabId: target.tabId, say });

  const pageView = buildPageView(doc, {
    reveal: (termId) => (target.tabId === null ? Promise.resolve(false) : revealTerm(target.tabId, termId)),
    markGeneric: async () => {
      if (target.tabId === null) throw new Error('no tab');
      await markGeneric(target.tabId);
      await refresh();
    },
    annotateOnce: async () => {
      if (target.tabId === null) throw new Error('no tab');
      await annotateOnce(target.tabId);
      await refresh();
    },
    enableSite: () => header.toggleSite(true),
    grantAccess: async () => {
      if (target.tabId === null || !target.url) return false;
      // First call in the click handler: permissions.request needs the user gesture.
      const granted = await browser.permissions.request({ origins: accessOrigins(target.url) });
      if (!granted) return false;
      hasAccess = true;
      await injectContentScript(target.tabId);
      await refresh();
      return true;
    },
    resume: () => void updateSettings({ op: 'enabled', on: true }).catch((e: unknown) => say(String(e))),
  });

  const params = new URLSearchParams(location.search);
  const tabs = buildTabs(
    doc,
    [
      { id: 'page', label: t('popup_tab_page'), render: (panel) => panel.append(pageView.root) },
      {
        id: 'interview',
        label: t('popup_tab_interview'),
        render: (panel) => panel.append(buildInterviewView(doc, { openReader, scroller: panel, ...(canOpenSidePanel() ? { openSidePanel: openPanel } : {}) })),
      },
      {
        id: 'glossary',
        label: t('popup_tab_glossary'),
        render: (panel) => panel.append(buildGlossaryView(doc, { openReader: (paragraph, termId) => openReader({ paragraph, termId }) })),
      },
    ],
    { label: t('popup_views'), idPrefix: 'pl-' },
  );

  const footer = doc.createElement('footer');
  footer.className = 'pl-foot';
  const options = doc.createElement('button');
  options.type = 'button';
  options.className = 'pl-linkish';
  options.textContent = t('popup_options');
  options.addEventListener('click', () => void browser.runtime.openOptionsPage());
  const keys = doc.createElement('span');
  keys.className = 'pl-foot-hint';
  keys.append(...tNodes('popup_keys', kbd(doc, 'Alt+Shift+N'), kbd(doc, 'Alt+Shift+H')));
  footer.append(keys, options);

  app.replaceChildren(header.root, status, tabs.root, footer);

  function paintPage(): void {
    const st = pageStatus(target.url, settings, reply, hasAccess);
    pageView.render({ status: st, reply, siteName: site?.name ?? t('popup_this_site'), isDefaultSite: site?.isDefault ?? false });
    tabs.setLabel('page', st === 'terms' ? t('popup_tab_page_count', pageView.count()) : t('popup_tab_page'));
  }

  async function refresh(): Promise<void> {
    reply = target.tabId === null || !site ? null : await askPageTerms(target.tabId);
    if (!reply && target.url && site) hasAccess = await hasSiteAccess(target.url);
    paintPage();
  }

  // Live: the content script reports every change of its counts to all extension pages.
  browser.runtime.onMessage.addListener((raw: unknown, sender: browser.Runtime.MessageSender) => {
    if (sender.id !== browser.runtime.id || sender.tab?.id !== target.tabId || sender.frameId !== 0) return undefined;
    const msg = parseMessage(raw);
    if (msg?.type === 'page-terms') {
      const { type: _type, ...report } = msg;
      // The cap's note comes with get-page-terms only: keep it.
      reply = reply?.note ? { ...report, note: reply.note } : report;
      paintPage();
    }
    return undefined;
  });
  store.subscribe((s) => {
    settings = s;
    header.update(s);
    paintPage();
    // The page repaints on its own; ask again once it has had a moment.
    setTimeout(() => void refresh(), 400);
  });

  header.update(settings);
  await refresh();
  const view = params.get('view');
  if (view === 'interview' || view === 'glossary' || view === 'page') tabs.select(view);
  doc.body.dataset.ready = 'true';
}

installMessages((key, subs) => browser.i18n.getMessage(key, subs));
main(document).catch((e: unknown) => {
  warn(`could not start: ${String(e)}`);
  const app = document.getElementById('app');
  if (app) {
    const p = document.createElement('p');
    p.className = 'pl-status';
    p.textContent = t('popup_failed');
    app.replaceChildren(p);
  }
  document.body.dataset.ready = 'error';
});
