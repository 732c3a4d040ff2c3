/**
 * Shared by the reliability suite: figures for `npm run reliability`,
 * problems reported by a page (page errors, our console lines), settling
 * helpers, and attributing main-thread time to the extension from a
 * Chromium trace.
 */
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { BrowserContext, CDPSession, Frame, Page, Worker } from 'playwright-core';
import { gatherPainted, HIGHLIGHT_NAMES } from '../browser/page-helpers';
import type { ExtensionSession } from '../../tooling/extension';
import { startFixtureServer, type FixtureServer } from '../../tooling/server';
import { pageThread, type TraceEvent } from '../../tooling/trace';

export const SOAK = process.env.PL_SOAK === '1';
export const FIGURES_DIR = resolve(import.meta.dirname, '../../test-results/reliability');

/** Merges figures into test-results/reliability/<file>.json (read by scripts/reliability.ts). */
export function writeFigures(file: string, figures: Record<string, unknown>): void {
  mkdirSync(FIGURES_DIR, { recursive: true });
  const path = resolve(FIGURES_DIR, `${file}.json`);
  let old: Record<string, unknown> = {};
  if (existsSync(path)) {
    try {
      old = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
    } catch {
      old = {};
    }
  }
  writeFileSync(path, `${JSON.stringify({ ...old, ...figures, soak: SOAK, at: new Date().toISOString() }, null, 2)}\n`);
}

/** Everything a page reports that would mean we broke something: page errors, console errors, and any console line of ours. */
export function watchProblems(page: Page): string[] {
  const out: string[] = [];
  page.on('pageerror', (e) => out.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    const t = m.text();
    if (m.type() === 'error' || t.startsWith('Policy Lens')) out.push(`console.${m.type()}: ${t.slice(0, 300)}`);
  });
  return out;
}

/**
 * Our ranges in the frame (all highlight names but the active one), as
 * strings, sorted: those registered now (near the viewport), or with
 * `throughout` every one painted while the page is scrolled through.
 */
export async function paintedTexts(frame: Page | Frame, throughout = false): Promise<string[]> {
  if (throughout) await gatherPainted(frame);
  return frame.evaluate(({ names, throughout }) => {
    const out: string[] = [];
    const lists: Iterable<AbstractRange>[] = [];
    if (throughout) lists.push((window as unknown as { __plPainted: AbstractRange[] }).__plPainted);
    else for (const n of names) lists.push((CSS.highlights.get(n) ?? []) as Iterable<AbstractRange>);
    for (const list of lists) {
      // Our ranges are StaticRanges: read their text through a live Range (a stale one shows as such).
      for (const r of list) {
        try {
          const live = document.createRange();
          live.setStart(r.startContainer, r.startOffset);
          live.setEnd(r.endContainer, r.endOffset);
          out.push(live.toString());
        } catch (e) {
          out.push(`<stale range: ${String(e)}>`);
        }
      }
    }
    return out.sort();
  }, { names: [...HIGHLIGHT_NAMES] as string[], throughout });
}

export function paintedCount(frame: Page | Frame): Promise<number> {
  return frame.evaluate((names) => names.reduce((n, name) => n + (CSS.highlights.get(name)?.size ?? 0), 0), [...HIGHLIGHT_NAMES] as string[]);
}

/** Polls until fn() returns the same value twice, quietMs apart (or timeout); returns the last value. */
export async function settle<T>(fn: () => Promise<T>, quietMs = 300, timeoutMs = 15_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  let last = JSON.stringify(await fn());
  let value: T;
  for (;;) {
    await new Promise((ok) => setTimeout(ok, quietMs));
    value = await fn();
    const now = JSON.stringify(value);
    if (now === last || Date.now() > until) return value;
    last = now;
  }
}

interface Report {
  active?: boolean;
  reading?: boolean;
  counts?: Record<string, number>;
}

/** The top frame's get-page-terms answer for the tab showing url (null: no such tab, or no answer). */
export function askPage(session: ExtensionSession, url: string): Promise<Report | null> {
  return session.serviceWorker.evaluate(async (u) => {
    interface C {
      tabs: { query(q: object): Promise<{ id?: number; url?: string }[]>; sendMessage(id: number, m: unknown, o: { frameId: number }): Promise<unknown> };
    }
    const c = (globalThis as unknown as { chrome: C }).chrome;
    const tab = (await c.tabs.query({})).find((t) => t.url === u);
    if (tab?.id === undefined) return null;
    return (await c.tabs.sendMessage(tab.id, { type: 'get-page-terms' }, { frameId: 0 }).catch(() => null)) as Report | null;
  }, url);
}

/** What the scan found on the page at url: distinct terms and occurrences. */
export async function pageTerms(session: ExtensionSession, url: string): Promise<{ terms: number; matches: number } | null> {
  const counts = (await askPage(session, url))?.counts;
  if (!counts) return null;
  return { terms: Object.keys(counts).length, matches: Object.values(counts).reduce((a, b) => a + b, 0) };
}

/**
 * Resolves when the content script of the page's top frame says its first
 * scan is done (get-page-terms: active, not reading), or false after
 * timeout. What is near the viewport may still be being painted: callers
 * that compare highlights poll them until they settle.
 */
export async function waitForScanDone(session: ExtensionSession, page: Page, timeout = 20_000): Promise<boolean> {
  const until = Date.now() + timeout;
  const url = page.url();
  while (Date.now() < until) {
    const reply = await askPage(session, url);
    if (reply?.active === true && reply.reading === false) return true;
    await new Promise((ok) => setTimeout(ok, 50));
  }
  return false;
}

export async function setStorage(sw: Worker, area: 'sync' | 'local', items: Record<string, unknown>): Promise<void> {
  await sw.evaluate(
    async ({ area, items }) => {
      const c = (globalThis as unknown as { chrome: { storage: Record<string, { set(v: Record<string, unknown>): Promise<void> }> } }).chrome;
      await c.storage[area]?.set(items);
    },
    { area, items },
  );
}

export async function clearStorage(sw: Worker): Promise<void> {
  await sw.evaluate(async () => {
    const c = (globalThis as unknown as { chrome: { storage: { sync: { clear(): Promise<void> }; local: { clear(): Promise<void> } } } }).chrome;
    await c.storage.sync.clear();
    await c.storage.local.clear();
  });
}

/** The fixture server, with an empty favicon (its 404 would be a console error on every page). */
export async function startServer(): Promise<FixtureServer> {
  const server = await startFixtureServer();
  server.route('/favicon.ico', { body: Buffer.alloc(0), type: 'image/x-icon' });
  return server;
}

// ---- Trace attribution -------------------------------------------------

export { endTrace, startTrace, type TraceEvent } from '../../tooling/trace';

/** A CPU profile sample: when, for how long, and whether the extension's code was on the stack. */
export interface Sample {
  ts: number;
  dur: number;
  ext: boolean;
  /** The innermost function of ours on the stack, for failure messages. */
  fn?: string;
}

interface ProfileNode {
  id: number;
  callFrame: { url: string; functionName: string; lineNumber: number };
  children?: number[];
}

/** Starts V8's sampling profiler for the page's isolate (main world and content-script world alike). */
export async function startProfile(cdp: CDPSession): Promise<void> {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
}

/** Samples with our code on the stack: a forced layout inside our call counts as ours. */
export async function endProfile(cdp: CDPSession, extId: string): Promise<Sample[]> {
  const { profile } = await cdp.send('Profiler.stop');
  const nodes = profile.nodes as ProfileNode[];
  const parent = new Map<number, number>();
  for (const n of nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const ext = new Map<number, boolean>();
  const isExt = (id: number): boolean => {
    const known = ext.get(id);
    if (known !== undefined) return known;
    const chain: number[] = [];
    let v = false;
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const k = ext.get(at);
      if (k !== undefined) {
        v = k;
        break;
      }
      chain.push(at);
      if ((byId.get(at)?.callFrame.url ?? '').startsWith(`chrome-extension://${extId}/`)) {
        v = true;
        break;
      }
    }
    for (const c of chain) ext.set(c, v);
    return v;
  };
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  const out: Sample[] = [];
  let ts = profile.startTime;
  for (let i = 0; i < samples.length; i++) {
    ts += deltas[i] ?? 0;
    const id = samples[i] as number;
    const e = isExt(id);
    let fn: string | undefined;
    if (e) {
      for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
        const cf = byId.get(at)?.callFrame;
        if (cf && cf.url.startsWith(`chrome-extension://${extId}/`)) {
          fn = `${cf.functionName || '(anonymous)'}:${cf.lineNumber + 1}`;
          break;
        }
      }
    }
    out.push({ ts, dur: deltas[i + 1] ?? 0, ext: e, ...(fn ? { fn } : {}) });
  }
  return out;
}

export interface TaskFigures {
  /** Longest main-thread time one task spent on the extension's behalf (ms). */
  extMaxMs: number;
  /** Tasks with any extension work. */
  extTasks: number;
  /** Longest top-level task of the page's main thread after startUs, whoever caused it (ms). */
  anyMaxMs: number;
  /** What the longest extension task spent its time on (for failure messages). */
  extTop: string;
  /** Sum over tasks of the time spent on the extension's behalf (ms). */
  extTotalMs: number;
}

const isExtUrl = (e: TraceEvent, extId: string): boolean => (e.args?.data?.url ?? '').startsWith(`chrome-extension://${extId}/`);

/**
 * Main-thread time the extension causes, per task. A task whose work is the
 * content script's own continuation (script evaluation, a scheduler.yield
 * continuation — the fixture pages never call scheduler.yield) counts whole,
 * forced layouts included; in any other task (a page timer whose mutation
 * ran our MutationObserver, a pointer event...) only our callbacks count,
 * or, when it is more, the CPU-profile samples with our code on the stack
 * (this sees promise continuations, which the trace does not attribute).
 */
export function extensionTasks(events: readonly TraceEvent[], pageUrl: string, extId: string, samples: readonly Sample[] = []): TaskFigures {
  const page = pageThread(events, pageUrl);
  if (!page) throw new Error(`no ParseHTML for ${pageUrl} in the trace`);
  const { parse, tasks: outer } = page;
  const timeline = page.thread.filter((e) => e.cat.includes('devtools.timeline'));
  let extMaxMs = 0;
  let extTasks = 0;
  let anyMaxMs = 0;
  let extTop = '';
  let extTotalMs = 0;
  let j = 0;
  let si = 0;
  for (const t of outer) {
    const end = t.ts + (t.dur ?? 0);
    if (t.ts < parse.ts) continue;
    anyMaxMs = Math.max(anyMaxMs, (t.dur ?? 0) / 1000);
    while (j < timeline.length && (timeline[j] as TraceEvent).ts < t.ts) j++;
    let whole = false;
    let calls = 0;
    const kids: TraceEvent[] = [];
    for (let k = j; k < timeline.length && (timeline[k] as TraceEvent).ts <= end; k++) {
      const c = timeline[k] as TraceEvent;
      kids.push(c);
      if ((c.name === 'EvaluateScript' && isExtUrl(c, extId)) || c.name === 'RunYieldContinuation' || c.name === 'ScheduleYieldContinuation') whole = true;
      // Count top-level calls only (a FunctionCall inside one of ours is already inside its duration).
      if (c.name === 'FunctionCall' && isExtUrl(c, extId)) calls += (c.dur ?? 0) / 1000;
    }
    while (si < samples.length && (samples[si] as Sample).ts < t.ts) si++;
    let sampled = 0;
    const fns = new Map<string, number>();
    for (let k = si; k < samples.length && (samples[k] as Sample).ts <= end; k++) {
      const sm = samples[k] as Sample;
      if (!sm.ext) continue;
      sampled += sm.dur / 1000;
      if (sm.fn) fns.set(sm.fn, (fns.get(sm.fn) ?? 0) + sm.dur / 1000);
    }
    const ms = whole ? (t.dur ?? 0) / 1000 : Math.max(calls, sampled);
    if (ms > 0) extTasks++;
    extTotalMs += ms;
    if (ms > extMaxMs) {
      extMaxMs = ms;
      const top = kids.filter((c) => c.name !== 'FunctionCall').sort((a, b) => (b.dur ?? 0) - (a.dur ?? 0))[0];
      const hot = [...fns].sort((a, b) => b[1] - a[1]).slice(0, 3).map(([f, v]) => `${f} ${v.toFixed(1)} ms`);
      extTop = [top ? `${top.name} ${((top.dur ?? 0) / 1000).toFixed(1)} ms` : '', ...hot].filter(Boolean).join('; ');
    }
  }
  return { extMaxMs: round(extMaxMs), extTasks, anyMaxMs: round(anyMaxMs), extTop, extTotalMs: round(extTotalMs) };
}

export const round = (n: number): number => Math.round(n * 10) / 10;

/** JS heap in use by the page's isolate (main world and our isolated world), after a full GC. */
export async function heapUsedMb(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  const h = await cdp.send('Runtime.getHeapUsage');
  return round(h.usedSize / 1048576);
}

export async function extensionIdOf(context: BrowserContext): Promise<string> {
  const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return new URL(sw.url()).host;
}
