/**
 * The popup's "On this page" model: decides which state to show from the
 * content script's reply, and groups counts by category. Pure: the popup
 * words each state in the reader's language (src/ui/page-view.ts).
 */
import type { PageTermsReply, TermCounts } from './messages';
import { isActiveOn, isSiteOn, type Settings } from './settings';
import { siteKeyFromUrl } from './site-key';
import { defaultSiteForHost } from './site-patterns';

export type PageStatus =
  /** chrome://, the Web Store, file:, about:blank, or a tab we may not read. */
  | 'unsupported'
  /** The browser cannot paint highlights (no CSS Custom Highlight API). */
  | 'no-highlights'
  | 'paused'
  | 'off'
  | 'not-enabled'
  /** Site is on but no content script answered (page loaded before install, or still loading). */
  | 'no-script'
  /** Site is on but the browser withholds its host permission (Firefox lets users do so; Chrome's "on click"). */
  | 'no-access'
  | 'none'
  /** Active, nothing found so far, and the first scan is still running. */
  | 'reading'
  /** Only general terms, left unmarked: nothing says the page is about China. */
  | 'held'
  | 'terms';

function hostOf(url: string): string | null {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.hostname : null;
  } catch {
    return null;
  }
}

/**
 * What "On this page" should say. A reply that is active with terms wins
 * (the page may have been annotated once although its site is off).
 */
export function pageStatus(url: string | undefined, settings: Settings, reply: PageTermsReply | null, hasAccess = true): PageStatus {
  const host = url === undefined ? null : hostOf(url);
  if (host === null || siteKeyFromUrl(url ?? '') === null) return 'unsupported';
  if (reply?.reason === 'unsupported') return 'no-highlights';
  if (reply?.active && Object.keys(reply.counts).length > 0) return 'terms';
  if (reply?.active && Object.keys(reply.held).length > 0 && !reply.reading) return 'held';
  if (reply?.active && reply.reading) return 'reading';
  if (!settings.enabled) return 'paused';
  if (!isSiteOn(settings, host)) return defaultSiteForHost(host) ? 'off' : 'not-enabled';
  if (!reply) return hasAccess ? 'no-script' : 'no-access';
  if (!reply.active) return isActiveOn(settings, host) ? 'none' : 'off';
  return 'none';
}

export interface CountedTerm<T> {
  term: T;
  count: number;
}

export interface TermGroup<T, C> {
  category: C;
  items: CountedTerm<T>[];
}

/**
 * Groups counts by category in the given category order; within a group,
 * most frequent first, then by name. Unknown term ids are dropped.
 */
export function groupCounts<T extends { id: string; name: string; category: string }, C extends { id: string }>(
  counts: TermCounts,
  getTerm: (id: string) => T | undefined,
  categories: readonly C[],
): TermGroup<T, C>[] {
  const byCat = new Map<string, CountedTerm<T>[]>();
  for (const id of Object.keys(counts)) {
    const term = getTerm(id);
    const count = counts[id] ?? 0;
    if (!term || count <= 0) continue;
    const list = byCat.get(term.category) ?? [];
    list.push({ term, count });
    byCat.set(term.category, list);
  }
  const groups: TermGroup<T, C>[] = [];
  for (const category of categories) {
    const items = byCat.get(category.id);
    if (!items) continue;
    items.sort((a, b) => b.count - a.count || a.term.name.localeCompare(b.term.name));
    groups.push({ category, items });
  }
  return groups;
}
