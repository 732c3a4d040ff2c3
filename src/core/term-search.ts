/**
 * Glossary search for the popup: English (name, variants, acronyms),
 * Chinese (simplified, traditional, variants) and pinyin without tones.
 * Pure; the caller hands in the terms.
 */

export interface SearchableTerm {
  id: string;
  name: string;
  variants: readonly string[];
  acronyms: readonly string[];
  zh: { simplified: string; traditional?: string; pinyin: string; variants?: readonly string[] };
}

/** Lower case, diacritics stripped (ü → u, ā → a), hyphens and runs of space as one space. */
export function foldLatin(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[‐-―'’"“”-]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const compact = (s: string): string => s.replace(/\s+/g, '');

interface Indexed<T> {
  term: T;
  english: string[];
  chinese: string[];
  pinyin: string;
}

export interface TermIndex<T extends SearchableTerm> {
  search(query: string): T[];
}

/** Rank: 0 exact, 1 prefix, 2 word start, 3 anywhere; -1 no match. */
function rankIn(haystacks: readonly string[], needle: string): number {
  let best = -1;
  for (const h of haystacks) {
    let r = -1;
    if (h === needle) r = 0;
    else if (h.startsWith(needle)) r = 1;
    else if (h.includes(` ${needle}`)) r = 2;
    else if (h.includes(needle)) r = 3;
    if (r !== -1 && (best === -1 || r < best)) best = r;
  }
  return best;
}

export function buildTermIndex<T extends SearchableTerm>(terms: readonly T[]): TermIndex<T> {
  const index: Indexed<T>[] = terms.map((term) => ({
    term,
    english: [term.name, ...term.variants, ...term.acronyms].map(foldLatin),
    chinese: [term.zh.simplified, term.zh.traditional ?? '', ...(term.zh.variants ?? [])].filter((s) => s !== ''),
    pinyin: foldLatin(term.zh.pinyin),
  }));

  function search(query: string): T[] {
    const q = query.trim().slice(0, 100);
    if (q === '') return terms.slice();
    const folded = foldLatin(q);
    const hits: { term: T; rank: number; order: number }[] = [];
    index.forEach((entry, order) => {
      const ranks = [rankIn(entry.chinese, compact(q))];
      if (folded !== '') {
        ranks.push(rankIn(entry.english, folded));
        // Pinyin with or without the spaces between syllables.
        ranks.push(rankIn([entry.pinyin], folded), rankIn([compact(entry.pinyin)], compact(folded)));
      }
      const found = ranks.filter((r) => r !== -1);
      if (found.length > 0) hits.push({ term: entry.term, rank: Math.min(...found), order });
    });
    hits.sort((a, b) => a.rank - b.rank || a.order - b.order);
    return hits.map((h) => h.term);
  }

  return { search };
}
