/**
 * Keeps the painter to the blocks within a few screens of the viewport.
 *
 * Any change to a registered highlight makes Chromium invalidate paint for
 * the whole document (PrePaint walks every layout object: about 15 ms a
 * frame on a 5 MB article, whatever the number of ranges), so the painted
 * band moves in steps: it spans six screens either side of the viewport
 * and moves only once the viewport comes within a screen of its edge (a
 * fast fling on the 5 MB bench page dropped 12-18 of 240 frames with three
 * screens, 7-9 with six; more ranges cost little next to the change). Newly
 * placed blocks inside the band are painted as they come. Layout changes
 * (window size, document size) send every block to be measured again.
 */
import type { BlockPlaces } from './block-places';
import type { Painter } from './painter';
import { markFirstVisibleAfterRender } from './perf-marks';
import { now } from './yield';

/** Screens above and below the viewport the painted band spans when it moves. */
export const MARGIN_SCREENS = 6;
/** The band moves when less than this many screens of it are left beyond the viewport. */
export const KEEP_SCREENS = 1;

export class NearViewport {
  private frame = 0;
  /** Re-check the blocks inside the band at the next frame even if the band stays (blocks were placed). */
  private recheck = false;
  private band: { top: number; bottom: number } | null = null;
  private ro: ResizeObserver | null = null;
  private readonly win: Window;

  constructor(
    private readonly doc: Document,
    private readonly places: BlockPlaces,
    private readonly painter: Painter,
    /** The layout may have moved every block (the caller re-measures). */
    private readonly onLayout: () => void,
    private readonly margin = MARGIN_SCREENS,
  ) {
    this.win = doc.defaultView as Window;
  }

  start(): void {
    this.win.addEventListener('scroll', this.schedule, { passive: true });
    this.win.addEventListener('resize', this.onResize, { passive: true });
    if (typeof ResizeObserver === 'function') {
      let first = true;
      // The document growing or shrinking (images, fonts, late content) moves the blocks below.
      this.ro = new ResizeObserver(() => {
        if (first) first = false;
        else this.onResize();
      });
      this.ro.observe(this.doc.documentElement);
    }
  }

  stop(): void {
    this.win.removeEventListener('scroll', this.schedule);
    this.win.removeEventListener('resize', this.onResize);
    this.ro?.disconnect();
    this.ro = null;
    this.band = null;
    if (this.frame) this.win.cancelAnimationFrame(this.frame);
    this.frame = 0;
  }

  /** Brings the painter up to date at the next frame (after scrolling: only if the band must move). */
  readonly schedule = (): void => {
    if (this.frame === 0) this.frame = this.win.requestAnimationFrame(this.run);
  };

  /** Blocks were placed or moved: re-check the band's members at the next frame. */
  placed(): void {
    this.recheck = true;
    this.schedule();
  }

  private readonly run = (): void => {
    this.frame = 0;
    this.update(this.recheck);
  };

  private readonly onResize = (): void => {
    this.onLayout();
    this.schedule();
  };

  /** Paints the blocks in the band (moved first if the viewport nears its edge), unpaints the rest. */
  update(recheck = true): void {
    this.recheck = false;
    const vh = this.win.innerHeight;
    const y = this.win.scrollY;
    const b = this.band;
    const inside = b !== null && y - KEEP_SCREENS * vh >= b.top && y + vh + KEEP_SCREENS * vh <= b.bottom;
    if (inside && !recheck) return;
    const band = inside && b ? b : { top: y - this.margin * vh, bottom: y + vh + this.margin * vh };
    this.band = band;
    const added = this.painter.update(this.places.near(band.top, band.bottom), (owner) => this.places.has(owner));
    // The head start may have found nothing in view (a long masthead): then this is the first highlight.
    if (added.length > 0) markFirstVisibleAfterRender(this.doc, [{ ranges: added, at: now() }]);
  }
}
