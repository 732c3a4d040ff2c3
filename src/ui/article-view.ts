/**
 * The interview as our own DOM: header, numbered paragraphs (id "p<N>"),
 * glossary terms marked as focusable inline buttons. Used by the reader page
 * and the popup's "Interview" tab. Pure DOM building: no extension APIs.
 * The article is English text (lang="en"); our labels and the dates are in
 * the UI's language.
 */
import type { Article } from '../../glossary';
import { formatIsoDate } from './format-date';
import { t, uiLang } from './i18n';
import type { TermFinder } from './types';

export interface ArticleViewOptions {
  /** Prefix for paragraph ids: "<prefix>p<N>" (default ""). */
  idPrefix?: string;
  /** A term was clicked or activated by keyboard. */
  onTermActivate?: (termId: string, element: HTMLElement, paragraph: number) => void;
  /** If given, paragraph numbers are buttons calling this (e.g. the popup opens the reader); otherwise links to "#p<N>". */
  onOpenParagraph?: (paragraph: number) => void;
  /** Show the title/date/source header (default true). */
  header?: boolean;
}

/**
 * A term: an inline element with the button role, not a <button>. A
 * <button> is an atomic inline box, so a long term ("Minister of Industry
 * and Information Technology") cannot break across lines: it jumped to a
 * line of its own and left the line before it short. This one wraps like
 * the words around it; Enter and Space activate it as they would a button.
 */
function termElement(doc: Document, termId: string, text: string, onTerm?: (termId: string, element: HTMLElement) => void): HTMLElement {
  const b = doc.createElement('span');
  b.className = 'pl-term';
  b.setAttribute('role', 'button');
  b.tabIndex = 0;
  b.dataset.term = termId;
  b.textContent = text;
  b.addEventListener('keydown', (e) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      b.click();
    } else if (e.key === ' ') {
      e.preventDefault(); // no page scroll; a button acts on Space's release
    }
  });
  b.addEventListener('keyup', (e) => {
    if (e.key === ' ') {
      e.preventDefault();
      b.click();
    }
  });
  if (onTerm) b.addEventListener('click', () => onTerm(termId, b));
  return b;
}

/** Appends text to parent, marking every match of finder as a term. */
function appendMarkedText(
  doc: Document,
  parent: HTMLElement,
  text: string,
  finder: TermFinder,
  onTerm?: (termId: string, element: HTMLElement) => void,
): number {
  let pos = 0;
  let count = 0;
  for (const m of finder.find(text)) {
    if (m.start < pos || m.end <= m.start || m.end > text.length) continue;
    if (m.start > pos) parent.append(text.slice(pos, m.start));
    parent.append(termElement(doc, m.termId, text.slice(m.start, m.end), onTerm));
    pos = m.end;
    count++;
  }
  if (pos < text.length) parent.append(text.slice(pos));
  return count;
}

export function buildArticleView(doc: Document, article: Article, finder: TermFinder, opts: ArticleViewOptions = {}): HTMLElement {
  const prefix = opts.idPrefix ?? '';
  const root = doc.createElement('article');
  root.className = 'pl-article';
  root.lang = 'en';

  if (opts.header !== false) {
    const head = doc.createElement('header');
    head.className = 'pl-article-head';
    head.lang = uiLang();
    const h1 = doc.createElement('h1');
    h1.lang = 'en';
    h1.className = 'pl-article-title';
    h1.textContent = article.title;
    const meta = doc.createElement('p');
    meta.className = 'pl-article-meta';
    // The outlet's name is the article's; the dates and "interview of" are ours.
    const source = doc.createElement('span');
    source.className = 'pl-article-source';
    source.lang = 'en';
    source.textContent = article.source;
    const parts: Array<string | Node> = [formatIsoDate(article.date)];
    if (article.datelineDate && article.datelineDate !== article.date) parts.push(t('article_interview_of', formatIsoDate(article.datelineDate)));
    meta.append(...(article.source ? [source] : []), ...parts.flatMap((x, i) => (i > 0 || article.source ? [' · ', x] : [x])));
    head.append(h1, meta);
    if (article.speaker) {
      const sp = doc.createElement('p');
      sp.className = 'pl-article-speaker';
      sp.lang = 'en';
      sp.textContent = article.speaker;
      head.append(sp);
    }
    root.append(head);
  }

  article.paragraphs.forEach((text, i) => {
    const n = i + 1;
    const p = doc.createElement('p');
    p.className = 'pl-para';
    p.id = `${prefix}p${n}`;
    p.dataset.paragraph = String(n);
    let num: HTMLElement;
    if (opts.onOpenParagraph) {
      const b = doc.createElement('button');
      b.type = 'button';
      const cb = opts.onOpenParagraph;
      b.addEventListener('click', () => cb(n));
      b.title = t('article_open_paragraph', n);
      num = b;
    } else {
      const a = doc.createElement('a');
      a.href = `#${prefix}p${n}`;
      a.title = t('article_link_paragraph', n);
      num = a;
    }
    num.className = 'pl-para-num';
    num.textContent = String(n);
    num.setAttribute('aria-label', t('article_paragraph', n));
    num.lang = uiLang();
    p.append(num, ' ');
    const body = doc.createElement('span');
    body.className = 'pl-para-text';
    body.lang = 'en';
    const onTerm = opts.onTermActivate;
    appendMarkedText(doc, body, text, finder, onTerm ? (id, e) => onTerm(id, e, n) : undefined);
    p.append(body);
    root.append(p);
  });
  return root;
}
