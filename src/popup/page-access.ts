/**
 * Talking to the target tab: ask what it holds, reveal a term, inject the
 * content script (activeTab or a granted host permission) and annotate once.
 */
import browser from 'webextension-polyfill';
import type { Message, PageTermsReply } from '../core/messages';
import { parsePageTermsReply } from '../core/page-terms';
import { contentScriptFiles } from '../core/registration';

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
