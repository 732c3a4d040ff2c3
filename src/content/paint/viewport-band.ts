/**
 * Keeps the painter to the blocks within a few screens of the viewport.
 *
 * Any change to a registered highlight makes Chromium invalidate paint for
 * the whole document (PrePaint walks every layout object, whatever the
 * number of ranges), so the band moves in steps, and rarely: it spans six
 * screens either side of the viewport and moves only once the viewport
 * comes within a screen of its edge (on a fast fling a narrower band
 * dropped more frames; more ranges cost little next to the change). Newly
 * placed blocks inside the band are painted as they come. Layout changes
 * (window size, document size) send every block to be measured again.
 *
 * Updates run in a task of their own, after the frame that asked (a scroll
 * event, or blocks placed), never inside a frame's animation callbacks: on
 * a long page the frame that repaints the highlights is long by itself,
 * and our update inside it made a long task longer. The band's screens of
 * margin hide the one frame this adds while scrolling.
 */
import { yieldToMain } from '../shared/yield';
import type { BlockPlaces } from './block-places';
import type { Painter } from './painter';

/** Screens above and below the viewport the painted band spans when it moves. */
export const MARGIN_SCREENS = 6;
/** The band moves when less than this many screens of it are left beyond the viewport. */
export const KEEP_SCREENS = 1;

export class ViewportBand {
  /** An update is scheduled (generation it belongs to, or 0). */
  private queued = 0;
  private generation = 1;
  /** Re-check the blocks inside the band at the next update even if the band stays (blocks were placed). */
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
    /** Runs cb in a later task (tests pass their own). */
    private readonly later: (cb: () => void) => void = (cb) => void yieldToMain().then(cb),
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
    this.generation++;
    this.queued = 0;
  }

  /** Brings the painter up to date in a task soon (after scrolling: only if the band must move). */
  readonly schedule = (): void => {
    if (this.queued === this.generation) return;
    const gen = (this.queued = this.generation);
    this.later(() => {
      if (this.queued !== gen) return;
      this.queued = 0;
      this.update(this.recheck);
    });
  };

  /** Blocks were placed or moved: re-check the band's members in the scheduled update. */
  placed(): void {
    this.recheck = true;
    this.schedule();
  }

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
    this.painter.update(this.places.near(band.top, band.bottom), (owner) => this.places.has(owner));
  }
}
