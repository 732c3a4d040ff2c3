/** The page bench's results as rows, target verdicts and notes, and the Markdown that holds them. */
import { COST_REPEATS, MARKJS_CAP_MS, MARKJS_SLOW_MS, NEWS, PLAIN, RUNS, TARGET_PAGE, TRACED_LOADS, WARMUP } from './config';
import { MARKJS_OPTIONS_DOC, type ScrollResult } from './page-scripts';
import type { MarkJsRuns, SizeResult } from './results-shape';
import { fmtSummary, mb, med, ms, quantile, ratio, summarize, type Summary } from './stats';

export interface Row {
  page: string;
  what: string;
  value: string;
  xFloor: string;
  xMark: string;
  matches: string;
  note: string;
}

export interface Target {
  what: string;
  target: string;
  measured: string;
  verdict: 'PASS' | 'MISS' | 'n/a';
}

export function markJsValue(r: MarkJsRuns): string {
  if (r.skipped) return `> ${(r.capMs / 1000).toFixed(1)} s (not run: capped at that on a smaller page)`;
  if (r.capped > 0 && r.runs.length === 0) return `> ${(r.capMs / 1000).toFixed(1)} s (capped)`;
  return fmtSummary(summarize(r.runs));
}

/** Where mark.js's own JavaScript ended (its done callback); the rest is the browser rendering the marks. */
export function markJsNote(r: MarkJsRuns): string {
  const parts: string[] = [];
  const done = med(r.doneRuns);
  const all = med(r.runs);
  if (done !== null && all !== null) parts.push(`done callback at ${fmtSummary(summarize(r.doneRuns))}; rendering the marks ${ms(all - done)}`);
  if (r.slow && !r.skipped) parts.push(`slow: 1 run (> ${MARKJS_SLOW_MS / 1000} s not repeated)`);
  return parts.join('; ');
}

export function markJsMedian(r: MarkJsRuns): number | null {
  if (r.capped > 0 && r.runs.length === 0) return null;
  return med(r.runs);
}

export function diffSummary(a: number[], b: number[]): Summary | null {
  const ma = med(a);
  const mb_ = med(b);
  if (ma === null || mb_ === null) return null;
  return { n: Math.min(a.length, b.length), median: mb_ - ma, min: Math.min(...b) - Math.max(...a), max: Math.max(...b) - Math.min(...a) };
}

export function rows(results: SizeResult[]): Row[] {
  const out: Row[] = [];
  for (const r of results) {
    const p = r.size.label;
    const floor = med(r.floor);
    const mk = markJsMedian(r.markArray);
    // Against a capped mark.js run, the ratio is an upper bound.
    const mkCapped = mk === null && r.markArray.capped > 0;
    const xMk = (x: number | null): string => (mkCapped ? (x === null ? '–' : `< ${ratio(x, r.markArray.capMs)}`) : ratio(x, mk));
    const plTotal = med(r.pl.total);
    const noMarks = r.pl.total.length === 0 ? 'n/a (no marks)' : null;
    out.push({ page: p, what: 'FLOOR: TreeWalker reads all text', value: fmtSummary(summarize(r.floor)), xFloor: '1.00×', xMark: xMk(floor), matches: '–', note: `${r.floorChars ?? '?'} chars read` });
    out.push({
      page: p,
      what: 'Policy Lens total (start→painted)',
      value: noMarks ?? fmtSummary(summarize(r.pl.total)),
      xFloor: ratio(plTotal, floor),
      xMark: xMk(plTotal),
      matches: r.pl.ranges === null ? 'n/a' : `${r.pl.ranges} ranges`,
      note: r.pl.blocks === null ? '' : `${r.pl.blocks} blocks`,
    });
    // The few-terms page has no term in its first screen.
    if (!r.size.light) out.push({ page: p, what: 'Policy Lens first highlight in viewport', value: noMarks ?? fmtSummary(summarize(r.pl.firstVisible)), xFloor: ratio(med(r.pl.firstVisible), floor), xMark: '', matches: '', note: `after start${r.pl.noFirstVisible ? `; ${r.pl.noFirstVisible} run(s) without the mark, counted at painted` : ''}` });
    const work = med(r.pl.workMs);
    out.push({
      page: p,
      what: 'Policy Lens scanner work (sum of slices)',
      value: noMarks ?? (r.pl.workMs.length ? fmtSummary(summarize(r.pl.workMs)) : 'n/a (no totalSliceMs)'),
      xFloor: ratio(work, floor),
      xMark: xMk(work),
      matches: '',
      note: r.pl.slices.length ? `${med(r.pl.slices)} slices; the rest of the total is waiting (settings, yields, frames)` : '',
    });
    if (r.size.light) continue;
    const lt = med(r.pl.maxLongTask);
    out.push({
      page: p,
      what: 'Policy Lens longest task',
      value: noMarks ?? (r.trace?.maxTaskMs != null ? ms(r.trace.maxTaskMs) : 'n/a'),
      xFloor: '',
      xMark: '',
      matches: '',
      note: noMarks
        ? ''
        : `median of ${r.traceMaxes.length} traced loads (each load's longest: ${r.traceMaxes.map(ms).join(', ')}); that load: ${r.trace ? `${r.trace.tasks} tasks, ${r.trace.over16} > 16 ms${r.trace.long.length ? ` (${r.trace.long.slice(0, 3).map((l) => `${ms(l.ms)}: ${l.top}`).join('; ')})` : ''}; Chrome's own page-text capture in the window ${ms(r.trace.captureMs)}${r.trace.firstLayoutMs > 0 ? ` and the page's first layout ${ms(r.trace.firstLayoutMs)}` : ''}, not counted (longest task with ${r.trace.firstLayoutMs > 0 ? 'them' : 'it'}: ${r.trace.maxRawMs === null ? 'n/a' : ms(r.trace.maxRawMs)})` : 'n/a'}; longtask API (≥50 ms) max ${lt === null ? 'n/a' : ms(lt)}; maxSliceMs ${fmtSummary(summarize(r.pl.maxSliceMs))}`,
    });
    if (r.freshEval.evalMs.length > 0) {
      out.push({
        page: p,
        what: 'Policy Lens script evaluation in a fresh tab',
        value: fmtSummary(summarize(r.freshEval.evalMs)),
        xFloor: '',
        xMark: '',
        matches: '',
        note: `a new tab per load (${r.freshEval.evalMs.length}): a new renderer, nothing of the script compiled yet, as when a reader opens an article; the task it ran in ${fmtSummary(summarize(r.freshEval.taskMs))}. The tooltip and cards (content-ui.js), injected when the main thread is idle after painted: a task of ${r.freshEval.uiTaskMs.length ? fmtSummary(summarize(r.freshEval.uiTaskMs)) : 'n/a (not seen within 1.5 s)'}. The traced loads above arrive in one tab from another site, which also gives the news page a renderer new to the script.`,
      });
    }
    out.push({ page: p, what: 'mark.js mark(array), to the marks rendered', value: markJsValue(r.markArray), xFloor: mkCapped ? `> ${ratio(r.markArray.capMs, floor)}` : ratio(mk, floor), xMark: '1.00×', matches: r.markArray.count === null ? 'n/a' : `${r.markArray.count} marks`, note: markJsNote(r.markArray) });
    const mr = markJsMedian(r.markRegExp);
    out.push({ page: p, what: 'mark.js markRegExp(combined), to the marks rendered', value: markJsValue(r.markRegExp), xFloor: ratio(mr, floor), xMark: xMk(mr), matches: r.markRegExp.count === null ? 'n/a' : `${r.markRegExp.count} marks`, note: markJsNote(r.markRegExp) });
    out.push({ page: p, what: 'matcher in Node over block texts (warm)', value: ms(r.nodeMatchMs), xFloor: '', xMark: '', matches: `${r.nodeMatches} matches`, note: `${r.planted} planted, ${r.plantedSplit} across elements` });
    if (r.hover) {
      const s = r.hover.samples;
      out.push({
        page: p,
        what: 'hover hit-test p50 / p95',
        value: r.hover.reportMissing ? 'n/a (no bench report)' : s.length ? `${ms(quantile(s, 0.5))} / ${ms(quantile(s, 0.95))}` : 'n/a (0 samples)',
        xFloor: '',
        xMark: '',
        matches: '',
        note: `${s.length} hit-tests, max ${s.length ? ms(Math.max(...s)) : 'n/a'}`,
      });
    } else out.push({ page: p, what: 'hover hit-test p50 / p95', value: 'n/a (no marks)', xFloor: '', xMark: '', matches: '', note: '' });
    const sc = r.scroll;
    const scMs = (xs: ScrollResult[]): number[] => xs.map((x) => x.ms);
    const slow = (xs: ScrollResult[]): string => `${xs.map((x) => x.slow).join('/')} frames > 25 ms, worst ${xs.length ? ms(Math.max(...xs.map((x) => x.worstMs))) : 'n/a'}`;
    out.push({
      page: p,
      what: 'scrolling 120 frames at 120 px/frame: without → with PL',
      value: `${fmtSummary(summarize(scMs(sc.plain)))} → ${fmtSummary(summarize(scMs(sc.pl)))}`,
      xFloor: '',
      xMark: '',
      matches: '',
      note: `with/without ${ratio(med(scMs(sc.pl)), med(scMs(sc.plain)))}; without: ${slow(sc.plain)}; with: ${slow(sc.pl)}`,
    });
    const pc = r.platformChange;
    out.push({
      page: p,
      what: 'platform: one highlight range registered, no extension',
      value: pc?.maxTaskMs != null ? ms(pc.maxTaskMs) : 'n/a',
      xFloor: '',
      xMark: '',
      matches: '',
      note: pc ? `longest task of the change (page script on ${PLAIN}, :root::highlight rule)${pc.long.length ? `: ${pc.long[0]?.top}` : ''}` : '',
    });
    for (const mode of ['micro', 'batched'] as const) {
      const c = r.cost[mode];
      const how = mode === 'micro' ? 'each in its own microtask' : 'in one task';
      for (const [k, label] of [['edits', 'text edits'], ['inserts', 'insertions']] as const) {
        out.push({
          page: p,
          what: `page's 1,000 ${label}, ${how}: without → empty observer, page's world → empty observer, isolated world → with PL`,
          value: [c.plain, c.bare, c.bareIso, c.pl].map((x) => fmtSummary(summarize(x[k]))).join(' → '),
          xFloor: '',
          xMark: '',
          matches: '',
          note: `with PL/without ${ratio(med(c.pl[k]), med(c.plain[k]))}; an empty MutationObserver alone ${ratio(med(c.bare[k]), med(c.plain[k]))} in the page's world, ${ratio(med(c.bareIso[k]), med(c.plain[k]))} in an isolated world`,
        });
      }
    }
    const h = r.heap;
    const js = diffSummary(h.jsPlain, h.jsPl);
    const emb = diffSummary(h.embPlain, h.embPl);
    out.push({
      page: p,
      what: 'heap growth with PL (JS + Blink/Oilpan)',
      value: js && emb ? mb(js.median + emb.median) : 'n/a',
      xFloor: '',
      xMark: '',
      matches: '',
      note: `JS ${js ? mb(js.median) : 'n/a'}, Blink ${emb ? mb(emb.median) : 'n/a'}; DOM nodes ${med(h.nodesPlain) ?? '?'} → ${med(h.nodesPl) ?? '?'}`,
    });
  }
  return out;
}

export function targets(results: SizeResult[]): Target[] {
  const by = (k: string): SizeResult | undefined => results.find((r) => r.size.key === k);
  const t: Target[] = [];
  const verdict = (ok: boolean | null): Target['verdict'] => (ok === null ? 'n/a' : ok ? 'PASS' : 'MISS');
  const r1 = by(TARGET_PAGE);
  const r5 = by('5m');
  const pl1 = r1 ? med(r1.pl.total) : null;
  const floor1 = r1 ? med(r1.floor) : null;
  t.push({ what: 'Policy Lens total vs FLOOR (1 MB)', target: '≤ 2.5×', measured: ratio(pl1, floor1), verdict: verdict(pl1 !== null && floor1 !== null ? pl1 <= 2.5 * floor1 : null) });
  // A capped mark.js run only proves "at least cap/PL": undecided if that is below the factor.
  const fasterThan = (what: string, runs: MarkJsRuns | undefined, factor: number): void => {
    const m = runs ? markJsMedian(runs) : null;
    const capped = runs ? runs.capped > 0 && runs.runs.length === 0 : false;
    const eff = m ?? (capped && runs ? runs.capMs : null);
    t.push({
      what: `faster than mark.js ${what} (1 MB)`,
      target: `≥ ${factor}×`,
      measured: pl1 !== null && eff !== null ? `${capped ? '> ' : ''}${ratio(eff, pl1)}` : 'n/a',
      verdict: verdict(pl1 !== null && eff !== null ? (eff >= factor * pl1 ? true : capped ? null : false) : null),
    });
  };
  fasterThan('mark(array)', r1?.markArray, 40);
  fasterThan('markRegExp', r1?.markRegExp, 5);
  const fv5 = r5 ? med(r5.pl.firstVisible) : null;
  t.push({ what: 'first highlight in viewport after start (5 MB)', target: '≤ 20 ms', measured: fv5 === null ? 'n/a' : ms(fv5), verdict: verdict(fv5 === null ? null : fv5 <= 20) });
  const full = results.filter((r) => !r.size.light);
  const traced = full.filter((r) => r.trace?.maxTaskMs != null);
  const maxTask = traced.length ? Math.max(...traced.map((r) => r.trace?.maxTaskMs ?? 0)) : null;
  const maxSlice = results.flatMap((r) => r.pl.maxSliceMs);
  const maxSliceAll = maxSlice.length ? Math.max(...maxSlice) : null;
  const fresh = results.find((r) => r.freshEval.taskMs.length > 0)?.freshEval ?? null;
  // The card UI's injection comes after painted, but it is ours too.
  const freshMs = fresh ? Math.max(med(fresh.taskMs) ?? 0, med(fresh.uiTaskMs) ?? 0) : null;
  const worstLoaded = maxTask ?? maxSliceAll;
  const worst = worstLoaded === null ? null : Math.max(worstLoaded, freshMs ?? 0);
  t.push({
    what: 'no main-thread task > 16 ms caused by PL (all sizes)',
    target: '≤ 16 ms',
    measured:
      worst === null
        ? 'n/a'
        : `${ms(worst)} (${maxTask !== null ? `trace, median of ${TRACED_LOADS} loads per size` : 'maxSliceMs'}; in a fresh tab the longer of the main script's and the card UI's evaluation tasks ${freshMs === null ? 'n/a' : ms(freshMs)}; max slice ${maxSliceAll === null ? 'n/a' : ms(maxSliceAll)}); per size ${full.map((r) => `${r.size.label} ${r.trace?.maxTaskMs != null ? ms(r.trace.maxTaskMs) : 'n/a'} (worst load ${r.traceMaxes.length ? ms(Math.max(...r.traceMaxes)) : 'n/a'}), one highlight change without PL ${r.platformChange?.maxTaskMs != null ? ms(r.platformChange.maxTaskMs) : 'n/a'}`).join('; ')}`,
    verdict: verdict(worst === null || traced.length < full.length ? (worst === null ? null : worst <= 16 ? null : false) : worst <= 16),
  });
  const hv = r5?.hover && !r5.hover.reportMissing && r5.hover.samples.length ? quantile(r5.hover.samples, 0.95) : null;
  t.push({ what: 'hover hit-test p95 (5 MB)', target: '≤ 0.3 ms', measured: hv === null ? 'n/a' : ms(hv), verdict: verdict(hv === null ? null : hv <= 0.3) });
  const plActive = r1 ? r1.pl.total.length > 0 : false;
  const rr = (a: number | null, b: number | null): number | null => (a != null && b != null && b > 0 ? a / b : null);
  const times = (x: number | null): string => (x === null ? 'n/a' : `${x.toFixed(2)}×`);
  for (const mode of ['micro', 'batched'] as const) {
    for (const [k, label] of [['edits', 'edits'], ['inserts', 'insertions']] as const) {
      const c = r1?.cost[mode];
      const x = c ? rr(med(c.pl[k]), med(c.plain[k])) : null;
      const bare = c ? rr(med(c.bare[k]), med(c.plain[k])) : null;
      const bareIso = c ? rr(med(c.bareIso[k]), med(c.plain[k])) : null;
      t.push({
        what: `page's own ${label} with PL (1 MB, ${mode === 'micro' ? 'each in its own microtask' : 'in one task'})`,
        target: '≤ 1.1×',
        measured:
          x === null
            ? 'n/a'
            : `${x.toFixed(2)}× (empty observer alone: ${times(bare)} in the page's world, ${times(bareIso)} in an isolated world)${plActive ? '' : ' (PL not active)'}`,
        verdict: verdict(x === null || !plActive ? null : x <= 1.1),
      });
    }
  }
  let heap5: number | null = null;
  if (r5) {
    const js = diffSummary(r5.heap.jsPlain, r5.heap.jsPl);
    const emb = diffSummary(r5.heap.embPlain, r5.heap.embPl);
    if (js && emb) heap5 = js.median + emb.median;
  }
  const plActive5 = r5 ? r5.pl.total.length > 0 : false;
  // The issue's target is Blink's heap; the JS heap's growth is shown beside it, not hidden.
  const blink5 = r5 ? diffSummary(r5.heap.embPlain, r5.heap.embPl)?.median ?? null : null;
  t.push({
    what: 'Blink heap growth (5 MB)',
    target: '≤ 6 MB',
    measured: blink5 === null ? 'n/a' : `${mb(blink5)} (JS heap ${heap5 === null || blink5 === null ? 'n/a' : mb(heap5 - blink5)} more; together ${heap5 === null ? 'n/a' : mb(heap5)})${plActive5 ? '' : ' (PL not active)'}`,
    verdict: verdict(blink5 === null || !plActive5 ? null : blink5 <= 6 * 1048576),
  });
  return t;
}

export function mdTable(headers: string[], body: string[][]): string {
  const esc = (s: string): string => s.replace(/\|/g, '\\|');
  return [`| ${headers.join(' | ')} |`, `| ${headers.map(() => '---').join(' | ')} |`, ...body.map((r) => `| ${r.map(esc).join(' | ')} |`)].join('\n');
}

export function notes(results: SizeResult[], reSource: string): string[] {
  const coi = results.map((r) => `${r.size.label}: news ${r.crossOriginIsolated.news}, plain ${r.crossOriginIsolated.plain}`).join('; ');
  return [
    `Runs: ${RUNS} measured after ${WARMUP} warm-up, fresh page load each (mark.js on 5 MB: 1 run, no warm-up; a mark.js run over ${MARKJS_SLOW_MS / 1000} s is not repeated; markRegExp capped at ${MARKJS_CAP_MS / 1000} s per run, mark(array) at 45× the Policy Lens median (at least 2 s): enough to decide the 40× target; a capped page is closed; scrolling: 3 runs, no warm-up; the page's own edits: ${RUNS} loads per participant, ${Math.min(RUNS, 3)} on 5 MB, no warm-up load, see below). FLOOR, Policy Lens and markRegExp loads alternate (FLOOR, PL, markRegExp, FLOOR, …), so drift on this shared machine reaches all three alike. Values: median [min–max]. crossOriginIsolated — ${coi}.`,
    '1 MB, few terms: the same generator with one term per 20,000 characters instead of 300 (about 50 on the page, as in most articles); FLOOR and Policy Lens only, no target is set on it.',
    `Hosts: Policy Lens measured on ${NEWS} (content script runs); FLOOR, mark.js and baselines on ${PLAIN} (not in the manifest), same HTML.`,
    'Policy Lens total = policy-lens:start (the content script’s gate begins to read the page, once the document is parsed; before the gate, 3a15808 and earlier, the content script’s evaluation at document_idle) → policy-lens:painted: every match on the page found (counted, ready for the popup and navigation), every block measured, the ones within six screens of the viewport registered, and the rendering update after that (a task after the next animation frame: that frame’s style, layout and paint are in). Only blocks near the viewport are ever registered (the rest as the reader scrolls), so "ranges" counts matches found, not ranges registered. Includes the gate’s pass, loading the matcher and starting the pipeline; the settings read starts at document_start, before it. First highlight = start → policy-lens:first-visible (registered, checked in view after the next frame).',
    'Scrolling: page script scrolls 120 px per animation frame for 120 frames from the top (7,200 px/s, a fast fling; 14,400 px), after Policy Lens painted; elapsed time and frames that came more than 25 ms after the previous one. The painted band moves every couple of screens, each move a highlight change. 3 runs per host, no warm-up (each page was loaded many times before).',
    'Platform: one highlight change = the longest task in the trace after a page script (no extension) registers a single range under a rendered :root::highlight() rule. Chromium revalidates highlights and repaints the whole document on any change, so this frame is the floor for any frame in which highlights change on that page.',
    'Longest task: CDP trace (toplevel RunTask events on the renderer main thread overlapping start→painted, in each of five traced loads per size, each reached from a page on example.org, so that the news page opens in a renderer that has not compiled the content script yet, as when a reader arrives from another site; the load with the median longest task is reported and every load’s longest is in the note; includes style/layout/paint the highlights cause). Not counted: Chrome’s own page-text capture (ChromeRenderFrameObserver::CapturePageText, trace category "renderer"), which reads the whole page for translation and language detection inside a rendering task after every load, with or without the extension (35–90 ms on the 5 MB page on example.org); its time is subtracted from the task it ran in and shown in the note. Nor the page’s first layout: the Layout inside the rendering task that dispatches “pagereveal” (the document’s first rendering), which a content script starting before that frame finds in its window (20–38 ms on the 100 KB page); Policy Lens reads no geometry before it and changes no layout, and the rest of that task (paint, our first highlights included) still counts. The target’s verdict also takes the content script’s evaluation on a load in a fresh tab (a new renderer process, as when a reader opens an article: no code of the script compiled yet; 5 loads, each in a new tab, on the first page). The interleaved loads alternate hosts in one tab, so each news page also opens in a renderer new to the script; only loads that follow a news page in the same tab (hover, scrolling, edits, heap) find it compiled (evaluation 3–6 ms instead of 10–12). The longtask PerformanceObserver (inline <head> script, buffered) only sees tasks ≥ 50 ms; maxSliceMs is the scanner’s own slice maximum from the marks.',
    `mark.js mark(array): the ${'265'} surface forms from glossary/core surfaceForms() (mark.js sorts longest first), options ${MARKJS_OPTIONS_DOC}, on #story. Timed like Policy Lens’s total: from the call to a task after the animation frame that follows its done callback, so the frame that styles, lays out and paints the inserted <mark> elements is in; the done-callback time (mark.js’s own JavaScript) is in the note. It cannot see plurals/spellings not listed as forms (it has no -s/-ies or -isation handling) and, with acrossElements:false, no match that spans elements; case-insensitive for acronyms too.`,
    `mark.js markRegExp: timed as mark(array); one RegExp, flags "g", source (escaped forms, longest first; Latin part case-insensitive through the (?i:…) modifier group; acronyms exact-case with optional "s"; Chinese exact): ${reSource.length > 400 ? `${reSource.slice(0, 400)}… (${reSource.length} chars; full source in latest.json)` : reSource}. acrossElements:false, so matches split by inline elements (e.g. low-<em>altitude</em> economy) are not found.`,
    'Match counts: Policy Lens ranges and the Node matcher (compileMatcher(surfaceForms()).find over each block’s joined text, as text-blocks builds it) should agree; both see matches split across inline elements. mark.js counts are lower by the split matches and the spellings it cannot normalise. "planted" counts generator insertions; an English term followed by its Chinese form counts once but matches twice.',
    'Hover: the bench build\u2019s probe (bench/probe/content-probe.ts) times every hit-test (it wraps HitIndex.at); CDP Input.dispatchMouseEvent to random points over the visible article at 3 scroll positions (0, 33%, 66% of the page), one animation frame after each (the move is dispatched at that frame’s start); then postMessage("policy-lens:bench-report") and the content script answers with a mark carrying hitTestMs.',
    "Page's own cost: page script sets .data of 1,000 existing article text nodes, then appends 1,000 <p> with terms to the article; either with `await null` after each (every MutationObserver callback runs between two edits: the worst case) or all in one task (as a framework commits a render; the callback runs once, inside the timed span). Timed on example.org without an observer; on example.org with an empty MutationObserver (subtree, childList, characterData: what observing costs at all), once in the page's own world and once in an isolated world made through CDP, where a content script's observer lives (its records are delivered into that world); and on english.news.cn after Policy Lens painted. Each of those loads comes from a page on a third site (blog.example.net), so every one opens in a new renderer: none finds the page script compiled or its heap warmed by the load before. Per load the page runs its edits and insertions 1 + " +
      `${COST_REPEATS} times in a row (each pass on the page the last one left); the first pass, which also compiles the loop, is not counted. The re-scans the observer schedules later (timers) are not inside the loop.`,
    'Heap: CDP HeapProfiler.collectGarbage ×2, then Runtime.getHeapUsage (usedSize = the renderer isolate’s JS heap, all worlds incl. the content script; embedderHeapUsedSize = Blink’s Oilpan heap: Range, Highlight and other DOM objects) and Memory.getDOMCounters; median of 3 loads per host; growth = english.news.cn after painted − example.org (same page). Includes the content script’s fixed cost (code, glossary, compiled matcher).',
  ];
}

export interface ReportMeta {
  browserVersion: string;
  elapsedS: number;
  /** Whether the built scripts hold the bench-report code (hover needs it). */
  benchCode: boolean;
  /** Errors the pages raised. */
  errors: readonly string[];
  /** The combined RegExp's source (quoted in a note). */
  reSource: string;
  date: Date;
}

/** The whole report: the table, the targets and the notes. */
export function renderMarkdown(results: SizeResult[], meta: ReportMeta): { md: string; rows: Row[]; targets: Target[] } {
  const rs = rows(results);
  const ts = targets(results);
  const headers = ['page', 'measure', 'value', '× FLOOR', '× mark.js(array)', 'matches', 'notes'];
  const table = mdTable(headers, rs.map((r) => [r.page, r.what, r.value, r.xFloor, r.xMark, r.matches, r.note]));
  const ttable = mdTable(['target', 'goal', 'measured', ''], ts.map((t) => [t.what, t.target, t.measured, t.verdict]));
  const head = `Policy Lens page benchmark — ${meta.date.toISOString()} — ${meta.browserVersion} — ${meta.elapsedS.toFixed(0)} s${meta.benchCode ? '' : ' — WARNING: bench build has no bench-report code'}`;
  const errs = meta.errors.length ? [`Errors seen on the pages (content script or page): ${meta.errors.slice(0, 5).join(' | ')}`] : [];
  const md = [`# ${head}`, '', table, '', '## Targets', '', ttable, '', '## Notes', '', ...[...notes(results, meta.reSource), ...errs].map((n) => `- ${n}`), ''].join('\n');
  return { md, rows: rs, targets: ts };
}
