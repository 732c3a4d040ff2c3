/**
 * The background: badge, keyboard commands, the reader, registrations for
 * user-enabled sites. Every message is validated by parseMessage; messages
 * from anything but this extension are ignored (and there is deliberately
 * no onMessageExternal listener).
 */
import browser from 'webextension-polyfill';
import { CARD_UI_SCRIPT } from '../core/card-ui-script';
import { describeRejected, parseMessage, type Message, type Replies } from '../core/messages';
import { isDefaultSiteKey, permissionOriginsForSiteKey } from '../core/registration';
import { highlightCss } from '../core/highlight-look';
import { OpenLimiter } from '../core/open-limit';
import { applyPatch, isActiveOn, isSiteOn, withSite, type Settings } from '../core/settings';
import { createSettingsStore, type StorageLike } from '../core/settings-store';
import { siteKeyFromUrl } from '../core/site-key';
import { annotateOnce, injectContentScript } from '../ext/tab-script';
import { createLookupMenu, onLookupClicked, type LookupClick } from './context-menu';
import { syncRegistrations } from './registration';
import { blankTab, recordTabTerms, trackedTabs, watchTabs } from './tab-state';

const log = (m: string): void => console.warn(`Policy Lens: ${m}`);
const store = createSettingsStore(browser.storage as unknown as StorageLike, log);

const READER_PATH = 'src/reader/index.html';

function readerUrl(msg: Extract<Message, { type: 'open-reader' }>): string {
  let hash = '';
  if (msg.termId !== undefined) hash = `#term=${encodeURIComponent(msg.termId)}`;
  else if (msg.paragraph !== undefined) hash = `#p${msg.paragraph}`;
  return browser.runtime.getURL(READER_PATH) + hash;
}

/** Tabs opened for content scripts, per tab: a page's script must not have us open tabs in a loop. */
const readerOpens = new OpenLimiter();
browser.tabs.onRemoved.addListener((tabId) => readerOpens.forget(tabId));

/** Whether the message came from a content script in a web page (not from one of our own pages). */
function fromPage(sender: browser.Runtime.MessageSender): boolean {
  const own = browser.runtime.getURL('');
  return sender.tab !== undefined && !(sender.url ?? '').startsWith(own);
}

async function openReader(msg: Extract<Message, { type: 'open-reader' }>, sender: browser.Runtime.MessageSender): Promise<void> {
  const tabId = sender.tab?.id;
  if (fromPage(sender) && tabId !== undefined && !readerOpens.allow(tabId, Date.now())) {
    log(`refused to open the interview for tab ${tabId}: too many requests`);
    return;
  }
  const props: browser.Tabs.CreateCreatePropertiesType = { url: readerUrl(msg) };
  if (sender.tab?.id !== undefined && sender.tab.index !== undefined) {
    props.index = sender.tab.index + 1;
    props.openerTabId = sender.tab.id;
    if (sender.tab.windowId !== undefined) props.windowId = sender.tab.windowId;
  }
  await browser.tabs.create(props);
}

/**
 * ::highlight() rules scoped to :root where highlight styles inherit
 * (Chromium), universal where they do not (Firefox): see
 * scripts/vite-content-script.ts highlightScope.
 */
const HIGHLIGHT_SCOPE = browser.runtime.getURL('').startsWith('moz-extension:') ? '' : ':root';

/**
 * The user's look goes into the frame as an injected stylesheet, which no
 * page script can read (document.adoptedStyleSheets could be read, and a
 * custom colour would mark the user across sites).
 */
async function applyLook(msg: Extract<Message, { type: 'apply-look' }>, tabId: number, frameId: number): Promise<undefined> {
  const target = { tabId, frameIds: [frameId] };
  try {
    if (msg.previous) await browser.scripting.removeCSS({ target, css: highlightCss(msg.previous, HIGHLIGHT_SCOPE) });
    if (msg.look) await browser.scripting.insertCSS({ target, css: highlightCss(msg.look, HIGHLIGHT_SCOPE) });
  } catch (e) {
    log(`could not apply the highlight style in tab ${tabId}: ${String(e)}`);
  }
  return undefined;
}

browser.runtime.onMessage.addListener((raw: unknown, sender: browser.Runtime.MessageSender) => {
  if (sender.id !== browser.runtime.id) return undefined;
  const msg = parseMessage(raw);
  if (!msg) {
    console.warn(`Policy Lens: rejected message ${describeRejected(raw)}`);
    return undefined;
  }
  switch (msg.type) {
    case 'page-terms': {
      const tabId = sender.tab?.id;
      // Top frame only: see tab-state.ts.
      if (tabId !== undefined && sender.frameId === 0) {
        return recordTabTerms(tabId, { counts: msg.counts, active: msg.active }).then(() => undefined);
      }
      return undefined;
    }
    case 'open-reader':
      return openReader(msg, sender).then(() => undefined);
    case 'update-settings': {
      // Extension pages only: a content script has no business changing the settings.
      if (fromPage(sender)) return undefined;
      const patch = msg.patch;
      return store.update((s) => applyPatch(s, patch)).then(
        (r): Replies['update-settings'] => r,
        (e: unknown): Replies['update-settings'] => ({ area: 'none', problem: String(e instanceof Error ? e.message : e).slice(0, 200) }),
      );
    }
    case 'reset-settings':
      if (fromPage(sender)) return undefined;
      return store.reset().then(() => undefined);
    case 'load-ui': {
      // Into the frame that asked, in the extension's isolated world, where its content script waits for it.
      const tabId = sender.tab?.id;
      if (tabId === undefined) return undefined;
      return browser.scripting
        .executeScript({ target: { tabId, frameIds: [sender.frameId ?? 0] }, files: [CARD_UI_SCRIPT] })
        .then(
          () => undefined,
          (e: unknown) => log(`could not inject the tooltip into tab ${tabId}: ${String(e)}`),
        );
    }
    case 'apply-look': {
      const tabId = sender.tab?.id;
      if (tabId === undefined || !fromPage(sender)) return undefined;
      return applyLook(msg, tabId, sender.frameId ?? 0);
    }
    default:
      // get-page-terms, reveal-term and annotate-once are for content scripts.
      return undefined;
  }
});

// ---- Settings: registrations and badges follow every change, from any context.
let lastSettings: Settings | null = null;

async function onSettings(next: Settings): Promise<void> {
  const prev = lastSettings;
  lastSettings = next;
  await syncRegistrations(next, log);
  if (!prev) return;
  // Blank the badge at once on tabs whose site just went off (the content script reports too).
  for (const tabId of await trackedTabs()) {
    try {
      const tab = await browser.tabs.get(tabId);
      const host = tab.url ? new URL(tab.url).hostname : '';
      if (host && isActiveOn(prev, host) && !isActiveOn(next, host)) await blankTab(tabId);
    } catch {
      // Closed tab or unreadable URL.
    }
  }
}

store.subscribe((s) => void onSettings(s));
void store.load().then((s) => {
  if (!lastSettings) lastSettings = s;
});

async function resync(): Promise<void> {
  await browser.action.setBadgeBackgroundColor({ color: '#8a1c1c' }).catch(() => {});
  await syncRegistrations(await store.load(), log);
}
browser.runtime.onInstalled.addListener(() => {
  // Settings written before the meta item existed get it, once.
  void store.migrate().catch((e: unknown) => log(`could not migrate the settings: ${String(e)}`));
  void resync();
  void createLookupMenu(log);
});
browser.contextMenus.onClicked.addListener((info, tab) => void onLookupClicked(info, tab, log));

/**
 * Set at build time (vite.config.ts): true only in the browser tests' build,
 * where a test calls the menu's click handler as the browser would (a
 * native menu cannot be clicked headless). The shipped build has no hook.
 */
declare const __PL_TEST_HOOKS__: boolean | undefined;
if (typeof __PL_TEST_HOOKS__ === 'boolean' && __PL_TEST_HOOKS__) {
  (globalThis as unknown as { __plTestLookup: (info: LookupClick, tab: browser.Tabs.Tab) => Promise<void> }).__plTestLookup = (info, tab) => onLookupClicked(info, tab, log);
}
browser.runtime.onStartup.addListener(() => void resync());
browser.permissions.onRemoved.addListener(() => void store.load().then((s) => syncRegistrations(s, log)));

watchTabs();

// ---- Keyboard commands.
async function activeTab(tab: browser.Tabs.Tab | undefined): Promise<browser.Tabs.Tab | undefined> {
  if (tab?.id !== undefined) return tab;
  const [t] = await browser.tabs.query({ active: true, currentWindow: true });
  return t;
}

/** Switches highlights on the tab's site. A site outside the list without its permission is annotated once instead (activeTab). */
async function toggleSite(tab: browser.Tabs.Tab): Promise<void> {
  const key = tab.url ? siteKeyFromUrl(tab.url) : null;
  if (key === null || tab.id === undefined || !tab.url) return;
  const host = new URL(tab.url).hostname;
  const settings = await store.load();
  const on = isSiteOn(settings, host);
  const mayRun = isDefaultSiteKey(key) || (await browser.permissions.contains({ origins: permissionOriginsForSiteKey(key) }));
  if (mayRun || on) {
    // Flips what is stored when its turn comes, not what was read above.
    await store.update((now) => withSite(now, key, !isSiteOn(now, host)));
    if (!on && !isDefaultSiteKey(key)) await injectContentScript(tab.id);
    return;
  }
  await annotateOnce(tab.id);
}

browser.commands.onCommand.addListener((command, tab) => {
  void (async () => {
    const t = await activeTab(tab);
    if (t?.id === undefined) return;
    try {
      if (command === 'next-term') await browser.tabs.sendMessage(t.id, { type: 'reveal-term' }, { frameId: 0 });
      else if (command === 'toggle-site') await toggleSite(t);
    } catch (e) {
      log(`command ${command} failed: ${String(e)}`);
    }
  })();
});
