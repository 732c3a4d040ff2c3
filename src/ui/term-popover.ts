/**
 * Explains the term buttons (.pl-term[data-term]) inside a scrolling
 * container on hover or keyboard focus, with the shared term card. Follows
 * WCAG 1.4.13: the card can be hovered without vanishing, stays until the
 * pointer or focus leaves, and Esc dismisses it. The card is inserted right
 * after its term so Tab moves into its links. DOM only.
 */
import type { Term } from '../../glossary/types';
import { t } from './i18n';
import { buildTermCard, type TermCardOptions } from './term-card';

export interface TermPopoverOptions {
  lookup: (id: string) => Term | undefined;
  card?: Omit<TermCardOptions, 'headingId'>;
  showDelayMs?: number;
  hideDelayMs?: number;
}

export interface TermPopover {
  show(trigger: HTMLElement): void;
  hide(): void;
  readonly element: HTMLElement;
  destroy(): void;
}

export function attachTermPopover(doc: Document, container: HTMLElement, opts: TermPopoverOptions): TermPopover {
  const pop = doc.createElement('span');
  pop.className = 'pl-popover';
  pop.id = `pl-popover-${Math.random().toString(36).slice(2, 8)}`;
  pop.setAttribute('role', 'group');
  pop.setAttribute('aria-label', t('card_popover_label'));
  pop.hidden = true;

  let trigger: HTMLElement | null = null;
  let showTimer: ReturnType<typeof setTimeout> | undefined;
  let hideTimer: ReturnType<typeof setTimeout> | undefined;
  const showDelay = opts.showDelayMs ?? 120;
  const hideDelay = opts.hideDelayMs ?? 300;

  const termOf = (t: EventTarget | null): HTMLElement | null =>
    t instanceof HTMLElement ? t.closest<HTMLElement>('.pl-term[data-term]') : null;

  function place(): void {
    if (!trigger) return;
    const c = container.getBoundingClientRect();
    const r = trigger.getBoundingClientRect();
    const width = Math.min(360, c.width - 16);
    let left = r.left - c.left + container.scrollLeft;
    left = Math.max(8, Math.min(left, c.width - width - 8));
    pop.style.width = `${width}px`;
    pop.style.left = `${left}px`;
    const below = c.bottom - r.bottom;
    const h = pop.offsetHeight;
    const top = below >= h + 8 || r.top - c.top < h + 8 ? r.bottom - c.top + container.scrollTop + 4 : r.top - c.top + container.scrollTop - h - 4;
    pop.style.top = `${Math.max(0, top)}px`;
  }

  function show(t: HTMLElement): void {
    clearTimeout(hideTimer);
    const term = opts.lookup(t.dataset.term ?? '');
    if (!term) return;
    if (trigger === t && !pop.hidden) return;
    trigger?.removeAttribute('aria-describedby');
    trigger?.removeAttribute('aria-expanded');
    trigger = t;
    pop.replaceChildren(buildTermCard(doc, term, { ...opts.card, headingId: `${pop.id}-h` }));
    t.after(pop);
    pop.hidden = false;
    t.setAttribute('aria-describedby', pop.id);
    t.setAttribute('aria-expanded', 'true');
    place();
  }

  function hide(): void {
    clearTimeout(showTimer);
    clearTimeout(hideTimer);
    pop.hidden = true;
    trigger?.removeAttribute('aria-describedby');
    trigger?.setAttribute('aria-expanded', 'false');
    trigger = null;
  }

  const scheduleHide = (): void => {
    clearTimeout(hideTimer);
    hideTimer = setTimeout(hide, hideDelay);
  };

  const onOver = (e: MouseEvent): void => {
    if (pop.contains(e.target as Node)) {
      clearTimeout(hideTimer);
      return;
    }
    const t = termOf(e.target);
    if (!t) return;
    clearTimeout(showTimer);
    clearTimeout(hideTimer);
    showTimer = setTimeout(() => show(t), showDelay);
  };
  const onOut = (e: MouseEvent): void => {
    const to = e.relatedTarget as Node | null;
    if (to && (pop.contains(to) || (trigger && trigger.contains(to)))) return;
    if (termOf(e.target) || pop.contains(e.target as Node)) {
      clearTimeout(showTimer);
      if (!pop.hidden && !pop.contains(doc.activeElement)) scheduleHide();
    }
  };
  const onFocusIn = (e: FocusEvent): void => {
    if (pop.contains(e.target as Node)) {
      clearTimeout(hideTimer);
      return;
    }
    const t = termOf(e.target);
    if (t) show(t);
    else if (!pop.hidden) hide();
  };
  const onFocusOut = (e: FocusEvent): void => {
    const to = e.relatedTarget as Node | null;
    if (to && (pop.contains(to) || termOf(to) === trigger)) return;
    if (to && termOf(to)) return; // focusin on the next term re-points the card
    scheduleHide();
  };
  const onKey = (e: KeyboardEvent): void => {
    if (e.key !== 'Escape' || pop.hidden) return;
    e.preventDefault();
    e.stopPropagation();
    const t = trigger;
    const hadFocus = pop.contains(doc.activeElement);
    hide();
    if (hadFocus) t?.focus();
  };
  const onClick = (e: MouseEvent): void => {
    const t = termOf(e.target);
    if (t) show(t);
  };

  container.addEventListener('mouseover', onOver);
  container.addEventListener('mouseout', onOut);
  container.addEventListener('focusin', onFocusIn);
  container.addEventListener('focusout', onFocusOut);
  container.addEventListener('keydown', onKey);
  container.addEventListener('click', onClick);

  return {
    show,
    hide,
    element: pop,
    destroy() {
      hide();
      pop.remove();
      container.removeEventListener('mouseover', onOver);
      container.removeEventListener('mouseout', onOut);
      container.removeEventListener('focusin', onFocusIn);
      container.removeEventListener('focusout', onFocusOut);
      container.removeEventListener('keydown', onKey);
      container.removeEventListener('click', onClick);
    },
  };
}
