/**
 * "On this page": the terms found in the target tab with their counts,
 * grouped by category; choosing one reveals its next occurrence in the page.
 * Otherwise a plain sentence saying why there is nothing, with the one action
 * that helps.
 */
import { CATEGORIES, getTerm, type Term } from '../../glossary';
import type { PageTermsReply, TermCounts } from '../core/messages';
import { ABOUT_TEXT, groupCounts, STATUS_TEXT, type PageStatus } from '../core/page-terms';

/** Held terms named in the note before "and N more". */
const HELD_NAMED = 4;

export interface PageViewActions {
  reveal(termId: string): Promise<boolean>;
  /** Marks the general terms on this page although nothing says it is about China. */
  markGeneric(): Promise<void>;
  annotateOnce(): Promise<void>;
  enableSite(): void;
  /** Asks the browser for this site's access (must run inside the click: a user gesture). */
  grantAccess(): Promise<boolean>;
  resume(): void;
}

export interface PageViewState {
  status: PageStatus;
  reply: PageTermsReply | null;
  /** Display name of the site ("this site" when none). */
  siteName: string;
  isDefaultSite: boolean;
}

function el<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const e = doc.createElement(tag);
  e.className = className;
  if (text !== undefined) e.textContent = text;
  return e;
}

function button(doc: Document, text: string, onClick: () => void, className = 'pl-button'): HTMLButtonElement {
  const b = el(doc, 'button', className, text);
  b.type = 'button';
  b.addEventListener('click', onClick);
  return b;
}

export interface PageView {
  root: HTMLElement;
  render(state: PageViewState): void;
  /** Distinct terms currently listed (for the tab label). */
  count(): number;
}

export function buildPageView(doc: Document, actions: PageViewActions): PageView {
  const root = el(doc, 'div', 'pl-page');
  const live = el(doc, 'p', 'pl-live');
  live.setAttribute('role', 'status');
  live.setAttribute('aria-live', 'polite');
  const body = el(doc, 'div', 'pl-page-body');
  root.append(body, live);
  let shown = 0;
  let lastKey = '';

  function empty(state: PageViewState): HTMLElement {
    const box = el(doc, 'div', 'pl-empty');
    box.dataset.status = state.status;
    const text = state.status === 'terms' ? '' : STATUS_TEXT[state.status];
    box.append(el(doc, 'p', 'pl-empty-text', text));
    const actionsRow = el(doc, 'div', 'pl-empty-actions');
    const once = (label = 'Annotate this page once'): HTMLButtonElement =>
      button(doc, label, () => {
        live.textContent = 'Reading this page…';
        actions.annotateOnce().then(
          () => (live.textContent = ''),
          (e: unknown) => (live.textContent = `Could not annotate this page: ${e instanceof Error ? e.message : String(e)}`),
        );
      });
    switch (state.status) {
      case 'not-enabled':
        box.append(el(doc, 'p', 'pl-empty-more', `Policy Lens runs on a list of news sites. Enable it on ${state.siteName} to annotate every visit, or just this page.`));
        actionsRow.append(button(doc, `Enable on ${state.siteName}`, actions.enableSite, 'pl-button pl-primary'), once());
        break;
      case 'off':
        actionsRow.append(once());
        break;
      case 'no-script':
        actionsRow.append(once('Read this page now'));
        break;
      case 'no-access':
        box.append(el(doc, 'p', 'pl-empty-more', `Firefox lets you withhold a site's access from an add-on. Allow Policy Lens to read ${state.siteName} to see its terms here and on later visits.`));
        actionsRow.append(
          button(
            doc,
            `Allow access to ${state.siteName}`,
            () => {
              actions.grantAccess().then(
                (ok) => (live.textContent = ok ? '' : 'Access was not granted.'),
                (e: unknown) => (live.textContent = `Could not ask for access: ${e instanceof Error ? e.message : String(e)}`),
              );
            },
            'pl-button pl-primary',
          ),
          once(),
        );
        break;
      case 'paused':
        actionsRow.append(button(doc, 'Resume', actions.resume, 'pl-button pl-primary'));
        break;
      case 'held': {
        const held = state.reply ? heldNote(state.reply.held) : null;
        if (held) box.append(held);
        break;
      }
      default:
        break;
    }
    if (actionsRow.childElementCount > 0) box.append(actionsRow);
    return box;
  }

  /** The general terms left unmarked, why, and the one click that marks them. */
  function heldNote(held: TermCounts): HTMLElement | null {
    const items = Object.entries(held)
      .map(([id, count]) => ({ term: getTerm(id), count }))
      .filter((x): x is { term: Term; count: number } => x.term !== undefined && x.count > 0)
      .sort((a, b) => b.count - a.count || a.term.name.localeCompare(b.term.name));
    if (items.length === 0) return null;
    const box = el(doc, 'div', 'pl-held');
    box.setAttribute('role', 'note');
    const n = items.length;
    const named = items.slice(0, HELD_NAMED).map((i) => `${i.term.name} (${i.count})`);
    const more = n > HELD_NAMED ? ` and ${n - HELD_NAMED} more` : '';
    box.append(el(doc, 'p', 'pl-held-text', `${n} general term${n === 1 ? '' : 's'} left unmarked: ${named.join(', ')}${more}.`));
    box.append(
      el(doc, 'p', 'pl-held-why', 'These words have everyday meanings too, and nothing on this page says it is about China, so their cards about Chinese policy stay hidden.'),
    );
    const markAnyway = button(
      doc,
      'Mark them anyway',
      () => {
        markAnyway.disabled = true;
        actions.markGeneric().then(
          () => (live.textContent = 'General terms are marked on this page.'),
          (e: unknown) => {
            markAnyway.disabled = false;
            live.textContent = `The page did not answer: ${e instanceof Error ? e.message : String(e)}`;
          },
        );
      },
      'pl-button pl-held-mark',
    );
    box.append(markAnyway);
    return box;
  }

  function list(reply: PageTermsReply): HTMLElement {
    const groups = groupCounts<Term, (typeof CATEGORIES)[number]>(reply.counts, getTerm, CATEGORIES);
    const wrap = el(doc, 'div', 'pl-found');
    const total = groups.reduce((n, g) => n + g.items.reduce((m, i) => m + i.count, 0), 0);
    shown = groups.reduce((n, g) => n + g.items.length, 0);
    const still = reply.reading ? ' Still reading the page…' : '';
    wrap.append(el(doc, 'p', 'pl-found-summary', `${shown} term${shown === 1 ? '' : 's'}, ${total} mention${total === 1 ? '' : 's'}. Choose one to find it on the page.${still}`));
    if (reply.note) wrap.append(el(doc, 'p', 'pl-note', `Not every occurrence is highlighted: ${reply.note}.`));
    const generic = groups.some((g) => g.items.some((i) => i.term.scope === 'generic'));
    if (generic && reply.about) wrap.append(el(doc, 'p', 'pl-about', `General terms are marked because ${ABOUT_TEXT[reply.about]}.`));
    const held = heldNote(reply.held);
    if (held) wrap.append(held);
    for (const g of groups) {
      const section = el(doc, 'section', 'pl-group');
      section.dataset.category = g.category.id;
      const h = el(doc, 'h2', 'pl-group-title', g.category.label);
      h.id = `pl-group-${g.category.id}`;
      const ul = el(doc, 'ul', 'pl-term-list');
      ul.setAttribute('aria-labelledby', h.id);
      for (const { term, count } of g.items) {
        const li = el(doc, 'li', 'pl-term-item');
        const b = el(doc, 'button', 'pl-term-choice');
        b.type = 'button';
        b.dataset.term = term.id;
        b.dataset.count = String(count);
        const name = el(doc, 'span', 'pl-choice-name', term.name);
        const zh = el(doc, 'span', 'pl-choice-zh', term.zh.simplified);
        zh.lang = 'zh-Hans';
        const n = el(doc, 'span', 'pl-choice-count', String(count));
        n.setAttribute('aria-label', `${count} mention${count === 1 ? '' : 's'}`);
        b.append(name, zh, n);
        b.title = `Show the next “${term.name}” on the page`;
        b.addEventListener('click', () => {
          actions.reveal(term.id).then(
            (found) => (live.textContent = found ? `Showing “${term.name}” on the page.` : `“${term.name}” is no longer on the page.`),
            () => (live.textContent = 'The page did not answer. Reload it and try again.'),
          );
        });
        li.append(b);
        ul.append(li);
      }
      section.append(h, ul);
      wrap.append(section);
    }
    return wrap;
  }

  function render(state: PageViewState): void {
    const r = state.reply;
    const key = JSON.stringify([state.status, r?.counts ?? null, r?.held ?? null, r?.about ?? null, r?.reading ?? null, r?.note ?? null, state.siteName]);
    if (key === lastKey) return;
    lastKey = key;
    // Keep keyboard focus on the same term across a refresh.
    const focusedTerm = root.contains(doc.activeElement) ? (doc.activeElement as HTMLElement).dataset.term : undefined;
    shown = 0;
    body.replaceChildren(state.status === 'terms' && state.reply ? list(state.reply) : empty(state));
    root.dataset.status = state.status;
    if (focusedTerm) body.querySelector<HTMLElement>(`[data-term="${CSS.escape(focusedTerm)}"]`)?.focus();
  }

  return { root, render, count: () => shown };
}
