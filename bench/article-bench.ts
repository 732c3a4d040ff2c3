/**
 * Where readers live: a normal-length article opened in a new tab from
 * another site, so that nothing of the content script is compiled and the
 * matcher runs cold. Each load is traced; what Policy Lens adds is the main
 * thread's busy time on that load (every top-level task from the document's
 * parse to a fixed settle time) with the extension, minus the same page on a
 * host it does not run on, loads taking turns.
 */
import { cpSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { ELSEWHERE, FRESH_TABS, NEWS, PLAIN } from './config';
import { FLOOR, READ_MARKS, waitPaintedScript } from './page-scripts';
import { fmtSummary, ms, summarize, type Summary } from './stats';
import { endTrace, pageThread, startTrace, type TraceEvent } from './trace';

export interface ArticleSpec {
  key: string;
  label: string;
  chars: number;
  termEvery: number;
}

export const ARTICLES: ArticleSpec[] = [
  { key: 'a10k', label: '10 KB article', chars: 10_000, termEvery: 300 },
  { key: 'a40k', label: '40 KB article', chars: 40_000, termEvery: 300 },
  // The common case on a news site: nothing of the glossary in it.
  { key: 'a10k-none', label: '10 KB article, no terms', chars: 10_000, termEvery: Number.MAX_SAFE_INTEGER },
];

/** Articles the floor (a content script that does nothing) is measured on. */
export const FLOOR_ARTICLES = ['a10k-none', 'a40k'];

/**
 * A copy of a build whose content script does nothing (same manifest, same
 * CSS): what any content script costs a page on this browser, which no
 * change to Policy Lens can take away.
 */
export function emptyContentScriptBuild(dist: string, out = `${dist}-empty`): string {
  rmSync(out, { recursive: true, force: true });
  cpSync(dist, out, { recursive: true });
  writeFileSync(join(out, 'content-script.js'), 'void 0;\n');
  return out;
}

/** After load (and painted, with the extension): long enough for the card UI's injection and the idle work after it. */
const SETTLE_MS = 2000;

export interface ArticleResult {
  spec: ArticleSpec;
  planted: number;
  /** Main-thread busy time per load (ms), with and without the extension, load i of each taking turns. */
  withMs: number[];
  withoutMs: number[];
  /** withMs[i] − withoutMs[i]. */
  addedMs: number[];
  /** The same in thread CPU time. */
  withCpuMs: number[];
  withoutCpuMs: number[];
  addedCpuMs: number[];
  evalMs: number[];
  /** From the bench build's marks: start → first highlight in view, start → painted. */
  firstVisibleMs: number[];
  totalMs: number[];
  /** The scanner's slices, summed (the bench build's painted mark). */
  workMs: number[];
  /** FLOOR (a TreeWalker that only reads the text) on the same article, in the fresh tab without the extension, after its trace. */
  floorMs: number[];
  failures: number;
}

export interface Busy {
  /** Wall time of the tasks (ms): what the page waits for, preemption by other processes included. */
  wall: number;
  /** Thread CPU time of the same tasks (ms): the work itself, steadier on a shared machine. */
  cpu: number;
}

/**
 * The busy time of the page's main thread from its ParseHTML to the end of
 * the trace: outermost top-level tasks only. A task that straddles the
 * parse counts in proportion; one without a recorded CPU time counts its wall time.
 */
export function mainThreadBusyMs(events: readonly TraceEvent[], pageUrl: string): Busy | null {
  const page = pageThread(events, pageUrl);
  if (!page) return null;
  let wall = 0;
  let cpu = 0;
  for (const t of page.tasks) {
    const dur = t.dur ?? 0;
    const end = t.ts + dur;
    if (end <= page.parse.ts) continue;
    const part = end - Math.max(t.ts, page.parse.ts);
    wall += part;
    cpu += dur > 0 ? ((t.tdur ?? dur) * part) / dur : 0;
  }
  return { wall: wall / 1000, cpu: cpu / 1000 };
}

/**
 * Every evaluation of an extension script on the page's main thread, summed
 * (ms): the content script, and any other its build starts with or injects
 * (a document_start script, the card UI), so that splitting one script in
 * two does not halve the figure. Null when none ran (no extension).
 */
export function extensionEvaluationMs(events: readonly TraceEvent[], pageUrl: string): number | null {
  const page = pageThread(events, pageUrl);
  if (!page) return null;
  let sum = 0;
  let seen = false;
  for (const e of page.thread) {
    if (e.name !== 'EvaluateScript' || !String(e.args?.data?.url ?? '').startsWith('chrome-extension://')) continue;
    seen = true;
    sum += (e.dur ?? 0) / 1000;
  }
  return seen ? sum : null;
}

const sleep = (t: number): Promise<void> => new Promise((ok) => setTimeout(ok, t));

interface Marks {
  start: number | null;
  firstVisible: number | null;
  painted: number | null;
  detail: { totalSliceMs?: number } | null;
}

/** One load of the article in a new tab that first showed another site (a new renderer for the article). */
async function freshLoad(
  context: BrowserContext,
  host: string,
  key: string,
  withExtension: boolean,
): Promise<{ busy: Busy; evalMs: number | null; marks: Marks | null; floorMs: number | null } | null> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  try {
    await page.goto(`http://${ELSEWHERE}/bench/blank.html`, { waitUntil: 'load' });
    await startTrace(cdp);
    const url = `http://${host}/bench/page-${key}.html`;
    await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    let marks: Marks | null = null;
    if (withExtension) {
      await cdp.send('Runtime.evaluate', { expression: waitPaintedScript(5000, 10_000), awaitPromise: true, returnByValue: true }).catch(() => undefined);
      marks = ((await cdp.send('Runtime.evaluate', { expression: READ_MARKS, returnByValue: true })).result.value as Marks) ?? null;
    }
    await sleep(SETTLE_MS);
    const events = await endTrace(cdp);
    const busy = mainThreadBusyMs(events, url);
    if (busy === null) return null;
    // After the trace, so that it adds nothing to the busy time; still cold (this renderer has run no text walk).
    let floorMs: number | null = null;
    if (!withExtension) {
      const f = (await cdp.send('Runtime.evaluate', { expression: FLOOR, returnByValue: true })).result.value as { ms?: unknown } | undefined;
      floorMs = typeof f?.ms === 'number' ? f.ms : null;
    }
    return { busy, evalMs: extensionEvaluationMs(events, url), marks, floorMs };
  } finally {
    await cdp.detach().catch(() => undefined);
    await page.close().catch(() => undefined);
  }
}

export async function benchArticle(context: BrowserContext, spec: ArticleSpec, planted: number, log: (m: string) => void): Promise<ArticleResult> {
  const res: ArticleResult = {
    spec,
    planted,
    withMs: [],
    withoutMs: [],
    addedMs: [],
    withCpuMs: [],
    withoutCpuMs: [],
    addedCpuMs: [],
    evalMs: [],
    firstVisibleMs: [],
    totalMs: [],
    workMs: [],
    floorMs: [],
    failures: 0,
  };
  // One warm-up pair: the first new renderer of a run is slower for reasons of its own.
  for (let i = 0; i < FRESH_TABS + 1; i++) {
    const without = await freshLoad(context, PLAIN, spec.key, false);
    const withPl = await freshLoad(context, NEWS, spec.key, true);
    if (!without || !withPl) {
      res.failures++;
      log(`  ${spec.label}: a load had no trace of its page`);
      continue;
    }
    if (i === 0) continue;
    res.withoutMs.push(without.busy.wall);
    res.withMs.push(withPl.busy.wall);
    res.addedMs.push(withPl.busy.wall - without.busy.wall);
    res.withoutCpuMs.push(without.busy.cpu);
    res.withCpuMs.push(withPl.busy.cpu);
    res.addedCpuMs.push(withPl.busy.cpu - without.busy.cpu);
    if (withPl.evalMs !== null) res.evalMs.push(withPl.evalMs);
    if (without.floorMs !== null) res.floorMs.push(without.floorMs);
    const work = withPl.marks?.detail?.totalSliceMs;
    if (typeof work === 'number') res.workMs.push(work);
    const m = withPl.marks;
    if (m?.start != null && m.painted != null) {
      res.totalMs.push(m.painted - m.start);
      res.firstVisibleMs.push((m.firstVisible ?? m.painted) - m.start);
    }
  }
  return res;
}

const cell = (s: Summary | null): string => (s ? fmtSummary(s) : 'n/a');
const med = (xs: readonly number[]): number | null => summarize([...xs])?.median ?? null;

/** The section's Markdown: one row per measure and article, the floor, then the issue's two targets on these pages. */
export function articlesMarkdown(results: readonly ArticleResult[], floor: readonly ArticleResult[] = []): string {
  if (results.length === 0) return '';
  const out = [
    `## Articles in a fresh tab (${FRESH_TABS} loads each, with and without the extension taking turns)`,
    '',
    '| article | planted terms | main thread, without → with PL | added by PL (wall) | added by PL (CPU) | evaluation of its scripts | first highlight in view | start → painted | scanner work | FLOOR |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  ];
  for (const r of results) {
    out.push(
      `| ${r.spec.label} | ${r.planted} | ${cell(summarize(r.withoutMs))} → ${cell(summarize(r.withMs))} | ${cell(summarize(r.addedMs))} | ${cell(summarize(r.addedCpuMs))} | ${cell(summarize(r.evalMs))} | ${r.planted ? cell(summarize(r.firstVisibleMs)) : '–'} | ${cell(summarize(r.totalMs))} | ${cell(summarize(r.workMs))} | ${cell(summarize(r.floorMs))} |`,
    );
  }
  for (const f of floor) {
    out.push(`| floor: ${f.spec.label}, a content script that does nothing | – | ${cell(summarize(f.withoutMs))} → ${cell(summarize(f.withMs))} | ${cell(summarize(f.addedMs))} | ${cell(summarize(f.addedCpuMs))} | – | – | – | – | – |`);
  }
  const verdict = (key: string, limit: number): string => {
    const r = results.find((x) => x.spec.key === key);
    const wall = med(r?.addedMs ?? []);
    const cpu = med(r?.addedCpuMs ?? []);
    if (wall === null || cpu === null) return 'not measured';
    const floorCpu = med(floor.find((x) => x.spec.key === key)?.addedCpuMs ?? []);
    const say = (v: number): string => `${ms(v)}: ${v <= limit ? 'met' : `missed by ${ms(v - limit)}`}`;
    return `wall ${say(wall)}; CPU ${say(cpu)}${floorCpu === null ? '' : `; CPU above the floor (${ms(floorCpu)}) ${say(cpu - floorCpu)}`}`;
  };
  const first = med(results.find((x) => x.spec.key === 'a40k')?.firstVisibleMs ?? []);
  const a40 = results.find((x) => x.spec.key === 'a40k');
  const work = med(a40?.workMs ?? []);
  const floorWalk = med(a40?.floorMs ?? []);
  const workVerdict =
    work === null || floorWalk === null || floorWalk <= 0
      ? 'not measured'
      : `${ms(work)} against FLOOR ${ms(floorWalk)} = ${(work / floorWalk).toFixed(1)}×: ${work <= 3 * floorWalk ? 'met' : `missed by ${ms(work - 3 * floorWalk)}`}`;
  out.push(
    '',
    '| target (issue 21) | goal | measured |',
    '| --- | --- | --- |',
    `| main-thread time PL adds, 40 KB article | ≤ 12 ms | ${verdict('a40k', 12)} |`,
    `| scanner work, 40 KB article | ≤ 3× FLOOR | ${workVerdict} |`,
    `| first highlight after start, 40 KB article | ≤ 12 ms | ${first === null ? 'not measured' : `${ms(first)}: ${first <= 12 ? 'met' : `missed by ${ms(first - 12)}`}`} |`,
    `| main-thread time PL adds, 10 KB article without terms | ≤ 5 ms | ${verdict('a10k-none', 5)} |`,
    '',
    `Busy time: the article renderer's main thread, every outermost top-level task from its ParseHTML to ${SETTLE_MS / 1000} s after load (after painted, with the extension), so the card UI's injection is inside. Wall: the tasks' durations, which on a shared machine include time the thread was preempted; CPU: the same tasks' thread CPU time, which is what the work costs and varies far less. Each load is a new tab that showed ${ELSEWHERE} first; "without" is the same page on ${PLAIN}, where the extension does not run. The floor is the same extension with a content script that does nothing (the same manifest and CSS), in a browser of its own: what any content script costs the page. Scanner work: the content script's reading slices summed; FLOOR: a TreeWalker that only reads the same article's text, run in the fresh tab without the extension after its trace (cold, as the scanner is). Start: when the content script begins to read the page (the gate's pass, after the document is parsed). Medians [min–max].`,
  );
  return out.join('\n');
}
