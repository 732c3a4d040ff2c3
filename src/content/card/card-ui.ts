/**
 * The tooltip and the term cards: the part of the content script a page
 * needs only once the reader points at a term. It is built as a script of
 * its own (content-ui.js, see entries/content-ui.ts) and injected by the background
 * when the main script asks (ui-loader.ts): tippy, popper, the card and the
 * glossary's texts are close to half of the content script, and a fresh tab
 * parses every byte of it before the first highlight can show.
 */
import { getTerm } from '../../../glossary/core';
import { t, termNames, tNodes, type Named } from '../../ui/i18n';
import { buildTermCard, type TermCardOptions } from '../../ui/term-card';
import { showLookup, type LookupRequest } from './lookup-view';
import { CITE_KEY, Tooltip, type TooltipOptions } from './tooltip';

export interface CardUi {
  createTooltip(doc: Document, o: TooltipOptions): Tooltip;
  /** The card for a term, its accessible name and what a screen reader hears as it opens; null for an id the glossary does not have. */
  card(doc: Document, termId: string, opts: TermCardOptions): CardView | null;
  /** Shows a selection's look-up next to it (lookup-view.ts); false if nothing could be shown. */
  lookup(doc: Document, r: LookupRequest): boolean;
}

export interface CardView {
  el: HTMLElement;
  name: string;
  /** "Policy Lens: low-altitude economy", the dialog's name. */
  label: string;
  /** "Card: low-altitude economy (低空经济)", said by the live region; each name in its own lang. */
  announce: Array<string | Node>;
}

/** A name inside the announcement, marked with its language so a screen reader voices it as such. */
function named(doc: Document, n: Named): HTMLElement {
  const s = doc.createElement('span');
  s.lang = n.lang;
  s.textContent = n.text;
  return s;
}

export const cardUi: CardUi = {
  createTooltip: (doc, o) => new Tooltip(doc, o),
  card(doc, termId, opts) {
    const term = getTerm(termId);
    if (!term) return null;
    // A Chinese UI names the Chinese first, as its card does.
    const [first, second] = termNames(term);
    return {
      el: buildTermCard(doc, term, { citeKey: CITE_KEY, ...opts }),
      name: term.name,
      label: t('a11y_card_label', first.text),
      announce: tNodes('a11y_card_open', named(doc, first), named(doc, second)),
    };
  },
  lookup: (doc, r) => showLookup(doc, cardUi, r),
};
