/**
 * Records a Chromium trace over CDP (toplevel tasks, devtools.timeline
 * children, User Timing marks). Shared by the benchmark and the reliability
 * suite, which both need every main-thread task, not only the ≥ 50 ms ones
 * the 'longtask' observer reports.
 */
import type { CDPSession } from 'playwright-core';

export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread CPU time of a complete event (µs), where the trace recorded it. */
  tdur?: number;
  pid: number;
  tid: number;
  args?: { data?: { url?: string; frame?: string; type?: string }; beginData?: { url?: string } };
}

// renderer: Chrome's own page-text capture (bench/trace.ts tells it apart from the extension's work).
export const TRACE_CATEGORIES = ['toplevel', 'devtools.timeline', 'blink.user_timing', 'renderer', '-*'].join(',');

export async function startTrace(cdp: CDPSession): Promise<void> {
  await cdp.send('Tracing.start', { categories: TRACE_CATEGORIES, transferMode: 'ReturnAsStream' });
}

export async function endTrace(cdp: CDPSession): Promise<TraceEvent[]> {
  const complete = new Promise<string | undefined>((ok) => cdp.once('Tracing.tracingComplete', (e) => ok(e.stream)));
  await cdp.send('Tracing.end');
  const stream = await complete;
  if (!stream) return [];
  const parts: string[] = [];
  for (;;) {
    const chunk = await cdp.send('IO.read', { handle: stream, size: 4 << 20 });
    parts.push(chunk.base64Encoded ? Buffer.from(chunk.data, 'base64').toString('utf8') : chunk.data);
    if (chunk.eof) break;
  }
  await cdp.send('IO.close', { handle: stream });
  const parsed = JSON.parse(parts.join('')) as { traceEvents?: TraceEvent[] } | TraceEvent[];
  return Array.isArray(parsed) ? parsed : (parsed.traceEvents ?? []);
}

/**
 * The main thread that parsed pageUrl: its ParseHTML event, every complete
 * event on that thread in time order, and its outermost top-level tasks
 * (a RunTask nested in a mojo message's is part of the same task). Null
 * when the page was not parsed inside the trace.
 */
export function pageThread(events: readonly TraceEvent[], pageUrl: string): { parse: TraceEvent; thread: TraceEvent[]; tasks: TraceEvent[] } | null {
  const parse = events.find((e) => e.name === 'ParseHTML' && (e.args?.beginData?.url ?? '') === pageUrl);
  if (!parse) return null;
  const thread = events.filter((e) => e.pid === parse.pid && e.tid === parse.tid && e.ph === 'X' && e.dur !== undefined).sort((a, b) => a.ts - b.ts);
  const tasks: TraceEvent[] = [];
  for (const t of thread) {
    if (!t.cat.includes('toplevel')) continue;
    const last = tasks.at(-1);
    if (last && t.ts < last.ts + (last.dur ?? 0)) continue;
    tasks.push(t);
  }
  return { parse, thread, tasks };
}
