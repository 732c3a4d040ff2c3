/**
 * "Mark only the first occurrence": which match of each term comes first in
 * the document. Kept up to date block by block as the scanner reports
 * them (one document-order comparison per new block and term), recomputed
 * for a term only when the block holding its first changes or goes.
 * Every occurrence is still counted and answers the pointer; this only
 * decides what is painted.
 */
import { compareStarts, type MatchRec } from '../page/match-rec';
import { ownerElement, type BlockState, type Owner } from '../page/page-model';

interface At {
  state: BlockState;
  match: MatchRec;
}

/** Whether a comes before b in the document. */
function before(a: At, b: At): boolean {
  if (a.state.owner === b.state.owner) return a.match.start < b.match.start;
  const pos = ownerElement(a.state.owner).compareDocumentPosition(ownerElement(b.state.owner));
  // One block's element inside the other's (a container's own text around a nested block): only the ranges can tell.
  if (pos & (Node.DOCUMENT_POSITION_CONTAINS | Node.DOCUMENT_POSITION_CONTAINED_BY)) return compareStarts(a.match.range, b.match.range) < 0;
  return (pos & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
}

/** The first match of each term within one block (matches are sorted by start). */
function firstsIn(state: BlockState): Map<string, MatchRec> {
  const out = new Map<string, MatchRec>();
  for (const m of state.matches) if (!out.has(m.termId)) out.set(m.termId, m);
  return out;
}

export class FirstOccurrences {
  private readonly first = new Map<string, At>();

  constructor(private readonly states: () => Iterable<BlockState>) {}

  isFirst(match: MatchRec): boolean {
    return this.first.get(match.termId)?.match === match;
  }

  /** Forgets everything, then reads every block afresh; returns the blocks holding a first. */
  rebuild(): Set<Owner> {
    this.first.clear();
    const changed = new Set<Owner>();
    for (const state of this.states()) this.take(state, changed);
    return changed;
  }

  clear(): void {
    this.first.clear();
  }

  /**
   * A block's matches changed (before or after undefined when it had or has
   * none). Returns the blocks whose painted first occurrences changed.
   */
  update(before: BlockState | undefined, after: BlockState | undefined): Set<Owner> {
    const changed = new Set<Owner>();
    if (before) {
      const lost: string[] = [];
      for (const [termId, at] of this.first) if (at.state === before) lost.push(termId);
      if (lost.length > 0) {
        changed.add(before.owner);
        for (const termId of lost) this.first.delete(termId);
        this.recompute(new Set(lost), before, changed);
      }
    }
    if (after) this.take(after, changed);
    return changed;
  }

  private take(state: BlockState, changed: Set<Owner>): void {
    for (const [termId, match] of firstsIn(state)) {
      const at = { state, match };
      const cur = this.first.get(termId);
      if (cur && !before(at, cur)) continue;
      if (cur) changed.add(cur.state.owner);
      this.first.set(termId, at);
      changed.add(state.owner);
    }
  }

  /** The firsts of these terms over every block but `gone`. */
  private recompute(terms: ReadonlySet<string>, gone: BlockState, changed: Set<Owner>): void {
    for (const state of this.states()) {
      if (state === gone || state.owner === gone.owner) continue;
      for (const [termId, match] of firstsIn(state)) {
        if (!terms.has(termId)) continue;
        const at = { state, match };
        const cur = this.first.get(termId);
        if (cur && !before(at, cur)) continue;
        this.first.set(termId, at);
      }
    }
    for (const termId of terms) {
      const at = this.first.get(termId);
      if (at) changed.add(at.state.owner);
    }
  }
}
