/**
 * The term card: one glossary entry as a small DOM tree, shared by the
 * content script's tooltip, the reader page and the popup. Pure DOM building
 * from data: no extension APIs, no HTML strings.
 */
import { ATTRIBUTION, categoryLabel, getTerm } from '../../glossary/core';
import type { Term } from '../../glossary/types';

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

export function buildTermCard(doc: Document, term: Term, opts: TermCardOptions = {}): HTMLElement {
  const lookup = opts.lookup ?? getTerm;
  const card = el(doc, 'article', 'pl-card');
  card.dataset.term = term.id;
  card.lang = 'en';

  const header = el(doc, 'header', 'pl-card-head');
  const name = el(doc, 'h2', 'pl-card-name', term.name);
  if (opts.headingId) name.id = opts.headingId;
  const cat = el(doc, 'span', 'pl-card-category', categoryLabel(term.category));
  header.append(name, cat);

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
  header.append(zh);
  card.append(header);

  card.append(el(doc, 'p', 'pl-card-definition', term.definition));

  const first = term.citations[0];
  if (first) {
    const fig = el(doc, 'figure', 'pl-card-quote');
    const bq = el(doc, 'blockquote', '', `“${first.quote}”`);
    const cap = el(doc, 'figcaption', '', `— ${ATTRIBUTION}`);
    fig.append(bq, cap);
    card.append(fig);
  }

  const figure = term.figures[0];
  if (figure) {
    const p = el(doc, 'p', 'pl-card-figure');
    p.append(el(doc, 'strong', 'pl-card-figure-value', `${figure.value} ${figure.unit}`.trim()));
    p.append(` ${figure.label} (${figure.year})`);
    card.append(p);
  }

  const related = term.related.map((id) => lookup(id)).filter((t): t is Term => t !== undefined);
  if (related.length > 0) {
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
          cb(r.id);
        });
        b.addEventListener('keydown', (e) => {
          if (e.key !== ' ') return;
          e.preventDefault();
          cb(r.id);
        });
        wrap.append(b);
      } else {
        const s = el(doc, 'span', 'pl-card-related-term', r.name);
        s.dataset.term = r.id;
        wrap.append(s);
      }
    });
    card.append(wrap);
  }

  const paragraph = citedParagraph(term);
  const read = el(doc, 'a', 'pl-card-read', 'Read in the interview');
  read.href = opts.readHref ? opts.readHref(paragraph, term.id) : `#p${paragraph}`;
  read.dataset.paragraph = String(paragraph);
  if (opts.onRead) {
    const cb = opts.onRead;
    read.addEventListener('click', (e) => {
      e.preventDefault();
      cb(paragraph, term.id);
    });
  }
  const foot = el(doc, 'footer', 'pl-card-foot');
  foot.append(read, el(doc, 'span', 'pl-card-para', ` (paragraph ${paragraph})`));
  card.append(foot);
  return card;
}
