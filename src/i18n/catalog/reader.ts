import type { Catalog } from '../types';

/** The interview as an article (reader tab and the popup's Interview view). */
export const readerStrings = {
  reader_title: { en: '$1 — Policy Lens', zh: '$1 — Policy Lens 专访全文', note: 'Reader tab title. $1 the article’s (English) title' },
  reader_bar: { en: 'Policy Lens · The interview', zh: 'Policy Lens · 专访全文', note: 'Bar at the top of the reader' },
  article_interview_of: { en: 'interview of $1', zh: '专访于 $1', note: 'In the article’s byline. $1 the date of the interview' },
  article_open_paragraph: { en: 'Open paragraph $1 in the reader', zh: '在阅读页打开第 $1 段' },
  article_link_paragraph: { en: 'Link to paragraph $1', zh: '第 $1 段的链接' },
  article_paragraph: { en: 'Paragraph $1', zh: '第 $1 段' },
} satisfies Catalog;
