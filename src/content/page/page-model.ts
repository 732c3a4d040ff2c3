/**
 * What the page holds: every block with matches, and the events that tell
 * the other stages when that changes. The scanner writes it; the painter,
 * the block places, the first-mention marks and the pointer read it and
 * subscribe to it, and never reach into each other.
 */
import { compareStarts, type MatchRec } from './match-rec';

/** A block owner: a block element, or an open shadow root (observed through its host). */
export type Owner = Element | ShadowRoot;

export function ownerElement(owner: Owner): Element {
  return owner instanceof Element ? owner : owner.host;
}

export interface BlockState {
  readonly owner: Owner;
  /** Sorted by start, non-overlapping: what is counted, painted and pointed at. */
  readonly matches: readonly MatchRec[];
  /** Gated matches held back until the page is found to be about China; sorted by start. */
  readonly held: readonly MatchRec[];
}

export type PageEvent =
  /** A block has matches to show, new or changed (before: what it showed until now). near: known to be in view. */
  | { type: 'matched'; owner: Owner; before: BlockState | undefined; after: BlockState; near: boolean }
  /** A block that showed matches shows none now (gone from the page, or re-matched without any). */
  | { type: 'dropped'; owner: Owner; before: BlockState }
  /** Show what is waiting. readTone: false before the page's first rendering, when style is not to be read. */
  | { type: 'show'; readTone: boolean }
  /** One slice of scanning ended, after ms of main-thread work. */
  | { type: 'slice'; ms: number }
  /** The counts (may) have changed. */
  | { type: 'counts' }
  /** The first full scan ended: every match on the page is known. */
  | { type: 'scan-done'; blocks: number; matches: number }
  /** After the first scan, every block is placed and what is near the viewport is registered. */
  | { type: 'painted' };

export type PageListener = (e: PageEvent) => void;

export class PageModel {
  private readonly blocks = new Map<Owner, BlockState>();
  private readonly listeners: PageListener[] = [];

  /** Listeners are called in the order they subscribed. */
  on(listener: PageListener): () => void {
    this.listeners.push(listener);
    return () => {
      const i = this.listeners.indexOf(listener);
      if (i >= 0) this.listeners.splice(i, 1);
    };
  }

  emit(e: PageEvent): void {
    for (const l of this.listeners) {
      try {
        l(e);
      } catch (err) {
        console.warn(`Policy Lens: ${e.type} handling failed: ${String(err)}`);
      }
    }
  }

  get(owner: Owner): BlockState | undefined {
    return this.blocks.get(owner);
  }

  has(owner: Owner): boolean {
    return this.blocks.has(owner);
  }

  /** Blocks with matches, shown or held. */
  get size(): number {
    return this.blocks.size;
  }

  states(): IterableIterator<BlockState> {
    return this.blocks.values();
  }

  owners(): IterableIterator<Owner> {
    return this.blocks.keys();
  }

  /** Records a block's state; the writer decides what to tell (matched, dropped). */
  set(state: BlockState): void {
    this.blocks.set(state.owner, state);
  }

  delete(owner: Owner): void {
    this.blocks.delete(owner);
  }

  clear(): void {
    this.blocks.clear();
  }

  /** Occurrences shown, per term id. */
  counts(): Record<string, number> {
    return countBy(this.blocks.values(), (s) => s.matches);
  }

  /** Occurrences of gated forms held back, per term id. */
  heldCounts(): Record<string, number> {
    return countBy(this.blocks.values(), (s) => s.held);
  }

  get hasMatches(): boolean {
    for (const s of this.blocks.values()) if (s.matches.length > 0) return true;
    return false;
  }

  /** Every shown match in document order. */
  allMatches(): { state: BlockState; match: MatchRec }[] {
    const out: { state: BlockState; match: MatchRec }[] = [];
    for (const state of this.blocks.values()) for (const match of state.matches) out.push({ state, match });
    out.sort((a, b) => compareStarts(a.match.range, b.match.range));
    return out;
  }
}

function countBy(states: Iterable<BlockState>, list: (s: BlockState) => readonly MatchRec[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const s of states) for (const m of list(s)) out[m.termId] = (out[m.termId] ?? 0) + 1;
  return out;
}
