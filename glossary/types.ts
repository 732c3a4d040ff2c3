/** Shapes of the glossary data. Content only: no browser APIs, no DOM. */

export type Category =
  | 'strategy'
  | 'industry'
  | 'technology'
  | 'programme'
  | 'goal'
  | 'institution'
  | 'person';

/**
 * Where a term may be marked. A specific term names Chinese policy and
 * nothing else ("low-altitude economy"): marked on any page. A generic term
 * is an ordinary word elsewhere ("AI", "supply chain"): marked only on a
 * page about China (src/core/china-context.ts decides).
 */
export type Scope = 'specific' | 'generic';

export interface Citation {
  /** 1-based paragraph number in the article (the dateline paragraph is 1). */
  paragraph: number;
  /** Exact words from that paragraph. */
  quote: string;
  /**
   * Id of a related term the quote names instead of this one, for an entry
   * the interview names only through it (the SRDI programme, through its
   * "little giant" firms).
   */
  via?: string;
}

export interface KeyFigure {
  /** As printed in the article, e.g. "12,000" or "32.5". */
  value: string;
  /** e.g. "firms", "trillion yuan". */
  unit: string;
  /** What is counted, e.g. "\"little giant\" firms cultivated". */
  label: string;
  /** When the figure holds, as the card prints it: "by Aug 2024", "in 2023". */
  when: string;
  /** The same as a date: yyyy or yyyy-mm. */
  date: string;
  /** The paragraph of the interview that gives it: every figure is Jin's, from the interview. */
  paragraph: number;
}

export interface ChineseName {
  /** Official term in simplified characters. */
  simplified: string;
  /** Traditional-character form, only where it differs from the simplified one. */
  traditional?: string;
  /** Hanyu pinyin with tone marks. */
  pinyin: string;
  /**
   * Other Chinese surface forms met in print (e.g. with the quotation
   * marks), each in both scripts where they differ.
   */
  variants?: string[];
  /** Forms used in Taiwan (人工智慧), not a character-for-character conversion of the simplified ones. */
  taiwan?: string[];
}

/** An English rendering a reader meets, and who uses it. */
export interface Rendering {
  text: string;
  /** "official", "Xinhua", "British spelling", "acronym", "older rendering"… */
  label: string;
}

/** A checkable, dated step in a term's history: first use, a key document. */
export interface TimelineEntry {
  /** yyyy, yyyy-mm or yyyy-mm-dd. */
  date: string;
  event: string;
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
  scope: Scope;
  /**
   * Forms of a specific term (listed among its names, variants, acronyms or
   * Chinese forms) that are also ordinary words: a bare "little giant" is a
   * ladder, 小巨人 a nickname. They are marked only where a generic term
   * would be.
   */
  contextForms?: string[];
  /**
   * Background: what the term means, from standard sources beyond the
   * interview. One to three sentences; anything that can change is dated.
   */
  definition: string;
  /** What the interview says of the term, in one or two sentences that claim no more than it does. */
  inInterview: string;
  citations: Citation[];
  related: string[];
  figures: KeyFigure[];
  /** The official English rendering first, then the common variants, each labelled. */
  renderings: Rendering[];
  /** Dated, checkable steps, oldest first; empty where none is standard. */
  timeline: TimelineEntry[];
  /** ISO date (yyyy-mm-dd) the entry was last checked against its sources. */
  reviewed: string;
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
  /** Marked only on a page about China: every form of a generic term, and a specific term's contextForms. */
  gated?: boolean;
}
