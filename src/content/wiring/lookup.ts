/**
 * A selection's look-up (show-lookup from the background's context menu),
 * shown in this frame: the card UI is fetched (load-ui) and shows the card
 * or the closest entries next to the selection. Imported on demand by the
 * gate and the pipeline, so a page pays for it only when the reader asks.
 */
import browser from 'webextension-polyfill';
import type { Message, Replies } from '../../core/messages';
import { UiLoader } from '../card/ui-loader';
import { isOnDarkBackground } from '../paint/page-tone';

let loader: UiLoader | null = null;

/** Where the selection is (live: it follows the page's scrolling); the focused field's box for a selection inside one. */
function anchorOf(doc: Document): { anchor: () => DOMRect; text: string; owner: Element } {
  const sel = doc.getSelection();
  const field = doc.activeElement;
  if (sel && sel.rangeCount > 0 && !sel.isCollapsed) {
    const range = sel.getRangeAt(0).cloneRange();
    const owner = range.commonAncestorContainer instanceof Element ? range.commonAncestorContainer : (range.commonAncestorContainer.parentElement ?? doc.documentElement);
    return { anchor: () => range.getClientRects()[0] ?? range.getBoundingClientRect(), text: sel.toString(), owner };
  }
  if (field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement) {
    const text = field.value.slice(field.selectionStart ?? 0, field.selectionEnd ?? 0);
    return { anchor: () => field.getBoundingClientRect(), text, owner: field };
  }
  const vw = doc.defaultView?.innerWidth ?? 800;
  return { anchor: () => new DOMRect(vw / 2, 80, 0, 20), text: '', owner: doc.body ?? doc.documentElement };
}

export async function showLookup(msg: Extract<Message, { type: 'show-lookup' }>, warn: (m: string) => void): Promise<Replies['show-lookup']> {
  loader ??= new UiLoader(() => {
    const req: Message = { type: 'load-ui' };
    return browser.runtime.sendMessage(req);
  }, warn);
  // Read before the card UI arrives: the selection is the reader's now.
  const where = anchorOf(document);
  const ui = await loader.load();
  if (!ui) return { shown: false };
  const shown = ui.lookup(document, {
    termIds: msg.termIds,
    exact: msg.exact,
    query: where.text.replace(/\s+/g, ' ').trim(),
    anchor: where.anchor,
    dark: isOnDarkBackground(where.owner),
    onRead: (paragraph, termId) => {
      const open: Message = { type: 'open-reader', paragraph, termId };
      browser.runtime.sendMessage(open).catch((e: unknown) => warn(`could not open the interview: ${String(e)}`));
    },
  });
  return { shown };
}
