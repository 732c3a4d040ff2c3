/**
 * What src/ui and src/content need from a matcher: the shape of
 * src/core/matcher's Matcher, declared structurally so the DOM builders can be
 * tested with any finder.
 */
export interface TermMatch {
  termId: string;
  start: number;
  end: number;
  /** The form found is marked only on a page about China. */
  gated?: true;
}

export interface TermFinder {
  /** Non-overlapping matches, sorted by start, offsets into text. */
  find(text: string): readonly TermMatch[];
}
