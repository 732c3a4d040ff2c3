/**
 * Per-tab term counts for the action badge. The badge counts the distinct
 * terms found in the tab's TOP FRAME only (frameId 0), the frame the popup
 * asks too, so the two always agree; iframes (ads, embeds) do not count.
 *
 * Service workers stop when idle, so the state lives in storage.session
 * (kept until the browser closes, invisible to content scripts) with an
 * in-memory fallback where that area is missing. Cleared when a tab starts
 * loading a new document or closes; re-asked from the tab when it finishes
 * loading without having reported (same-document navigations, bfcache).
 */
import browser from 'webextension-polyfill';
import { badgeText, badgeTitle, parseTabTerms, tabStorageKey, TAB_KEY_PREFIX, type TabTerms } from '../core/badge';
import { parseReply } from '../core/messages';
import type { MessageKey } from '../i18n/catalog';

const memory = new Map<string, unknown>();

/** The button's title in the browser's language. */
const BADGE_WORDS = {
  get name(): string {
    return browser.i18n.getMessage('ext_name' satisfies MessageKey);
  },
  terms: (n: number): string => browser.i18n.getMessage((n === 1 ? 'badge_title_one' : 'badge_title_many') satisfies MessageKey, [String(n)]),
};

interface Area {
  get(key: string | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

function area(): Area {
  const session = (browser.storage as { session?: Area }).session;
  if (session) return session;
  return {
    get: async (key) => (key === null ? Object.fromEntries(memory) : memory.has(key) ? { [key]: memory.get(key) } : {}),
    set: async (items) => void Object.entries(items).forEach(([k, v]) => memory.set(k, v)),
    remove: async (key) => void memory.delete(key),
  };
}

async function paint(tabId: number, state: TabTerms | null): Promise<void> {
  try {
    await browser.action.setBadgeText({ tabId, text: badgeText(state) });
    await browser.action.setTitle({ tabId, title: badgeTitle(state, BADGE_WORDS) });
  } catch {
    // The tab closed meanwhile.
  }
}

/**
 * A tab's record and badge change one operation at a time, in the order
 * asked: a report and a clear that interleaved their storage write and
 * badge paint could leave the badge showing one and storage the other.
 */
const queues = new Map<number, Promise<void>>();
function serial(tabId: number, op: () => Promise<void>): Promise<void> {
  const next = (queues.get(tabId) ?? Promise.resolve()).then(op, op);
  const tail = next.catch(() => {});
  queues.set(tabId, tail);
  void tail.then(() => {
    if (queues.get(tabId) === tail) queues.delete(tabId);
  });
  return next;
}

export async function getTabTerms(tabId: number): Promise<TabTerms | null> {
  const key = tabStorageKey(tabId);
  const got = await area().get(key);
  return parseTabTerms(got[key]);
}

async function write(tabId: number, state: TabTerms): Promise<void> {
  await area().set({ [tabStorageKey(tabId)]: state });
  await paint(tabId, state);
}

export function recordTabTerms(tabId: number, state: TabTerms): Promise<void> {
  return serial(tabId, () => write(tabId, state));
}

export function clearTab(tabId: number, repaint = true): Promise<void> {
  return serial(tabId, async () => {
    await area().remove(tabStorageKey(tabId));
    if (repaint) await paint(tabId, null);
  });
}

/** Tab ids that have a stored record. */
export async function trackedTabs(): Promise<number[]> {
  const all = await area().get(null);
  return Object.keys(all)
    .filter((k) => k.startsWith(TAB_KEY_PREFIX))
    .map((k) => Number(k.slice(TAB_KEY_PREFIX.length)))
    .filter((n) => Number.isInteger(n) && n >= 0);
}

/** Asks the tab's top frame what it holds (recompute on demand); null when nothing answers. */
async function askTab(tabId: number): Promise<TabTerms | null> {
  try {
    const reply = parseReply('get-page-terms', await browser.tabs.sendMessage(tabId, { type: 'get-page-terms' }, { frameId: 0 }));
    return reply ? { counts: reply.counts, active: reply.active } : null;
  } catch {
    return null;
  }
}

/** Badge to empty for a tab whose site was just switched off (the content script reports too; this does not wait for it). */
export function blankTab(tabId: number): Promise<void> {
  return serial(tabId, async () => {
    const state = await getTabTerms(tabId);
    if (state) await write(tabId, { ...state, active: false });
    else await paint(tabId, null);
  });
}

export function watchTabs(): void {
  browser.tabs.onRemoved.addListener((tabId) => {
    void clearTab(tabId, false);
  });
  browser.tabs.onUpdated.addListener((tabId, info) => {
    if (info.status === 'loading') {
      void clearTab(tabId);
    } else if (info.status === 'complete') {
      void (async () => {
        if (await getTabTerms(tabId)) return;
        const state = await askTab(tabId);
        if (!state) return;
        // Re-check: the content script may have reported while we asked (its report is newer).
        await serial(tabId, async () => {
          if (!(await getTabTerms(tabId))) await write(tabId, state);
        });
      })();
    }
  });
}
