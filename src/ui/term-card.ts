/**
 * The term card: one glossary entry as a small DOM tree, shared by the
 * content script's tooltip, the reader page and the popup. Pure DOM building
 * from data: no extension APIs, no HTML strings.
 *
 * It keeps the two kinds of text apart, each labelled: the background (what
 * the term means, from standard sources) and what the interview says,
 * dated by the interview. Renderings and the timeline fold.
 */
import { ATTRIBUTION, categoryLabel, getTerm, INTERVIEW_DATE } from '../../glossary/core';
import type { KeyFigure, Term } from '../../glossary/types';
import { buildCiteButton } from './cite-button';
import { formatShortDate } from './format-date';

export interface TermCardOptions {
  /** Called when "Read in the interview" is chosen. Without it the link is an <a href> from readHref. */
  onRead?: (paragraph: number, termId: string) => void;
  /** href of the "Read in the interview" link (default "#p<N>"). */
  readHref?: (paragraph: number, termId: string) => string;
  /** Called when a related term is chosen; without it related terms are plain text. */
  onRelated?: (termId: string) => void;
  /** Term look-up for related names (default: the glossary). */
  lookup?: (id: string) => Term | undefined;
  /** Element id for the card's heading, so a dialog can be labelled by it. */
  headingId?: string;
  /** Ignore clicks and keys a script made (on a page's card: a page must not open tabs through it). */
  requireTrusted?: boolean;
  /** The key its context copies the citation on while the card is open (shown to assistive technology). */
  citeKey?: string;
}

function el<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  className: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const e = doc.createElement(tag);
  if (className) e.className = className;
  if (text !== undefined) e.textContent = text;
  return e;
}

/** "Read in the interview" targets the first citation (paragraph 1 when there is none). */
export function citedParagraph(term: Term): number {
  return term.citations[0]?.paragraph ?? 1;
}

/** "12,000 firms" and "— cultivated as \"little giants\", by Aug 2024, per Jin (¶10)". */
function figureText(f: KeyFigure): { value: string; rest: string } {
  return { value: `${f.value} ${f.unit}`.trim(), rest: `— ${f.label}, ${f.when}, per Jin (¶${f.paragraph})` };
}

function buildHead(doc: Document, term: Term, headingId: string | undefined): HTMLElement {
  const header = el(doc, 'header', 'pl-card-head');
  const name = el(doc, 'h2', 'pl-card-name', term.name);
  if (headingId) name.id = headingId;
  header.append(name, el(doc, 'span', 'pl-card-category', categoryLabel(term.category)));

  const zh = el(doc, 'p', 'pl-card-zh');
  const simp = el(doc, 'span', 'pl-card-hanzi', term.zh.simplified);
  simp.lang = 'zh-Hans';
  zh.append(simp);
  if (term.zh.traditional && term.zh.traditional !== term.zh.simplified) {
    const trad = el(doc, 'span', 'pl-card-hanzi pl-card-trad', term.zh.traditional);
    trad.lang = 'zh-Hant';
    trad.title = 'Traditional characters';
    zh.append(' ', trad);
  }
  const pinyin = el(doc, 'span', 'pl-card-pinyin', term.zh.pinyin);
  pinyin.lang = 'zh-Latn-pinyin';
  zh.append(' ', pinyin);
  for (const tw of term.zh.taiwan ?? []) {
    const span = el(doc, 'span', 'pl-card-taiwan');
    const form = el(doc, 'span', 'pl-card-hanzi', tw);
    form.lang = 'zh-Hant-TW';
    span.append('Taiwan: ', form);
    zh.append(' · ', span);
  }
  header.append(zh);
  return header;
}

function buildInterview(doc: Document, term: Term): HTMLElement {
  const box = el(doc, 'section', 'pl-card-interview');
  box.append(el(doc, 'p', 'pl-card-label', `In the interview, ${formatShortDate(INTERVIEW_DATE)}`));
  box.append(el(doc, 'p', 'pl-card-said', term.inInterview));
  const first = term.citations[0];
  if (first) {
    const fig = el(doc, 'figure', 'pl-card-quote');
    fig.append(el(doc, 'blockquote', '', `“${first.quote}”`), el(doc, 'figcaption', '', `— ${ATTRIBUTION}`));
    box.append(fig);
  }
  for (const f of term.figures.slice(0, 1)) {
    const { value, rest } = figureText(f);
    const p = el(doc, 'p', 'pl-card-figure');
    p.append(el(doc, 'strong', 'pl-card-figure-value', value), ` ${rest}`);
    box.append(p);
  }
  return box;
}

/** A folded list: summary line, then one item per entry. */
function fold(doc: Document, className: string, summary: string, items: readonly HTMLElement[]): HTMLElement {
  const details = el(doc, 'details', `pl-card-fold ${className}`);
  details.append(el(doc, 'summary', '', summary));
  const list = el(doc, 'ul', 'pl-card-fold-list');
  for (const item of items) list.append(item);
  details.append(list);
  return details;
}

function buildFolds(doc: Document, term: Term): HTMLElement[] {
  const out: HTMLElement[] = [];
  if (term.renderings.length > 1) {
    const items = term.renderings.map((r) => {
      const li = el(doc, 'li', 'pl-card-rendering');
      li.append(el(doc, 'span', 'pl-card-rendering-text', r.text), ` — ${r.label}`);
      return li;
    });
    out.push(fold(doc, 'pl-card-renderings', `English renderings (${term.renderings.length})`, items));
  }
  if (term.timeline.length > 0) {
    const items = term.timeline.map((e) => {
      const li = el(doc, 'li', 'pl-card-event');
      const time = el(doc, 'time', 'pl-card-event-date', formatShortDate(e.date));
      time.dateTime = e.date;
      li.append(time, ` ${e.event}`);
      return li;
    });
    const first = term.timeline[0]?.date.slice(0, 4);
    const last = term.timeline.at(-1)?.date.slice(0, 4);
    const span = first === last ? first : `${first}–${last}`;
    out.push(fold(doc, 'pl-card-timeline', `Timeline, ${span ?? ''}`, items));
  }
  return out;
}

function buildRelated(doc: Document, term: Term, opts: TermCardOptions): HTMLElement | null {
  const lookup = opts.lookup ?? getTerm;
  const related = term.related.map((id) => lookup(id)).filter((t): t is Term => t !== undefined);
  if (related.length === 0) return null;
  const wrap = el(doc, 'p', 'pl-card-related');
  wrap.append(el(doc, 'span', 'pl-card-label', 'Related: '));
  related.forEach((r, i) => {
    if (i > 0) wrap.append(', ');
    if (opts.onRelated) {
      // A link, not a <button>: buttons are atomic inlines, so a long name
      // would push its comma onto the next line.
      const b = el(doc, 'a', 'pl-card-linkish pl-card-related-term', r.name);
      b.href = '#';
      b.setAttribute('role', 'button');
      b.dataset.term = r.id;
      const cb = opts.onRelated;
      b.addEventListener('click', (e) => {
        e.preventDefault();
        if (!opts.requireTrusted || e.isTrusted) cb(r.id);
      });
      b.addEventListener('keydown', (e) => {
        if (e.key !== ' ') return;
        e.preventDefault();
        if (!opts.requireTrusted || e.isTrusted) cb(r.id);
      });
      wrap.append(b);
    } else {
      const s = el(doc, 'span', 'pl-card-related-term', r.name);
      s.dataset.term = r.id;
      wrap.append(s);
    }
  });
  return wrap;
}

function buildFoot(doc: Document, term: Term, opts: TermCardOptions): HTMLElement {
  const paragraph = citedParagraph(term);
  const read = el(doc, 'a', 'pl-card-read', 'Read in the interview');
  read.href = opts.readHref ? opts.readHref(paragraph, term.id) : `#p${paragraph}`;
  read.dataset.paragraph = String(paragraph);
  if (opts.onRead) {
    const cb = opts.onRead;
    read.addEventListener('click', (e) => {
      e.preventDefault();
      if (!opts.requireTrusted || e.isTrusted) cb(paragraph, term.id);
    });
  }
  const foot = el(doc, 'footer', 'pl-card-foot');
  const reviewed = el(doc, 'span', 'pl-card-reviewed', `Entry reviewed ${formatShortDate(term.reviewed)}`);
  foot.append(read, el(doc, 'span', 'pl-card-para', ` (paragraph ${paragraph})`), reviewed);
  const cite = buildCiteButton(doc, term, { requireTrusted: opts.requireTrusted, key: opts.citeKey });
  if (cite) foot.append(cite);
  return foot;
}

export function buildTermCard(doc: Document, term: Term, opts: TermCardOptions = {}): HTMLElement {
  const card = el(doc, 'article', 'pl-card');
  card.dataset.term = term.id;
  card.lang = 'en';
  card.append(buildHead(doc, term, opts.headingId));

  const background = el(doc, 'p', 'pl-card-background');
  background.append(el(doc, 'span', 'pl-card-label', 'Background'), ' ', el(doc, 'span', 'pl-card-definition', term.definition));
  card.append(background, buildInterview(doc, term), ...buildFolds(doc, term));
  const related = buildRelated(doc, term, opts);
  if (related) card.append(related);
  card.append(buildFoot(doc, term, opts));
  return card;
}
