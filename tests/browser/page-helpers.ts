/**
 * Reading what the content script did, from the page's side: the ranges in
 * CSS.highlights, the tooltip in our (open) shadow root, the DOM snapshot
 * taken at DOMContentLoaded.
 */
import type { BrowserContext, Frame, Page, Worker } from 'playwright-core';

export const HIGHLIGHT_NAMES = ['policy-lens', 'policy-lens-dark'] as const;

/**
 * Scrolls the frame from top to bottom a few screens at a time and keeps
 * every range painted on the way in window.__plPainted (page world), then
 * scrolls back. The painter registers only blocks within a few screens of
 * the viewport, so this is how a test sees every painted occurrence of a
 * long page. Returns how many ranges were gathered.
 */
export function gatherPainted(frame: Page | Frame): Promise<number> {
  return frame.evaluate(async (names) => {
    const seen = new Set<AbstractRange>();
    const rendered = (): Promise<void> => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(ok, 0))));
    const collect = (): void => {
      for (const n of names) {
        const hl = CSS.highlights.get(n);
        if (hl) for (const r of hl as Iterable<AbstractRange>) seen.add(r);
      }
    };
    const back = scrollY;
    // After any scroll the painted band holds at least the viewport and a screen either side (near-viewport.ts KEEP_SCREENS): steps of three screens leave no gap.
    const step = Math.max(1, innerHeight * 3);
    for (let y = 0; ; y += step) {
      scrollTo(0, y);
      await rendered();
      collect();
      if (y + innerHeight >= document.documentElement.scrollHeight) break;
    }
    scrollTo(0, back);
    await rendered();
    (window as unknown as { __plPainted: AbstractRange[] }).__plPainted = [...seen];
    return seen.size;
  }, [...HIGHLIGHT_NAMES] as string[]);
}

/** Captures the page's serialised DOM at DOMContentLoaded (before the content script runs at document_idle). */
export async function captureDomBeforeScripts(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => {
      (window as unknown as { __plBefore: string }).__plBefore = document.documentElement.outerHTML;
    });
  });
}

/** Every range in every highlight the page holds (all of ours, the active one included). */
export function highlightCount(frame: Page | Frame): Promise<number> {
  return frame.evaluate(() => {
    let n = 0;
    CSS.highlights.forEach((h) => (n += h.size));
    return n;
  });
}

/** Texts of every painted range (sorted), optionally of one highlight name only. */
export function highlightTexts(frame: Page | Frame, only?: string): Promise<string[]> {
  return frame.evaluate(
    ({ names, only }) => {
      const out: string[] = [];
      for (const n of only ? [only] : names) {
        const hl = CSS.highlights.get(n);
        if (hl)
          for (const r of hl as Iterable<AbstractRange>) {
            // Our ranges are StaticRanges: read their text through a live Range.
            const live = document.createRange();
            live.setStart(r.startContainer, r.startOffset);
            live.setEnd(r.endContainer, r.endOffset);
            out.push(live.toString());
          }
      }
      return out.sort();
    },
    { names: [...HIGHLIGHT_NAMES] as string[], only },
  );
}

export function expectedTexts(frame: Page | Frame): Promise<string[]> {
  return frame.evaluate(() => (JSON.parse(document.getElementById('pl-expected')?.textContent ?? '[]') as string[]).sort());
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The first line box of the painted range whose text is `text`. */
export function rangeBox(frame: Page | Frame, text: string, nth = 0): Promise<Box | null> {
  return frame.evaluate(
    ({ names, text, nth }) => {
      let seen = 0;
      const all: Range[] = [];
      for (const n of names) {
        const hl = CSS.highlights.get(n);
        if (hl)
          for (const r of hl as Iterable<AbstractRange>) {
            const live = document.createRange();
            live.setStart(r.startContainer, r.startOffset);
            live.setEnd(r.endContainer, r.endOffset);
            all.push(live);
          }
      }
      all.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
      for (const r of all) {
        if (r.toString() !== text) continue;
        if (seen++ < nth) continue;
        const b = r.getClientRects()[0];
        return b ? { x: b.x, y: b.y, width: b.width, height: b.height } : null;
      }
      return null;
    },
    { names: [...HIGHLIGHT_NAMES] as string[], text, nth },
  );
}

/** Moves the real mouse to the middle of a painted term. */
export async function hoverTerm(page: Page, text: string, nth = 0): Promise<Box> {
  const box = await rangeBox(page, text, nth);
  if (!box) throw new Error(`no painted range "${text}"`);
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 4 });
  return box;
}

/** Is the DOM identical to the DOMContentLoaded snapshot, ignoring our single host element? Returns a diff hint or null. */
export function domDiff(page: Page): Promise<{ same: boolean; hosts: number; before: number; after: number; at: number }> {
  return page.evaluate(() => {
    const before = (window as unknown as { __plBefore?: string }).__plBefore ?? '';
    const hosts = document.querySelectorAll('[data-policy-lens-ui]').length;
    const clone = document.documentElement.cloneNode(true) as HTMLElement;
    for (const h of clone.querySelectorAll('[data-policy-lens-ui]')) h.remove();
    const after = clone.outerHTML;
    let at = 0;
    while (at < before.length && before[at] === after[at]) at++;
    return { same: before.length > 0 && before === after, hosts, before: before.length, after: after.length, at };
  });
}

/** Sends a message to a tab's content scripts from the service worker (frame 0 only). */
export async function sendToTab(sw: Worker, urlPattern: string, message: unknown): Promise<unknown> {
  return sw.evaluate(
    async ({ urlPattern, message }) => {
      interface C {
        tabs: {
          query(q: { url: string }): Promise<{ id?: number }[]>;
          sendMessage(tabId: number, m: unknown, o: { frameId: number }): Promise<unknown>;
        };
      }
      const chrome = (globalThis as unknown as { chrome: C }).chrome;
      const [tab] = await chrome.tabs.query({ url: urlPattern });
      if (tab?.id === undefined) throw new Error(`no tab for ${urlPattern}`);
      return chrome.tabs.sendMessage(tab.id, message, { frameId: 0 });
    },
    { urlPattern, message },
  );
}

export async function setSettings(sw: Worker, items: Record<string, unknown>): Promise<void> {
  await sw.evaluate(async (items) => {
    const chrome = (globalThis as unknown as { chrome: { storage: { sync: { set(v: Record<string, unknown>): Promise<void> } } } }).chrome;
    await chrome.storage.sync.set(items);
  }, items);
}

export async function clearSettings(sw: Worker): Promise<void> {
  await sw.evaluate(async () => {
    const chrome = (globalThis as unknown as { chrome: { storage: { sync: { clear(): Promise<void> }; local: { clear(): Promise<void> } } } }).chrome;
    await chrome.storage.sync.clear();
    await chrome.storage.local.clear();
  });
}
