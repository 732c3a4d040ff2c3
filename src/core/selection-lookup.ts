/**
 * "Look up in Policy Lens": from a selected text to the glossary. Exact
 * when the matcher knows the selection as one term's form (plurals,
 * separators, Chinese scripts and all) or the search index has it as a
 * name, variant, acronym or pinyin; otherwise the closest entries, ranked
 * by how much of a term's form the selection spells (a misspelling, a
 * partial name, a sentence holding terms). Pure; the caller hands in the
 * matcher and the terms.
 */
import { buildTermIndex, foldLatin, type SearchableTerm } from './term-search';

/** The shape of core/matcher's Matcher this needs. */
export interface LookupFinder {
  find(text: string): readonly { termId: string; start: number; end: number }[];
}

export interface LookupResult {
  /** termIds[0] is the term the selection names. */
  exact: boolean;
  /** The term (exact), or the closest entries, best first (empty: nothing close). */
  termIds: string[];
}

/** A selection longer than this is cut: nobody looks up a page. */
export const MAX_SELECTION = 300;
/** Closest entries listed at most. */
export const MAX_CLOSEST = 5;
/** Below this a term is not "close". */
const MIN_SCORE = 0.55;

/** Trims white space, surrounding punctuation and a leading English article. */
export function cleanSelection(raw: string): string {
  return raw
    .slice(0, MAX_SELECTION)
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[\p{P}\p{S}\s]+|[\p{P}\p{S}\s]+$/gu, '')
    .replace(/^(?:the|a|an) (?=\S)/i, '');
}

/** Optimal-string-alignment distance (a transposition costs one, as in "altitute"). */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  const m = a.length;
  const n = b.length;
  if (m === 0 || n === 0) return Math.max(m, n);
  let prev2: number[] = [];
  let prev: number[] = Array.from({ length: n + 1 }, (_, j) => j);
  for (let i = 1; i <= m; i++) {
    const cur: number[] = [i];
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min((prev[j] as number) + 1, (cur[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, (prev2[j - 2] as number) + 1);
      cur.push(d);
    }
    prev2 = prev;
    prev = cur;
  }
  return prev[n] as number;
}

/** 1 for equal strings, 0 for nothing in common. */
function similarity(a: string, b: string): number {
  const len = Math.max(a.length, b.length);
  return len === 0 ? 0 : 1 - editDistance(a, b) / len;
}

/** A word without its English plural ending: "economies" and "economy" meet. */
function stem(w: string): string {
  if (w.length > 4 && w.endsWith('ies')) return `${w.slice(0, -3)}y`;
  if (w.length > 3 && w.endsWith('es') && /(?:s|x|z|ch|sh)es$/.test(w)) return w.slice(0, -2);
  if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) return w.slice(0, -1);
  return w;
}

const words = (s: string): string[] => s.split(' ').filter((w) => w !== '').map(stem);

/** How many of the form's words the query spells (each nearly), over the longer of the two. */
function wordCover(query: string[], form: string[]): number {
  if (query.length === 0 || form.length === 0) return 0;
  const used = new Set<number>();
  let matched = 0;
  for (const fw of form) {
    let best = -1;
    let bestSim = 0;
    query.forEach((qw, i) => {
      if (used.has(i)) return;
      const s = similarity(qw, fw);
      if (s > bestSim) {
        bestSim = s;
        best = i;
      }
    });
    // One slip in a five-letter word, two in a ten-letter one.
    if (best >= 0 && bestSim >= 0.75) {
      used.add(best);
      matched += bestSim;
    }
  }
  return matched / Math.max(query.length, form.length);
}

/** Shared Han characters over the longer string (Dice on characters is enough for 2–8 character names). */
function hanOverlap(a: string, b: string): number {
  const sa = [...a];
  const sb = new Set(b);
  const common = sa.filter((c) => sb.has(c)).length;
  return common / Math.max(sa.length, [...b].length);
}

const HAN = /\p{Script=Han}/u;

export interface SelectionLookup {
  lookup(selection: string): LookupResult;
}

export function buildSelectionLookup<T extends SearchableTerm>(terms: readonly T[], finder: LookupFinder): SelectionLookup {
  const index = buildTermIndex(terms);
  const forms = terms.map((t) => ({
    id: t.id,
    latin: [t.name, ...t.variants, ...t.acronyms].map(foldLatin).filter((s) => s !== ''),
    pinyin: foldLatin(t.zh.pinyin),
    han: [t.zh.simplified, t.zh.traditional ?? '', ...(t.zh.variants ?? [])].filter((s) => s !== ''),
  }));
  const order = new Map(terms.map((t, i) => [t.id, i]));

  /** The term the matcher finds as the whole selection (only punctuation and space left over), if one. */
  function matcherExact(q: string): string | null {
    const found = finder.find(q);
    if (found.length === 0) return null;
    const ids = new Set(found.map((m) => m.termId));
    if (ids.size !== 1) return null;
    let rest = '';
    let pos = 0;
    for (const m of found) {
      rest += q.slice(pos, m.start);
      pos = m.end;
    }
    rest += q.slice(pos);
    return /^[\p{P}\p{S}\s]*$/u.test(rest) ? (found[0] as { termId: string }).termId : null;
  }

  function score(q: string, f: (typeof forms)[number]): number {
    if (HAN.test(q)) return Math.max(0, ...f.han.map((h) => hanOverlap(q, h)));
    const folded = foldLatin(q);
    const qWords = words(folded);
    let best = 0;
    for (const form of [...f.latin, f.pinyin]) {
      best = Math.max(best, similarity(folded, form), wordCover(qWords, words(form)));
    }
    return best;
  }

  function lookup(selection: string): LookupResult {
    const q = cleanSelection(selection);
    if (q === '') return { exact: false, termIds: [] };
    const byMatcher = matcherExact(q);
    if (byMatcher) return { exact: true, termIds: [byMatcher] };
    // Forms the matcher leaves to case or context: "miit", pinyin, a bare Chinese variant.
    const folded = foldLatin(q);
    const exactForm = forms.find((f) => f.latin.includes(folded) || f.pinyin === folded || f.pinyin.replace(/ /g, '') === folded.replace(/ /g, '') || f.han.includes(q));
    if (exactForm) return { exact: true, termIds: [exactForm.id] };

    const scores = new Map<string, number>();
    const raise = (id: string, s: number): void => {
      if (s > (scores.get(id) ?? 0)) scores.set(id, s);
    };
    // Terms the selection holds (a sentence, a headline): close, and first.
    for (const m of finder.find(q)) raise(m.termId, 0.95);
    // Part of a form ("altitude economy"): the search index's prefix, word and substring ranks.
    if (q.length >= 3) {
      for (const t of index.search(q).slice(0, MAX_CLOSEST)) raise(t.id, 0.8);
    }
    for (const f of forms) raise(f.id, score(q, f));
    const termIds = [...scores.entries()]
      .filter(([, s]) => s >= MIN_SCORE)
      .sort((a, b) => b[1] - a[1] || (order.get(a[0]) ?? 0) - (order.get(b[0]) ?? 0))
      .slice(0, MAX_CLOSEST)
      .map(([id]) => id);
    return { exact: false, termIds };
  }

  return { lookup };
}
