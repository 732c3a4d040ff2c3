/**
 * Checks on the glossary data against the article. Each check returns a list
 * of human-readable problems (empty when all is well), so tests can show
 * exactly what is wrong and scripts can print it. Pure: no I/O.
 */
import { CATEGORIES } from './core';
import type { Article, Term } from './types';

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const HAN = /\p{Script=Han}/gu;
const TONED = /[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]/g;
/** Han characters, CJK quotation marks and the ASCII double quote. */
const HAN_FORM = /^[\p{Script=Han}“”「」『』"]+$/u;
/** Latin letters with tone marks, spaces, hyphens, apostrophes and quotes. */
const PINYIN = /^[A-Za-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü \-'"]+$/;

const quoteChars = /[“”‘’"'`«»]/g;

/** Folds case, quotes and separators the way the matcher does. */
function fold(s: string): string {
  return s
    .normalize('NFKC')
    .toLowerCase()
    .replace(quoteChars, '')
    .replace(/[\s\-‐‑–—_/.,;:()]+/g, ' ')
    .trim();
}

function singular(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (/(?:ss|ch|sh|x|z)es$/.test(word)) return word.slice(0, -2);
  if (word.length > 3 && word.endsWith('s') && !/(?:ss|us|is|ics)$/.test(word)) return word.slice(0, -1);
  return word;
}

/**
 * Key under which two Latin surface forms count as the same string for the
 * matcher: case, quotes, separators, regular plurals and -isation/-ization
 * ignored.
 */
export function latinKey(s: string): string {
  return fold(s).replace(/isation/g, 'ization').split(' ').map(singular).join(' ');
}

/** Key for a Chinese surface form: quotation marks and spaces ignored. */
export function hanKey(s: string): string {
  return s.replace(/[“”「」『』"'\s]/g, '');
}

/** Does `text` contain `form`, ignoring case, quotes, separators and plural -s? */
export function containsForm(text: string, form: string): boolean {
  const hay = ` ${latinKey(text)} `;
  return hay.includes(` ${latinKey(form)} `);
}

/** Does `text` contain the term by any of its English names? */
export function mentionsTerm(text: string, term: Term): boolean {
  return (
    [term.name, ...term.variants].some((f) => containsForm(text, f)) ||
    term.acronyms.some((a) => new RegExp(`(?<![A-Za-z0-9])${escapeRegExp(a)}(?![A-Za-z0-9])`).test(text))
  );
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Sentences in a plain-English definition (no abbreviations with inner dots). */
export function sentences(text: string): string[] {
  return text
    .trim()
    .split(/(?<=[.!?]["”)]?)\s+(?=["“(]?[A-Z0-9])/)
    .filter((s) => s.length > 0);
}

export function checkIds(terms: readonly Term[]): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const t of terms) {
    if (!KEBAB.test(t.id)) problems.push(`${t.id}: id is not kebab-case`);
    if (seen.has(t.id)) problems.push(`${t.id}: duplicate id`);
    seen.add(t.id);
  }
  return problems;
}

export function checkRelated(terms: readonly Term[]): string[] {
  const ids = new Set(terms.map((t) => t.id));
  const problems: string[] = [];
  for (const t of terms) {
    if (new Set(t.related).size !== t.related.length) problems.push(`${t.id}: repeated related id`);
    for (const r of t.related) {
      if (r === t.id) problems.push(`${t.id}: related to itself`);
      else if (!ids.has(r)) problems.push(`${t.id}: related id "${r}" does not exist`);
    }
  }
  return problems;
}

export function checkFields(terms: readonly Term[]): string[] {
  const categories = new Set<string>(CATEGORIES.map((c) => c.id));
  const problems: string[] = [];
  const blank = (s: string | undefined): boolean => s === undefined || s.trim() === '' || s !== s.trim();
  for (const t of terms) {
    const p = (msg: string): void => {
      problems.push(`${t.id}: ${msg}`);
    };
    if (blank(t.name)) p('empty or untrimmed name');
    for (const v of t.variants) {
      if (blank(v)) p(`empty or untrimmed variant "${v}"`);
    }
    for (const a of t.acronyms) {
      if (!/^[A-Z0-9][A-Za-z0-9]*$/.test(a) || !/[A-Z]/.test(a) || a.length < 2) {
        p(`acronym "${a}" is not a short upper-case form`);
      }
    }
    if (!categories.has(t.category)) p(`unknown category "${t.category}"`);

    const { simplified, traditional, pinyin, variants } = t.zh;
    for (const han of [simplified, traditional, ...(variants ?? [])]) {
      if (han !== undefined && !HAN_FORM.test(han)) p(`Chinese form "${han}" is not all Han characters`);
    }
    if (traditional !== undefined && traditional === simplified) p('traditional form given but identical to simplified');
    for (const v of variants ?? []) {
      if (v === simplified || v === traditional) p(`Chinese variant "${v}" repeats the main form`);
    }
    if (blank(pinyin) || !PINYIN.test(pinyin)) p(`pinyin "${pinyin}" has characters that are not pinyin`);
    const hanCount = simplified.match(HAN)?.length ?? 0;
    const tonedCount = pinyin.match(TONED)?.length ?? 0;
    if (hanCount !== tonedCount) {
      p(`pinyin "${pinyin}" has ${tonedCount} tone marks for ${hanCount} characters in ${simplified}`);
    }

    const n = sentences(t.definition).length;
    if (blank(t.definition)) p('empty definition');
    else if (n < 1 || n > 3) p(`definition has ${n} sentences (want 1-3)`);
    else if (!/[.!?]["”)]?$/.test(t.definition)) p('definition does not end a sentence');
    if (t.citations.length === 0) p('no citation');
    for (const f of t.figures) {
      if (blank(f.value) || blank(f.unit) || blank(f.label)) p('figure with empty value, unit or label');
      if (!Number.isInteger(f.year) || f.year < 1949 || f.year > 2100) p(`figure year ${f.year} is implausible`);
    }
  }
  return problems;
}

export function checkCitations(terms: readonly Term[], article: Article): string[] {
  const problems: string[] = [];
  for (const t of terms) {
    for (const c of t.citations) {
      const para = article.paragraphs[c.paragraph - 1];
      if (!Number.isInteger(c.paragraph) || para === undefined) {
        problems.push(`${t.id}: citation paragraph ${c.paragraph} does not exist`);
      } else if (c.quote.trim().length < 3 || !para.includes(c.quote)) {
        problems.push(`${t.id}: quote not verbatim in paragraph ${c.paragraph}: "${c.quote}"`);
      } else if (!mentionsTerm(c.quote, t)) {
        problems.push(`${t.id}: quote in paragraph ${c.paragraph} does not name the term`);
      }
    }
  }
  return problems;
}

/** Every term is named in the article by its name or one of its variants. */
export function checkNamedInArticle(terms: readonly Term[], article: Article): string[] {
  const text = article.paragraphs.join('\n');
  return terms
    .filter((t) => ![t.name, ...t.variants].some((f) => containsForm(text, f)))
    .map((t) => `${t.id}: neither the name nor any variant occurs in the article`);
}

/** No surface form (after folding case, quotes, separators, plurals) has two owners. */
export function checkSurfaceFormOwners(terms: readonly Term[]): string[] {
  const owners = new Map<string, { id: string; text: string }>();
  const problems: string[] = [];
  for (const t of terms) {
    const latin = [t.name, ...t.variants, ...t.acronyms].map((s) => ({ key: `latin|${latinKey(s)}`, s }));
    const { simplified, traditional, variants } = t.zh;
    const han = [simplified, traditional, ...(variants ?? [])]
      .filter((s): s is string => s !== undefined)
      .map((s) => ({ key: `han|${hanKey(s)}`, s }));
    for (const { key, s } of [...latin, ...han]) {
      const owner = owners.get(key);
      if (owner === undefined) owners.set(key, { id: t.id, text: s });
      else if (owner.id !== t.id) problems.push(`"${s}" (${t.id}) collides with "${owner.text}" (${owner.id})`);
    }
  }
  return problems;
}

export function checkFigures(terms: readonly Term[], article: Article): string[] {
  const interviewYear = Number(article.date.slice(0, 4));
  const problems: string[] = [];
  for (const t of terms) {
    for (const f of t.figures) {
      const para = article.paragraphs[f.paragraph - 1];
      if (para === undefined) {
        problems.push(`${t.id}: figure paragraph ${f.paragraph} does not exist`);
        continue;
      }
      const at = para.search(new RegExp(`(?<![0-9.,])${escapeRegExp(f.value)}(?![0-9])`));
      if (at === -1) problems.push(`${t.id}: figure ${f.value} not in paragraph ${f.paragraph}`);
      else if (!para.slice(at + f.value.length).includes(f.unit)) {
        problems.push(`${t.id}: unit "${f.unit}" does not follow ${f.value} in paragraph ${f.paragraph}`);
      }
      if (!para.includes(String(f.year)) && f.year !== interviewYear) {
        problems.push(`${t.id}: figure year ${f.year} is neither in paragraph ${f.paragraph} nor the interview year`);
      }
    }
  }
  return problems;
}

/** All checks at once, for scripts. */
export function validateGlossary(terms: readonly Term[], article: Article): string[] {
  return [
    ...checkIds(terms),
    ...checkRelated(terms),
    ...checkFields(terms),
    ...checkCitations(terms, article),
    ...checkNamedInArticle(terms, article),
    ...checkSurfaceFormOwners(terms),
    ...checkFigures(terms, article),
  ];
}
