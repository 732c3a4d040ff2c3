/**
 * The tooltip and the term cards: the part of the content script a page
 * needs only once the reader points at a term. It is built as a script of
 * its own (content-ui.js, see entries/content-ui.ts) and injected by the background
 * when the main script asks (ui-loader.ts): tippy, popper, the card and the
 * glossary's texts are close to half of the content script, and a fresh tab
 * parses every byte of it before the first highlight can show.
 */
import { getTerm } from '../../../glossary/core';
import { buildTermCard, type TermCardOptions } from '../../ui/term-card';
import { Tooltip, type TooltipOptions } from './tooltip';

export interface CardUi {
  createTooltip(doc: Document, o: TooltipOptions): Tooltip;
  /** The card for a term and the term's name; null for an id the glossary does not have. */
  card(doc: Document, termId: string, opts: TermCardOptions): { el: HTMLElement; name: string } | null;
}

export const cardUi: CardUi = {
  createTooltip: (doc, o) => new Tooltip(doc, o),
  card(doc, termId, opts) {
    const term = getTerm(termId);
    return term ? { el: buildTermCard(doc, term, opts), name: term.name } : null;
  },
};
