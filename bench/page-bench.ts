/**
 * `npm run bench`: Policy Lens on generated news pages (≈100 KB, 1 MB and
 * 5 MB of visible text) in Debian's Chromium with the bench build of the
 * extension, beside a FLOOR (a TreeWalker that only reads the text) and
 * mark.js, plus hover hit-test cost, the page's own mutation cost and heap
 * growth. One browser run; a fresh page load per measurement; warm-up runs
 * discarded; median [min–max]. Pages are served with COOP/COEP so
 * performance.now() is at full resolution (crossOriginIsolated is checked).
 *
 * The same page is served as english.news.cn (the extension runs) and as
 * example.org (not in the manifest: baselines without the extension).
 *
 * Writes bench/results/latest.json and latest.md and prints the table.
 * Env: BENCH_RUNS (measured runs, default 5), BENCH_SIZES (e.g. "100k,1m"),
 * MARKJS_CAP_MS (per mark.js run, default 15000), BENCH_SKIP_BUILD=1 (reuse
 * PL_BENCH_DIST).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { surfaceForms } from '../glossary/core';
import { compileMatcher } from '../src/core/matcher';
import { launchWithExtension } from '../tooling/extension';
import { startFixtureServer } from '../tooling/server';
import { ARTICLES, FLOOR_ARTICLES, articlesMarkdown, benchArticle, emptyContentScriptBuild, type ArticleResult } from './article-bench';
import { BENCH_DIST, REPO, buildBench, builtScriptsContain } from './build-bench';
import { generatePage, prng } from './generate-page';
import {
  ARTICLE_VIEW_RECT,
  BENCH_REPORT,
  FLOOR,
  HAS_START,
  LONGTASK_OBSERVER,
  NEXT_FRAME,
  ONE_FRAME,
  HIGHLIGHT_CHANGE,
  HIGHLIGHT_CHANGE_END,
  HIGHLIGHT_CHANGE_START,
  PREPARE_HIGHLIGHT_CHANGE,
  EMPTY_OBSERVER,
  pageCost,
  SCROLL,
  waitPaintedScript,
  type ScrollResult,
  READ_MARKS,
  combinedRegExp,
  markArray,
  markRegExp,
  type BenchReportResult,
  type FloorResult,
  type MarkJsResult,
  type PageCostResult,
  type PlMarks,
} from './page-scripts';
import {
  ALL_SIZES,
  COST_REPEATS,
  ELSEWHERE,
  FRESH_TABS,
  HOVER_POINTS,
  MARKJS_CAP_MS,
  MARKJS_SLOW_MS,
  NEWS,
  ONLY,
  PL_TIMEOUT_MS,
  PLAIN,
  RUNS,
  TARGET_PAGE,
  TRACED_LOADS,
  WARMUP,
  type SizeSpec,
} from './config';
import { renderMarkdown } from './report';
import { emptySizeResult, noMarkJsRuns, type MarkJsRuns, type SizeResult } from './results-shape';
import { med } from './stats';
import { endTrace, longestTask, scriptEvaluation, startTrace, type TaskWindow } from './trace';



function log(msg: string): void {
  process.stderr.write(`[bench] ${msg}\n`);
}

const sleep = (t: number): Promise<void> => new Promise((ok) => setTimeout(ok, t));

/** A page holder: mark.js runs that hit the cap close the page, and the next run needs a new one. */
class Tab {
  page!: Page;
  constructor(private readonly context: BrowserContext) {}
  readonly errors = new Set<string>();
  async open(): Promise<Page> {
    this.page = await this.context.newPage();
    this.page.on('pageerror', (e) => this.errors.add(e.message));
    return this.page;
  }
  async replace(): Promise<Page> {
    const old = this.page;
    await Promise.race([old.close({ runBeforeUnload: false }).catch(() => undefined), sleep(10_000)]);
    return this.open();
  }
}

async function load(tab: Tab, host: string, key: string): Promise<Page> {
  await tab.page.goto(`http://${host}/bench/page-${key}.html`, { waitUntil: 'load', timeout: 120_000 });
  return tab.page;
}

async function evaluate<T>(page: Page, expr: string): Promise<T> {
  return (await page.evaluate(expr)) as T;
}

const sessions = new WeakMap<Page, Promise<CDPSession>>();

function cdpOf(page: Page): Promise<CDPSession> {
  let s = sessions.get(page);
  if (!s) sessions.set(page, (s = page.context().newCDPSession(page)));
  return s;
}

/**
 * An empty MutationObserver installed from an isolated world, as a content
 * script's is: its records are delivered into that world, not the page's.
 * What any extension that watches the page costs it at least.
 */
async function observeFromIsolatedWorld(page: Page): Promise<void> {
  const cdp = await cdpOf(page);
  const tree = (await cdp.send('Page.getFrameTree')) as { frameTree: { frame: { id: string } } };
  const { executionContextId } = await cdp.send('Page.createIsolatedWorld', { frameId: tree.frameTree.frame.id, worldName: 'bench-observer' });
  await cdp.send('Runtime.evaluate', { expression: EMPTY_OBSERVER, contextId: executionContextId });
}

/**
 * Waits for policy-lens:painted; false if it never comes (no marks in this
 * build, or site off). Through CDP's Runtime.evaluate, not Playwright's
 * waitForFunction: that installs Playwright's injected scripts in the fresh
 * document on its first poll, a 13 ms task (traced) inside the window being
 * measured, and then polls every 25 ms.
 */
async function waitPainted(page: Page, timeout = PL_TIMEOUT_MS): Promise<boolean> {
  try {
    const cdp = await cdpOf(page);
    // No start mark within a few seconds: the content script did not run or emits no marks.
    const r = await cdp.send('Runtime.evaluate', { expression: waitPaintedScript(Math.min(timeout, 5000), timeout), awaitPromise: true, returnByValue: true });
    return r.result.value === true;
  } catch {
    return false;
  }
}



/** Run i of a mark.js series into out; false once the series must stop (capped, or too slow to repeat). */
async function markJsRun(tab: Tab, key: string, expr: string, out: MarkJsRuns, i: number, warmup: number): Promise<boolean> {
  const page = await load(tab, PLAIN, key);
  await page.addScriptTag({ url: '/bench/mark.min.js' });
  const timer = sleep(out.capMs).then(() => null);
  const r = await Promise.race([evaluate<MarkJsResult>(page, expr), timer]);
  if (r === null) {
    log(`  mark.js run capped at ${out.capMs} ms; replacing the tab`);
    await tab.replace();
    out.capped++;
    return false; // the remaining runs would be capped too
  }
  out.count = r.count;
  if (i >= warmup || r.ms > MARKJS_SLOW_MS) {
    out.runs.push(r.ms);
    out.doneRuns.push(r.doneMs);
  }
  if (r.ms > MARKJS_SLOW_MS) {
    out.slow = true;
    return false;
  }
  return true;
}

async function runMarkJs(tab: Tab, key: string, expr: string, runs: number, warmup: number, capMs = MARKJS_CAP_MS): Promise<MarkJsRuns> {
  const out = noMarkJsRuns(capMs);
  for (let i = 0; i < warmup + runs; i++) if (!(await markJsRun(tab, key, expr, out, i, warmup))) break;
  return out;
}

async function heapNow(context: BrowserContext, page: Page): Promise<{ js: number; emb: number; nodes: number }> {
  const cdp = await context.newCDPSession(page);
  try {
    for (let i = 0; i < 2; i++) await cdp.send('HeapProfiler.collectGarbage');
    const h = await cdp.send('Runtime.getHeapUsage');
    const d = await cdp.send('Memory.getDOMCounters');
    return { js: h.usedSize, emb: h.embedderHeapUsedSize ?? Number.NaN, nodes: d.nodes };
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

async function hover(tab: Tab, key: string, seed: number): Promise<SizeResult['hover']> {
  const page = await load(tab, NEWS, key);
  if (!(await waitPainted(page))) return null;
  const r = prng(seed);
  const { docHeight } = await evaluate<{ docHeight: number }>(page, ARTICLE_VIEW_RECT);
  const stops = [0, 0.33, 0.66];
  const perStop = Math.ceil(HOVER_POINTS / stops.length);
  for (const f of stops) {
    await page.evaluate(`window.scrollTo(0, ${Math.floor(docHeight * f)})`);
    await evaluate<boolean>(page, NEXT_FRAME);
    const v = await evaluate<{ left: number; top: number; right: number; bottom: number }>(page, ARTICLE_VIEW_RECT);
    const cdp = await cdpOf(page);
    for (let i = 0; i < perStop; i++) {
      const x = v.left + r() * Math.max(1, v.right - v.left);
      const y = v.top + r() * Math.max(1, v.bottom - v.top);
      // Straight CDP, one frame: moves are dispatched at the start of the next
      // frame, before its animation callbacks (300 moves: 6 s, not 15 s through page.mouse and two frames).
      await cdp.send('Input.dispatchMouseEvent', { type: 'mouseMoved', x, y });
      await cdp.send('Runtime.evaluate', { expression: ONE_FRAME, awaitPromise: true });
    }
  }
  const rep = await evaluate<BenchReportResult | null>(page, BENCH_REPORT);
  if (!rep) return { samples: [], reportMissing: true, maxSliceMs: null };
  return { samples: rep.hitTestMs, reportMissing: false, maxSliceMs: rep.maxSliceMs };
}

/** mark.js methods already capped on a smaller page: not run again on bigger ones. */
const cappedBefore = new Map<'array' | 'regexp', number>();

async function benchSize(context: BrowserContext, tab: Tab, size: SizeSpec, forms: string[], reSrc: ReturnType<typeof combinedRegExp>, gen: ReturnType<typeof generatePage>): Promise<SizeResult> {
  const phase0 = Date.now();
  let phaseT = phase0;
  const phase = (name: string): void => {
    const t = Date.now();
    log(`${size.label}: ${name} (+${((t - phaseT) / 1000).toFixed(1)} s)`);
    phaseT = t;
  };
  const matcher = compileMatcher(surfaceForms());
  for (const b of gen.blocks) matcher.find(b); // warm-up (JIT)
  const t0 = performance.now();
  let nodeMatches = 0;
  for (const b of gen.blocks) nodeMatches += matcher.find(b).length;
  const nodeMatchMs = performance.now() - t0;

  const res = emptySizeResult(size, {
    visibleChars: gen.visibleChars,
    htmlBytes: Buffer.byteLength(gen.html),
    blocks: gen.blocks.length,
    planted: gen.planted,
    plantedSplit: gen.plantedSplit,
    nodeMatches,
    nodeMatchMs,
  });

  // FLOOR, Policy Lens and mark.js markRegExp take turns, load by load, so
  // that the machine's drift (this is a shared 2-core box) falls on all
  // three alike and their ratios hold; mark(array) runs for seconds and has
  // its own phase below.
  phase(size.light ? 'FLOOR and Policy Lens, interleaved' : 'FLOOR, Policy Lens and mark.js markRegExp, interleaved');
  const regexpRuns = size.light ? 0 : size.markWarmup + size.markRuns;
  if (!size.light && cappedBefore.has('regexp')) res.markRegExp = { ...noMarkJsRuns(cappedBefore.get('regexp')), capped: 1, skipped: true };
  let regexpGoing = regexpRuns > 0 && !res.markRegExp.skipped;
  let plGoing = true;
  for (let i = 0; i < Math.max(WARMUP + RUNS, regexpRuns); i++) {
    if (i < WARMUP + RUNS) {
      await floorRun(i);
      if (plGoing) plGoing = await plRun(i);
    }
    if (regexpGoing && i < regexpRuns) regexpGoing = await markJsRun(tab, size.key, markRegExp(reSrc), res.markRegExp, i, size.markWarmup);
  }
  if (res.markRegExp.capped && !res.markRegExp.skipped) cappedBefore.set('regexp', res.markRegExp.capMs);

  async function floorRun(i: number): Promise<void> {
    const page = await load(tab, PLAIN, size.key);
    if (i === 0) {
      res.crossOriginIsolated.plain = await evaluate<boolean>(page, 'self.crossOriginIsolated === true');
      // The extension must not run on the baseline host.
      if (await evaluate<boolean>(page, HAS_START)) throw new Error(`the extension ran on ${PLAIN}: baselines would be contaminated`);
    }
    const f = await evaluate<FloorResult>(page, FLOOR);
    if (i >= WARMUP) res.floor.push(f.ms);
    res.floorChars = f.chars;
  }

  /** False once there is no point in more runs. */
  async function plRun(i: number): Promise<boolean> {
    const page = await load(tab, NEWS, size.key);
    const ok = await waitPainted(page, PL_TIMEOUT_MS);
    const m = await evaluate<PlMarks>(page, READ_MARKS);
    res.crossOriginIsolated.news = m.crossOriginIsolated;
    if (!ok || m.start === null || m.painted === null) {
      res.pl.missing++;
      // No marks at all: this build does not emit them.
      return m.start !== null;
    }
    if (i < WARMUP) return true;
    res.pl.total.push(m.painted - m.start);
    // No first-visible mark: nothing was seen in view before painted; count painted, not nothing.
    if (m.firstVisible !== null) res.pl.firstVisible.push(m.firstVisible - m.start);
    else {
      res.pl.firstVisible.push(m.painted - m.start);
      res.pl.noFirstVisible++;
    }
    const start = m.start;
    const end = m.painted;
    const overlapping = m.longTasks.filter(([s, d]) => s + d >= start && s <= end).map(([, d]) => d);
    res.pl.maxLongTask.push(overlapping.length ? Math.max(...overlapping) : 0);
    if (m.detail) {
      res.pl.maxSliceMs.push(m.detail.maxSliceMs);
      res.pl.slices.push(m.detail.slices);
      if (m.detail.totalSliceMs !== undefined) res.pl.workMs.push(m.detail.totalSliceMs);
      res.pl.ranges = m.detail.ranges;
      res.pl.blocks = m.detail.blocks;
    }
    return true;
  }

  if (size.light) return res;

  if (res.pl.total.length > 0) {
    phase(`traced loads (longest task), ${TRACED_LOADS}`);
    const windows: TaskWindow[] = [];
    for (let i = 0; i < TRACED_LOADS; i++) {
      const cdp = await context.newCDPSession(tab.page);
      try {
        // From another site, as a reader arrives: the news page opens in a
        // renderer that has not compiled the content script yet (its first
        // tasks include compiling every function it calls).
        await tab.page.goto(`http://${PLAIN}/bench/blank.html`, { waitUntil: 'load' });
        await startTrace(cdp);
        const page = await load(tab, NEWS, size.key);
        await waitPainted(page);
        await sleep(200);
        const w = longestTask(await endTrace(cdp), 'policy-lens:start', 'policy-lens:painted');
        if (w.maxTaskMs !== null) windows.push(w);
      } catch (e) {
        log(`  trace failed: ${String(e)}`);
      } finally {
        await cdp.detach().catch(() => undefined);
      }
    }
    // One load's longest task is one sample of a noisy machine: the load with the median one is reported, every load's in the note.
    windows.sort((a, b) => (a.maxTaskMs ?? 0) - (b.maxTaskMs ?? 0));
    res.trace = windows[(windows.length - 1) >> 1] ?? null;
    res.traceMaxes = windows.map((w) => w.maxTaskMs ?? 0);
  }

  phase('mark.js mark(array)');
  // A cap long enough to decide the "≥ 40× faster than mark(array)" target on this page.
  // (no longer than needed: a capped run costs the whole cap)
  const arrayCap = Math.max(2000, Math.ceil(45 * (med(res.pl.total) ?? MARKJS_CAP_MS / 45)));
  // Capped on a smaller page: this one takes longer still. That decides the
  // target page only if the smaller page's cap reaches this page's own (the
  // caps follow each page's Policy Lens time); other pages have no target.
  const capBefore = cappedBefore.get('array');
  if (capBefore !== undefined && (size.key !== TARGET_PAGE || capBefore >= arrayCap)) res.markArray = { ...noMarkJsRuns(capBefore), capped: 1, skipped: true };
  else res.markArray = await runMarkJs(tab, size.key, markArray(forms), size.markRuns, size.markWarmup, arrayCap);
  if (res.markArray.capped && !res.markArray.skipped) cappedBefore.set('array', res.markArray.capMs);

  phase('platform: one highlight change, no extension');
  {
    const page = await load(tab, PLAIN, size.key);
    await evaluate<boolean>(page, PREPARE_HIGHLIGHT_CHANGE);
    const cdp = await context.newCDPSession(page);
    try {
      await startTrace(cdp);
      await evaluate<boolean>(page, HIGHLIGHT_CHANGE);
      await sleep(100);
      res.platformChange = longestTask(await endTrace(cdp), HIGHLIGHT_CHANGE_START, HIGHLIGHT_CHANGE_END);
    } catch (e) {
      log(`  trace failed: ${String(e)}`);
    } finally {
      await cdp.detach().catch(() => undefined);
    }
  }

  phase('scrolling');
  // Every page was loaded several times already: no warm-up.
  for (let i = 0; i < 3; i++) {
    for (const who of ['plain', 'pl'] as const) {
      const page = await load(tab, who === 'pl' ? NEWS : PLAIN, size.key);
      if (who === 'pl') await waitPainted(page, res.pl.total.length === 0 ? 1500 : PL_TIMEOUT_MS);
      await sleep(300);
      const r = await evaluate<ScrollResult>(page, SCROLL);
      res.scroll[who].push(r);
    }
  }

  phase("page's own edits/insertions");
  for (const mode of ['micro', 'batched'] as const) {
    for (let i = 0; i < size.sideRuns; i++) {
      for (const who of ['plain', 'bare', 'bareIso', 'pl'] as const) {
        // From a third site: each page opens in a renderer of its own, as
        // Policy Lens's always does (news after plain), so no method runs in
        // one the previous load warmed up.
        await tab.page.goto(`http://${ELSEWHERE}/bench/blank.html`, { waitUntil: 'load' });
        const page = await load(tab, who === 'pl' ? NEWS : PLAIN, size.key);
        if (who === 'pl' && !(await waitPainted(page, res.pl.missing > 0 && res.pl.total.length === 0 ? 1500 : PL_TIMEOUT_MS))) await sleep(0);
        if (who === 'bare') await evaluate(page, EMPTY_OBSERVER);
        if (who === 'bareIso') await observeFromIsolatedWorld(page);
        // The first pass also compiles the page's loop in this new renderer: only the later ones count.
        for (let rep = 0; rep <= COST_REPEATS; rep++) {
          const c = await evaluate<PageCostResult>(page, pageCost({ batched: mode === 'batched' }));
          if (rep === 0) continue;
          res.cost[mode][who].edits.push(c.edits);
          res.cost[mode][who].inserts.push(c.inserts);
        }
      }
    }
  }

  phase('heap');
  for (let i = 0; i < 3; i++) {
    let page = await load(tab, PLAIN, size.key);
    const a = await heapNow(context, page);
    res.heap.jsPlain.push(a.js);
    res.heap.embPlain.push(a.emb);
    res.heap.nodesPlain.push(a.nodes);
    page = await load(tab, NEWS, size.key);
    await waitPainted(page, res.pl.total.length === 0 ? 1500 : PL_TIMEOUT_MS);
    await sleep(300);
    const b = await heapNow(context, page);
    res.heap.jsPl.push(b.js);
    res.heap.embPl.push(b.emb);
    res.heap.nodesPl.push(b.nodes);
  }

  if (res.pl.total.length > 0) {
    phase('hover hit-test');
    res.hover = await hover(tab, size.key, 7);
  }

  // A reader's new tab: a new renderer as well, and the script's evaluation
  // traced on its own. Once, on the first page.
  if (res.pl.total.length > 0 && size === ALL_SIZES.find((x) => !x.light && (!ONLY || ONLY.includes(x.key)))) {
    phase(`content script in a fresh tab, ${FRESH_TABS} loads`);
    for (let i = 0; i < FRESH_TABS; i++) {
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      try {
        await startTrace(cdp);
        await page.goto(`http://${NEWS}/bench/page-${size.key}.html`, { waitUntil: 'load', timeout: 120_000 });
        await waitPainted(page);
        // The card UI is injected once the main thread is idle after painted.
        await sleep(1500);
        const ev = await endTrace(cdp);
        const e = scriptEvaluation(ev, '/content-script.js');
        if (e) {
          res.freshEval.evalMs.push(e.evalMs);
          res.freshEval.taskMs.push(e.taskMs);
        }
        const ui = scriptEvaluation(ev, '/content-ui.js');
        if (ui) res.freshEval.uiTaskMs.push(ui.taskMs);
      } catch (err) {
        log(`  fresh-tab load failed: ${String(err)}`);
      } finally {
        await cdp.detach().catch(() => undefined);
        await page.close().catch(() => undefined);
      }
    }
  }
  phase(`done, ${((Date.now() - phase0) / 1000).toFixed(0)} s for this size`);
  return res;
}

// ---------------------------------------------------------------------------
// Reporting

async function main(): Promise<void> {
  const sizes = ALL_SIZES.filter((s) => !ONLY || ONLY.includes(s.key));
  const t0 = Date.now();
  if (process.env.BENCH_SKIP_BUILD !== '1') {
    log(`building the extension in bench mode → ${BENCH_DIST}`);
    await buildBench();
  }
  const benchCode = builtScriptsContain(BENCH_DIST, 'policy-lens:bench-report');
  const forms = surfaceForms();
  const formTexts = [...new Set(forms.map((f) => f.text))];
  const re = combinedRegExp(forms);

  const server = await startFixtureServer(resolve(REPO, 'tests/fixtures'));
  server.headersFor('/bench/', {
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Embedder-Policy': 'require-corp',
    'Cross-Origin-Resource-Policy': 'same-origin',
  });
  server.route('/bench/blank.html', { body: '<!doctype html><title>blank</title><p>Another site.</p>' });
  server.route('/bench/mark.min.js', { body: readFileSync(join(REPO, 'node_modules/mark.js/dist/mark.min.js')), type: 'text/javascript; charset=utf-8' });
  const pages = new Map<string, ReturnType<typeof generatePage>>();
  for (const s of sizes) {
    const g = generatePage({ chars: s.chars, headScript: LONGTASK_OBSERVER, ...(s.termEvery ? { termEvery: s.termEvery } : {}) });
    pages.set(s.key, g);
    server.route(`/bench/page-${s.key}.html`, { body: g.html });
  }
  const articles = ARTICLES.filter((a) => !ONLY || ONLY.includes(a.key) || ONLY.includes('articles'));
  const articlePlanted = new Map<string, number>();
  for (const a of articles) {
    const g = generatePage({ chars: a.chars, termEvery: a.termEvery });
    articlePlanted.set(a.key, g.planted);
    server.route(`/bench/page-${a.key}.html`, { body: g.html });
  }
  // COOP/COEP only isolate secure contexts; these loopback-mapped http hosts are made secure by flag.
  const session = await launchWithExtension({
    port: server.port,
    dist: BENCH_DIST,
    viewport: { width: 1280, height: 900 },
    extraArgs: [`--unsafely-treat-insecure-origin-as-secure=http://${NEWS},http://${PLAIN}`],
  });
  const results: SizeResult[] = [];
  const articleResults: ArticleResult[] = [];
  let tabErrors = new Set<string>();
  let browserVersion = '';
  try {
    browserVersion = session.context.browser()?.version() ?? '';
    const tab = new Tab(session.context);
    tabErrors = tab.errors;
    await tab.open();
    for (const p of session.context.pages()) if (p !== tab.page) await p.close().catch(() => undefined);
    if (!browserVersion) browserVersion = String(await tab.page.evaluate('navigator.userAgent'));
    for (const s of sizes) {
      const g = pages.get(s.key);
      if (!g) continue;
      results.push(await benchSize(session.context, tab, s, formTexts, re, g));
    }
    for (const a of articles) {
      const t = Date.now();
      articleResults.push(await benchArticle(session.context, a, articlePlanted.get(a.key) ?? 0, log));
      log(`${a.label}: fresh-tab loads with and without (+${((Date.now() - t) / 1000).toFixed(1)} s)`);
    }
  } finally {
    await session.close().catch(() => undefined);
  }
  // The floor: the same extension whose content script does nothing, in a browser of its own.
  const floorResults: ArticleResult[] = [];
  if (articles.length > 0) {
    const floor = await launchWithExtension({
      port: server.port,
      dist: emptyContentScriptBuild(BENCH_DIST),
      viewport: { width: 1280, height: 900 },
      extraArgs: [`--unsafely-treat-insecure-origin-as-secure=http://${NEWS},http://${PLAIN}`],
    });
    try {
      for (const a of articles.filter((x) => FLOOR_ARTICLES.includes(x.key))) {
        const t = Date.now();
        floorResults.push(await benchArticle(floor.context, a, articlePlanted.get(a.key) ?? 0, log));
        log(`${a.label}: the floor, a content script that does nothing (+${((Date.now() - t) / 1000).toFixed(1)} s)`);
      }
    } finally {
      await floor.close().catch(() => undefined);
    }
  }
  await server.close();

  const date = new Date();
  const { md, rows: rs, targets: ts } = renderMarkdown(results, {
    browserVersion,
    elapsedS: (Date.now() - t0) / 1000,
    benchCode,
    errors: [...tabErrors],
    reSource: re.source,
    date,
  });
  const articleMd = articlesMarkdown(articleResults, floorResults);
  const fullMd = articleMd ? `${md.trimEnd()}\n\n${articleMd}\n` : md;
  const dir = join(REPO, 'bench/results');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'latest.md'), fullMd);
  writeFileSync(
    join(dir, 'latest.json'),
    `${JSON.stringify({ date: date.toISOString(), browser: browserVersion, runs: RUNS, warmup: WARMUP, markJsCapMs: MARKJS_CAP_MS, regexp: re, rows: rs, targets: ts, raw: results, articles: articleResults, articleFloor: floorResults }, null, 1)}\n`,
  );
  process.stdout.write(`${fullMd}\n`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
