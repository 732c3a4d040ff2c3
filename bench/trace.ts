/**
 * The longest main-thread task between two User Timing marks, from a
 * Chromium trace (CDP Tracing, categories toplevel + blink.user_timing).
 * Unlike the 'longtask' PerformanceObserver (≥ 50 ms only), this sees every
 * task, so "no task > 16 ms" can be checked.
 *
 * Chrome's own page-text capture (ChromeRenderFrameObserver::CapturePageText,
 * for translation and language detection) is not counted against the
 * extension: it runs inside a rendering task after every page load, with or
 * without extensions, and reads the whole page (35-90 ms on the 5 MB bench
 * page without the extension). Its time inside the window is reported apart.
 *
 * Nor is the page's first layout: the rendering task that dispatches
 * 'pagereveal' (the document's first rendering) lays out the whole page,
 * whether or not an extension runs. A content script that starts before it
 * (document_idle often comes first on a short page) finds that task in its
 * window: 20-38 ms of Layout on the 100 KB bench page. Policy Lens reads no
 * geometry before the first rendering and changes no layout, so that Layout
 * is the page's; the rest of the task (paint, including our first
 * highlights) still counts. Also reported apart.
 */
import type { TraceEvent } from '../tooling/trace';

export { endTrace, pageThread, startTrace, type TraceEvent } from '../tooling/trace';

/** Chrome's page-text capture (trace category "renderer"). */
export const BROWSER_TEXT_CAPTURE = 'ChromeRenderFrameObserver::CapturePageText';

export interface TaskWindow {
  /** Longest task overlapping the window, less Chrome's page-text capture inside it, in ms (null when the marks were not found). */
  maxTaskMs: number | null;
  /** Longest task as traced, capture included. */
  maxRawMs: number | null;
  /** Chrome's page-text capture inside tasks overlapping the window, in ms. */
  captureMs: number;
  /** The page's first layout (in its 'pagereveal' rendering task) inside the window, in ms. */
  firstLayoutMs: number;
  /** Tasks longer than 16 ms (capture excluded) overlapping the window. */
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
  if (!s || !e) return { maxTaskMs: null, maxRawMs: null, captureMs: 0, firstLayoutMs: 0, over16: 0, tasks: 0, long: [] };
  let max = 0;
  let maxRaw = 0;
  let captureMs = 0;
  let firstLayoutMs = 0;
  let over16 = 0;
  let tasks = 0;
  const long: { ms: number; top: string }[] = [];
  const onThread = (c: TraceEvent): boolean => c.ph === 'X' && c.pid === s.pid && c.tid === s.tid && c.dur !== undefined;
  const children = events.filter((c) => onThread(c) && c.cat.includes('devtools.timeline'));
  const captures = events.filter((c) => onThread(c) && c.name === BROWSER_TEXT_CAPTURE);
  const reveals = events.filter((c) => onThread(c) && c.name === 'EventDispatch' && c.args?.data?.type === 'pagereveal');
  const layouts = children.filter((c) => c.name === 'Layout');
  const inside = (c: TraceEvent, t: TraceEvent): boolean => c.ts >= t.ts && c.ts + (c.dur ?? 0) <= t.ts + (t.dur ?? 0);
  for (const ev of events) {
    if (ev.ph !== 'X' || ev.pid !== s.pid || ev.tid !== s.tid || ev.dur === undefined) continue;
    if (!ev.cat.includes('toplevel')) continue;
    if (ev.ts + ev.dur < s.ts || ev.ts > e.ts) continue;
    tasks++;
    const raw = ev.dur / 1000;
    let capture = 0;
    for (const c of captures) if (inside(c, ev)) capture += (c.dur ?? 0) / 1000;
    captureMs += capture;
    let firstLayout = 0;
    if (reveals.some((r) => inside(r, ev))) for (const c of layouts) if (inside(c, ev)) firstLayout += (c.dur ?? 0) / 1000;
    firstLayoutMs += firstLayout;
    const d = raw - capture - firstLayout;
    if (d > 16) {
      over16++;
      let top: TraceEvent | null = null;
      for (const c of children) {
        if (inside(c, ev) && (top === null || (c.dur ?? 0) > (top.dur ?? 0))) top = c;
      }
      const ms1 = (x: number): string => `${x.toFixed(1)} ms`;
      const apart = `${capture > 0 ? `; +${ms1(capture)} Chrome page-text capture` : ''}${firstLayout > 0 ? `; +${ms1(firstLayout)} the page's first layout` : ''}`;
      long.push({ ms: d, top: `${top ? `${top.name} ${ms1((top.dur ?? 0) / 1000)}` : '?'}${apart}` });
    }
    if (d > max) max = d;
    if (raw > maxRaw) maxRaw = raw;
  }
  long.sort((a, b) => b.ms - a.ms);
  return { maxTaskMs: max, maxRawMs: maxRaw, captureMs, firstLayoutMs, over16, tasks, long };
}

/** The first evaluation of a script whose URL ends with urlEnd, and the top-level task it ran in (ms). */
export function scriptEvaluation(events: readonly TraceEvent[], urlEnd: string): { evalMs: number; taskMs: number } | null {
  const ev = events.find((e) => e.name === 'EvaluateScript' && e.dur !== undefined && String(e.args?.data?.url ?? '').endsWith(urlEnd));
  if (!ev || ev.dur === undefined) return null;
  const task = events.find(
    (t) => t.ph === 'X' && t.cat.includes('toplevel') && t.pid === ev.pid && t.tid === ev.tid && t.dur !== undefined && t.ts <= ev.ts && t.ts + t.dur >= ev.ts + (ev.dur ?? 0),
  );
  return { evalMs: ev.dur / 1000, taskMs: (task?.dur ?? ev.dur) / 1000 };
}
