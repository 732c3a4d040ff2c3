/** Shapes of the glossary data. Content only: no browser APIs, no DOM. */

export type Category =
  | 'strategy'
  | 'industry'
  | 'technology'
  | 'programme'
  | 'goal'
  | 'institution'
  | 'person';

export interface Citation {
  /** 1-based paragraph number in the article (the dateline paragraph is 1). */
  paragraph: number;
  /** Exact words from that paragraph. */
  quote: string;
}

export interface KeyFigure {
  /** As printed in the article, e.g. "12,000" or "32.5". */
  value: string;
  /** e.g. "firms", "trillion yuan". */
  unit: string;
  /** Year the figure refers to (the interview year when the article gives none). */
  year: number;
  /** What is counted, e.g. "\"little giant\" firms cultivated so far". */
  label: string;
  paragraph: number;
}

export interface ChineseName {
  /** Official term in simplified characters. */
  simplified: string;
  /** Traditional-character form, only where it differs from the simplified one. */
  traditional?: string;
  /** Hanyu pinyin with tone marks. */
  pinyin: string;
  /** Other Chinese surface forms met in print (e.g. with the quotation marks). */
  variants?: string[];
}

export interface Term {
  /** Stable kebab-case id. */
  id: string;
  /** Canonical English name as the interview uses it. */
  name: string;
  /**
   * Other English surface forms a reader meets: other translations, British
   * spellings, hyphenation variants. Matched case-insensitively. The matcher
   * itself handles plurals/possessives, separators, quotes and white space,
   * so list lexical variants, not typographic ones.
   */
  variants: string[];
  /** Case-sensitive forms (acronyms such as "SMEs", "MIIT", "5G"). */
  acronyms: string[];
  zh: ChineseName;
  category: Category;
  /** One to three sentences in plain English. */
  definition: string;
  citations: Citation[];
  related: string[];
  figures: KeyFigure[];
}

export interface Article {
  title: string;
  /** ISO date of publication as the file gives it (yyyy-mm-dd). */
  date: string;
  /** Date of the interview/dateline (yyyy-mm-dd). */
  datelineDate: string;
  source: string;
  speaker: string;
  /** paragraphs[0] is paragraph 1. */
  paragraphs: string[];
}

/** One string a matcher must recognise, and the term it stands for. */
export interface SurfaceForm {
  termId: string;
  text: string;
  /** True for acronyms and other forms whose case carries meaning. */
  caseSensitive: boolean;
  script: 'latin' | 'han';
}
