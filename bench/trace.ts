/**
 * The longest main-thread task between two User Timing marks, from a
 * Chromium trace (CDP Tracing, categories toplevel + blink.user_timing).
 * Unlike the 'longtask' PerformanceObserver (≥ 50 ms only), this sees every
 * task, so "no task > 16 ms" can be checked.
 */
import type { TraceEvent } from '../tests/helpers/trace';

export { endTrace, startTrace, type TraceEvent } from '../tests/helpers/trace';

export interface TaskWindow {
  /** Longest task overlapping the window, in ms (null when the marks were not found). */
  maxTaskMs: number | null;
  /** Tasks longer than 16 ms overlapping the window. */
  over16: number;
  tasks: number;
  /** For each task over 16 ms: its duration and its longest devtools.timeline child (what it spent the time on). */
  long: { ms: number; top: string }[];
}

/** Longest top-level task on the thread that emitted startMark, overlapping [startMark, endMark]. */
export function longestTask(events: readonly TraceEvent[], startMark: string, endMark: string): TaskWindow {
  const markTs = (name: string): TraceEvent | undefined => events.find((e) => e.name === name && e.cat.includes('blink.user_timing'));
  const s = markTs(startMark);
  const e = markTs(endMark);
  if (!s || !e) return { maxTaskMs: null, over16: 0, tasks: 0, long: [] };
  let max = 0;
  let over16 = 0;
  let tasks = 0;
  const long: { ms: number; top: string }[] = [];
  const children = events.filter((c) => c.ph === 'X' && c.pid === s.pid && c.tid === s.tid && c.dur !== undefined && c.cat.includes('devtools.timeline'));
  for (const ev of events) {
    if (ev.ph !== 'X' || ev.pid !== s.pid || ev.tid !== s.tid || ev.dur === undefined) continue;
    if (!ev.cat.includes('toplevel')) continue;
    if (ev.ts + ev.dur < s.ts || ev.ts > e.ts) continue;
    tasks++;
    const d = ev.dur / 1000;
    if (d > 16) {
      over16++;
      let top: TraceEvent | null = null;
      for (const c of children) {
        if (c.ts >= ev.ts && c.ts + (c.dur ?? 0) <= ev.ts + ev.dur && (top === null || (c.dur ?? 0) > (top.dur ?? 0))) top = c;
      }
      long.push({ ms: d, top: top ? `${top.name} ${((top.dur ?? 0) / 1000).toFixed(1)} ms` : '?' });
    }
    if (d > max) max = d;
  }
  long.sort((a, b) => b.ms - a.ms);
  return { maxTaskMs: max, over16, tasks, long };
}
