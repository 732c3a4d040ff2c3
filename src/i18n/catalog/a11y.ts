import type { Catalog } from '../types';

/** What screen readers hear: highlights are invisible to them, so a card announces its term. */
export const a11yStrings = {
  a11y_card_open: {
    en: 'Card: $1 ($2)',
    zh: '术语卡片：$1（$2）',
    note: 'Announced when a term card opens. $1 the term (its Chinese name in a Chinese UI), $2 the other name',
  },
  a11y_card_label: {
    en: 'Policy Lens: $1',
    zh: 'Policy Lens 术语：$1',
    note: 'Accessible name of the card on a page. $1 the term (its Chinese name in a Chinese UI)',
  },
} satisfies Catalog;
