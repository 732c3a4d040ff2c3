/**
 * The interview as our own DOM: header, numbered paragraphs (id "p<N>"),
 * glossary terms wrapped in focusable buttons. Used by the reader page and
 * the popup's "Interview" tab. Pure DOM building: no extension APIs.
 */
import type { Article } from '../../glossary';
import { formatIsoDate } from './format-date';
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

/** Appends text to parent, wrapping every match of finder in a term button. */
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
    const b = doc.createElement('button');
    b.type = 'button';
    b.className = 'pl-term';
    b.dataset.term = m.termId;
    b.textContent = text.slice(m.start, m.end);
    if (onTerm) b.addEventListener('click', () => onTerm(m.termId, b));
    parent.append(b);
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
    const h1 = doc.createElement('h1');
    h1.className = 'pl-article-title';
    h1.textContent = article.title;
    const meta = doc.createElement('p');
    meta.className = 'pl-article-meta';
    const parts = [article.source, formatIsoDate(article.date)];
    if (article.datelineDate && article.datelineDate !== article.date) parts.push(`interview of ${formatIsoDate(article.datelineDate)}`);
    meta.textContent = parts.filter(Boolean).join(' · ');
    head.append(h1, meta);
    if (article.speaker) {
      const sp = doc.createElement('p');
      sp.className = 'pl-article-speaker';
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
      b.title = `Open paragraph ${n} in the reader`;
      num = b;
    } else {
      const a = doc.createElement('a');
      a.href = `#${prefix}p${n}`;
      a.title = `Link to paragraph ${n}`;
      num = a;
    }
    num.className = 'pl-para-num';
    num.textContent = String(n);
    num.setAttribute('aria-label', `Paragraph ${n}`);
    p.append(num, ' ');
    const body = doc.createElement('span');
    body.className = 'pl-para-text';
    const onTerm = opts.onTermActivate;
    appendMarkedText(doc, body, text, finder, onTerm ? (id, e) => onTerm(id, e, n) : undefined);
    p.append(body);
    root.append(p);
  });
  return root;
}
