/**
 * User Timing marks for the page benchmark (bench/page-bench.ts) and for
 * anyone profiling a page in DevTools. The marks land in the page's own
 * performance timeline (content-script marks are visible to page scripts):
 *
 *   policy-lens:start          content-script entry
 *   policy-lens:first-visible  first range inside the viewport registered in CSS.highlights
 *   policy-lens:done           initial scan finished: every match found, and
 *                              the in-view ones registered or about to be
 *                              (detail: { blocks, ranges, maxSliceMs, slices, totalSliceMs })
 *   policy-lens:painted        once the painter has reported on every block
 *                              and a rendering update shows the result: a
 *                              task after the frame that follows the report
 *                              when the report changed highlights, else after
 *                              the first frame since done (which showed them),
 *                              so that frame's style, layout and paint are in
 *                              (same detail)
 *
 * A handful of marks per page load, and two numbers per scan slice: cheap
 * enough for production. Hit-test timing and the 'policy-lens:bench-report'
 * answer exist only in the bench build (`vite build --mode bench`): every
 * bench-only path sits behind `import.meta.env.MODE === 'bench'`, which Vite
 * replaces by a constant, so production bundles drop it.
 */

import { afterNextRender } from './yield';

export const MARK_START = 'policy-lens:start';
export const MARK_FIRST_VISIBLE = 'policy-lens:first-visible';
export const MARK_DONE = 'policy-lens:done';
export const MARK_PAINTED = 'policy-lens:painted';
/** The page posts this string to window; the bench build answers with a mark of the same name. */
export const BENCH_REPORT = 'policy-lens:bench-report';
/** Hit-test samples kept in the bench build (older samples are kept, newer dropped). */
export const MAX_HIT_TESTS = 100_000;

export interface ScanStats {
  blocks: number;
  ranges: number;
}

export interface SliceStats {
  maxSliceMs: number;
  slices: number;
  /** Sum of all slices: the scanner's own main-thread time. */
  totalSliceMs: number;
}

export type DoneDetail = ScanStats & SliceStats;

export interface BenchReport extends SliceStats {
  hitTestMs: number[];
}

/** What this module needs from the browser; tests pass fakes. */
export interface PerfEnv {
  mark(name: string, detail?: unknown, startTime?: number): void;
  now(): number;
  /** cb runs in a task after the next frame's rendering update (rAF callbacks run before its style and layout). */
  afterNextFrame(cb: () => void): void;
  /** Viewport height in CSS pixels. */
  viewportHeight(): number;
}

export interface PerfMarks {
  markStart(): void;
  /** Marks first-visible now, or at startTime (when the highlight was registered). */
  markFirstVisible(startTime?: number): void;
  /** Marks first-visible if one of the ranges intersects the viewport (checks stop once marked or done). */
  markFirstVisibleIfInView(ranges: readonly { getBoundingClientRect(): DOMRect }[]): void;
  /**
   * Marks done now, and painted once `ready` (the in-view ranges
   * registered) and a frame after it; when ready says no highlight changed
   * since done (false), the first frame after done showed them already.
   */
  markDone(stats: ScanStats, ready?: Promise<boolean>): void;
  firstVisibleMarked(): boolean;
  recordSlice(ms: number): void;
  sliceStats(): SliceStats;
}

export function createPerfMarks(env: PerfEnv): PerfMarks {
  let started = false;
  let firstVisible = false;
  let done = false;
  let maxSliceMs = 0;
  let slices = 0;
  let totalSliceMs = 0;

  const markFirstVisible = (startTime?: number): void => {
    if (firstVisible) return;
    firstVisible = true;
    env.mark(MARK_FIRST_VISIBLE, undefined, startTime);
  };

  return {
    markStart() {
      if (started) return;
      started = true;
      env.mark(MARK_START);
    },
    markFirstVisible,
    firstVisibleMarked: () => firstVisible,
    markFirstVisibleIfInView(ranges) {
      if (firstVisible || done) return;
      const vh = env.viewportHeight();
      for (const r of ranges) {
        const rect = r.getBoundingClientRect();
        if (rect.bottom > 0 && rect.top < vh && (rect.width > 0 || rect.height > 0)) {
          markFirstVisible();
          return;
        }
      }
    },
    markDone(stats, ready) {
      if (done) return;
      done = true;
      const detail: DoneDetail = { blocks: stats.blocks, ranges: stats.ranges, maxSliceMs, slices, totalSliceMs };
      env.mark(MARK_DONE, detail);
      const mark = (): void => env.mark(MARK_PAINTED, detail);
      const painted = (): void => env.afterNextFrame(mark);
      if (!ready) {
        painted();
        return;
      }
      // Asked now: its frame is the first to show what done registered.
      const firstFrame = new Promise<void>((ok) => env.afterNextFrame(ok));
      void ready.then((changed) => (changed ? painted() : void firstFrame.then(mark)), painted);
    },
    recordSlice(ms) {
      slices++;
      totalSliceMs += ms;
      if (ms > maxSliceMs) maxSliceMs = ms;
    },
    sliceStats: () => ({ maxSliceMs, slices, totalSliceMs }),
  };
}

/** Bench build only: bounded hit-test samples and the answer to the page's report request. */
export interface BenchRecorder {
  recordHitTest(ms: number): void;
  report(): BenchReport;
  /** Answers BENCH_REPORT messages on win with a BENCH_REPORT mark. */
  listen(win: Pick<Window, 'addEventListener'>): void;
}

export function createBenchRecorder(env: Pick<PerfEnv, 'mark'>, slices: () => SliceStats, max = MAX_HIT_TESTS): BenchRecorder {
  const hitTestMs: number[] = [];
  let listening = false;
  const report = (): BenchReport => ({ hitTestMs: hitTestMs.slice(), ...slices() });
  return {
    recordHitTest(ms) {
      if (hitTestMs.length < max) hitTestMs.push(ms);
    },
    report,
    listen(win) {
      if (listening) return;
      listening = true;
      win.addEventListener('message', (e: MessageEvent) => {
        if (e.data === BENCH_REPORT) env.mark(BENCH_REPORT, report());
      });
    },
  };
}

// ---------------------------------------------------------------------------
// The instance the content script uses.

function browserEnv(): PerfEnv {
  return {
    mark(name, detail, startTime) {
      try {
        const opts: PerformanceMarkOptions = {};
        if (detail !== undefined) opts.detail = detail;
        if (startTime !== undefined) opts.startTime = startTime;
        performance.mark(name, opts);
      } catch {
        // A page that replaced performance.mark must not break us.
      }
    },
    now: () => performance.now(),
    afterNextFrame(cb) {
      void afterNextRender(typeof window === 'undefined' ? null : window).then(cb);
    },
    viewportHeight: () => (typeof window === 'undefined' ? 0 : window.innerHeight),
  };
}

const env = browserEnv();
const marks = createPerfMarks(env);
let bench: BenchRecorder | null = null;

/** At content-script entry. In the bench build also starts answering report requests. */
export function markStart(): void {
  marks.markStart();
  if (import.meta.env.MODE === 'bench' && typeof window !== 'undefined') {
    bench ??= createBenchRecorder(env, marks.sliceStats);
    bench.listen(window);
  }
}

export function markFirstVisible(): void {
  marks.markFirstVisible();
}

/**
 * After the next rendering update (when geometry is clean and reading it
 * costs nothing), marks first-visible at the registration time of the first
 * batch with a range in the viewport. Checks at most a few ranges.
 */
export function markFirstVisibleAfterRender(doc: Document, batches: readonly { ranges: readonly AbstractRange[]; at: number }[]): void {
  const win = doc.defaultView;
  if (!win || batches.length === 0 || marks.firstVisibleMarked()) return;
  // Geometry is clean after the frame's rendering update.
  env.afterNextFrame(() => {
    const vh = win.innerHeight;
    let checked = 0;
    for (const { ranges, at } of batches) {
      for (const r of ranges) {
        if (++checked > 100) return;
        try {
          const live = doc.createRange();
          live.setStart(r.startContainer, r.startOffset);
          live.setEnd(r.endContainer, r.endOffset);
          const rect = live.getBoundingClientRect();
          if (rect.bottom > 0 && rect.top < vh && (rect.width > 0 || rect.height > 0)) {
            marks.markFirstVisible(at);
            return;
          }
        } catch {
          // The node changed since: try the next one.
        }
      }
    }
  });
}

/** When the initial scan has found every match; painted follows once `ready` (what is near the viewport registered) and a frame. */
export function markDone(stats: ScanStats, ready?: Promise<boolean>): void {
  marks.markDone(stats, ready);
}

/** Length of one scan slice (work between two yields to the main thread). */
export function recordSlice(ms: number): void {
  marks.recordSlice(ms);
}

/** Bench build only; a no-op in production. */
export function recordHitTest(ms: number): void {
  if (import.meta.env.MODE === 'bench') bench?.recordHitTest(ms);
}

/** Runs fn; in the bench build also records how long it took as a hit-test sample. */
export function timeHitTest<T>(fn: () => T): T {
  if (import.meta.env.MODE !== 'bench') return fn();
  const t0 = env.now();
  try {
    return fn();
  } finally {
    recordHitTest(env.now() - t0);
  }
}
