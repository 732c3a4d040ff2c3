/**
 * Paints ranges through the CSS Custom Highlight API: no page node is
 * touched. One Highlight per colour variant (for light and dark
 * backgrounds) and one for the active occurrence.
 *
 * Only blocks near the viewport are registered. Every change to a
 * registered highlight makes the browser revalidate all of its ranges in the
 * next frame, which with every range of a long page takes many frames'
 * worth of time and with a few hundred next to none, so update() keeps the blocks within a few screens of
 * the viewport registered and the rest known but unpainted. The scanner
 * still knows every match (counts, navigation).
 */
import { HIGHLIGHT_ACTIVE, HIGHLIGHT_DARK, HIGHLIGHT_LIGHT } from '../../core/highlight-look';
import { ownerElement, type Owner } from '../page/page-model';


interface Entry {
  owner: Owner;
  target: Element;
  /** Asked for on first show (ranges cost a DOM object each; most blocks are never near). */
  ranges: readonly AbstractRange[] | null;
  /** null until read (style is not read before the page's first rendering). */
  dark: boolean | null;
  /** The ranges are in a highlight (under `shownDark`'s colour). */
  shown: boolean;
  shownDark: boolean;
  /** Near the viewport, as the last update() (or the scanner) said. */
  near: boolean;
}

export interface PainterOptions {
  /** Whether a block sits on a dark background (read when the block first comes near). */
  isDark: (target: Element) => boolean;
  /** The block's ranges now (null: it has none). */
  rangesOf: (owner: Owner) => readonly AbstractRange[] | null;
}

export { highlightApiAvailable } from '../shared/highlight-support';

export class Painter {
  private readonly light = new Highlight();
  private readonly dark = new Highlight();
  private readonly active = new Highlight();
  /** Blocks near the viewport only: the painter keeps nothing for the rest. */
  private readonly entries = new Map<Owner, Entry>();
  private readonly shown = new Set<Entry>();
  /** Entries the scanner knows are near: shown at the next flush. */
  private readonly pending = new Set<Entry>();
  private on = false;
  /** How many ranges each highlight should hold: more or fewer means the page changed it. */
  private lightCount = 0;
  private darkCount = 0;
  private activeRange: AbstractRange | null = null;

  constructor(private readonly o: PainterOptions) {
    this.active.priority = 1;
  }

  /** Registers our highlights (again, if the page cleared CSS.highlights). */
  start(): void {
    this.on = true;
    this.ensureRegistered();
  }

  /**
   * Registers our highlights again if the page removed them from
   * CSS.highlights, and refills them if it added or cleared ranges: the
   * page sees the same Highlight objects and may call add() or clear().
   */
  ensureRegistered(): void {
    if (!this.on) return;
    const reg = CSS.highlights;
    if (reg.get(HIGHLIGHT_LIGHT) !== this.light) reg.set(HIGHLIGHT_LIGHT, this.light);
    if (reg.get(HIGHLIGHT_DARK) !== this.dark) reg.set(HIGHLIGHT_DARK, this.dark);
    if (reg.get(HIGHLIGHT_ACTIVE) !== this.active) reg.set(HIGHLIGHT_ACTIVE, this.active);
    if (this.light.size !== this.lightCount || this.dark.size !== this.darkCount) this.refill();
    if (this.active.size !== (this.activeRange ? 1 : 0)) this.setActive(this.activeRange);
  }

  private refill(): void {
    this.light.clear();
    this.dark.clear();
    for (const e of this.shown) {
      const hl = e.shownDark ? this.dark : this.light;
      for (const r of e.ranges ?? []) hl.add(r);
    }
  }

  /**
   * A block's ranges changed (or are new). `near`: the caller knows the
   * block is in view (shown at the next flush); otherwise it shows once
   * update() says it is near.
   */
  setBlock(owner: Owner, near = false): void {
    let e = this.entries.get(owner);
    if (e) {
      this.hide(e);
      this.dropActive(e);
      e.ranges = null;
      e.dark = null;
    } else if (near) e = this.entry(owner);
    if (!e) return;
    if (near) e.near = true;
    if (e.near) this.pending.add(e);
  }

  private entry(owner: Owner): Entry {
    let e = this.entries.get(owner);
    if (!e) {
      e = { owner, target: ownerElement(owner), ranges: null, dark: null, shown: false, shownDark: false, near: false };
      this.entries.set(owner, e);
    }
    return e;
  }

  /** Shows every waiting block. readTone: false before the page's first rendering (the next update() settles the tone). */
  flush(readTone = true): void {
    for (const e of this.pending) if (e.near) this.show(e, readTone);
    this.pending.clear();
  }

  /**
   * Shows the blocks in `near`, hides the shown ones that are not, except
   * blocks whose place is not known yet (placed() false): those stay as they
   * are.
   */
  update(near: ReadonlySet<Owner>, placed: (owner: Owner) => boolean): void {
    for (const e of [...this.entries.values()]) {
      if (!near.has(e.owner) && placed(e.owner)) {
        this.hide(e);
        this.pending.delete(e);
        this.entries.delete(e.owner);
      }
    }
    for (const owner of near) {
      const e = this.entry(owner);
      e.near = true;
      this.pending.delete(e);
      this.show(e, true);
    }
  }

  clearBlock(owner: Owner): void {
    const e = this.entries.get(owner);
    if (!e) return;
    this.pending.delete(e);
    this.hide(e);
    this.dropActive(e);
    this.entries.delete(owner);
  }

  /** Whether the block's background is dark (read now if not yet known). */
  toneOf(owner: Owner): boolean {
    const e = this.entries.get(owner);
    if (!e) return this.o.isDark(ownerElement(owner));
    e.dark ??= this.o.isDark(e.target);
    return e.dark;
  }

  isShown(owner: Owner): boolean {
    return this.entries.get(owner)?.shown === true;
  }

  setActive(range: AbstractRange | null): void {
    this.active.clear();
    this.activeRange = range;
    if (range) this.active.add(range);
  }

  /** Removes every range and unregisters our highlights. */
  clearAll(): void {
    this.on = false;
    this.light.clear();
    this.dark.clear();
    this.active.clear();
    this.lightCount = 0;
    this.darkCount = 0;
    this.activeRange = null;
    this.entries.clear();
    this.shown.clear();
    this.pending.clear();
    const reg = CSS.highlights;
    for (const [name, hl] of [
      [HIGHLIGHT_LIGHT, this.light],
      [HIGHLIGHT_DARK, this.dark],
      [HIGHLIGHT_ACTIVE, this.active],
    ] as const) {
      if (reg.get(name) === hl) reg.delete(name);
    }
  }

  private show(e: Entry, readTone: boolean): void {
    if (readTone && e.dark === null) e.dark = this.o.isDark(e.target);
    const dark = e.dark === true;
    if (e.shown && e.shownDark === dark) return;
    if (e.shown) this.remove(e);
    const hl = dark ? this.dark : this.light;
    e.ranges ??= this.o.rangesOf(e.owner) ?? [];
    for (const r of e.ranges) hl.add(r);
    if (dark) this.darkCount += e.ranges.length;
    else this.lightCount += e.ranges.length;
    e.shown = true;
    e.shownDark = dark;
    this.shown.add(e);
  }

  private hide(e: Entry): void {
    if (!e.shown) return;
    this.remove(e);
    e.shown = false;
    this.shown.delete(e);
  }

  /** The active occurrence goes with its block's ranges. */
  private dropActive(e: Entry): void {
    if (this.activeRange && e.ranges?.includes(this.activeRange)) this.setActive(null);
  }

  private remove(e: Entry): void {
    const hl = e.shownDark ? this.dark : this.light;
    for (const r of e.ranges ?? []) hl.delete(r);
    const n = e.ranges?.length ?? 0;
    if (e.shownDark) this.darkCount -= n;
    else this.lightCount -= n;
  }
}
