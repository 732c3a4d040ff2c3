/**
 * The card's "Copy citation" button and its confirmation. The confirmation
 * is a polite status region in the card, so a screen reader hears it too.
 * A card on a page also copies on a key (see runCite): the button keeps the
 * action, so key and click do the same. DOM only.
 */
import type { Term } from '../../glossary/types';
import { buildCitation } from '../core/citation';
import { copyRichText } from './cite-copy';
import { t } from './i18n';

const CONFIRM_MS = 2500;

export interface CiteButtonOptions {
  /** Ignore clicks a script made (on a page's card). */
  requireTrusted?: boolean;
  /** The key that copies while the card is open, if its context listens for one ("c"). */
  key?: string;
}

const actions = new WeakMap<HTMLElement, () => void>();

/** The button and its status line, or null for a term the interview does not cite. */
export function buildCiteButton(doc: Document, term: Term, opts: CiteButtonOptions = {}): HTMLElement | null {
  const citation = buildCitation(term);
  if (!citation) return null;
  const wrap = doc.createElement('span');
  wrap.className = 'pl-card-cite';
  const button = doc.createElement('button');
  button.type = 'button';
  button.className = 'pl-card-cite-button';
  button.textContent = t('cite_copy');
  button.title = t('cite_copy_hint');
  if (opts.key) button.setAttribute('aria-keyshortcuts', opts.key);
  const status = doc.createElement('span');
  status.className = 'pl-card-cite-status';
  status.setAttribute('role', 'status');
  let clear: ReturnType<typeof setTimeout> | undefined;
  const say = (s: string): void => {
    clearTimeout(clear);
    // Emptied first so the same word twice is announced twice.
    status.textContent = '';
    status.textContent = s;
    wrap.dataset.state = s === t('cite_copied') ? 'copied' : 'failed';
    clear = setTimeout(() => {
      status.textContent = '';
      delete wrap.dataset.state;
    }, CONFIRM_MS);
  };
  const run = (): void => {
    void copyRichText(doc, citation).then((ok) => say(ok ? t('cite_copied') : t('cite_copy_failed')));
  };
  button.addEventListener('click', (e) => {
    if (!opts.requireTrusted || e.isTrusted) run();
  });
  actions.set(button, run);
  wrap.append(button, status);
  return wrap;
}

/**
 * Copies the citation of the card in root, as its button would. For a
 * context's own trusted key handler: the copy must run inside that event.
 * False if root holds no citable card.
 */
export function runCite(root: ParentNode): boolean {
  const button = root.querySelector<HTMLElement>('.pl-card-cite-button');
  const run = button ? actions.get(button) : undefined;
  if (!run) return false;
  run();
  return true;
}
