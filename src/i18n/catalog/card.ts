import type { Catalog } from '../types';

/** The term card's own labels (its glossary text stays English: it is English data). */
export const cardStrings = {
  card_traditional: { en: 'Traditional characters', zh: '繁体字', note: 'Tooltip on the traditional form of a term' },
  card_taiwan: { en: 'Taiwan: $1', zh: '台湾：$1', note: '$1 the form used in Taiwan' },
  card_english_name: { en: 'English: $1', zh: '英文：$1', note: 'Under the Chinese heading of a card in a Chinese UI. $1 the English term' },
  card_background: { en: 'Background', zh: '背景', note: 'Label before what the term means, from standard sources' },
  card_in_interview: { en: 'In the interview, $1', zh: '专访中（$1）', note: 'Label before what the minister said. $1 the interview’s date' },
  card_attribution: { en: 'Jin Zhuanglong, Xinhua interview, $1', zh: '金壮龙，接受新华社专访，$1', note: 'Under a quote. $1 the date' },
  card_figure_source: { en: 'per Jin (¶$1)', zh: '据金壮龙所述（第 $1 段）', note: 'After a figure. $1 the paragraph number' },
  card_renderings: { en: 'English renderings ($1)', zh: '英文译法（$1 种）', note: 'Fold title. $1 how many' },
  card_timeline: { en: 'Timeline, $1', zh: '时间线（$1）', note: 'Fold title. $1 a year or a span of years' },
  card_related: { en: 'Related:', zh: '相关术语：' },
  card_read: { en: 'Read in the interview', zh: '在专访中阅读', note: 'Link to the paragraph the quote comes from' },
  card_paragraph: { en: '(paragraph $1)', zh: '（第 $1 段）' },
  card_reviewed: { en: 'Entry reviewed $1', zh: '词条审订于 $1', note: '$1 a date' },
  card_popover_label: { en: 'Term explanation', zh: '术语释义', note: 'Accessible name of the card in the popup' },
} satisfies Catalog;
