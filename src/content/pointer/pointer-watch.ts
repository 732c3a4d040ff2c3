/**
 * Follows the pointer (passive listeners, one check per animation frame)
 * and asks the hit index what is under it.
 */
import type { BlockPlaces } from '../paint/block-places';
import type { Owner, PageModel } from '../page/page-model';
import { HitIndex, type Hit } from './hit-index';

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

export class PointerWatch {
  private x = -1;
  private y = -1;
  private overUi = false;
  private frame = 0;
  private readonly win: Window;
  private readonly index: HitIndex;

  constructor(
    private readonly doc: Document,
    model: PageModel,
    places: BlockPlaces,
    private readonly o: PointerWatchOptions,
  ) {
    this.win = doc.defaultView as Window;
    this.index = new HitIndex(doc, model, places, o.shown);
  }

  private readonly onMove = (e: PointerEvent): void => {
    // A page's synthetic pointermove must not open a card (nor cost us a check).
    if (!e.isTrusted || e.pointerType === 'touch') return;
    this.x = e.clientX;
    this.y = e.clientY;
    this.overUi = this.o.isOurs(e);
    if (this.frame === 0) this.frame = this.win.requestAnimationFrame(this.check);
  };

  private readonly onInvalidate = (e: Event): void => {
    if (e.isTrusted) this.o.onLayout();
  };

  // The index is in document coordinates, which the page's own scrolling
  // leaves unchanged; a scrolled element moves its content, though.
  private readonly onScroll = (e: Event): void => {
    if (e.isTrusted && e.target !== this.doc && e.target !== this.win) this.o.onLayout();
  };

  private readonly check = (): void => {
    this.frame = 0;
    try {
      const hit = this.overUi ? null : this.index.at(this.x, this.y);
      this.o.onHover(hit, this.overUi, this.x, this.y);
    } catch (e) {
      console.warn(`Policy Lens: hit-test failed: ${String(e)}`);
    }
  };

  start(): void {
    this.win.addEventListener('pointermove', this.onMove, { passive: true, capture: true });
    this.win.addEventListener('scroll', this.onScroll, { passive: true, capture: true });
    this.win.addEventListener('resize', this.onInvalidate, { passive: true });
  }

  stop(): void {
    this.win.removeEventListener('pointermove', this.onMove, { capture: true });
    this.win.removeEventListener('scroll', this.onScroll, { capture: true });
    this.win.removeEventListener('resize', this.onInvalidate);
    if (this.frame) this.win.cancelAnimationFrame(this.frame);
    this.frame = 0;
  }
}
