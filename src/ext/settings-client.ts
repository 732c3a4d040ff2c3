/**
 * Changing the settings from an extension page: the background applies
 * each change to the settings as they are then (settings-store.ts update),
 * so that two quick changes from two places both land. Shared by the popup
 * and the options page.
 */
import browser from 'webextension-polyfill';
import { parseReply, type Message, type SettingsSaved } from '../core/messages';
import type { SettingsPatch } from '../core/settings';
import { t } from '../ui/i18n';

export async function updateSettings(patch: SettingsPatch): Promise<SettingsSaved> {
  const msg: Message = { type: 'update-settings', patch };
  const reply = parseReply('update-settings', await browser.runtime.sendMessage(msg));
  if (!reply) throw new Error(t('settings_no_background'));
  return reply;
}

export async function resetSettings(): Promise<void> {
  const msg: Message = { type: 'reset-settings' };
  await browser.runtime.sendMessage(msg);
}

/** A sentence for the user when a change was not saved everywhere, or null. */
export function savedNote(saved: SettingsSaved): string | null {
  if (saved.area === 'none') return t('settings_not_saved', saved.problem ?? t('settings_unknown_error'));
  if (saved.area === 'local' && saved.problem) return t('settings_local_only', saved.problem);
  return null;
}
