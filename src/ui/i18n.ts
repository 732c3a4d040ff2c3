/**
 * t(): the UI's strings in the reader's language. Each context's entry
 * installs the browser's i18n.getMessage (installMessages); src/ui stays
 * free of extension APIs, and unit tests install the catalog itself
 * (src/i18n/catalog-lookup.ts).
 */
import type { MessageKey } from '../i18n/catalog';
import type { Lookup } from '../i18n/types';

let lookup: Lookup | null = null;

export function installMessages(fn: Lookup): void {
  lookup = fn;
}

/** The string for key, with $1… filled from subs. A key with no string shows as the key, never as blank. */
export function t(key: MessageKey, ...subs: Array<string | number>): string {
  const s = lookup?.(key, subs.map(String));
  return s ? s : key;
}

/** The UI's locale, as the browser reports it ("en", "zh-CN"; "en" before messages are installed). */
export function uiLocale(): string {
  const s = lookup?.('@@ui_locale');
  return s ? s.replace('_', '-') : 'en';
}

/** Whether the UI is in Chinese: the card then puts the Chinese name first. */
export function isChineseUi(): boolean {
  return uiLocale().toLowerCase().startsWith('zh');
}

/** A BCP 47 tag for the lang attribute of our UI's own text. */
export function uiLang(): string {
  return isChineseUi() ? 'zh-Hans' : 'en';
}
