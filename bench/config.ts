/**
 * What the page bench (page-bench.ts) runs, and where: hosts, runs per
 * measurement, caps and the generated page sizes. The report (report.ts)
 * quotes the same values in its notes.
 */
export const NEWS = 'english.news.cn';
export const PLAIN = 'example.org';
/** Passes of the page's own edits counted per load, after one that warms its loop up. */
export const COST_REPEATS = 2;
/** A third site (no content script): a load from it opens the next page in a new renderer. */
export const ELSEWHERE = 'blog.example.net';
export const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 5));
export const WARMUP = 1;
export const MARKJS_CAP_MS = Number(process.env.MARKJS_CAP_MS ?? 15_000);
export const PL_TIMEOUT_MS = 60_000;
export const HOVER_POINTS = 300;
/** Traced loads per page for the longest task (the median load is reported). */
export const TRACED_LOADS = 5;
/** Loads, each in a new tab, for the content script's evaluation without compiled code. */
export const FRESH_TABS = 5;
/** The page the ratio targets are set on. */
export const TARGET_PAGE = '1m';
export const ONLY = process.env.BENCH_SIZES?.split(',').map((s) => s.trim());

export interface SizeSpec {
  key: string;
  label: string;
  chars: number;
  /** Runs for mark.js (it can be very slow on big pages). */
  markRuns: number;
  markWarmup: number;
  /** Loads per participant for the page's own edits: fewer on the 5 MB page, where a load takes 2-3 s. */
  sideRuns: number;
  /** Characters between planted terms (default 300, the density). */
  termEvery?: number;
  /** FLOOR and Policy Lens only: a second page at another density. */
  light?: boolean;
}

export const ALL_SIZES: SizeSpec[] = [
  { key: '100k', label: '100 KB', chars: 100_000, markRuns: RUNS, markWarmup: WARMUP, sideRuns: RUNS },
  { key: '1m', label: '1 MB', chars: 1_000_000, markRuns: RUNS, markWarmup: WARMUP, sideRuns: RUNS },
  // The page was loaded a dozen times before these phases: no warm-up.
  { key: '5m', label: '5 MB', chars: 5_000_000, markRuns: 1, markWarmup: 0, sideRuns: Math.min(RUNS, 3) },
  // Most articles hold a few glossary terms, not one every 300 characters.
  { key: '1m-few', label: '1 MB, few terms', chars: 1_000_000, markRuns: 0, markWarmup: 0, sideRuns: 0, termEvery: 20_000, light: true },
];
/** A mark.js run longer than this is not repeated: JIT warm-up is noise at that scale, and the ratio is in the hundreds. */
export const MARKJS_SLOW_MS = 2000;
