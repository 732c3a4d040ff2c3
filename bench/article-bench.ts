/**
 * Where readers live: a normal-length article opened in a new tab from
 * another site, so that nothing of the content script is compiled and the
 * matcher runs cold. Each load is traced; what Policy Lens adds is the main
 * thread's busy time on that load (every top-level task from the document's
 * parse to a fixed settle time) with the extension, minus the same page on a
 * host it does not run on, loads taking turns.
 */
import type { BrowserContext } from 'playwright-core';
import { ELSEWHERE, FRESH_TABS, NEWS, PLAIN } from './config';
import { READ_MARKS, waitPaintedScript } from './page-scripts';
import { fmtSummary, ms, summarize, type Summary } from './stats';
import { endTrace, pageThread, scriptEvaluation, startTrace, type TraceEvent } from './trace';

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
  evalMs: number[];
  /** From the bench build's marks: start → first highlight in view, start → painted. */
  firstVisibleMs: number[];
  totalMs: number[];
  failures: number;
}

/** The busy time of the page's main thread from its ParseHTML to the end of the trace: outermost top-level tasks only. */
export function mainThreadBusyMs(events: readonly TraceEvent[], pageUrl: string): number | null {
  const page = pageThread(events, pageUrl);
  if (!page) return null;
  let busy = 0;
  for (const t of page.tasks) {
    const end = t.ts + (t.dur ?? 0);
    if (end > page.parse.ts) busy += end - Math.max(t.ts, page.parse.ts);
  }
  return busy / 1000;
}

const sleep = (t: number): Promise<void> => new Promise((ok) => setTimeout(ok, t));

interface Marks {
  start: number | null;
  firstVisible: number | null;
  painted: number | null;
}

/** One load of the article in a new tab that first showed another site (a new renderer for the article). */
async function freshLoad(context: BrowserContext, host: string, key: string, withExtension: boolean): Promise<{ busy: number; evalMs: number | null; marks: Marks | null } | null> {
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
    return { busy, evalMs: scriptEvaluation(events, '/content-script.js')?.evalMs ?? null, marks };
  } finally {
    await cdp.detach().catch(() => undefined);
    await page.close().catch(() => undefined);
  }
}

export async function benchArticle(context: BrowserContext, spec: ArticleSpec, planted: number, log: (m: string) => void): Promise<ArticleResult> {
  const res: ArticleResult = { spec, planted, withMs: [], withoutMs: [], addedMs: [], evalMs: [], firstVisibleMs: [], totalMs: [], failures: 0 };
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
    res.withoutMs.push(without.busy);
    res.withMs.push(withPl.busy);
    res.addedMs.push(withPl.busy - without.busy);
    if (withPl.evalMs !== null) res.evalMs.push(withPl.evalMs);
    const m = withPl.marks;
    if (m?.start != null && m.painted != null) {
      res.totalMs.push(m.painted - m.start);
      res.firstVisibleMs.push((m.firstVisible ?? m.painted) - m.start);
    }
  }
  return res;
}

const cell = (s: Summary | null): string => (s ? fmtSummary(s) : 'n/a');

/** The section's Markdown: one row per measure and article, then the issue's two targets on these pages. */
export function articlesMarkdown(results: readonly ArticleResult[]): string {
  if (results.length === 0) return '';
  const out = [
    `## Articles in a fresh tab (${FRESH_TABS} loads each, with and without the extension taking turns)`,
    '',
    '| article | planted terms | main thread, without → with PL | added by PL | script evaluation | first highlight in view | start → painted |',
    '| --- | --- | --- | --- | --- | --- | --- |',
  ];
  for (const r of results) {
    out.push(
      `| ${r.spec.label} | ${r.planted} | ${cell(summarize(r.withoutMs))} → ${cell(summarize(r.withMs))} | ${cell(summarize(r.addedMs))} | ${cell(summarize(r.evalMs))} | ${r.planted ? cell(summarize(r.firstVisibleMs)) : '–'} | ${cell(summarize(r.totalMs))} |`,
    );
  }
  const verdict = (key: string, limit: number): string => {
    const s = summarize(results.find((r) => r.spec.key === key)?.addedMs ?? []);
    return s ? `${ms(s.median)}: ${s.median <= limit ? 'met' : `missed by ${ms(s.median - limit)}`}` : 'not measured';
  };
  out.push(
    '',
    '| target (issue 21) | goal | measured |',
    '| --- | --- | --- |',
    `| main-thread time PL adds, 40 KB article | ≤ 12 ms | ${verdict('a40k', 12)} |`,
    `| main-thread time PL adds, 10 KB article without terms | ≤ 5 ms | ${verdict('a10k-none', 5)} |`,
    '',
    `Busy time: the article renderer's main thread, every outermost top-level task from its ParseHTML to ${SETTLE_MS / 1000} s after load (after painted, with the extension), so the card UI's injection is inside. Each load is a new tab that showed ${ELSEWHERE} first; "without" is the same page on ${PLAIN}, where the extension does not run. Medians [min–max].`,
  );
  return out.join('\n');
}
