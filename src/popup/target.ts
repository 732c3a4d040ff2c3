/**
 * The tab the popup speaks about: the active tab of its window, or the tab
 * named by ?tab=<id> (tests open the popup page in an ordinary tab; so may
 * users who pin it). ?tabUrl=<url> picks the first tab showing that URL;
 * with ?tab= too, it stands in for the URL the browser hides when the site's
 * access is withheld. (Opened from the toolbar button, the popup has
 * activeTab and sees the URL itself; a page opened in a tab does not.)
 */
import browser from 'webextension-polyfill';

export interface Target {
  tabId: number | null;
  /** The tab's window (where a side panel opens). */
  windowId: number | null;
  /** Undefined when the browser does not let us read it (no permission). */
  url: string | undefined;
  /** True when this page is itself open in a tab rather than in the action popup. */
  inTab: boolean;
}

export async function resolveTarget(search: string): Promise<Target> {
  const params = new URLSearchParams(search);
  const inTab = (await browser.tabs.getCurrent().catch(() => undefined)) !== undefined;
  const tabParam = params.get('tab');
  if (tabParam !== null && /^\d{1,10}$/.test(tabParam)) {
    try {
      const t = await browser.tabs.get(Number(tabParam));
      return { tabId: t.id ?? null, windowId: t.windowId ?? null, url: t.url ?? params.get('tabUrl') ?? undefined, inTab };
    } catch {
      return { tabId: null, windowId: null, url: undefined, inTab };
    }
  }
  const tabUrl = params.get('tabUrl');
  if (tabUrl !== null) {
    const t = (await browser.tabs.query({})).find((x) => x.url === tabUrl);
    return { tabId: t?.id ?? null, windowId: t?.windowId ?? null, url: t?.url, inTab };
  }
  const [t] = await browser.tabs.query({ active: true, currentWindow: true });
  return { tabId: t?.id ?? null, windowId: t?.windowId ?? null, url: t?.url, inTab };
}
