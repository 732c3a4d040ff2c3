/**
 * Which term occurrence is under the pointer. Highlights get no mouse events,
 * so we hit-test ourselves, at most once per animation frame: the element
 * under the pointer and its ancestors are looked up among the blocks that
 * have matches (a few map look-ups, whatever the page's size), the point is
 * checked against that block's cached rect, and only then do
 * caretPositionFromPoint and a binary search in the block's matches run,
 * confirmed against the glyph rects of the match.
 */
import { timeHitTest } from './perf-marks';
import { liveRange, type BlockState, type MatchRec, type Scanner } from './scanner';
import { offsetOf } from './text-blocks';

export interface Hit {
  state: BlockState;
  match: MatchRec;
  /** The client rect of the match under the pointer (one line of it). */
  rect: DOMRect;
}

interface CaretDoc {
  caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
}

export function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  const d = doc as unknown as CaretDoc;
  if (typeof d.caretPositionFromPoint === 'function') {
    const p = d.caretPositionFromPoint.call(doc, x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  if (typeof d.caretRangeFromPoint === 'function') {
    const r = d.caretRangeFromPoint.call(doc, x, y);
    return r ? { node: r.startContainer, offset: r.startOffset } : null;
  }
  return null;
}

function inside(r: DOMRect | DOMRectReadOnly, x: number, y: number, slop = 0): boolean {
  return x >= r.left - slop && x <= r.right + slop && y >= r.top - slop && y <= r.bottom + slop;
}

/** Index of the last match with start <= offset, or -1. */
export function lastStartingAtOrBefore(matches: readonly { start: number }[], offset: number): number {
  let lo = 0;
  let hi = matches.length - 1;
  let ans = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((matches[mid] as { start: number }).start <= offset) {
      ans = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return ans;
}

/** The rect of a range's line box under (x, y), if the point is on its glyphs. */
export function rectUnder(range: Range, x: number, y: number): DOMRect | null {
  for (const r of range.getClientRects()) if (inside(r, x, y, 0.5)) return r;
  return null;
}

/** The block with matches that contains the element under the pointer, if any. */
function candidateBlock(doc: Document, scanner: Scanner, x: number, y: number): BlockState | null {
  let node: Node | null = doc.elementFromPoint(x, y);
  // Descend into open shadow roots: elementFromPoint stops at their hosts.
  for (let depth = 0; node instanceof Element && node.shadowRoot && depth < 32; depth++) {
    const inner = node.shadowRoot.elementFromPoint(x, y);
    if (!inner || inner === node) break;
    node = inner;
  }
  for (let depth = 0; node && depth < 256; depth++) {
    const state = scanner.states.get(node as Element | ShadowRoot);
    if (state) return state;
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  return null;
}

export function hitTest(doc: Document, scanner: Scanner, x: number, y: number): Hit | null {
  // Cheap test first: is the point inside a block that has matches?
  const candidate = candidateBlock(doc, scanner, x, y);
  if (!candidate || !inside(scanner.rectOf(candidate), x, y)) return null;
  const caret = caretAt(doc, x, y);
  if (!caret || caret.node.nodeType !== 3) return null;
  const node = caret.node as Text;
  const state = scanner.stateOfNode(node);
  if (!state || state.matches.length === 0) return null;
  const off = offsetOf(state.block, node, caret.offset);
  if (off < 0) return null;
  // The caret sits before or after the glyph under the pointer: try the match
  // containing the offset and the one ending at it.
  const i = lastStartingAtOrBefore(state.matches, off);
  for (const j of [i, i - 1]) {
    const m = state.matches[j];
    if (!m || off > m.end) continue;
    const rect = rectUnder(liveRange(doc, m.range), x, y);
    if (rect) return { state, match: m, rect };
  }
  return null;
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
  private readonly win: Window;

  constructor(
    private readonly doc: Document,
    private readonly scanner: Scanner,
    private readonly o: PointerWatchOptions,
  ) {
    this.win = doc.defaultView as Window;
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

  private readonly check = (): void => {
    this.frame = 0;
    try {
      const hit = this.overUi ? null : timeHitTest(() => hitTest(this.doc, this.scanner, this.x, this.y));
      this.o.onHover(hit, this.overUi, this.x, this.y);
    } catch (e) {
      console.warn(`Policy Lens: hit-test failed: ${String(e)}`);
    }
  };

  start(): void {
    this.win.addEventListener('pointermove', this.onMove, { passive: true, capture: true });
    this.win.addEventListener('scroll', this.onInvalidate, { passive: true, capture: true });
    this.win.addEventListener('resize', this.onInvalidate, { passive: true });
  }

  stop(): void {
    this.win.removeEventListener('pointermove', this.onMove, { capture: true });
    this.win.removeEventListener('scroll', this.onInvalidate, { capture: true });
    this.win.removeEventListener('resize', this.onInvalidate);
    if (this.frame) this.win.cancelAnimationFrame(this.frame);
    this.frame = 0;
  }
}
