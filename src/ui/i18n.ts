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

/** A name and the lang it is written in. */
export interface Named {
  text: string;
  lang: string;
}

/** A term's two names in the order this UI gives them: the Chinese first in a Chinese UI, as its card does. */
export function termNames(term: { name: string; zh: { simplified: string } }): [Named, Named] {
  const en: Named = { text: term.name, lang: 'en' };
  const zh: Named = { text: term.zh.simplified, lang: 'zh-Hans' };
  return isChineseUi() ? [zh, en] : [en, zh];
}

/** A BCP 47 tag for the lang attribute of our UI's own text. */
export function uiLang(): string {
  return isChineseUi() ? 'zh-Hans' : 'en';
}

/** Private-use marks standing in for nodes while the string is looked up. */
const MARK = (i: number): string => String.fromCharCode(0xe000 + i);

/**
 * The string for key with nodes (a term name in its own lang, a <kbd>) in
 * place of $1…: the translation decides where they go, so no sentence is
 * glued together from English-ordered pieces.
 */
export function tNodes(key: MessageKey, ...subs: Array<string | number | Node>): Array<string | Node> {
  const text = t(key, ...subs.map((s, i) => (typeof s === 'object' ? MARK(i) : s)));
  const out: Array<string | Node> = [];
  let rest = text;
  for (;;) {
    let at = -1;
    let which = -1;
    subs.forEach((s, i) => {
      if (typeof s !== 'object') return;
      const k = rest.indexOf(MARK(i));
      if (k >= 0 && (at < 0 || k < at)) {
        at = k;
        which = i;
      }
    });
    if (at < 0) break;
    if (at > 0) out.push(rest.slice(0, at));
    out.push(subs[which] as Node);
    rest = rest.slice(at + 1);
  }
  if (rest) out.push(rest);
  return out;
}

/** t() for a count: English says "1 term" and "2 terms"; Chinese has one form for both. */
export function tCount(one: MessageKey, many: MessageKey, n: number, ...more: Array<string | number>): string {
  return t(n === 1 ? one : many, n, ...more);
}
