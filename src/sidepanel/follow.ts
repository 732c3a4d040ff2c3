/**
 * Which tab the panel speaks about: the active tab of its window. In a
 * side panel (Chrome) or sidebar (Firefox) that is the browser window
 * holding it; a panel page opened in a window of its own (a popup window)
 * follows the last focused normal window, or the one named in ?window=.
 */
import browser from 'webextension-polyfill';

export interface FollowedTab {
  id: number;
  url?: string;
  title?: string;
}

export async function windowToFollow(search: string): Promise<number | null> {
  const asked = Number(new URLSearchParams(search).get('window'));
  if (Number.isInteger(asked) && asked > 0) return asked;
  try {
    const own = await browser.windows.getCurrent();
    if (own.type === 'normal' && own.id !== undefined) return own.id;
  } catch {
    // No window of its own: fall through.
  }
  try {
    const last = await browser.windows.getLastFocused({ windowTypes: ['normal'] } as browser.Windows.GetInfo);
    return last.id ?? null;
  } catch {
    return null;
  }
}

export async function activeTabOf(windowId: number): Promise<FollowedTab | null> {
  const [tab] = await browser.tabs.query({ active: true, windowId });
  return tab?.id === undefined ? null : { id: tab.id, url: tab.url, title: tab.title };
}

/**
 * Calls back with the tab to show whenever the window's active tab changes
 * or the shown tab loads a new page.
 */
export function followTabs(windowId: number, current: () => number | null, onTab: (tab: FollowedTab, reloaded: boolean) => void): void {
  browser.tabs.onActivated.addListener((info) => {
    if (info.windowId !== windowId) return;
    void browser.tabs.get(info.tabId).then(
      (tab) => onTab({ id: info.tabId, url: tab.url, title: tab.title }, false),
      () => {},
    );
  });
  browser.tabs.onUpdated.addListener((tabId, info, tab) => {
    if (tabId !== current() || !(info.status === 'complete' || info.url !== undefined || info.title !== undefined)) return;
    onTab({ id: tabId, url: tab.url, title: tab.title }, info.status === 'complete');
  });
}
