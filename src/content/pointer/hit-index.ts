/**
 * Which term occurrence is under the pointer. Highlights get no mouse events,
 * so we hit-test ourselves against cached geometry: the blocks that have
 * matches, then the line boxes of their matches (so the pointer must be on
 * the term's glyphs, not just near the end of its line).
 */
import type { BlockPlaces } from '../paint/block-places';
import type { DocRect } from '../paint/geometry';
import { liveRange, type MatchRec } from '../page/match-rec';
import type { BlockState, Owner, PageModel } from '../page/page-model';

export interface Hit {
  state: BlockState;
  match: MatchRec;
  /** The client rect of the match under the pointer (one line of it). */
  rect: DOMRect;
}

/**
 * The line boxes of the matches of the blocks under the pointer, cached per
 * block until the layout changes. With BlockPlaces, a pointer move costs a
 * bucket look-up and a few comparisons: no elementFromPoint or
 * caretPositionFromPoint, whose cost grows with the page.
 */
export class HitIndex {
  private lines = new WeakMap<BlockState, { epoch: number; rects: { match: MatchRec; rect: DocRect }[] }>();

  constructor(
    private readonly doc: Document,
    private readonly model: PageModel,
    private readonly places: BlockPlaces,
    /** Whether a block's ranges are painted (only painted terms answer the pointer). */
    private readonly shown: (owner: Owner) => boolean,
  ) {}

  private matchLines(state: BlockState, sx: number, sy: number): { match: MatchRec; rect: DocRect }[] {
    const epoch = this.places.layoutEpoch;
    const cached = this.lines.get(state);
    if (cached && cached.epoch === epoch) return cached.rects;
    const rects: { match: MatchRec; rect: DocRect }[] = [];
    for (const match of state.matches) {
      try {
        for (const c of liveRange(this.doc, match.range).getClientRects()) {
          rects.push({ match, rect: { l: c.left + sx, t: c.top + sy, r: c.right + sx, b: c.bottom + sy } });
        }
      } catch {
        // The text changed under us; the observer re-scans this block.
      }
    }
    this.lines.set(state, { epoch, rects });
    return rects;
  }

  /** The occurrence whose glyphs are under the client point (x, y), if any. */
  at(x: number, y: number): Hit | null {
    const win = this.doc.defaultView;
    const sx = win?.scrollX ?? 0;
    const sy = win?.scrollY ?? 0;
    const dx = x + sx;
    const dy = y + sy;
    for (const { owner } of this.places.across(dy)) {
      if (!this.shown(owner)) continue;
      const state = this.model.get(owner);
      if (!state) continue;
      for (const line of this.matchLines(state, sx, sy)) {
        const r = line.rect;
        if (dx >= r.l - 0.5 && dx <= r.r + 0.5 && dy >= r.t - 0.5 && dy <= r.b + 0.5) {
          return { state, match: line.match, rect: new DOMRect(r.l - sx, r.t - sy, r.r - r.l, r.b - r.t) };
        }
      }
    }
    return null;
  }
}
