/**
 * Deterministic news-article pages for the page benchmark: a header, nav,
 * an article of paragraphs (links, emphasis, lists, sub-heads, quotes),
 * inline script and style blocks, an aside and a footer, sized by the amount
 * of *visible* text. Glossary terms (the real glossary) appear about once
 * per 300 characters, in varied spellings (plural, hyphen/space swaps,
 * British -isation, curly quotes, acronyms, Chinese) and sometimes wrapped
 * in or split across inline elements (`<a>little giant</a> firms`,
 * `low-<em>altitude</em> economy`). Header, nav, aside and footer hold no
 * terms, so the article and the whole page have the same matches.
 *
 * Also returns the text of every block as the content script's text-blocks
 * would see it (one string per block element's own inline content), so the
 * matcher can be run over the same text in Node.
 */
import { TERMS } from '../glossary/core';
import type { Term } from '../glossary/types';

export interface GeneratedPage {
  html: string;
  /** Visible text of each block (script/style excluded), in document order. */
  blocks: string[];
  /** Characters of visible text (sum of block lengths). */
  visibleChars: number;
  /** Term occurrences planted by the generator. */
  planted: number;
  /** Of those, how many span more than one text node (an inline element boundary inside the term). */
  plantedSplit: number;
}

export interface PageOptions {
  /** Target characters of visible text. */
  chars: number;
  seed?: number;
  /** Mean characters between term occurrences. */
  termEvery?: number;
  /** Inline <script> in <head> (e.g. a PerformanceObserver), inserted verbatim. */
  headScript?: string;
}

/** mulberry32: small, fast, good enough for test data. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Filler vocabulary: ordinary news words that occur in no glossary form.
const NOUNS = [
  'officials', 'analysts', 'investors', 'provinces', 'exporters', 'factories', 'workers', 'regulators', 'households', 'banks',
  'ports', 'cities', 'researchers', 'companies', 'markets', 'planners', 'lenders', 'consumers', 'farmers', 'retailers',
  'output', 'demand', 'prices', 'wages', 'loans', 'tariffs', 'orders', 'shipments', 'profits', 'costs', 'budgets', 'quotas',
  'reforms', 'targets', 'forecasts', 'figures', 'surveys', 'policies', 'rules', 'permits', 'contracts', 'projects',
];
const VERBS = [
  'said', 'expected', 'reported', 'noted', 'argued', 'warned', 'estimated', 'announced', 'confirmed', 'suggested',
  'raised', 'lowered', 'reviewed', 'approved', 'delayed', 'expanded', 'tracked', 'measured', 'compared', 'welcomed',
];
const ADJS = [
  'local', 'regional', 'annual', 'quarterly', 'recent', 'major', 'steady', 'modest', 'strong', 'weak', 'early', 'late',
  'coastal', 'inland', 'private', 'public', 'foreign', 'domestic', 'rural', 'urban', 'central', 'northern', 'southern',
];
const SMALL = ['the', 'a', 'of', 'in', 'on', 'for', 'with', 'as', 'by', 'after', 'before', 'while', 'and', 'but', 'than', 'over'];
const PLACES = ['Beijing', 'Shanghai', 'Shenzhen', 'Hefei', 'Chongqing', 'Wuhan', 'Suzhou', 'Xi\'an', 'Tianjin', 'Guangzhou'];

const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A run of inline content: plain text, or text inside an inline element. */
interface Seg {
  text: string;
  tag?: 'a' | 'em' | 'strong' | 'span';
}

function segHtml(s: Seg): string {
  const t = escapeHtml(s.text);
  if (!s.tag) return t;
  if (s.tag === 'a') return `<a href="#r${t.length}">${t}</a>`;
  return `<${s.tag}>${t}</${s.tag}>`;
}

function fillerWord(r: () => number): string {
  const x = r();
  if (x < 0.32) return pick(r, SMALL);
  if (x < 0.6) return pick(r, NOUNS);
  if (x < 0.8) return pick(r, ADJS);
  if (x < 0.97) return pick(r, VERBS);
  return pick(r, PLACES);
}

function latinForms(t: Term): string[] {
  return [t.name, ...t.variants].filter((f) => !t.acronyms.includes(f));
}

function hanForms(t: Term): string[] {
  return [t.zh.simplified, ...(t.zh.traditional ? [t.zh.traditional] : []), ...(t.zh.variants ?? [])];
}

function pluralOf(form: string): string {
  if (/s$/i.test(form)) return form;
  if (/[^aeiou]y$/i.test(form)) return `${form.slice(0, -1)}ies`;
  return `${form}s`;
}

/** One spelling of a term, as segments (possibly split over inline elements). */
interface Spelling {
  segs: Seg[];
  split: boolean;
}

function spell(r: () => number, t: Term): Spelling {
  const x = r();
  const latin = latinForms(t);
  let form = pick(r, latin).replace(/"/g, '');
  if (x < 0.1 && t.acronyms.length > 0) return { segs: [{ text: pick(r, t.acronyms) }], split: false };
  if (x < 0.16) {
    // Chinese, in parentheses after an English form.
    return { segs: [{ text: `${form} (${pick(r, hanForms(t))})` }], split: false };
  }
  if (x < 0.26) form = pluralOf(form);
  else if (x < 0.33 && form.includes('-')) form = form.replace(/-/g, ' ');
  else if (x < 0.38 && / /.test(form)) form = form.replace(' ', '-');
  else if (x < 0.43 && /iz/.test(form)) form = form.replace(/ization/g, 'isation').replace(/ized/g, 'ised');
  else if (x < 0.5) form = r() < 0.5 ? `\u201c${form}\u201d` : `\u2018${form}\u2019`;
  const y = r();
  const words = form.split(/([ -])/); // words and separators, alternating
  if (y < 0.1 && words.length >= 3) {
    // Split: wrap a leading run of words in <a> (<a>little giant</a> firms) or one inner word in <em>.
    const wordCount = (words.length + 1) / 2;
    if (r() < 0.5) {
      const k = 1 + Math.floor(r() * (wordCount - 1)); // words inside the link
      const head = words.slice(0, 2 * k - 1).join('');
      const tail = words.slice(2 * k - 1).join('');
      return { segs: [{ text: head, tag: 'a' }, { text: tail }], split: true };
    }
    const w = 1 + Math.floor(r() * (wordCount - 1)); // never the first word
    const before = words.slice(0, 2 * w).join('');
    const mid = words[2 * w] ?? '';
    const after = words.slice(2 * w + 1).join('');
    return { segs: [{ text: before }, { text: mid, tag: 'em' }, ...(after ? [{ text: after }] : [])], split: true };
  }
  if (y < 0.22) return { segs: [{ text: form, tag: r() < 0.6 ? 'a' : 'strong' }], split: false };
  return { segs: [{ text: form }], split: false };
}

interface Counters {
  planted: number;
  split: number;
  untilTerm: number;
}

/** One paragraph of about `len` characters, with terms. */
function paragraph(r: () => number, len: number, c: Counters, every: number): Seg[] {
  const segs: Seg[] = [];
  let text = '';
  let sentenceStart = true;
  const push = (s: Seg): void => {
    const last = segs[segs.length - 1];
    if (!s.tag && last && !last.tag) last.text += s.text;
    else segs.push({ ...s });
    text += s.text;
  };
  let wordsInSentence = 0;
  let sentenceLen = 8 + Math.floor(r() * 18);
  while (text.length < len) {
    if (c.untilTerm <= 0 && !sentenceStart) {
      const sp = spell(r, pick(r, TERMS));
      push({ text: ' ' });
      for (const s of sp.segs) push(s);
      c.planted++;
      if (sp.split) c.split++;
      c.untilTerm = Math.floor(every * (0.5 + r()));
      wordsInSentence++;
      continue;
    }
    let w = fillerWord(r);
    if (sentenceStart) w = w[0]!.toUpperCase() + w.slice(1);
    const before = text.length;
    if (!sentenceStart) push({ text: ' ' });
    const z = r();
    if (!sentenceStart && z < 0.025) push({ text: w, tag: 'a' });
    else if (!sentenceStart && z < 0.035) push({ text: w, tag: 'em' });
    else push({ text: w });
    sentenceStart = false;
    wordsInSentence++;
    if (wordsInSentence >= sentenceLen) {
      push({ text: r() < 0.1 ? ',' : '.' });
      if (text.endsWith('.')) {
        sentenceStart = true;
        wordsInSentence = 0;
        sentenceLen = 8 + Math.floor(r() * 18);
        push({ text: ' ' });
      }
    }
    c.untilTerm -= text.length - before;
  }
  const last = segs[segs.length - 1];
  if (last && !last.tag) last.text = last.text.replace(/[ ,]+$/, '');
  if (!text.trimEnd().endsWith('.')) push({ text: '.' });
  return segs;
}

const STYLE = `
  body { font: 17px/1.6 Georgia, serif; margin: 0; color: #222; background: #fff; }
  header, footer { background: #0b2f5b; color: #fff; padding: 8px 24px; }
  nav ul { list-style: none; display: flex; gap: 16px; margin: 0; padding: 0; }
  nav a, footer a { color: #cde; }
  main { display: flex; gap: 32px; max-width: 1200px; margin: 0 auto; padding: 16px 24px; }
  article { flex: 1 1 auto; max-width: 760px; }
  aside { flex: 0 0 260px; font-size: 14px; }
  blockquote { border-left: 3px solid #ccc; margin-left: 0; padding-left: 16px; color: #555; }
  /* .tag-little-giant { "little giant" firms are styled nowhere } */
`;

export function generatePage(opts: PageOptions): GeneratedPage {
  const r = prng(opts.seed ?? 20240831);
  const every = opts.termEvery ?? 300;
  const c: Counters = { planted: 0, split: 0, untilTerm: Math.floor(every * r()) };
  const blocks: string[] = [];
  const out: string[] = [];
  let visible = 0;
  const block = (tag: string, segs: Seg[], attrs = ''): string => {
    const text = segs.map((s) => s.text).join('');
    blocks.push(text);
    visible += text.length;
    return `<${tag}${attrs}>${segs.map(segHtml).join('')}</${tag}>`;
  };

  out.push('<!doctype html>', '<html lang="en"><head><meta charset="utf-8">');
  out.push('<meta name="viewport" content="width=device-width, initial-scale=1">');
  out.push(`<title>Factories retool as ministry sets out plans (${opts.chars} chars)</title>`);
  if (opts.headScript) out.push(`<script>${opts.headScript}</script>`);
  out.push(`<style>${STYLE}</style>`, '</head><body>');

  out.push('<header>');
  out.push(block('div', [{ text: 'Daily Wire \u00b7 Business' }], ' class="brand"'));
  out.push('<nav><ul>');
  for (const s of ['Home', 'World', 'Business', 'Markets', 'Opinion', 'Video', 'Photos', 'Newsletters']) {
    out.push(block('li', [{ text: s, tag: 'a' }]));
  }
  out.push('</ul></nav></header>');

  out.push('<main><article id="story">');
  out.push(block('h1', [{ text: 'Factories retool as ministry sets out plans for the next five years' }]));
  out.push(block('p', [{ text: 'By Staff Reporter \u00b7 Updated 31 August' }], ' class="byline"'));

  // Roughly 2% of the budget goes to the aside and footer.
  const articleTarget = Math.max(2000, opts.chars - 2500);
  let n = 0;
  while (visible < articleTarget) {
    n++;
    if (n % 12 === 0) out.push(block('h2', [{ text: `${pick(r, ADJS)} ${pick(r, NOUNS)} ${pick(r, VERBS)} ${pick(r, SMALL)} ${pick(r, PLACES)}` }]));
    if (n % 9 === 0) {
      out.push('<ul>');
      for (let i = 0; i < 3 + Math.floor(r() * 3); i++) out.push(block('li', paragraph(r, 60 + r() * 120, c, every)));
      out.push('</ul>');
      continue;
    }
    if (n % 17 === 0) {
      out.push(`<blockquote>${block('p', paragraph(r, 150 + r() * 250, c, every))}</blockquote>`);
      continue;
    }
    if (n % 40 === 0) {
      // Page scripts and styles with term-like text inside: never visible, never matched.
      out.push(`<script>window.__analytics = (window.__analytics || []).concat(${JSON.stringify({ section: 'little giant firms', tags: ['SMEs', '5G', 'new-energy vehicles'] })});</script>`);
      out.push('<style>.story-inline-note::after { content: "humanoid robots"; }</style>');
    }
    out.push(block('p', paragraph(r, 350 + r() * 700, c, every)));
  }
  out.push('</article><aside>');
  out.push(block('h2', [{ text: 'Most read' }]));
  out.push('<ol>');
  for (let i = 0; i < 8; i++) out.push(block('li', [{ text: `${pick(r, PLACES)} ${pick(r, NOUNS)} ${pick(r, VERBS)} ${pick(r, ADJS)} ${pick(r, NOUNS)}`, tag: 'a' }]));
  out.push('</ol></aside></main>');
  out.push('<footer>');
  out.push(block('p', [{ text: 'Copyright \u00a9 Daily Wire. All rights reserved. ' }, { text: 'Terms of use', tag: 'a' }, { text: ' \u00b7 ' }, { text: 'Privacy', tag: 'a' }]));
  out.push('</footer></body></html>');

  return { html: out.join('\n'), blocks, visibleChars: visible, planted: c.planted, plantedSplit: c.split };
}
