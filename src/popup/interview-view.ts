/**
 * "Interview": the full article with glossary terms marked, explained on
 * hover or focus (the shared article view and term card), and ways to open
 * it in a tab or beside the article (the side panel).
 */
import { ARTICLE, getTerm, surfaceForms } from '../../glossary';
import { compileMatcher } from '../core/matcher';
import { buildArticleView } from '../ui/article-view';
import { t } from '../ui/i18n';
import { attachTermPopover } from '../ui/term-popover';

export interface InterviewViewOptions {
  openReader(target: { paragraph?: number; termId?: string }): void;
  /** Where the browser has a side panel: opens it (called inside the click). */
  openSidePanel?: () => void;
  /** The scrolling element the popover is positioned in. */
  scroller: HTMLElement;
}

export function buildInterviewView(doc: Document, opts: InterviewViewOptions): HTMLElement {
  const root = doc.createElement('div');
  root.className = 'pl-interview';

  const bar = doc.createElement('div');
  bar.className = 'pl-interview-bar';
  const note = doc.createElement('p');
  note.className = 'pl-interview-note';
  note.textContent = t('popup_interview_note');
  const open = doc.createElement('button');
  open.type = 'button';
  open.className = 'pl-button';
  open.textContent = t('popup_open_tab');
  open.addEventListener('click', () => opts.openReader({}));
  bar.append(note, open);
  if (opts.openSidePanel) {
    const panel = doc.createElement('button');
    panel.type = 'button';
    panel.className = 'pl-button';
    panel.textContent = t('panel_open');
    panel.addEventListener('click', () => opts.openSidePanel?.());
    bar.append(panel);
  }

  const article = buildArticleView(doc, ARTICLE, compileMatcher(surfaceForms()), {
    idPrefix: 'pl-i-',
    onOpenParagraph: (paragraph) => opts.openReader({ paragraph }),
  });
  root.append(bar, article);

  const popover = attachTermPopover(doc, opts.scroller, {
    lookup: getTerm,
    card: {
      // Within the popup, "Read in the interview" scrolls to the paragraph.
      onRead: (paragraph) => {
        popover.hide();
        const p = doc.getElementById(`pl-i-p${paragraph}`);
        p?.scrollIntoView({ block: 'start' });
        p?.querySelector<HTMLElement>('.pl-para-num')?.focus({ preventScroll: true });
      },
      readHref: (paragraph) => `#pl-i-p${paragraph}`,
    },
  });
  return root;
}
