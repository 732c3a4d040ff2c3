import type { Catalog } from '../types';

/** The context menu on a selection, and what its look-up shows in the page. */
export const menuStrings = {
  menu_lookup: { en: 'Look up in Policy Lens', zh: '在 Policy Lens 中查找', note: 'Context-menu item on selected text' },
  menu_lookup_closest: { en: 'Closest glossary entries for “$1”', zh: '与“$1”最接近的术语', note: 'Heading of the list shown when no term matches a selection exactly. $1 the selection' },
  menu_lookup_none: { en: 'No glossary entry is close to “$1”.', zh: '术语表中没有与“$1”接近的条目。', note: '$1 the selection' },
  menu_lookup_label: { en: 'Policy Lens look-up', zh: 'Policy Lens 查找结果', note: 'Accessible name of the box showing look-up results' },
  menu_lookup_close: { en: 'Close', zh: '关闭', note: 'Button closing the look-up box' },
} satisfies Catalog;
