/**
 * Look-ups over the term data. Pure data and functions: no `?raw` import, no
 * browser APIs, so Node scripts (tsx) can use it as well as the extension.
 */
import { TERMS } from './terms';
import type { Category, SurfaceForm, Term } from './types';

export { TERMS };

export interface CategoryInfo {
  id: Category;
  label: string;
}

const CATEGORY_LABELS: Readonly<Record<Category, string>> = {
  strategy: 'Strategy',
  goal: 'Goal',
  programme: 'Programme',
  industry: 'Industry',
  technology: 'Technology',
  institution: 'Institution',
  person: 'Person',
};

/** Display order: the big ideas first, then sectors, then who said it. */
const CATEGORY_ORDER: readonly Category[] = [
  'strategy',
  'goal',
  'programme',
  'industry',
  'technology',
  'institution',
  'person',
];

export const CATEGORIES: readonly CategoryInfo[] = CATEGORY_ORDER.map((id) => ({
  id,
  label: CATEGORY_LABELS[id],
}));

export function categoryLabel(id: Category): string {
  return CATEGORY_LABELS[id];
}

const BY_ID: ReadonlyMap<string, Term> = new Map(TERMS.map((t) => [t.id, t]));

export const termIds: readonly string[] = TERMS.map((t) => t.id);

export function getTerm(id: string): Term | undefined {
  return BY_ID.get(id);
}

/** The day Jin gave the interview (its dateline), which dates everything a card quotes. */
export const INTERVIEW_DATE = '2024-08-31';

export const ATTRIBUTION = 'Jin Zhuanglong, Xinhua interview, 31 Aug 2024';

/**
 * Where the interview's text (interview.txt) is published: People's Daily
 * Online's copy of the Xinhua story, 2 Sept 2024, the page this text matches.
 * Citations link to it.
 */
export const ARTICLE_URL = 'http://en.people.cn/n3/2024/0902/c90000-20213076.html';

/** Fragment id of a paragraph in the reader page: paragraphAnchor(3) → "p3". */
export function paragraphAnchor(n: number): string {
  return `p${n}`;
}

/**
 * Every string the matcher should recognise, one entry per distinct form of a
 * term: name and variants (case-insensitive), acronyms (case-sensitive), and
 * the Chinese forms, Taiwan's included (script 'han'). A name or variant
 * spelled exactly like one of the same term's acronyms is left to the
 * case-sensitive acronym. Every form of a generic term, and a specific
 * term's contextForms, are `gated`: marked only on a page about China.
 */
export function surfaceForms(terms: readonly Term[] = TERMS): SurfaceForm[] {
  const out: SurfaceForm[] = [];
  for (const term of terms) {
    const seen = new Set<string>();
    const context = new Set(term.contextForms ?? []);
    const add = (text: string, caseSensitive: boolean, script: SurfaceForm['script']): void => {
      const key = `${script}|${caseSensitive ? text : text.toLowerCase()}`;
      if (text.trim() === '' || seen.has(key)) return;
      seen.add(key);
      const form: SurfaceForm = { termId: term.id, text, caseSensitive, script };
      if (term.scope === 'generic' || context.has(text)) form.gated = true;
      out.push(form);
    };
    const acronyms = new Set(term.acronyms);
    for (const text of [term.name, ...term.variants]) {
      if (!acronyms.has(text)) add(text, false, 'latin');
    }
    for (const acronym of term.acronyms) add(acronym, true, 'latin');
    for (const text of chineseForms(term)) add(text, false, 'han');
  }
  return out;
}

/** A term's Chinese forms: simplified, traditional, variants, Taiwan's. */
export function chineseForms(term: Term): string[] {
  const { simplified, traditional, variants, taiwan } = term.zh;
  return [simplified, ...(traditional === undefined ? [] : [traditional]), ...(variants ?? []), ...(taiwan ?? [])];
}

/** Terms by scope: how many the page needs no context for, and how many it does. */
export function scopeCounts(terms: readonly Term[] = TERMS): Record<Term['scope'], number> {
  const out = { specific: 0, generic: 0 };
  for (const t of terms) out[t.scope]++;
  return out;
}
