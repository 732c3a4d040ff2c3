/**
 * What the action badge shows for one tab, and the per-tab record the
 * background keeps in storage.session (validated on read: storage is input).
 *
 * The badge counts the distinct terms found in the tab's top frame only,
 * the same frame the popup asks, so badge and popup always agree.
 */
import { isTermCounts, type TermCounts } from './messages';

export interface TabTerms {
  counts: TermCounts;
  active: boolean;
}

const BADGE_MAX = 99;

/** Number of distinct terms in counts. */
export function distinctTerms(counts: TermCounts): number {
  return Object.keys(counts).filter((k) => (counts[k] ?? 0) > 0).length;
}

/** Badge text: empty when highlights are off or nothing was found; "99+" past the cap. */
export function badgeText(state: TabTerms | null | undefined): string {
  if (!state || !state.active) return '';
  const n = distinctTerms(state.counts);
  if (n === 0) return '';
  return n > BADGE_MAX ? `${BADGE_MAX}+` : String(n);
}

/** How the background words the button's title (core has no i18n API): the bare name, or a count of terms. */
export interface BadgeWords {
  name: string;
  terms: (count: number) => string;
}

/** Accessible title for the action button, matching the badge. */
export function badgeTitle(state: TabTerms | null | undefined, words: BadgeWords): string {
  if (badgeText(state) === '') return words.name;
  return words.terms(distinctTerms(state?.counts ?? {}));
}

export const TAB_KEY_PREFIX = 'tab:';

export function tabStorageKey(tabId: number): string {
  return `${TAB_KEY_PREFIX}${tabId}`;
}

/** A stored per-tab record, or null when the value is not one. */
export function parseTabTerms(raw: unknown): TabTerms | null {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return null;
  const r = raw as Record<string, unknown>;
  if (typeof r.active !== 'boolean' || !isTermCounts(r.counts)) return null;
  return { counts: r.counts, active: r.active };
}
