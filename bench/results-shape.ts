/** What the page bench measures per page size: the runner fills it, the report reads it (latest.json keeps it as "raw"). */
import { MARKJS_CAP_MS, type SizeSpec } from './config';
import type { ScrollResult } from './page-scripts';
import type { TaskWindow } from './trace';

export interface MarkJsRuns {
  /** To the marks rendered (MarkJsResult.ms). */
  runs: number[];
  /** To the done callback, same runs. */
  doneRuns: number[];
  count: number | null;
  /** Runs stopped at the cap. */
  capped: number;
  /** A run took longer than MARKJS_SLOW_MS, so it was not repeated. */
  slow: boolean;
  /** Not run: already capped on a smaller page. */
  skipped?: boolean;
  /** The cap used for these runs. */
  capMs: number;
}

/** The page's own figures, known before any load. */
export interface PageFacts {
  visibleChars: number;
  htmlBytes: number;
  blocks: number;
  planted: number;
  plantedSplit: number;
  nodeMatches: number;
  nodeMatchMs: number;
}

export interface SizeResult extends PageFacts {
  size: SizeSpec;
  crossOriginIsolated: { news: boolean | null; plain: boolean | null };
  floor: number[];
  floorChars: number | null;
  pl: {
    total: number[];
    firstVisible: number[];
    maxLongTask: number[];
    maxSliceMs: number[];
    workMs: number[];
    slices: number[];
    ranges: number | null;
    blocks: number | null;
    missing: number;
    /** Runs without a first-visible mark (counted at painted). */
    noFirstVisible: number;
  };
  /** The traced load with the median longest task. */
  trace: TaskWindow | null;
  /** Each traced load's longest task, ascending. */
  traceMaxes: number[];
  markArray: MarkJsRuns;
  markRegExp: MarkJsRuns;
  hover: { samples: number[]; reportMissing: boolean; maxSliceMs: number | null } | null;
  /**
   * Per microtask (a callback between every two edits) and batched (one task), each without PL, with an empty
   * observer in the page's world (bare) and in an isolated world as a content script's (bareIso), and with PL.
   */
  cost: Record<'micro' | 'batched', CostSet>;
  /** Scrolling 120 frames at 120 px a frame, without and with PL. */
  scroll: { plain: ScrollResult[]; pl: ScrollResult[] };
  /** Without the extension: the frame after one highlight range is registered (the platform's price of any change). */
  platformChange: TaskWindow | null;
  /** The content script's evaluation on a load in a fresh tab (a new renderer: nothing compiled yet), and the task it ran in; first page only. */
  freshEval: { evalMs: number[]; taskMs: number[]; uiTaskMs: number[] };
  heap: { jsPlain: number[]; jsPl: number[]; embPlain: number[]; embPl: number[]; nodesPlain: number[]; nodesPl: number[] };
}

export interface Cost {
  edits: number[];
  inserts: number[];
}

export type CostSet = Record<'plain' | 'bare' | 'bareIso' | 'pl', Cost>;
const noCost = (): CostSet => ({
  plain: { edits: [], inserts: [] },
  bare: { edits: [], inserts: [] },
  bareIso: { edits: [], inserts: [] },
  pl: { edits: [], inserts: [] },
});

export function noMarkJsRuns(capMs = MARKJS_CAP_MS): MarkJsRuns {
  return { runs: [], doneRuns: [], count: null, capped: 0, slow: false, capMs };
}

/** A result with nothing measured yet. */
export function emptySizeResult(size: SizeSpec, page: PageFacts): SizeResult {
  return {
    size,
    ...page,
    crossOriginIsolated: { news: null, plain: null },
    floor: [],
    floorChars: null,
    pl: { total: [], firstVisible: [], maxLongTask: [], maxSliceMs: [], workMs: [], slices: [], ranges: null, blocks: null, missing: 0, noFirstVisible: 0 },
    trace: null,
    traceMaxes: [],
    markArray: noMarkJsRuns(),
    markRegExp: noMarkJsRuns(),
    hover: null,
    cost: { micro: noCost(), batched: noCost() },
    scroll: { plain: [], pl: [] },
    platformChange: null,
    freshEval: { evalMs: [], taskMs: [], uiTaskMs: [] },
    heap: { jsPlain: [], jsPl: [], embPlain: [], embPl: [], nodesPlain: [], nodesPl: [] },
  };
}
