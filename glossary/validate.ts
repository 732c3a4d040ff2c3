/**
 * Checks on the glossary data against the article. Each check returns a list
 * of human-readable problems (empty when all is well), so tests can show
 * exactly what is wrong and scripts can print it. Pure: no I/O.
 */
import { CATEGORIES, chineseForms } from './core';
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

    const { simplified, traditional, pinyin, variants, taiwan } = t.zh;
    for (const han of [simplified, traditional, ...(variants ?? []), ...(taiwan ?? [])]) {
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
      if (blank(f.when) || blank(f.date) || !/^(?:19|20)\d\d(?:-(?:0[1-9]|1[0-2]))?$/.test(f.date)) {
        p(`figure ${f.value} ${f.unit} has no date (yyyy or yyyy-mm)`);
      } else if (!f.when.includes(f.date.slice(0, 4))) p(`figure ${f.value} ${f.unit}: "${f.when}" does not give its year ${f.date.slice(0, 4)}`);
    }

    if (t.scope !== 'specific' && t.scope !== 'generic') p(`unknown scope "${String(t.scope)}"`);
    const forms = new Set([t.name, ...t.variants, ...t.acronyms, ...chineseForms(t)]);
    for (const c of t.contextForms ?? []) {
      if (t.scope === 'generic') p(`context form "${c}" on a generic term (all its forms need context)`);
      if (!forms.has(c)) p(`context form "${c}" is not one of the term's forms`);
    }

    const said = sentences(t.inInterview);
    if (blank(t.inInterview) || said.length > 2) p('inInterview is empty or longer than two sentences');
    else if (!/^(?:Jin|He|The interview)\b/.test(t.inInterview)) p('inInterview does not say who said it ("Jin…", "He…", "The interview…")');

    const latinKeys = new Set([t.name, ...t.variants, ...t.acronyms].map(latinKey));
    if (t.renderings.length === 0) p('no English rendering');
    for (const r of t.renderings) {
      if (blank(r.text) || blank(r.label)) p('rendering with empty text or label');
      else if (!latinKeys.has(latinKey(r.text))) p(`rendering "${r.text}" is not one of the term's English forms`);
    }
    let last = '';
    for (const e of t.timeline) {
      if (!ISO_PARTIAL.test(e.date)) p(`timeline date "${e.date}" is not yyyy, yyyy-mm or yyyy-mm-dd`);
      if (blank(e.event)) p('timeline entry without an event');
      if (e.date < last) p(`timeline is not in date order at ${e.date}`);
      last = e.date;
    }
    if (!/^20\d\d-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/.test(t.reviewed)) p(`reviewed "${t.reviewed}" is not an ISO date`);
  }
  return problems;
}

const ISO_PARTIAL = /^(?:19|20)\d\d(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/;
const YEAR = /\b(?:19|20)\d\d\b/;
/** Words that make a statement true only at some moment. */
const TIME_BOUND = /\b(?:now|today|currently|current|at present|presently|still|so far|to date|these days|recently|latest)\b/i;
/** Present-tense claims that a person holds an office. */
const OFFICE_NOW = /\b(?:is|are) (?:led|headed|run|chaired) by\b|\bis (?:the |China's )?(?:current |present )?(?:minister|head|chief)\b|\b(?:current|incumbent|present) minister\b/i;

/**
 * Background text must stay true after the day it was written: a sentence
 * that leans on the moment ("still", "so far", "current") must carry a year,
 * no office is claimed in the present tense, and a person's or an
 * institution's "since <year>" must say until when.
 */
export function checkDatedClaims(terms: readonly Term[]): string[] {
  const problems: string[] = [];
  for (const t of terms) {
    const texts = [...sentences(t.definition), ...t.timeline.map((e) => e.event)];
    for (const s of texts) {
      if (TIME_BOUND.test(s) && !YEAR.test(s)) problems.push(`${t.id}: undated claim "${s}"`);
      if (OFFICE_NOW.test(s)) problems.push(`${t.id}: claims an office in the present tense: "${s}"`);
      if ((t.category === 'person' || t.category === 'institution') && /\bsince (?:19|20)\d\d\b/.test(s) && !/\b(?:until|to) /.test(s)) {
        problems.push(`${t.id}: "since" without an end: "${s}"`);
      }
    }
  }
  return problems;
}

/** Reported speech that belongs in inInterview, not in the background definition. */
const REPORTS_INTERVIEW = /\b(?:Jin|he) (?:says|said|names|named|calls|called|lists|listed|notes|noted|wants|adds|added)\b|\bthe interview (?:says|names|lists|mentions|calls)\b|\baccording to Jin\b/i;

/** The card keeps what the interview says (inInterview) apart from background (definition). */
export function checkBackgroundApart(terms: readonly Term[]): string[] {
  return terms
    .filter((t) => REPORTS_INTERVIEW.test(t.definition))
    .map((t) => `${t.id}: the definition reports the interview; that belongs in inInterview`);
}

/** A converter between the two scripts (OpenCC's, in the tests). */
export type ScriptConverter = (text: string) => string;

/**
 * Every Chinese form is listed in both scripts: the traditional name is the
 * simplified one converted, and each variant's conversion either way is
 * among the term's forms. Taiwan's own words (人工智慧) are not conversions
 * and are exempt.
 */
export function checkScriptPairs(terms: readonly Term[], toTraditional: ScriptConverter, toSimplified: ScriptConverter): string[] {
  const problems: string[] = [];
  for (const t of terms) {
    const { simplified, traditional, variants } = t.zh;
    const listed = new Set([simplified, ...(traditional === undefined ? [] : [traditional]), ...(variants ?? [])]);
    const want = toTraditional(simplified);
    if ((traditional ?? simplified) !== want) problems.push(`${t.id}: traditional form should be ${want}, not ${traditional ?? '(none)'}`);
    for (const v of variants ?? []) {
      for (const other of [toTraditional(v), toSimplified(v)]) {
        if (!listed.has(other)) problems.push(`${t.id}: variant ${v} is listed without ${other}`);
      }
    }
  }
  return problems;
}

export function checkCitations(terms: readonly Term[], article: Article): string[] {
  const problems: string[] = [];
  const byId = new Map(terms.map((t) => [t.id, t]));
  for (const t of terms) {
    for (const c of t.citations) {
      const para = article.paragraphs[c.paragraph - 1];
      if (!Number.isInteger(c.paragraph) || para === undefined) {
        problems.push(`${t.id}: citation paragraph ${c.paragraph} does not exist`);
      } else if (c.quote.trim().length < 3 || !para.includes(c.quote)) {
        problems.push(`${t.id}: quote not verbatim in paragraph ${c.paragraph}: "${c.quote}"`);
      } else if (c.via !== undefined) {
        const via = byId.get(c.via);
        if (!via || !t.related.includes(c.via)) problems.push(`${t.id}: citation via "${c.via}", which is not a related term`);
        else if (!mentionsTerm(c.quote, via)) problems.push(`${t.id}: quote in paragraph ${c.paragraph} does not name ${c.via}`);
      } else if (!mentionsTerm(c.quote, t)) {
        problems.push(`${t.id}: quote in paragraph ${c.paragraph} does not name the term`);
      }
    }
  }
  return problems;
}

/** Every term is named in the article by its name or one of its variants, unless it is cited only through a related term. */
export function checkNamedInArticle(terms: readonly Term[], article: Article): string[] {
  const text = article.paragraphs.join('\n');
  return terms
    .filter((t) => !t.citations.every((c) => c.via !== undefined) || t.citations.length === 0)
    .filter((t) => ![t.name, ...t.variants].some((f) => containsForm(text, f)))
    .map((t) => `${t.id}: neither the name nor any variant occurs in the article`);
}

/** No surface form (after folding case, quotes, separators, plurals) has two owners. */
export function checkSurfaceFormOwners(terms: readonly Term[]): string[] {
  const owners = new Map<string, { id: string; text: string }>();
  const problems: string[] = [];
  for (const t of terms) {
    const latin = [t.name, ...t.variants, ...t.acronyms].map((s) => ({ key: `latin|${latinKey(s)}`, s }));
    const han = chineseForms(t).map((s) => ({ key: `han|${hanKey(s)}`, s }));
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
      const year = Number(f.date.slice(0, 4));
      if (!para.includes(String(year)) && year !== interviewYear) {
        problems.push(`${t.id}: figure year ${year} is neither in paragraph ${f.paragraph} nor the interview year`);
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
    ...checkDatedClaims(terms),
    ...checkBackgroundApart(terms),
  ];
}
