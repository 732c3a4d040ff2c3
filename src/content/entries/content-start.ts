/**
 * Content-script entry at document_start: starts the settings read while
 * the page is still loading, so that the main script (content-script.ts, at
 * document_idle) finds the answer waiting instead of asking then: on a
 * loading page the read takes long enough to come back (whichever storage
 * area) that the first highlight would wait for it.
 * Nothing else runs here; the page is not touched.
 */
import browser from 'webextension-polyfill';
import { createSettingsStore, type StorageLike } from '../../core/settings-store';
import { offerSettings } from '../wiring/settings-handoff';

try {
  offerSettings(createSettingsStore(browser.storage as unknown as StorageLike, (m) => console.warn(`Policy Lens: ${m}`)).load());
} catch (e) {
  console.warn(`Policy Lens: could not start reading settings: ${String(e)}`);
}
