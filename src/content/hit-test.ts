/**
 * Which term occurrence is under the pointer. Highlights get no mouse events,
 * so we hit-test ourselves, at most once per animation frame, against cached
 * geometry: the blocks that have matches, then the line boxes of their
 * matches (so the pointer must be on the term's glyphs, not just near the
 * end of its line).
 */
import { timeHitTest } from './perf-marks';
import { liveRange, type BlockState, type MatchRec, type Scanner } from './scanner';
import { now, yieldToMain } from './yield';

export interface Hit {
  state: BlockState;
  match: MatchRec;
  /** The client rect of the match under the pointer (one line of it). */
  rect: DOMRect;
}

/** A rect in document coordinates (client rect + scroll), stable while the page scrolls. */
interface DocRect {
  l: number;
  t: number;
  r: number;
  b: number;
}

const ROW = 256;

/**
 * Where the blocks with matches are, in document coordinates, bucketed by
 * 256 px rows; and, per block, the line boxes of its matches. So a pointer
 * move costs a bucket look-up and a few comparisons: no elementFromPoint or
 * caretPositionFromPoint, whose cost grows with the page (milliseconds on a
 * 5 MB article). After a change (layout, blocks painted or dropped, document
 * height) the index is rebuilt in the background in short slices, in scan
 * order (what was in view first), when the pointer next moves.
 */
export class HitIndex {
  private epoch = -1;
  private height = -1;
  private rows = new Map<number, { state: BlockState; rect: DocRect }[]>();
  private lines = new WeakMap<BlockState, { epoch: number; rects: { match: MatchRec; rect: DocRect }[] }>();

  constructor(
    private readonly doc: Document,
    private readonly scanner: Scanner,
    /** Called when a rebuild has finished (the pointer may be over a term it could not see before). */
    private readonly onReady: () => void = () => {},
  ) {}

  private cursor: Iterator<BlockState> | null = null;
  private building = false;

  /** Starts a rebuild if the geometry changed since the index was built. */
  private fresh(): void {
    const height = this.doc.documentElement.scrollHeight;
    if (this.epoch === this.scanner.geometryEpoch && this.height === height) return;
    this.epoch = this.scanner.geometryEpoch;
    this.height = height;
    this.rows.clear();
    this.cursor = this.scanner.states.values();
    if (!this.building) {
      this.building = true;
      void this.build().finally(() => {
        this.building = false;
        this.onReady();
      });
    }
  }

  private async build(): Promise<void> {
    while (this.cursor) {
      const epoch = this.epoch;
      const win = this.doc.defaultView;
      const sx = win?.scrollX ?? 0;
      const sy = win?.scrollY ?? 0;
      const t0 = now();
      while (this.cursor && now() - t0 < 4) {
        const next = this.cursor.next();
        if (next.done) {
          this.cursor = null;
          break;
        }
        const state = next.value;
        const c = this.scanner.rectOf(state);
        if (c.width === 0 && c.height === 0) continue;
        const rect = { l: c.left + sx, t: c.top + sy, r: c.right + sx, b: c.bottom + sy };
        for (let row = Math.floor(rect.t / ROW); row <= Math.floor(rect.b / ROW); row++) {
          let bucket = this.rows.get(row);
          if (!bucket) this.rows.set(row, (bucket = []));
          bucket.push({ state, rect });
        }
      }
      if (!this.cursor) return;
      await yieldToMain();
      // A newer fresh() reset the cursor; carry on with it.
      if (epoch !== this.epoch && !this.cursor) return;
    }
  }

  private matchLines(state: BlockState, sx: number, sy: number): { match: MatchRec; rect: DocRect }[] {
    const cached = this.lines.get(state);
    if (cached && cached.epoch === this.epoch) return cached.rects;
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
    this.lines.set(state, { epoch: this.epoch, rects });
    return rects;
  }

  /** The occurrence whose glyphs are under the client point (x, y), if any. */
  at(x: number, y: number): Hit | null {
    this.fresh();
    const win = this.doc.defaultView;
    const sx = win?.scrollX ?? 0;
    const sy = win?.scrollY ?? 0;
    const dx = x + sx;
    const dy = y + sy;
    const bucket = this.rows.get(Math.floor(dy / ROW));
    if (!bucket) return null;
    for (const { state, rect } of bucket) {
      if (dx < rect.l || dx > rect.r || dy < rect.t || dy > rect.b) continue;
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
    private readonly scanner: Scanner,
    private readonly o: PointerWatchOptions,
  ) {
    this.win = doc.defaultView as Window;
    this.index = new HitIndex(doc, scanner, () => {
      if (this.running && this.x >= 0 && this.frame === 0) this.frame = this.win.requestAnimationFrame(this.check);
    });
  }

  private readonly onMove = (e: PointerEvent): void => {
    if (e.pointerType === 'touch') return;
    this.x = e.clientX;
    this.y = e.clientY;
    this.overUi = this.o.isOurs(e);
    if (this.frame === 0) this.frame = this.win.requestAnimationFrame(this.check);
  };

  private readonly onInvalidate = (): void => {
    this.scanner.invalidateRects();
  };

  // The index is in document coordinates, which the page's own scrolling
  // leaves unchanged; a scrolled element moves its content, though.
  private readonly onScroll = (e: Event): void => {
    if (e.target !== this.doc && e.target !== this.win) this.scanner.invalidateRects();
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
