/**
 * Talking to the target tab: ask what it holds, reveal a term, inject the
 * content script (activeTab or a granted host permission) and annotate once.
 */
import browser from 'webextension-polyfill';
import type { Message, PageTermsReply } from '../core/messages';
import { parsePageTermsReply } from '../core/page-terms';
import { contentScriptFiles, permissionOriginsForSiteKey } from '../core/registration';
import { siteKeyFromUrl } from '../core/site-key';
import { defaultSiteForHost } from '../core/site-patterns';

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

export async function askPageTerms(tabId: number): Promise<PageTermsReply | null> {
  try {
    const msg: Message = { type: 'get-page-terms' };
    return parsePageTermsReply(await browser.tabs.sendMessage(tabId, msg, { frameId: 0 }));
  } catch {
    return null;
  }
}

export async function revealTerm(tabId: number, termId: string): Promise<boolean> {
  const msg: Message = { type: 'reveal-term', termId };
  const r: unknown = await browser.tabs.sendMessage(tabId, msg, { frameId: 0 });
  return typeof r === 'object' && r !== null && (r as { found?: unknown }).found === true;
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

export async function annotateOnce(tabId: number): Promise<void> {
  await injectContentScript(tabId);
  await sendWhenReady(tabId, { type: 'annotate-once' });
}
