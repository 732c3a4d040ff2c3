/**
 * One frame's annotation: scanner + painter + observer + hit-test + tooltip,
 * switched on and off as a whole. Knows nothing of extension APIs: index.ts
 * hands in callbacks for what needs them.
 */
import type { TermFinder } from '../ui/types';
import { isOnDarkBackground } from './background-tone';
import { BlockPlaces } from './block-places';
import { PointerWatch, type Hit } from './hit-test';
import { NearViewport } from './near-viewport';
import { PageObserver } from './observer';
import { Painter } from './painter';
import { compareStarts, liveRange, Scanner, type BlockState, type MatchRec } from './scanner';
import { HighlightStyler, type HighlightLook } from './style';
import type { CardUi } from './card-ui';
import { HOST_TAG } from './host-tag';
import type { Tooltip } from './tooltip';
import type { ContextVerdict } from '../core/china-context';
import type { Density } from '../core/settings';
import { FirstOccurrences } from './first-marks';
import { PageContext, readPageSignals } from './page-context';

export const SHOW_DELAY_MS = 250;
export const HIDE_GRACE_MS = 300;
/** Longest wait for block measuring before the 'painted' mark (perf-marks.ts). */
const PAINTED_WAIT_MS = 2000;

export interface AnnotatorOptions {
  doc: Document;
  finder: TermFinder;
  /** "Read in the interview" was chosen. */
  openReader: (paragraph: number, termId: string) => void;
  /** href shown on the "Read in the interview" link. */
  readerHref: (paragraph: number) => string;
  /** The counts (may have) changed. */
  onCounts: () => void;
  /** The tooltip and cards, loaded on first need (UiLoader); load() gives null if they did not come. */
  ui: { readonly current: CardUi | null; load(): Promise<CardUi | null> };
}

interface Shown {
  state: BlockState;
  match: MatchRec;
}

export class Annotator {
  private readonly painter: Painter;
  private readonly scanner: Scanner;
  private readonly observer: PageObserver;
  private readonly pointer: PointerWatch;
  private readonly places: BlockPlaces;
  private readonly near: NearViewport;
  /** Made when the card UI has arrived (before the first card is shown). */
  private tip: Tooltip | null = null;
  /** The occurrence whose card waits for the card UI. */
  private awaitingUi: Shown | null = null;
  private readonly styler: HighlightStyler;
  private on = false;
  private look: HighlightLook = { style: 'background', color: 'auto' };
  private shown: Shown | null = null;
  private pending: MatchRec | null = null;
  private showTimer: ReturnType<typeof setTimeout> | null = null;
  private hideTimer: ReturnType<typeof setTimeout> | null = null;
  private keepAlive: ReturnType<typeof setInterval> | null = null;
  private returnFocus: HTMLElement | null = null;
  private lastRevealed: MatchRec | null = null;
  private scanDone: Promise<void> = Promise.resolve();
  /** Whether the page is about China: generic terms wait for it. */
  private readonly context: PageContext;
  private density: Density = 'all';
  private readonly firsts: FirstOccurrences;

  constructor(private readonly o: AnnotatorOptions) {
    const doc = o.doc;
    this.styler = new HighlightStyler(doc);
    this.context = new PageContext(readPageSignals(doc));
    this.firsts = new FirstOccurrences(() => this.scanner.states.values());
    this.painter = new Painter({
      isDark: isOnDarkBackground,
      rangesOf: (owner) => {
        const matches = this.scanner.states.get(owner)?.matches;
        if (!matches) return null;
        return (this.density === 'first' ? matches.filter((m) => this.firsts.isFirst(m)) : matches).map((m) => m.range);
      },
    });
    const isOurs = (n: Node): boolean => (this.tip?.isOurs(n) ?? false) || (n.nodeType === 1 && (n as Element).tagName.toLowerCase() === HOST_TAG);
    this.scanner = new Scanner({
      doc,
      finder: o.finder,
      painter: this.painter,
      skipTag: HOST_TAG,
      onChange: () => o.onCounts(),
      onBlock: (owner, present) => (present ? this.places.add(owner) : this.places.remove(owner)),
      onMatches: (before, after) => {
        if (this.density !== 'first') return;
        // A first occurrence moved: the blocks it left and reached repaint (only near ones are registered).
        for (const owner of this.firsts.update(before, after)) this.painter.setBlock(owner);
      },
      context: this.context,
      painted: async () => {
        const before = this.painter.changes;
        // A page that never stops changing keeps re-measuring: mark painted by then anyway.
        await Promise.race([this.places.settled(), new Promise((ok) => setTimeout(ok, PAINTED_WAIT_MS))]);
        this.near.update();
        return this.painter.changes !== before;
      },
    });
    this.places = new BlockPlaces(doc, {
      owners: () => this.scanner.states.keys(),
      onPlaced: () => this.near.placed(),
    });
    const relayout = (): void => this.places.invalidate();
    this.near = new NearViewport(doc, this.places, this.painter, relayout);
    this.observer = new PageObserver(doc.documentElement, {
      isOurs,
      rescan: (root, ownOnly) => {
        void this.scanner.rescan(root, ownOnly);
      },
      onMutation: relayout,
      workMs: () => this.scanner.workMs,
    });
    this.pointer = new PointerWatch(doc, this.scanner, this.places, {
      isOurs: (e) => this.tip?.isEventOurs(e) ?? false,
      onHover: (hit, overUi) => this.onHover(hit, overUi),
      shown: (owner) => this.painter.isShown(owner),
      onLayout: relayout,
    });
  }

  get active(): boolean {
    return this.on;
  }

  counts(): Record<string, number> {
    return this.on ? this.scanner.counts() : {};
  }

  /** Occurrences of general terms left unmarked because the page is not (yet) known to be about China. */
  heldCounts(): Record<string, number> {
    return this.on ? this.scanner.heldCounts() : {};
  }

  get contextVerdict(): ContextVerdict {
    return this.context.verdict;
  }

  /** The reader's "mark them anyway": general terms show on this page from now on. */
  markGeneric(): void {
    if (!this.context.force()) return;
    this.scanner.releaseHeld();
    this.painter.flush();
    this.o.onCounts();
  }

  /** Every occurrence, or only each term's first, painted; all of them still answer the pointer. */
  setDensity(density: Density): void {
    if (density === this.density) return;
    this.density = density;
    if (density === 'first') this.firsts.rebuild();
    else this.firsts.clear();
    if (!this.on) return;
    for (const state of this.scanner.states.values()) if (state.matches.length > 0) this.painter.setBlock(state.owner);
    this.painter.flush();
  }

  /** Why not everything is shown, if something is capped. */
  get note(): string | null {
    return this.scanner.truncated;
  }

  /**
   * Matches the first screen's text before start() (while the settings are
   * read), showing nothing; start() then shows it at once. discard() forgets it.
   */
  prepare(): void {
    if (!this.on) this.scanner.prepare();
  }

  discard(): void {
    if (!this.on) this.scanner.stop();
  }

  start(look: HighlightLook): void {
    if (this.on) return this.setLook(look);
    this.on = true;
    this.setLook(look);
    this.painter.start();
    this.places.start();
    this.near.start();
    this.observer.start();
    this.pointer.start();
    const win = this.o.doc.defaultView;
    win?.addEventListener('keydown', this.onKey, true);
    win?.addEventListener('pointerdown', this.onPointerDown, true);
    this.o.doc.documentElement.addEventListener('pointerleave', this.onLeaveDoc);
    this.keepAlive = setInterval(() => this.painter.ensureRegistered(), 2000);
    this.scanDone = this.scanner.scanAll();
    // A page with terms will be pointed at: have the cards ready by then.
    void this.scanDone.then(() => {
      if (this.on && this.scanner.hasMatches) this.preloadUi();
    });
    // Active now: report it even if the page turns out to hold no term.
    this.o.onCounts();
  }

  stop(): void {
    if (!this.on) return;
    this.on = false;
    this.observer.stop();
    this.pointer.stop();
    this.near.stop();
    this.places.stop();
    this.scanner.stop();
    this.firsts.clear();
    this.painter.clearAll();
    this.styler.remove();
    this.clearTimers();
    const win = this.o.doc.defaultView;
    win?.removeEventListener('keydown', this.onKey, true);
    win?.removeEventListener('pointerdown', this.onPointerDown, true);
    this.o.doc.documentElement.removeEventListener('pointerleave', this.onLeaveDoc);
    if (this.keepAlive !== null) clearInterval(this.keepAlive);
    this.keepAlive = null;
    this.tip?.destroy();
    this.tip = null;
    this.awaitingUi = null;
    this.shown = null;
    this.pending = null;
    this.lastRevealed = null;
    this.o.onCounts();
  }

  setLook(look: HighlightLook): void {
    this.look = look;
    if (this.on) this.styler.apply(look);
  }

  /** Resolves when the current full scan is finished. */
  whenScanned(): Promise<void> {
    return this.scanDone;
  }

  private clearTimers(): void {
    if (this.showTimer !== null) clearTimeout(this.showTimer);
    if (this.hideTimer !== null) clearTimeout(this.hideTimer);
    this.showTimer = null;
    this.hideTimer = null;
  }

  private onHover(hit: Hit | null, overUi: boolean): void {
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

  private cancelPending(): void {
    if (this.showTimer !== null) clearTimeout(this.showTimer);
    this.showTimer = null;
    this.pending = null;
    this.awaitingUi = null;
  }

  private readonly onLeaveDoc = (): void => this.onHover(null, false);

  private readonly onKey = (e: KeyboardEvent): void => {
    if (e.key === 'Escape' && this.tip?.isShown) this.hide(true);
  };

  private readonly onPointerDown = (e: PointerEvent): void => {
    if (this.tip?.isShown && !this.tip.isEventOurs(e)) this.hide(false);
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

  /** Fetches the card UI ahead of the first hover, once the page is painted and the main thread is free. */
  private preloadUi(): void {
    const win = this.o.doc.defaultView;
    const go = (): void => {
      if (this.on) void this.o.ui.load();
    };
    if (win && typeof win.requestIdleCallback === 'function') win.requestIdleCallback(go, { timeout: 3000 });
    else setTimeout(go, 500);
  }

  /** Only from showFor, which has checked that the annotator is on. */
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
    const build = (id: string): { el: HTMLElement; name: string } | null =>
      cards.card(this.o.doc, id, {
        onRead: (p, tid) => {
          this.hide(false);
          this.o.openReader(p, tid);
        },
        readHref: (p) => this.o.readerHref(p),
        onRelated: (rid) => {
          const related = build(rid);
          if (related) tip.show(related.el, getRect, this.painter.toneOf(state.owner), `Policy Lens: ${related.name}`);
        },
      });
    const card = build(match.termId);
    if (!card) return;
    this.shown = { state, match };
    this.painter.setActive(match.range);
    tip.show(card.el, getRect, this.painter.toneOf(state.owner), `Policy Lens: ${card.name}`);
    if (focus) tip.focusLink();
  }

  private hide(restoreFocus: boolean): void {
    this.clearTimers();
    const hadFocus = this.tip?.hasFocus() ?? false;
    this.tip?.hide();
    this.awaitingUi = null;
    this.painter.setActive(null);
    this.shown = null;
    const back = this.returnFocus;
    this.returnFocus = null;
    if ((restoreFocus || hadFocus) && back?.isConnected) back.focus({ preventScroll: true });
    else if (hadFocus) (this.o.doc.activeElement as HTMLElement | null)?.blur();
  }

  private afterHide(): void {
    if (!this.tip?.isShown && this.shown === null) this.painter.setActive(null);
  }

  /** Moves to the next occurrence (of termId, or of any term), scrolls to it and opens its card with focus on its link. */
  async reveal(termId?: string): Promise<boolean> {
    if (!this.on) return false;
    let list = this.scanner.allMatches().filter((x) => !termId || x.match.termId === termId);
    if (list.length === 0) {
      await this.scanDone;
      list = this.scanner.allMatches().filter((x) => !termId || x.match.termId === termId);
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
    if (active instanceof HTMLElement && !(this.tip?.isOurs(active) ?? false)) this.returnFocus = active;
    const target = next.match.range.startContainer.parentElement;
    const win = this.o.doc.defaultView;
    const reduce = win?.matchMedia('(prefers-reduced-motion: reduce)').matches ?? true;
    this.painter.setActive(next.match.range);
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
}
