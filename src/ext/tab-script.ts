/**
 * The content script in one tab, seen from an extension page or the
 * background: ask what it holds, inject it (activeTab or a granted host
 * permission), annotate once, reveal a term. Shared by the popup, the side
 * panel and the background, which may not import each other.
 */
import browser from 'webextension-polyfill';
import { parseReply, type Message, type PageTermsReply } from '../core/messages';
import { contentScriptFiles, permissionOriginsForSiteKey } from '../core/registration';
import { siteKeyFromUrl } from '../core/site-key';
import { defaultSiteForHost } from '../core/site-patterns';

/** What to ask for to read this page's site: its default-list patterns, or the one site. */
export function accessOrigins(url: string): string[] {
  const host = new URL(url).hostname;
  const def = defaultSiteForHost(host);
  if (def) return [...def.patterns];
  const key = siteKeyFromUrl(url);
  return key ? permissionOriginsForSiteKey(key) : [];
}

/** Whether the browser lets the content script read this page's origin (users can withhold it in Firefox). */
export async function hasSiteAccess(url: string): Promise<boolean> {
  try {
    const u = new URL(url);
    return await browser.permissions.contains({ origins: [`${u.protocol}//${u.hostname}/*`] });
  } catch {
    return true;
  }
}

/** What the tab's top-frame content script reports, or null when none answers. */
export async function askPageTerms(tabId: number): Promise<PageTermsReply | null> {
  try {
    const msg: Message = { type: 'get-page-terms' };
    return parseReply('get-page-terms', await browser.tabs.sendMessage(tabId, msg, { frameId: 0 }));
  } catch {
    return null;
  }
}

/** Injects the built content script into the tab's top frame unless one answers there already. */
export async function injectContentScript(tabId: number): Promise<void> {
  if ((await askPageTerms(tabId)) !== null) return;
  const files = contentScriptFiles(browser.runtime.getManifest());
  if (files.js.length === 0) throw new Error('no content script in the manifest');
  if (files.css.length > 0) await browser.scripting.insertCSS({ target: { tabId }, files: files.css });
  await browser.scripting.executeScript({ target: { tabId }, files: files.js });
}

/** Sends a message to the top frame, retrying while a just-injected script is still starting. */
async function sendWhenReady(tabId: number, message: Message, timeoutMs = 3000): Promise<unknown> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await browser.tabs.sendMessage(tabId, message, { frameId: 0 });
    } catch (e) {
      if (Date.now() > until) throw e;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

/** Scrolls the tab to the next occurrence of a term and opens its card; whether there was one. */
export async function revealTerm(tabId: number, termId: string): Promise<boolean> {
  const msg: Message = { type: 'reveal-term', termId };
  return parseReply('reveal-term', await browser.tabs.sendMessage(tabId, msg, { frameId: 0 }))?.found === true;
}

/** Marks the general terms in every frame of the tab, although nothing says the page is about China. */
export async function markGeneric(tabId: number): Promise<void> {
  const msg: Message = { type: 'mark-generic' };
  // Every frame: the first to answer is the one read.
  parseReply('mark-generic', await browser.tabs.sendMessage(tabId, msg));
}

/** Annotates this page although its site is off (until it reloads). */
export async function annotateOnce(tabId: number): Promise<void> {
  await injectContentScript(tabId);
  await sendWhenReady(tabId, { type: 'annotate-once' });
}
