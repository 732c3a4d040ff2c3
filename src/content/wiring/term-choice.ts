/**
 * A term the reader chooses on the page: a plain click on a highlighted
 * term (not a drag that selects text, not inside our card). Hovers are not
 * choices: a pointer crossing the article would make the side panel jump
 * under the reader's eyes. The keyboard's reveal is a choice too
 * (annotator.ts reports it).
 */
import type { HitIndex } from '../pointer/hit-index';

export class TermChoice {
  private readonly win: Window;

  constructor(
    private readonly doc: Document,
    private readonly hits: Pick<HitIndex, 'at'>,
    private readonly isOurs: (e: Event) => boolean,
    private readonly onChosen: (termId: string) => void,
  ) {
    this.win = doc.defaultView as Window;
  }

  private readonly onClick = (e: MouseEvent): void => {
    // The reader's own click only: a page's synthetic click must not drive the panel.
    if (!e.isTrusted || e.button !== 0 || e.ctrlKey || e.metaKey || e.shiftKey || e.altKey || this.isOurs(e)) return;
    const sel = this.doc.getSelection();
    if (sel && !sel.isCollapsed) return;
    try {
      const hit = this.hits.at(e.clientX, e.clientY);
      if (hit) this.onChosen(hit.match.termId);
    } catch (err) {
      console.warn(`Policy Lens: hit-test failed: ${String(err)}`);
    }
  };

  start(): void {
    this.win.addEventListener('click', this.onClick, { passive: true, capture: true });
  }

  stop(): void {
    this.win.removeEventListener('click', this.onClick, { capture: true });
  }
}
