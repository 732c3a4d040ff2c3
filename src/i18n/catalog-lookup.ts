/**
 * The catalog as a Lookup, for places with no i18n API: unit tests, and
 * happy-dom renders. Fills $1… the way the browser fills the placeholders
 * the build writes.
 */
import { CATALOG } from './catalog';
import type { Catalog, Lookup } from './types';

export function catalogLookup(lang: 'en' | 'zh', catalog: Catalog = CATALOG): Lookup {
  return (key, subs = []) => {
    if (key === '@@ui_locale') return lang === 'zh' ? 'zh_CN' : 'en';
    const entry = catalog[key];
    if (!entry) return '';
    return entry[lang].replace(/\$([1-9])/g, (_, d: string) => subs[Number(d) - 1] ?? '');
  };
}
