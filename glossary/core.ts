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

export const ATTRIBUTION = 'Jin Zhuanglong, Xinhua interview, 31 Aug 2024';

/** Fragment id of a paragraph in the reader page: paragraphAnchor(3) → "p3". */
export function paragraphAnchor(n: number): string {
  return `p${n}`;
}

/**
 * Every string the matcher should recognise, one entry per distinct form of a
 * term: name and variants (case-insensitive), acronyms (case-sensitive), and
 * the Chinese forms (script 'han'). A name or variant spelled exactly like one
 * of the same term's acronyms is left to the case-sensitive acronym.
 */
export function surfaceForms(terms: readonly Term[] = TERMS): SurfaceForm[] {
  const out: SurfaceForm[] = [];
  for (const term of terms) {
    const seen = new Set<string>();
    const add = (text: string, caseSensitive: boolean, script: SurfaceForm['script']): void => {
      const key = `${script}|${caseSensitive ? text : text.toLowerCase()}`;
      if (text.trim() === '' || seen.has(key)) return;
      seen.add(key);
      out.push({ termId: term.id, text, caseSensitive, script });
    };
    const acronyms = new Set(term.acronyms);
    for (const text of [term.name, ...term.variants]) {
      if (!acronyms.has(text)) add(text, false, 'latin');
    }
    for (const acronym of term.acronyms) add(acronym, true, 'latin');
    const { simplified, traditional, variants } = term.zh;
    for (const text of [simplified, traditional ?? '', ...(variants ?? [])]) add(text, false, 'han');
  }
  return out;
}
