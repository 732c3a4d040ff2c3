/**
 * "Look up in Policy Lens" on selected text: the background finds the
 * term (or the closest entries) and has the frame holding the selection
 * show them there. The menu click grants activeTab, so this works on sites
 * outside the list too: a frame without our content script gets it
 * injected first (its gate answers show-lookup without reading the page).
 */
import browser from 'webextension-polyfill';
import { surfaceForms, TERMS } from '../../glossary/core';
import { compileMatcher } from '../core/matcher';
import { parseReply, type Message } from '../core/messages';
import { contentScriptFiles } from '../core/registration';
import { buildSelectionLookup, type SelectionLookup } from '../core/selection-lookup';

export const LOOKUP_MENU_ID = 'pl-lookup';

/** The menu item, created afresh at install and update (created items persist in Chrome). */
export async function createLookupMenu(log: (m: string) => void): Promise<void> {
  try {
    await browser.contextMenus.removeAll();
    browser.contextMenus.create({ id: LOOKUP_MENU_ID, title: browser.i18n.getMessage('menu_lookup'), contexts: ['selection'] });
  } catch (e) {
    log(`could not create the context menu: ${String(e)}`);
  }
}

/** Compiled at the first look-up: a worker woken for anything else does not pay for it. */
let lookup: SelectionLookup | null = null;

/** The look-up's message for a selected text. */
export function lookupMessage(selection: string): Extract<Message, { type: 'show-lookup' }> {
  lookup ??= buildSelectionLookup(TERMS, compileMatcher(surfaceForms()));
  return { type: 'show-lookup', ...lookup.lookup(selection) };
}

async function send(tabId: number, frameId: number, msg: Message): Promise<boolean> {
  return parseReply('show-lookup', await browser.tabs.sendMessage(tabId, msg, { frameId }))?.shown === true;
}

/** Sends to the frame, injecting the content script there first when none answers. */
async function showInFrame(tabId: number, frameId: number, msg: Message): Promise<boolean> {
  try {
    return await send(tabId, frameId, msg);
  } catch {
    // No content script in that frame (a site outside the list): activeTab lets us put it there.
  }
  const files = contentScriptFiles(browser.runtime.getManifest());
  if (files.js.length === 0) throw new Error('no content script in the manifest');
  const target = { tabId, frameIds: [frameId] };
  if (files.css.length > 0) await browser.scripting.insertCSS({ target, files: files.css });
  await browser.scripting.executeScript({ target, files: files.js });
  const until = Date.now() + 3000;
  for (;;) {
    try {
      return await send(tabId, frameId, msg);
    } catch (e) {
      if (Date.now() > until) throw e;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

/** What the menu click hands us (the browser's OnClickData, the fields read here). */
export interface LookupClick {
  menuItemId: string | number;
  selectionText?: string;
  frameId?: number;
}

export async function onLookupClicked(info: LookupClick, tab: browser.Tabs.Tab | undefined, log: (m: string) => void): Promise<void> {
  if (info.menuItemId !== LOOKUP_MENU_ID || tab?.id === undefined) return;
  const text = info.selectionText ?? '';
  if (text.trim() === '') return;
  try {
    const shown = await showInFrame(tab.id, info.frameId ?? 0, lookupMessage(text));
    if (!shown) log(`the look-up was not shown in tab ${tab.id}`);
  } catch (e) {
    log(`could not show the look-up in tab ${tab.id}: ${String(e)}`);
  }
}
