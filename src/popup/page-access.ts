/**
 * Talking to the target tab: ask what it holds, reveal a term, inject the
 * content script (activeTab or a granted host permission) and annotate once.
 */
import browser from 'webextension-polyfill';
import { parseReply, type Message } from '../core/messages';
import { permissionOriginsForSiteKey } from '../core/registration';
import { siteKeyFromUrl } from '../core/site-key';
import { defaultSiteForHost } from '../core/site-patterns';

export { annotateOnce, askPageTerms, injectContentScript } from '../ext/tab-script';

/** Whether the browser lets the content script read this page's origin (users can withhold it in Firefox). */
export async function hasSiteAccess(url: string): Promise<boolean> {
  try {
    const u = new URL(url);
    return await browser.permissions.contains({ origins: [`${u.protocol}//${u.hostname}/*`] });
  } catch {
    return true;
  }
}

/** What to ask for to read this page's site: its default-list patterns, or the one site. */
export function accessOrigins(url: string): string[] {
  const host = new URL(url).hostname;
  const def = defaultSiteForHost(host);
  if (def) return [...def.patterns];
  const key = siteKeyFromUrl(url);
  return key ? permissionOriginsForSiteKey(key) : [];
}

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
