/**
 * User Timing marks for the page benchmark (bench/page-bench.ts), set by
 * the bench build's probe (content-probe.ts) from the product's events.
 * The product itself sets none: pages could read them.
 *
 *   policy-lens:start          content-script entry
 *   policy-lens:first-visible  first range inside the viewport registered in CSS.highlights
 *   policy-lens:done           initial scan finished: every match found, and
 *                              the in-view ones registered or about to be
 *                              (detail: { blocks, ranges, maxSliceMs, slices, totalSliceMs })
 *   policy-lens:painted        once every block is placed and the band is
 *                              registered, and a rendering update shows the
 *                              result: a task after the frame that follows
 *                              when highlights changed since done, else after
 *                              the first frame since done (which showed them),
 *                              so that frame's style, layout and paint are in
 *                              (same detail)
 *   policy-lens:bench-report   the answer to the page's postMessage of the
 *                              same string: hit-test samples and slice stats
 */

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
