import { describe, expect, it } from 'vitest';
import { extensionEvaluationMs, mainThreadBusyMs } from './article-bench';
import type { TraceEvent } from './trace';

const URL = 'http://english.news.cn/bench/page-a10k.html';
const ev = (name: string, ts: number, dur: number, o: Partial<TraceEvent> = {}): TraceEvent => ({ name, cat: 'disabled-by-default-devtools.timeline,toplevel', ph: 'X', ts, dur, pid: 1, tid: 7, ...o });

describe('mainThreadBusyMs', () => {
  it("sums the page thread's outermost top-level tasks from its ParseHTML on, nested and other threads' tasks left out", () => {
    const events: TraceEvent[] = [
      ev('RunTask', 0, 5_000),
      ev('ParseHTML', 10_000, 2_000, { cat: 'devtools.timeline', args: { beginData: { url: URL } } }),
      // Straddles the parse: only the part after it counts.
      ev('RunTask', 8_000, 6_000),
      // Nested inside the one above: already counted.
      ev('RunTask', 11_000, 1_000),
      ev('RunTask', 20_000, 3_000),
      ev('RunTask', 20_000, 9_000, { tid: 8 }),
      ev('RunTask', 30_000, 2_500, { pid: 2 }),
      ev('RunTask', 40_000, 1_500),
    ];
    expect(mainThreadBusyMs(events, URL)?.wall).toBe(4 + 3 + 1.5);
  });

  it('reads thread CPU time where the trace has it, in proportion for a task that straddles the parse, wall time where it has none', () => {
    const events: TraceEvent[] = [
      ev('ParseHTML', 10_000, 2_000, { cat: 'devtools.timeline', args: { beginData: { url: URL } } }),
      ev('RunTask', 8_000, 6_000, { tdur: 3_000 }),
      ev('RunTask', 20_000, 3_000, { tdur: 1_000 }),
      ev('RunTask', 40_000, 1_500),
    ];
    expect(mainThreadBusyMs(events, URL)).toEqual({ wall: 4 + 3 + 1.5, cpu: 2 + 1 + 1.5 });
  });

  it('is null when the page was never parsed in the trace', () => {
    expect(mainThreadBusyMs([ev('RunTask', 0, 1_000)], URL)).toBeNull();
  });
});

describe('extensionEvaluationMs', () => {
  it("sums every extension script's evaluation on the page's thread, and nothing of the page's own or another thread's", () => {
    const parse = ev('ParseHTML', 10_000, 2_000, { cat: 'devtools.timeline', args: { beginData: { url: URL } } });
    const evalOf = (url: string, ts: number, dur: number, o: Partial<TraceEvent> = {}): TraceEvent => ev('EvaluateScript', ts, dur, { cat: 'devtools.timeline', args: { data: { url } }, ...o });
    const events: TraceEvent[] = [
      parse,
      evalOf('chrome-extension://abc/content-start.js', 10_500, 3_000),
      evalOf('chrome-extension://abc/content-script.js', 30_000, 5_500),
      evalOf('http://english.news.cn/app.js', 31_000, 9_000),
      evalOf('chrome-extension://abc/content-ui.js', 40_000, 2_000, { tid: 8 }),
    ];
    expect(extensionEvaluationMs(events, URL)).toBe(8.5);
    expect(extensionEvaluationMs([parse], URL)).toBeNull();
  });
});
