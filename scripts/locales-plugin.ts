/**
 * Writes _locales/en/messages.json and _locales/zh_CN/messages.json from
 * src/i18n/catalog.ts into the build, so each string is written once, with
 * its translation beside it.
 */
import type { Plugin } from 'vite';
import { CATALOG } from '../src/i18n/catalog';
import { messagesJson } from '../src/i18n/messages-json';
import { LOCALES } from '../src/i18n/types';

export function localesPlugin(): Plugin {
  return {
    name: 'policy-lens:locales',
    apply: 'build',
    generateBundle() {
      for (const lang of ['en', 'zh'] as const) {
        this.emitFile({
          type: 'asset',
          fileName: `_locales/${LOCALES[lang]}/messages.json`,
          source: `${JSON.stringify(messagesJson(CATALOG, lang), null, 2)}\n`,
        });
      }
    },
  };
}
