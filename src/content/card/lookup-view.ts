/**
 * What "Look up in Policy Lens" shows next to the selection: the term's
 * card when the selection names one, else a short list of the closest
 * entries (each opens its card in the same place), or a sentence saying
 * nothing is close. Its own tooltip (a second host), so a card the pointer
 * opened meanwhile does not close it; Esc or a click elsewhere does.
 */
import { getTerm } from '../../../glossary/core';
import { t, termNames } from '../../ui/i18n';
import type { TermCardOptions } from '../../ui/term-card';
import type { Tooltip, TooltipOptions } from './tooltip';

export interface LookupRequest {
  termIds: readonly string[];
  exact: boolean;
  /** The selected text, for the list's heading. */
  query: string;
  /** Where the selection is now (called again while the page scrolls). */
  anchor: () => DOMRect;
  dark: boolean;
  /** "Read in the interview" was chosen in a card. */
  onRead: (paragraph: number, termId: string) => void;
}

/** What this needs of card-ui.ts (structural, so the two do not import each other). */
export interface LookupCards {
  createTooltip(doc: Document, o: TooltipOptions): Tooltip;
  card(doc: Document, termId: string, opts: TermCardOptions): { el: HTMLElement; label: string; announce: Array<string | Node> } | null;
}

const QUERY_SHOWN = 60;

let current: { close: () => void } | null = null;

function el<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const e = doc.createElement(tag);
  e.className = className;
  if (text !== undefined) e.textContent = text;
  return e;
}

/** Shows the look-up; true when something was shown. A second look-up replaces the first. */
export function showLookup(doc: Document, cards: LookupCards, r: LookupRequest): boolean {
  current?.close();
  const win = doc.defaultView;
  if (!win) return false;
  const before = doc.activeElement instanceof HTMLElement ? doc.activeElement : null;
  const tip = cards.createTooltip(doc, {});
  const query = r.query.length > QUERY_SHOWN ? `${r.query.slice(0, QUERY_SHOWN)}…` : r.query;

  const openCard = (termId: string): boolean => {
    const card = cards.card(doc, termId, {
      requireTrusted: true,
      onRead: (p, id) => {
        close();
        r.onRead(p, id);
      },
      onRelated: (id) => void openCard(id),
    });
    if (!card) return false;
    tip.show(card.el, r.anchor, r.dark, card.label, card.announce);
    tip.focusCard();
    return true;
  };

  const openList = (): void => {
    const box = el(doc, 'div', 'pl-card pl-lookup');
    const label = t('menu_lookup_label');
    if (r.termIds.length === 0) {
      box.append(el(doc, 'p', 'pl-lookup-none', t('menu_lookup_none', query)));
    } else {
      box.append(el(doc, 'p', 'pl-card-label pl-lookup-heading', t('menu_lookup_closest', query)));
      const list = el(doc, 'ul', 'pl-card-fold-list pl-lookup-list');
      for (const id of r.termIds) {
        const term = getTerm(id);
        if (!term) continue;
        const li = el(doc, 'li', 'pl-lookup-item');
        // A link acting as a button, like the card's related terms: it wraps as text does.
        const a = el(doc, 'a', 'pl-card-linkish pl-lookup-choice');
        a.setAttribute('role', 'button');
        a.tabIndex = 0;
        a.dataset.term = id;
        const [first, second] = termNames(term);
        const name = el(doc, 'span', 'pl-lookup-name', first.text);
        name.lang = first.lang;
        const other = el(doc, 'span', 'pl-lookup-other', second.text);
        other.lang = second.lang;
        a.append(name, ' ', other);
        const choose = (e: Event): void => {
          // A page's script must not drive our UI.
          if (!e.isTrusted) return;
          e.preventDefault();
          openCard(id);
        };
        a.addEventListener('click', choose);
        a.addEventListener('keydown', (e) => {
          if (e.key === 'Enter' || e.key === ' ') choose(e);
        });
        li.append(a);
        list.append(li);
      }
      box.append(list);
    }
    tip.show(box, r.anchor, r.dark, label, label);
    tip.focusCard();
  };

  const onKey = (e: KeyboardEvent): void => {
    if (!e.isTrusted) return;
    if (e.key === 'Escape') {
      close();
      if (before?.isConnected) before.focus({ preventScroll: true });
      return;
    }
    if (tip.onKey(e)) e.preventDefault();
  };
  const onDown = (e: PointerEvent): void => {
    if (e.isTrusted && !tip.isEventOurs(e)) close();
  };

  function close(): void {
    win?.removeEventListener('keydown', onKey, true);
    win?.removeEventListener('pointerdown', onDown, true);
    tip.destroy();
    if (current === handle) current = null;
  }
  const handle = { close };
  current = handle;
  win.addEventListener('keydown', onKey, true);
  win.addEventListener('pointerdown', onDown, true);

  const first = r.termIds[0];
  if (r.exact && first !== undefined && openCard(first)) return true;
  openList();
  return true;
}
