/**
 * Every UI string, English and Simplified Chinese side by side, one file
 * per area under catalog/. The build writes _locales/<locale>/messages.json
 * from this (scripts/locales-plugin.ts); at run time the strings come from
 * the browser's i18n API, so no context bundles this table.
 */
import { manifestStrings } from './catalog/manifest';
import { citeStrings } from './catalog/cite';
import { a11yStrings } from './catalog/a11y';
import { commonStrings } from './catalog/common';
import { cardStrings } from './catalog/card';
import { readerStrings } from './catalog/reader';
import { popupStrings } from './catalog/popup';
import { optionsStrings } from './catalog/options';
import { panelStrings } from './catalog/panel';
import { menuStrings } from './catalog/menu';
import type { Catalog } from './types';

export const CATALOG = {
  ...manifestStrings,
  ...citeStrings,
  ...a11yStrings,
  ...commonStrings,
  ...cardStrings,
  ...readerStrings,
  ...popupStrings,
  ...optionsStrings,
  ...panelStrings,
  ...menuStrings,
} satisfies Catalog;

export type MessageKey = keyof typeof CATALOG;
