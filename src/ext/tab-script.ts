/**
 * The content script in one tab, seen from an extension page or the
 * background: ask what it holds, inject it (activeTab or a granted host
 * permission) and annotate once. Shared by the popup and the background,
 * which may not import each other.
 */
import browser from 'webextension-polyfill';
import { parseReply, type Message, type PageTermsReply } from '../core/messages';
import { contentScriptFiles } from '../core/registration';

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

/** Annotates this page although its site is off (until it reloads). */
export async function annotateOnce(tabId: number): Promise<void> {
  await injectContentScript(tabId);
  await sendWhenReady(tabId, { type: 'annotate-once' });
}
