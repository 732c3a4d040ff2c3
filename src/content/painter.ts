/**
 * Paints ranges through the CSS Custom Highlight API: no page node is
 * touched. One Highlight per colour variant (for light and dark
 * backgrounds) and one for the active occurrence; ranges are kept per block
 * so re-scanning a block replaces only that block's ranges.
 *
 * New ranges wait in a batch until flush(): every change to a registered
 * highlight makes the next frame repaint highlights across the page, so the
 * scanner flushes a few times per scan (what is in view first), not once per
 * block.
 */
export const HIGHLIGHT_LIGHT = 'policy-lens';
export const HIGHLIGHT_DARK = 'policy-lens-dark';
export const HIGHLIGHT_ACTIVE = 'policy-lens-active';

type Owner = object;

interface Painted {
  ranges: readonly AbstractRange[];
  dark: boolean;
}

export function highlightApiAvailable(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

export class Painter {
  private readonly light = new Highlight();
  private readonly dark = new Highlight();
  private readonly active = new Highlight();
  private readonly byOwner = new Map<Owner, Painted>();
  private readonly pending = new Map<Owner, Painted>();
  private on = false;

  constructor() {
    this.active.priority = 1;
  }

  /** Registers our highlights (again, if the page cleared CSS.highlights). */
  start(): void {
    this.on = true;
    this.ensureRegistered();
  }

  ensureRegistered(): void {
    if (!this.on) return;
    const reg = CSS.highlights;
    if (reg.get(HIGHLIGHT_LIGHT) !== this.light) reg.set(HIGHLIGHT_LIGHT, this.light);
    if (reg.get(HIGHLIGHT_DARK) !== this.dark) reg.set(HIGHLIGHT_DARK, this.dark);
    if (reg.get(HIGHLIGHT_ACTIVE) !== this.active) reg.set(HIGHLIGHT_ACTIVE, this.active);
  }

  /** Replaces the ranges painted for one block (the new ones show at the next flush). */
  setBlock(owner: Owner, ranges: readonly AbstractRange[], dark: boolean): void {
    this.clearBlock(owner);
    if (ranges.length === 0) return;
    this.pending.set(owner, { ranges, dark });
  }

  /** Whether ranges are waiting for flush(). */
  get hasPending(): boolean {
    return this.pending.size > 0;
  }

  /** Paints every waiting range. */
  flush(): void {
    for (const [owner, p] of this.pending) {
      const hl = p.dark ? this.dark : this.light;
      for (const r of p.ranges) hl.add(r);
      this.byOwner.set(owner, p);
    }
    this.pending.clear();
  }

  clearBlock(owner: Owner): void {
    this.pending.delete(owner);
    const old = this.byOwner.get(owner);
    if (!old) return;
    const hl = old.dark ? this.dark : this.light;
    for (const r of old.ranges) {
      hl.delete(r);
      this.active.delete(r);
    }
    this.byOwner.delete(owner);
  }

  setActive(range: AbstractRange | null): void {
    this.active.clear();
    if (range) this.active.add(range);
  }

  get rangeCount(): number {
    return this.light.size + this.dark.size;
  }

  /** Removes every range and unregisters our highlights. */
  clearAll(): void {
    this.on = false;
    this.light.clear();
    this.dark.clear();
    this.active.clear();
    this.byOwner.clear();
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
}
