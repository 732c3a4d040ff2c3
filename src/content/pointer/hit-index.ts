/**
 * Which term occurrence is under the pointer. Highlights get no mouse events,
 * so we hit-test ourselves, at most once per animation frame, against cached
 * geometry: the blocks that have matches, then the line boxes of their
 * matches (so the pointer must be on the term's glyphs, not just near the
 * end of its line).
 */
import { timeHitTest } from './perf-marks';
import type { BlockPlaces, DocRect } from './block-places';
import type { Owner } from './painter';
import { liveRange, type BlockState, type MatchRec, type Scanner } from './scanner';

export interface Hit {
  state: BlockState;
  match: MatchRec;
  /** The client rect of the match under the pointer (one line of it). */
  rect: DOMRect;
}

/**
 * The line boxes of the matches of the blocks under the pointer, cached per
 * block until the layout changes. With BlockPlaces, a pointer move costs a
 * bucket look-up and a few comparisons: no elementFromPoint or
 * caretPositionFromPoint, whose cost grows with the page (milliseconds on a
 * 5 MB article).
 */
export class HitIndex {
  private lines = new WeakMap<BlockState, { epoch: number; rects: { match: MatchRec; rect: DocRect }[] }>();

  constructor(
    private readonly doc: Document,
    private readonly scanner: Scanner,
    private readonly places: BlockPlaces,
    /** Whether a block's ranges are painted (only painted terms answer the pointer). */
    private readonly shown: (owner: Owner) => boolean,
  ) {}

  private matchLines(state: BlockState, sx: number, sy: number): { match: MatchRec; rect: DocRect }[] {
    const epoch = this.places.layoutEpoch;
    const cached = this.lines.get(state);
    if (cached && cached.epoch === epoch) return cached.rects;
    const rects: { match: MatchRec; rect: DocRect }[] = [];
    for (const match of state.matches) {
      try {
        for (const c of liveRange(this.doc, match.range).getClientRects()) {
          rects.push({ match, rect: { l: c.left + sx, t: c.top + sy, r: c.right + sx, b: c.bottom + sy } });
        }
      } catch {
        // The text changed under us; the observer re-scans this block.
      }
    }
    this.lines.set(state, { epoch, rects });
    return rects;
  }

  /** The occurrence whose glyphs are under the client point (x, y), if any. */
  at(x: number, y: number): Hit | null {
    const win = this.doc.defaultView;
    const sx = win?.scrollX ?? 0;
    const sy = win?.scrollY ?? 0;
    const dx = x + sx;
    const dy = y + sy;
    for (const { owner } of this.places.across(dy)) {
      if (!this.shown(owner)) continue;
      const state = this.scanner.states.get(owner);
      if (!state) continue;
      for (const line of this.matchLines(state, sx, sy)) {
        const r = line.rect;
        if (dx >= r.l - 0.5 && dx <= r.r + 0.5 && dy >= r.t - 0.5 && dy <= r.b + 0.5) {
          return { state, match: line.match, rect: new DOMRect(r.l - sx, r.t - sy, r.r - r.l, r.b - r.t) };
        }
      }
    }
    return null;
  }
}

export interface PointerWatchOptions {
  /** Whether an event's target is inside our own UI. */
  isOurs: (e: Event) => boolean;
  /** Called once per frame at most with what is under the pointer. */
  onHover: (hit: Hit | null, overUi: boolean, x: number, y: number) => void;
  /** Whether a block's ranges are painted now (only painted terms answer the pointer). */
  shown: (owner: Owner) => boolean;
  /** Geometry may have moved: the window resized or an element scrolled. */
  onLayout: () => void;
}

/** Listens to pointer movement (passive, one check per animation frame). */
export class PointerWatch {
  private x = -1;
  private y = -1;
  private overUi = false;
  private frame = 0;
  private running = false;
  private readonly win: Window;
  private readonly index: HitIndex;

  constructor(
    private readonly doc: Document,
    scanner: Scanner,
    places: BlockPlaces,
    private readonly o: PointerWatchOptions,
  ) {
    this.win = doc.defaultView as Window;
    this.index = new HitIndex(doc, scanner, places, o.shown);
  }

  private readonly onMove = (e: PointerEvent): void => {
    if (e.pointerType === 'touch') return;
    this.x = e.clientX;
    this.y = e.clientY;
    this.overUi = this.o.isOurs(e);
    if (this.frame === 0) this.frame = this.win.requestAnimationFrame(this.check);
  };

  private readonly onInvalidate = (): void => {
    this.o.onLayout();
  };

  // The index is in document coordinates, which the page's own scrolling
  // leaves unchanged; a scrolled element moves its content, though.
  private readonly onScroll = (e: Event): void => {
    if (e.target !== this.doc && e.target !== this.win) this.o.onLayout();
  };

  private readonly check = (): void => {
    this.frame = 0;
    try {
      const hit = this.overUi ? null : timeHitTest(() => this.index.at(this.x, this.y));
      this.o.onHover(hit, this.overUi, this.x, this.y);
    } catch (e) {
      console.warn(`Policy Lens: hit-test failed: ${String(e)}`);
    }
  };

  start(): void {
    this.running = true;
    this.win.addEventListener('pointermove', this.onMove, { passive: true, capture: true });
    this.win.addEventListener('scroll', this.onScroll, { passive: true, capture: true });
    this.win.addEventListener('resize', this.onInvalidate, { passive: true });
  }

  stop(): void {
    this.running = false;
    this.win.removeEventListener('pointermove', this.onMove, { capture: true });
    this.win.removeEventListener('scroll', this.onScroll, { capture: true });
    this.win.removeEventListener('resize', this.onInvalidate);
    if (this.frame) this.win.cancelAnimationFrame(this.frame);
    this.frame = 0;
  }
}
