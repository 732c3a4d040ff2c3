/**
 * Content-script entry at document_start: starts the settings read while
 * the page is still loading, so that the main script (index.ts, at
 * document_idle) finds the answer waiting instead of asking then. The read
 * takes 13-28 ms to come back on a loading page (the same for the sync,
 * local and session areas, measured), and the first highlight waited for it.
 * Nothing else runs here; the page is not touched.
 */
import browser from 'webextension-polyfill';
import { createSettingsStore, type StorageLike } from '../core/settings-store';
import { offerSettings } from './prefetched-settings';

try {
  offerSettings(createSettingsStore(browser.storage as unknown as StorageLike, (m) => console.warn(`Policy Lens: ${m}`)).load());
} catch (e) {
  console.warn(`Policy Lens: could not start reading settings: ${String(e)}`);
}
