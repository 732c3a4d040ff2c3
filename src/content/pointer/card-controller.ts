/**
 * From the term under the pointer to its card: a short delay before a card
 * opens, a grace period before it closes (so the pointer can travel into
 * it), Esc and outside clicks to close it, and keyboard navigation from one
 * occurrence to the next (reveal). The card UI (tooltip and cards) arrives
 * on first need; a hover that came before it is served when it comes.
 */
import type { CardUi, CardView } from '../card/card-ui';
import type { Tooltip } from '../card/tooltip';
import type { Painter } from '../paint/painter';
import { compareStarts, liveRange, type MatchRec } from '../page/match-rec';
import type { BlockState, PageModel } from '../page/page-model';
import type { Hit } from './hit-index';

const SHOW_DELAY_MS = 250;
const HIDE_GRACE_MS = 300;

export interface CardControllerOptions {
  doc: Document;
  model: PageModel;
  painter: Pick<Painter, 'setActive' | 'toneOf'>;
  /** "Read in the interview" was chosen. */
  openReader: (paragraph: number, termId: string) => void;
  /** The tooltip and cards, loaded on first need (UiLoader); load() gives null if they did not come. */
  ui: { readonly current: CardUi | null; load(): Promise<CardUi | null> };
  /** Resolves when the first full scan is done (reveal waits for it on a page still being read). */
  scanned: () => Promise<void>;
}

interface Shown {
  state: BlockState;
  match: MatchRec;
}

export class CardController {
  /** Made when the card UI has arrived (before the first card is shown). */
  private tip: Tooltip | null = null;
  /** The occurrence whose card waits for the card UI. */
  private awaitingUi: Shown | null = null;
  private on = false;
  private shown: Shown | null = null;
  private pending: MatchRec | null = null;
  private showTimer: ReturnType<typeof setTimeout> | null = null;
  private hideTimer: ReturnType<typeof setTimeout> | null = null;
  private returnFocus: HTMLElement | null = null;
  private lastRevealed: MatchRec | null = null;
  /** Fetch the card UI at the next pointer movement (see preloadUi). */
  private uiWanted = false;

  constructor(private readonly o: CardControllerOptions) {}

  /** The term of the occurrence last revealed (the side panel follows it). */
  get revealedTermId(): string | null {
    return this.lastRevealed?.termId ?? null;
  }

  /** Whether n is our UI (the tooltip's host or inside it). */
  isOurs(n: Node): boolean {
    return this.tip?.isOurs(n) ?? false;
  }

  /** Whether an event happened inside our UI. */
  isEventOurs(e: Event): boolean {
    return this.tip?.isEventOurs(e) ?? false;
  }

  start(): void {
    if (this.on) return;
    this.on = true;
    const win = this.o.doc.defaultView;
    win?.addEventListener('keydown', this.onKey, true);
    win?.addEventListener('pointerdown', this.onPointerDown, true);
    this.o.doc.documentElement.addEventListener('pointerleave', this.onLeaveDoc);
  }

  stop(): void {
    if (!this.on) return;
    this.on = false;
    this.clearTimers();
    const win = this.o.doc.defaultView;
    win?.removeEventListener('keydown', this.onKey, true);
    win?.removeEventListener('pointerdown', this.onPointerDown, true);
    this.o.doc.documentElement.removeEventListener('pointerleave', this.onLeaveDoc);
    this.tip?.destroy();
    this.tip = null;
    this.awaitingUi = null;
    this.shown = null;
    this.pending = null;
    this.lastRevealed = null;
    this.returnFocus = null;
  }

  /**
   * The page has terms: the card UI is fetched at the reader's first pointer
   * movement, ahead of the first hover, not while the page loads (it is
   * 167 KB to compile: measured 5 ms of main-thread CPU on a 40 KB
   * article). A reader who never points pays nothing; the keyboard's next
   * term fetches it when asked.
   */
  preloadUi(): void {
    this.uiWanted = true;
  }

  /** What is under the pointer now (the pointer watch calls this once a frame at most). */
  onHover(hit: Hit | null, overUi: boolean): void {
    if (this.uiWanted) {
      this.uiWanted = false;
      if (this.on) void this.o.ui.load();
    }
    if (overUi || (hit && this.shown && hit.match === this.shown.match)) {
      if (this.hideTimer !== null) clearTimeout(this.hideTimer);
      this.hideTimer = null;
      if (!overUi) this.cancelPending();
      return;
    }
    if (hit) {
      if (this.pending === hit.match) return;
      this.cancelPending();
      this.pending = hit.match;
      const line = hit.rect;
      this.showTimer = setTimeout(() => {
        this.showTimer = null;
        this.pending = null;
        this.showFor(hit.state, hit.match, line, false);
      }, SHOW_DELAY_MS);
      return;
    }
    this.cancelPending();
    if (this.shown && this.hideTimer === null && !(this.tip?.hasFocus() ?? false)) {
      this.hideTimer = setTimeout(() => {
        this.hideTimer = null;
        this.hide(false);
      }, HIDE_GRACE_MS);
    }
  }

  /**
   * Moves to the next occurrence (of termId, or of any term), scrolls to it
   * and opens its card with focus on the card itself (highlights are not
   * elements and cannot take focus); Esc gives focus back.
   */
  async reveal(termId?: string): Promise<boolean> {
    if (!this.on) return false;
    const of = (): { state: BlockState; match: MatchRec }[] => this.o.model.allMatches().filter((x) => !termId || x.match.termId === termId);
    let list = of();
    if (list.length === 0) {
      await this.o.scanned();
      list = of();
    }
    if (list.length === 0) return false;
    const prev = this.lastRevealed;
    let idx = prev ? list.findIndex((x) => x.match === prev) + 1 : 0;
    if (prev && idx === 0) {
      // The last one is gone or of another term: the first one after it in document order.
      idx = list.findIndex((x) => compareStarts(x.match.range, prev.range) > 0);
      if (idx < 0) idx = 0;
    }
    const next = list[idx % list.length];
    if (!next) return false;
    this.lastRevealed = next.match;
    const active = this.o.doc.activeElement;
    if (active instanceof HTMLElement && !this.isOurs(active)) this.returnFocus = active;
    const target = next.match.range.startContainer.parentElement;
    const win = this.o.doc.defaultView;
    const reduce = win?.matchMedia('(prefers-reduced-motion: reduce)').matches ?? true;
    this.o.painter.setActive(next.match.range);
    target?.scrollIntoView({ block: 'center', inline: 'nearest', behavior: reduce ? 'auto' : 'smooth' });
    if (!reduce && win) {
      await new Promise<void>((ok) => {
        const t = setTimeout(ok, 700);
        win.addEventListener(
          'scrollend',
          () => {
            clearTimeout(t);
            ok();
          },
          { once: true },
        );
      });
    }
    this.showFor(next.state, next.match, null, true);
    return true;
  }

  private clearTimers(): void {
    if (this.showTimer !== null) clearTimeout(this.showTimer);
    if (this.hideTimer !== null) clearTimeout(this.hideTimer);
    this.showTimer = null;
    this.hideTimer = null;
  }

  private cancelPending(): void {
    if (this.showTimer !== null) clearTimeout(this.showTimer);
    this.showTimer = null;
    this.pending = null;
    this.awaitingUi = null;
  }

  // Only the reader's own input counts: a page's synthetic events must not open, move or close anything.
  private readonly onLeaveDoc = (e: Event): void => {
    if (e.isTrusted) this.onHover(null, false);
  };

  private readonly onKey = (e: KeyboardEvent): void => {
    if (!e.isTrusted || !this.tip?.isShown) return;
    if (e.key === 'Escape') this.hide(true);
    else if (this.tip.onKey(e)) {
      // C copied the citation: the page does not also act on the key.
      e.preventDefault();
      e.stopPropagation();
    }
  };

  private readonly onPointerDown = (e: PointerEvent): void => {
    if (e.isTrusted && this.tip?.isShown && !this.tip.isEventOurs(e)) this.hide(false);
  };

  /** Opens the card for one occurrence; line is the line box to point at. The card UI is loaded first if it has not come yet. */
  private showFor(state: BlockState, match: MatchRec, line: DOMRect | null, focus: boolean): void {
    if (!this.on) return;
    const cards = this.o.ui.current;
    if (cards) {
      this.tip ??= cards.createTooltip(this.o.doc, { onHidden: () => this.afterHide() });
      this.showCard(cards, this.tip, state, match, line, focus);
      return;
    }
    const want: Shown = { state, match };
    this.awaitingUi = want;
    void this.o.ui.load().then((loaded) => {
      // Still wanted: nothing else was pointed at, shown or hidden meanwhile.
      if (!loaded || !this.on || this.awaitingUi !== want) return;
      this.awaitingUi = null;
      this.showFor(state, match, line, focus);
    });
  }

  /** Only from showFor, which has checked that the controller is on. */
  private showCard(cards: CardUi, tip: Tooltip, state: BlockState, match: MatchRec, line: DOMRect | null, focus: boolean): void {
    if (this.hideTimer !== null) clearTimeout(this.hideTimer);
    this.hideTimer = null;
    const range = liveRange(this.o.doc, match.range);
    let lineIndex = 0;
    if (line) {
      const rects = [...range.getClientRects()];
      const i = rects.findIndex((r) => Math.abs(r.top - line.top) < 1 && Math.abs(r.left - line.left) < 1);
      lineIndex = Math.max(0, i);
    }
    const getRect = (): DOMRect => range.getClientRects()[lineIndex] ?? range.getBoundingClientRect();
    const dark = this.o.painter.toneOf(state.owner);
    const build = (id: string): CardView | null =>
      cards.card(this.o.doc, id, {
        // Not the reader's extension URL: the page must not learn it (a stable, per-install id in Firefox).
        onRead: (p, tid) => {
          this.hide(false);
          this.o.openReader(p, tid);
        },
        requireTrusted: true,
        onRelated: (rid) => {
          const related = build(rid);
          if (related) tip.show(related.el, getRect, dark, related.label, related.announce);
        },
      });
    const card = build(match.termId);
    if (!card) return;
    this.shown = { state, match };
    this.o.painter.setActive(match.range);
    tip.show(card.el, getRect, dark, card.label, card.announce);
    if (focus) tip.focusCard();
  }

  private hide(restoreFocus: boolean): void {
    this.clearTimers();
    const hadFocus = this.tip?.hasFocus() ?? false;
    this.tip?.hide();
    this.awaitingUi = null;
    this.o.painter.setActive(null);
    this.shown = null;
    const back = this.returnFocus;
    this.returnFocus = null;
    if ((restoreFocus || hadFocus) && back?.isConnected) back.focus({ preventScroll: true });
    else if (hadFocus) (this.o.doc.activeElement as HTMLElement | null)?.blur();
  }

  private afterHide(): void {
    if (!this.tip?.isShown && this.shown === null) this.o.painter.setActive(null);
  }
}
