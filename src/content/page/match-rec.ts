/**
 * One occurrence of a term in a block, and the range helpers around it.
 *
 * StaticRange, not Range: the document updates every live Range on every
 * mutation, so thousands of live ranges would slow the page's own DOM
 * edits. The observer re-scans changed blocks, so static ranges suffice; a
 * live Range is made on demand (liveRange) for geometry.
 */
import { DeferredNodeIndex, positionAt, type NodeIndex } from './text-blocks';

/** A match's ends as (node, offset) pairs. */
interface Ends {
  sn: Text;
  so: number;
  en: Text;
  eo: number;
}

function locate(index: NodeIndex, start: number, end: number): Ends | null {
  const s = positionAt(index, start);
  const e = positionAt(index, end, true);
  return s && e ? { sn: s.node, so: s.offset, en: e.node, eo: e.offset } : null;
}

/**
 * An occurrence. Its StaticRange is made on first use (painting a block
 * near the viewport, hovering, navigating): most occurrences of a long page
 * are only counted, and a range costs a DOM object each. A match in a leaf
 * block does not even know its text nodes until then (DeferredNodeIndex).
 */
export class MatchRec {
  /**
   * Before first use, where to find the ends (a leaf block's deferred node
   * index) or the ends themselves; after, the range. One field, not five: a
   * long page keeps many thousands of these on the heap.
   */
  private at: DeferredNodeIndex | Ends | StaticRange;
  private constructor(
    readonly termId: string,
    readonly start: number,
    readonly end: number,
    at: DeferredNodeIndex | Ends,
  ) {
    this.at = at;
  }

  /** Null when the block's text no longer reaches that far. */
  static at(index: NodeIndex, termId: string, start: number, end: number): MatchRec | null {
    const ends = locate(index, start, end);
    return ends ? new MatchRec(termId, start, end, ends) : null;
  }

  static deferred(index: DeferredNodeIndex, termId: string, start: number, end: number): MatchRec {
    return new MatchRec(termId, start, end, index);
  }

  get range(): StaticRange {
    const at = this.at;
    if (at instanceof StaticRange) return at;
    let ends = at instanceof DeferredNodeIndex ? locate(at, this.start, this.end) : at;
    // The block changed since it was read: an empty range paints nothing until the re-scan.
    if (!ends) {
      const empty = (at as DeferredNodeIndex).owner.ownerDocument.createTextNode('');
      ends = { sn: empty, so: 0, en: empty, eo: 0 };
    }
    const r = new StaticRange({ startContainer: ends.sn, startOffset: ends.so, endContainer: ends.en, endOffset: ends.eo });
    this.at = r;
    return r;
  }
}

/** A live Range over a static one, for geometry (getClientRects) and comparisons. */
export function liveRange(doc: Document, r: AbstractRange): Range {
  const range = doc.createRange();
  range.setStart(r.startContainer, r.startOffset);
  range.setEnd(r.endContainer, r.endOffset);
  return range;
}

/** Document order of two ranges' starts (negative: a first). */
export function compareStarts(a: AbstractRange, b: AbstractRange): number {
  if (a.startContainer === b.startContainer) return a.startOffset - b.startOffset;
  const pos = a.startContainer.compareDocumentPosition(b.startContainer);
  if (pos & 4 /* FOLLOWING */) return -1;
  if (pos & 2 /* PRECEDING */) return 1;
  return 0;
}

/** Two sorted match lists as one. */
export function mergeByStart(a: readonly MatchRec[], b: readonly MatchRec[]): MatchRec[] {
  const out: MatchRec[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const x = a[i];
    const y = b[j];
    if (y === undefined || (x !== undefined && x.start <= y.start)) {
      out.push(x!);
      i++;
    } else {
      out.push(y);
      j++;
    }
  }
  return out;
}
