/**
 * Where the blocks with matches are, in document coordinates (stable while
 * the document scrolls), bucketed by 512 px rows. What is near the viewport
 * (for the painter) and under the pointer (for the hit-test) is then a
 * look-up, not a walk over every block.
 *
 * Not a standing IntersectionObserver: with one target per block the
 * browser recomputes every target on every scrolled frame, which on a long
 * article costs a good part of each frame. Geometry is read only after the page has
 * rendered: many blocks at once from one frame's observer report
 * (measure-in-frame.ts), a few, or any the report missed, from script in
 * short slices. After a layout change every block is measured again while
 * the old places keep serving.
 */
import { ownerElement, type Owner } from '../page/page-model';
import { afterNextRender, now, yieldToMain } from '../shared/yield';
import type { DocRect } from './geometry';
import { measureInFrame } from './measure-in-frame';

export const PLACE_ROW = 512;
/**
 * A block spanning more rows than this is kept in one list that every
 * look-up checks, not bucketed row by row: a page can make one element
 * billions of pixels tall (transform, a huge height), and bucketing it
 * would cost time and memory in proportion.
 */
export const MAX_ROWS_PER_BLOCK = 64;
/** After a layout change every block is measured again, at most this often (mutation storms). */
const REMEASURE_EVERY_MS = 300;
/** From this many blocks waiting, they are measured together in the next frame (measure-in-frame.ts). */
const IN_FRAME_MIN = 32;
/**
 * At most this many per frame: observe() and reading the report cost a
 * little per block, and a long page re-measures thousands at once.
 */
const IN_FRAME_MAX = 1500;
/** How long to wait for that frame before measuring from script (no rendering: a background tab). */
const IN_FRAME_WAIT_MS = 500;


/** A placed block: its rect in document coordinates and the rows it is bucketed in. */
export interface Placed extends DocRect {
  owner: Owner;
  row0: number;
  row1: number;
}

/**
 * A block's border box in client coordinates, as a frame's observer report
 * gives it too. Text that overflows the box sideways is still found: the
 * pointer's pre-check looks at rows only (across()). A box-less block
 * (display: contents) is measured by its content.
 */
function blockRect(owner: Owner): DOMRect {
  const el = ownerElement(owner);
  const r = el.getBoundingClientRect();
  if (r.width !== 0 || r.height !== 0) return r;
  const range = el.ownerDocument.createRange();
  range.selectNodeContents(el);
  return range.getBoundingClientRect();
}

export interface PlacesOptions {
  /** Every block that should be placed (after a layout change all are measured again). */
  owners: () => Iterable<Owner>;
  /** Some blocks were placed or moved. */
  onPlaced: () => void;
  /** The block's client rect (tests pass fakes; then every block is measured this way). */
  measure?: (owner: Owner) => DOMRectReadOnly;
  sliceMs?: number;
}

export class BlockPlaces {
  private readonly rows = new Map<number, Placed[]>();
  /** Blocks taller than MAX_ROWS_PER_BLOCK rows. */
  private readonly tall: Placed[] = [];
  private readonly placed = new Map<Owner, Placed>();
  private readonly queue = new Set<Owner>();
  /** Blocks handed to a frame's measurement and not removed since. */
  private readonly inFrame = new Set<Owner>();
  /** Queued blocks a frame's report could not place (no box, no frame): measured from script. */
  private readonly scriptOnly = new Set<Owner>();
  /** Measured and found without a box (undisplayed): known to be nowhere, so never near. */
  private readonly boxless = new Set<Owner>();
  private running = false;
  private rendered = false;
  /** Every block must be measured again. */
  private dirty = false;
  private lastFull = -Infinity;
  private stopped = true;
  private waiters: (() => void)[] = [];
  /** Bumped when every place may have moved (line boxes cached elsewhere are stale too). */
  layoutEpoch = 0;

  constructor(
    private readonly doc: Document,
    private readonly o: PlacesOptions,
  ) {}

  /** A block to place (again). */
  add(owner: Owner): void {
    this.queue.add(owner);
    this.kick();
  }

  remove(owner: Owner): void {
    this.queue.delete(owner);
    this.inFrame.delete(owner);
    this.scriptOnly.delete(owner);
    this.unplace(owner);
    this.wake();
  }

  /** Whether the block was measured (placed, or found without a box). */
  has(owner: Owner): boolean {
    return this.placed.has(owner) || this.boxless.has(owner);
  }

  /** The layout changed: measure every block again (old places serve until then). Cheap: called from the mutation path. */
  invalidate(): void {
    this.layoutEpoch++;
    if (this.dirty) return;
    this.dirty = true;
    this.kick();
  }

  /** Blocks whose rect overlaps the document rows [top, bottom]. */
  near(top: number, bottom: number): Set<Owner> {
    const out = new Set<Owner>();
    for (let row = Math.floor(top / PLACE_ROW); row <= Math.floor(bottom / PLACE_ROW); row++) {
      for (const p of this.rows.get(row) ?? []) if (p.b >= top && p.t <= bottom) out.add(p.owner);
    }
    for (const p of this.tall) if (p.b >= top && p.t <= bottom) out.add(p.owner);
    return out;
  }

  /**
   * Blocks whose rect spans the document row y, wherever they are across:
   * text that overflows its block sideways (a long word or a nowrap line in
   * a narrow box) is still found, without measuring each block's overflow.
   * The caller then checks the blocks' line boxes, which are exact.
   */
  across(y: number): Placed[] {
    const bucket = this.rows.get(Math.floor(y / PLACE_ROW)) ?? [];
    const out = bucket.filter((p) => y >= p.t && y <= p.b);
    for (const p of this.tall) if (y >= p.t && y <= p.b) out.push(p);
    return out;
  }

  /** Resolves once every block given so far is placed. */
  settled(): Promise<void> {
    if (!this.running && this.queue.size === 0 && this.inFrame.size === 0 && !this.dirty) return Promise.resolve();
    return new Promise((ok) => this.waiters.push(ok));
  }

  start(): void {
    this.stopped = false;
  }

  stop(): void {
    this.stopped = true;
    this.dirty = false;
    this.queue.clear();
    this.inFrame.clear();
    this.scriptOnly.clear();
    this.boxless.clear();
    this.rows.clear();
    this.tall.length = 0;
    this.placed.clear();
    this.wake(true);
  }

  private kick(): void {
    if (this.running || this.stopped || (this.queue.size === 0 && !this.dirty)) return;
    this.running = true;
    void this.run().finally(() => {
      this.running = false;
      if (!this.stopped && (this.dirty || this.queue.size > 0)) this.kick();
      else this.wake();
    });
  }

  private async run(): Promise<void> {
    // Never inside the caller's task: invalidate() is called from the mutation path.
    await yieldToMain();
    // Reading geometry before the page's first rendering would force its pending layout into our task.
    if (!this.rendered) {
      await afterNextRender(this.doc.defaultView);
      this.rendered = true;
    }
    const slice = this.o.sliceMs ?? 4;
    while (!this.stopped) {
      if (this.dirty) {
        const wait = this.lastFull + REMEASURE_EVERY_MS - now();
        if (wait <= 0 || this.queue.size === 0) {
          if (wait > 0) await new Promise((ok) => setTimeout(ok, wait));
          if (this.stopped) return;
          this.dirty = false;
          this.lastFull = now();
          for (const owner of this.o.owners()) this.queue.add(owner);
          // The new layout may give them boxes.
          this.scriptOnly.clear();
        }
      }
      if (this.queue.size === 0) return;
      if (!this.o.measure && this.queue.size - this.scriptOnly.size >= IN_FRAME_MIN) {
        await this.measureInFrame();
        if (this.stopped) return;
        continue;
      }
      const t0 = now();
      const win = this.doc.defaultView;
      const sx = win?.scrollX ?? 0;
      const sy = win?.scrollY ?? 0;
      for (const owner of this.queue) {
        this.queue.delete(owner);
        this.scriptOnly.delete(owner);
        this.place(owner, sx, sy);
        if (now() - t0 >= slice) break;
      }
      this.o.onPlaced();
      if (this.queue.size > 0) await yieldToMain();
    }
  }

  /**
   * Measures every waiting block in the next frame. Blocks the frame did not
   * report, or reported without a box (display: contents), go back to the
   * queue for blockRect; so does everything when no frame came.
   */
  private async measureInFrame(): Promise<void> {
    for (const owner of this.queue) {
      if (this.scriptOnly.has(owner)) continue;
      this.inFrame.add(owner);
      this.queue.delete(owner);
      if (this.inFrame.size >= IN_FRAME_MAX) break;
    }
    const els = new Map<Element, Owner>();
    for (const owner of this.inFrame) els.set(ownerElement(owner), owner);
    const rects = await measureInFrame(this.doc, [...els.keys()], IN_FRAME_WAIT_MS);
    if (this.stopped) return;
    for (const [el, owner] of els) {
      if (!this.inFrame.has(owner)) continue;
      const r = rects?.get(el);
      if (r && (r.r > r.l || r.b > r.t)) this.putAt(owner, r);
      else {
        this.queue.add(owner);
        this.scriptOnly.add(owner);
      }
    }
    this.inFrame.clear();
    this.o.onPlaced();
  }

  private place(owner: Owner, sx: number, sy: number): void {
    this.unplace(owner);
    if (!ownerElement(owner).isConnected) return;
    const c = (this.o.measure ?? blockRect)(owner);
    if (c.width === 0 && c.height === 0) {
      this.boxless.add(owner);
      return;
    }
    this.putAt(owner, { l: c.left + sx, t: c.top + sy, r: c.right + sx, b: c.bottom + sy });
  }

  private putAt(owner: Owner, d: DocRect): void {
    this.unplace(owner);
    // A rect from a hostile or broken layout (NaN, Infinity) places nowhere.
    if (![d.l, d.t, d.r, d.b].every(Number.isFinite)) {
      this.boxless.add(owner);
      return;
    }
    const item: Placed = { owner, l: d.l, t: d.t, r: d.r, b: d.b, row0: 0, row1: -1 };
    const row0 = Math.floor(item.t / PLACE_ROW);
    const row1 = Math.floor(item.b / PLACE_ROW);
    this.placed.set(owner, item);
    if (row1 - row0 >= MAX_ROWS_PER_BLOCK) {
      this.tall.push(item);
      return;
    }
    item.row0 = row0;
    item.row1 = row1;
    for (let row = item.row0; row <= item.row1; row++) {
      let bucket = this.rows.get(row);
      if (!bucket) this.rows.set(row, (bucket = []));
      bucket.push(item);
    }
  }

  private unplace(owner: Owner): void {
    this.boxless.delete(owner);
    const item = this.placed.get(owner);
    if (!item) return;
    this.placed.delete(owner);
    const t = this.tall.indexOf(item);
    if (t >= 0) this.tall.splice(t, 1);
    for (let row = item.row0; row <= item.row1; row++) {
      const bucket = this.rows.get(row);
      if (!bucket) continue;
      const i = bucket.indexOf(item);
      if (i >= 0) bucket.splice(i, 1);
      if (bucket.length === 0) this.rows.delete(row);
    }
  }

  private wake(force = false): void {
    if (!force && (this.running || this.queue.size > 0 || this.dirty)) return;
    const ws = this.waiters;
    this.waiters = [];
    for (const w of ws) w();
  }
}
