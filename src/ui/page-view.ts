/**
 * "On this page": the terms found in the target tab with their counts,
 * grouped by category; choosing one reveals its next occurrence in the page.
 * Otherwise a plain sentence saying why there is nothing, with the one action
 * that helps.
 */
import { CATEGORIES, getTerm, type Term } from '../../glossary';
import type { ContextReason } from '../core/china-context';
import type { PageTermsReply, TermCounts } from '../core/messages';
import { groupCounts, type PageStatus } from '../core/page-terms';
import { parseScanNote } from '../core/scan-note';
import type { MessageKey } from '../i18n/catalog';
import { isChineseUi, t, tCount, termNames, tNodes } from './i18n';
import { categoryName } from './term-card';

const STATUS_KEY: Readonly<Record<Exclude<PageStatus, 'terms'>, MessageKey>> = {
  unsupported: 'popup_status_unsupported',
  'no-highlights': 'popup_status_no_highlights',
  paused: 'popup_status_paused',
  off: 'popup_status_off',
  'not-enabled': 'popup_status_not_enabled',
  'no-script': 'popup_status_no_script',
  'no-access': 'popup_status_no_access',
  none: 'popup_status_none',
  reading: 'popup_status_reading',
  held: 'popup_status_held',
};

/** Why general terms are marked, one sentence each. */
const ABOUT_KEY: Readonly<Record<ContextReason, MessageKey>> = {
  forced: 'popup_about_forced',
  outlet: 'popup_about_outlet',
  language: 'popup_about_language',
  title: 'popup_about_title',
  'specific-term': 'popup_about_specific_term',
  text: 'popup_about_text',
};

/** The content script's note on what it left out, in the reader's words. */
function noteText(code: string): string {
  const note = parseScanNote(code);
  if (!note) return t('popup_note_other');
  return note.kind === 'block' ? t('popup_note_block', note.limit.toLocaleString('en')) : t('popup_note_ranges', note.limit.toLocaleString('en'));
}

const errorText = (e: unknown): string => (e instanceof Error ? e.message : String(e));

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

/** A term's name in a sentence: the Chinese in a Chinese UI, else the glossary's English, each in its lang. */
function termLabel(doc: Document, term: Term): HTMLElement {
  const [first] = termNames(term);
  const s = el(doc, 'span', 'pl-term-name', first.text);
  s.lang = first.lang;
  return s;
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
    const text = state.status === 'terms' ? '' : t(STATUS_KEY[state.status]);
    box.append(el(doc, 'p', 'pl-empty-text', text));
    const actionsRow = el(doc, 'div', 'pl-empty-actions');
    const once = (label = t('popup_annotate_once')): HTMLButtonElement =>
      button(doc, label, () => {
        live.textContent = t('popup_reading');
        actions.annotateOnce().then(
          () => (live.textContent = ''),
          (e: unknown) => (live.textContent = t('popup_annotate_failed', errorText(e))),
        );
      });
    switch (state.status) {
      case 'not-enabled':
        box.append(el(doc, 'p', 'pl-empty-more', t('popup_not_enabled_more', state.siteName)));
        actionsRow.append(button(doc, t('popup_enable_on', state.siteName), actions.enableSite, 'pl-button pl-primary'), once());
        break;
      case 'off':
        actionsRow.append(once());
        break;
      case 'no-script':
        actionsRow.append(once(t('popup_read_now')));
        break;
      case 'no-access':
        box.append(el(doc, 'p', 'pl-empty-more', t('popup_no_access_more', state.siteName)));
        actionsRow.append(
          button(
            doc,
            t('popup_allow_access', state.siteName),
            () => {
              actions.grantAccess().then(
                (ok) => (live.textContent = ok ? '' : t('popup_access_refused')),
                (e: unknown) => (live.textContent = t('popup_access_failed', errorText(e))),
              );
            },
            'pl-button pl-primary',
          ),
          once(),
        );
        break;
      case 'paused':
        actionsRow.append(button(doc, t('popup_resume'), actions.resume, 'pl-button pl-primary'));
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
    // The terms are named as the glossary names them (English, lang="en"), in a sentence of the UI's language.
    const named = items.slice(0, HELD_NAMED).map((i) => {
      const item = doc.createElement('span');
      item.append(...tNodes('popup_held_item', termLabel(doc, i.term), i.count));
      return item;
    });
    const [head, ...rest] = named;
    let list: Node = head ?? doc.createTextNode('');
    for (const item of rest) {
      const span = doc.createElement('span');
      span.append(...tNodes('common_list', list, item));
      list = span;
    }
    if (n > HELD_NAMED) {
      const span = doc.createElement('span');
      span.append(...tNodes('popup_held_more', list, n - HELD_NAMED));
      list = span;
    }
    const text = el(doc, 'p', 'pl-held-text');
    text.append(...tNodes(n === 1 ? 'popup_held_one' : 'popup_held_many', n, list));
    box.append(text);
    box.append(el(doc, 'p', 'pl-held-why', t('popup_held_why')));
    const markAnyway = button(
      doc,
      t('popup_mark_anyway'),
      () => {
        markAnyway.disabled = true;
        actions.markGeneric().then(
          () => (live.textContent = t('popup_marked')),
          (e: unknown) => {
            markAnyway.disabled = false;
            live.textContent = t('popup_page_silent', errorText(e));
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
    const summary = t('popup_found', tCount('popup_terms_one', 'popup_terms_many', shown), tCount('popup_mentions_one', 'popup_mentions_many', total));
    wrap.append(el(doc, 'p', 'pl-found-summary', reply.reading ? `${summary} ${t('popup_still_reading')}` : summary));
    if (reply.note) wrap.append(el(doc, 'p', 'pl-note', t('popup_note', noteText(reply.note))));
    const generic = groups.some((g) => g.items.some((i) => i.term.scope === 'generic'));
    if (generic && reply.about) wrap.append(el(doc, 'p', 'pl-about', t(ABOUT_KEY[reply.about])));
    const held = heldNote(reply.held);
    if (held) wrap.append(held);
    for (const g of groups) {
      const section = el(doc, 'section', 'pl-group');
      section.dataset.category = g.category.id;
      const h = el(doc, 'h2', 'pl-group-title', categoryName(g.category.id));
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
        name.lang = 'en';
        const zh = el(doc, 'span', 'pl-choice-zh', term.zh.simplified);
        zh.lang = 'zh-Hans';
        const n = el(doc, 'span', 'pl-choice-count', String(count));
        n.setAttribute('aria-label', tCount('popup_mentions_one', 'popup_mentions_many', count));
        // A Chinese UI names the term by its Chinese first, as its card does.
        b.append(...(isChineseUi() ? [zh, name] : [name, zh]), n);
        const called = termNames(term)[0].text;
        b.title = t('popup_choice_title', called);
        b.addEventListener('click', () => {
          actions.reveal(term.id).then(
            (found) => (live.textContent = found ? t('popup_showing', called) : t('popup_gone', called)),
            () => (live.textContent = t('popup_no_answer')),
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
