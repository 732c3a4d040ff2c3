/**
 * Opens the side panel (Chrome's sidePanel) or the sidebar (Firefox's
 * sidebarAction) from a click in an extension page. Both insist on a user
 * gesture, so open() must be called synchronously inside the click handler:
 * no await before it.
 */
import browser from 'webextension-polyfill';

interface PanelApis {
  sidePanel?: { open(o: { tabId?: number; windowId?: number }): Promise<void> };
  sidebarAction?: { open(): Promise<void> };
}

// The polyfill passes namespaces it has no metadata for straight through.
const apis = (): PanelApis => browser as unknown as PanelApis;

/** Whether this browser has a side panel we can open. */
export function canOpenSidePanel(): boolean {
  const a = apis();
  return typeof a.sidePanel?.open === 'function' || typeof a.sidebarAction?.open === 'function';
}

/** Opens the panel in the window of `tabId` (Chrome), or the sidebar (Firefox). */
export function openSidePanel(target: { tabId?: number; windowId?: number }): Promise<void> {
  const a = apis();
  if (a.sidePanel?.open) return a.sidePanel.open(target);
  if (a.sidebarAction?.open) return a.sidebarAction.open();
  return Promise.reject(new Error('this browser has no side panel'));
}
