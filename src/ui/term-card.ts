/**
 * The term card: one glossary entry as a small DOM tree, shared by the
 * content script's tooltip, the reader page and the popup. Pure DOM building
 * from data: no extension APIs, no HTML strings.
 *
 * It keeps the two kinds of text apart, each labelled: the background (what
 * the term means, from standard sources) and what the interview says,
 * dated by the interview. Renderings and the timeline fold.
 *
 * Its labels are in the UI's language; the glossary's text is English data
 * and keeps lang="en" wherever it sits. A Chinese UI heads the card with
 * the simplified form and gives the English name after it.
 */
import { getTerm, INTERVIEW_DATE } from '../../glossary/core';
import type { Category, KeyFigure, Term } from '../../glossary/types';
import type { MessageKey } from '../i18n/catalog';
import { buildCiteButton } from './cite-button';
import { formatShortDate } from './format-date';
import { isChineseUi, t, tNodes, uiLang } from './i18n';

const CATEGORY_KEY: Readonly<Record<Category, MessageKey>> = {
  strategy: 'category_strategy',
  goal: 'category_goal',
  programme: 'category_programme',
  industry: 'category_industry',
  technology: 'category_technology',
  institution: 'category_institution',
  person: 'category_person',
};

/** A category's name in the UI's language. */
export function categoryName(id: Category): string {
  return t(CATEGORY_KEY[id]);
}

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

/** An element holding glossary text, which is English whatever the UI's language. */
function en<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, className: string, text: string): HTMLElementTagNameMap[K] {
  const e = el(doc, tag, className, text);
  e.lang = 'en';
  return e;
}

/** "Read in the interview" targets the first citation (paragraph 1 when there is none). */
export function citedParagraph(term: Term): number {
  return term.citations[0]?.paragraph ?? 1;
}

/** "12,000 firms — cultivated as \"little giants\", by Aug 2024, per Jin (¶10)": the figure and its words are data, "per Jin" is ours. */
function figureNodes(doc: Document, f: KeyFigure): Array<string | Node> {
  const value = en(doc, 'strong', 'pl-card-figure-value', `${f.value} ${f.unit}`.trim());
  const what = en(doc, 'span', 'pl-card-figure-label', `${f.label}, ${f.when}`);
  return [value, ' — ', ...tNodes('common_clause', what, t('card_figure_source', f.paragraph))];
}

function buildHead(doc: Document, term: Term, headingId: string | undefined): HTMLElement {
  const header = el(doc, 'header', 'pl-card-head');
  const chinese = isChineseUi();
  const name = chinese ? el(doc, 'h2', 'pl-card-name pl-card-hanzi', term.zh.simplified) : en(doc, 'h2', 'pl-card-name', term.name);
  if (chinese) name.lang = 'zh-Hans';
  if (headingId) name.id = headingId;
  header.append(name, el(doc, 'span', 'pl-card-category', categoryName(term.category)));

  const zh = el(doc, 'p', 'pl-card-zh');
  if (chinese) {
    const english = en(doc, 'span', 'pl-card-en-name', term.name);
    zh.append(english);
  } else {
    const simp = el(doc, 'span', 'pl-card-hanzi', term.zh.simplified);
    simp.lang = 'zh-Hans';
    zh.append(simp);
  }
  if (term.zh.traditional && term.zh.traditional !== term.zh.simplified) {
    const trad = el(doc, 'span', 'pl-card-hanzi pl-card-trad', term.zh.traditional);
    trad.lang = 'zh-Hant';
    trad.title = t('card_traditional');
    zh.append(' ', trad);
  }
  const pinyin = el(doc, 'span', 'pl-card-pinyin', term.zh.pinyin);
  pinyin.lang = 'zh-Latn-pinyin';
  zh.append(' ', pinyin);
  for (const tw of term.zh.taiwan ?? []) {
    const span = el(doc, 'span', 'pl-card-taiwan');
    const form = el(doc, 'span', 'pl-card-hanzi', tw);
    form.lang = 'zh-Hant-TW';
    span.append(...tNodes('card_taiwan', form));
    zh.append(' · ', span);
  }
  header.append(zh);
  return header;
}

function buildInterview(doc: Document, term: Term): HTMLElement {
  const box = el(doc, 'section', 'pl-card-interview');
  const date = formatShortDate(INTERVIEW_DATE);
  box.append(el(doc, 'p', 'pl-card-label', t('card_in_interview', date)));
  box.append(en(doc, 'p', 'pl-card-said', term.inInterview));
  const first = term.citations[0];
  if (first) {
    const fig = el(doc, 'figure', 'pl-card-quote');
    fig.append(en(doc, 'blockquote', '', `“${first.quote}”`), el(doc, 'figcaption', '', `— ${t('card_attribution', date)}`));
    box.append(fig);
  }
  for (const f of term.figures.slice(0, 1)) {
    const p = el(doc, 'p', 'pl-card-figure');
    p.append(...figureNodes(doc, f));
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
      li.append(en(doc, 'span', 'pl-card-rendering-text', r.text), ' — ', en(doc, 'span', 'pl-card-rendering-label', r.label));
      return li;
    });
    out.push(fold(doc, 'pl-card-renderings', t('card_renderings', term.renderings.length), items));
  }
  if (term.timeline.length > 0) {
    const items = term.timeline.map((e) => {
      const li = el(doc, 'li', 'pl-card-event');
      const time = el(doc, 'time', 'pl-card-event-date', formatShortDate(e.date));
      time.dateTime = e.date;
      li.append(time, ' ', en(doc, 'span', 'pl-card-event-text', e.event));
      return li;
    });
    const first = term.timeline[0]?.date.slice(0, 4);
    const last = term.timeline.at(-1)?.date.slice(0, 4);
    const span = first === last ? first : `${first}–${last}`;
    out.push(fold(doc, 'pl-card-timeline', t('card_timeline', span ?? ''), items));
  }
  return out;
}

function buildRelated(doc: Document, term: Term, opts: TermCardOptions): HTMLElement | null {
  const lookup = opts.lookup ?? getTerm;
  const related = term.related.map((id) => lookup(id)).filter((t): t is Term => t !== undefined);
  if (related.length === 0) return null;
  const wrap = el(doc, 'p', 'pl-card-related');
  wrap.append(el(doc, 'span', 'pl-card-label', t('card_related')), ' ');
  // A Chinese UI names related terms by their simplified form, as it heads cards.
  const chinese = isChineseUi();
  const label = (e: HTMLElement, r: Term): void => {
    e.textContent = chinese ? r.zh.simplified : r.name;
    e.lang = chinese ? 'zh-Hans' : 'en';
  };
  related.forEach((r, i) => {
    if (i > 0) wrap.append(chinese ? '、' : ', ');
    if (opts.onRelated) {
      // A link, not a <button>: buttons are atomic inlines, so a long name
      // would push its comma onto the next line.
      const b = el(doc, 'a', 'pl-card-linkish pl-card-related-term');
      label(b, r);
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
      const s = el(doc, 'span', 'pl-card-related-term');
      label(s, r);
      s.dataset.term = r.id;
      wrap.append(s);
    }
  });
  return wrap;
}

function buildFoot(doc: Document, term: Term, opts: TermCardOptions): HTMLElement {
  const paragraph = citedParagraph(term);
  const read = el(doc, 'a', 'pl-card-read', t('card_read'));
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
  const reviewed = el(doc, 'span', 'pl-card-reviewed', t('card_reviewed', formatShortDate(term.reviewed)));
  foot.append(read, el(doc, 'span', 'pl-card-para', ` ${t('card_paragraph', paragraph)}`), reviewed);
  const cite = buildCiteButton(doc, term, { requireTrusted: opts.requireTrusted, key: opts.citeKey });
  if (cite) foot.append(cite);
  return foot;
}

export function buildTermCard(doc: Document, term: Term, opts: TermCardOptions = {}): HTMLElement {
  const card = el(doc, 'article', 'pl-card');
  card.dataset.term = term.id;
  card.lang = uiLang();
  card.append(buildHead(doc, term, opts.headingId));

  const background = el(doc, 'p', 'pl-card-background');
  background.append(el(doc, 'span', 'pl-card-label', t('card_background')), ' ', en(doc, 'span', 'pl-card-definition', term.definition));
  card.append(background, buildInterview(doc, term), ...buildFolds(doc, term));
  const related = buildRelated(doc, term, opts);
  if (related) card.append(related);
  card.append(buildFoot(doc, term, opts));
  return card;
}
