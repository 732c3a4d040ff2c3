/**
 * Code the benchmark runs inside the page (main world). Kept as plain-JS
 * strings, not functions: tsx/esbuild may inject helpers (e.g. __name) into
 * functions, which do not exist in the page. Each builder returns an
 * expression for page.evaluate.
 */
import type { SurfaceForm } from '../glossary/types';

/** Inline <head> script: records every long task (≥ 50 ms) from the start of the page. */
export const LONGTASK_OBSERVER =
  "window.__plLong=[];try{new PerformanceObserver(function(l){for(var e of l.getEntries())window.__plLong.push([e.startTime,e.duration]);}).observe({type:'longtask',buffered:true});}catch(e){}";

export interface FloorResult {
  ms: number;
  chars: number;
  nodes: number;
}

/** FLOOR: a TreeWalker that only reads every visible text node (script/style/noscript/template subtrees skipped). */
export const FLOOR = `(() => {
  const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);
  const t0 = performance.now();
  const w = document.createTreeWalker(document.body, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  let chars = 0, nodes = 0;
  let node = w.nextNode();
  while (node) {
    if (node.nodeType === 3) {
      chars += node.data.length;
      nodes++;
      node = w.nextNode();
    } else if (SKIP.has(node.tagName)) {
      let next = w.nextSibling();
      while (!next) {
        if (!w.parentNode()) break;
        next = w.nextSibling();
      }
      node = next;
    } else {
      node = w.nextNode();
    }
  }
  return { ms: performance.now() - t0, chars, nodes };
})()`;

export interface PlMarks {
  start: number | null;
  firstVisible: number | null;
  done: number | null;
  painted: number | null;
  detail: { blocks: number; ranges: number; maxSliceMs: number; slices: number; totalSliceMs?: number } | null;
  longTasks: [number, number][];
  crossOriginIsolated: boolean;
}

export const READ_MARKS = `(() => {
  const t = (n) => { const e = performance.getEntriesByName(n, 'mark')[0]; return e ? e.startTime : null; };
  const p = performance.getEntriesByName('policy-lens:painted', 'mark')[0];
  let detail = null;
  try { detail = p && p.detail ? JSON.parse(JSON.stringify(p.detail)) : null; } catch (e) { detail = null; }
  return {
    start: t('policy-lens:start'),
    firstVisible: t('policy-lens:first-visible'),
    done: t('policy-lens:done'),
    painted: t('policy-lens:painted'),
    detail,
    longTasks: window.__plLong || [],
    crossOriginIsolated: self.crossOriginIsolated === true,
  };
})()`;

/**
 * A page-world promise: true once policy-lens:painted is marked, false when
 * no start mark came within startMs or no painted mark within timeoutMs.
 * Woken by a PerformanceObserver (content-script marks are in the page's
 * timeline), with a slow interval as a backstop: no polling task per 25 ms.
 */
export function waitPaintedScript(startMs: number, timeoutMs: number): string {
  return `new Promise((ok) => {
  const has = (n) => performance.getEntriesByName(n, 'mark').length > 0;
  const t0 = performance.now();
  let po = null, iv = 0;
  const check = () => {
    const waited = performance.now() - t0;
    const r = has('policy-lens:painted') ? true : (!has('policy-lens:start') && waited > ${startMs}) || waited > ${timeoutMs} ? false : null;
    if (r === null) return false;
    if (po) po.disconnect();
    clearInterval(iv);
    ok(r);
    return true;
  };
  if (check()) return;
  po = new PerformanceObserver(check);
  po.observe({ type: 'mark' });
  iv = setInterval(check, 250);
})`;
}
export const HAS_START = `performance.getEntriesByName('policy-lens:start', 'mark').length > 0`;

export interface MarkJsResult {
  /** Call → the task after the frame that follows done: the marks styled, laid out and painted (Policy Lens's 'painted' is timed the same way). */
  ms: number;
  /** Call → mark.js's done callback (its own JavaScript only). */
  doneMs: number;
  count: number;
}

/** The done callback of the scripts below: resolves once the browser has rendered the marks. */
const AFTER_FRAME = `(count) => {
      const doneMs = performance.now() - t0;
      requestAnimationFrame(() => setTimeout(() => resolve({ ms: performance.now() - t0, doneMs, count }), 0));
    }`;

/** mark.js options used for mark(array); documented in the results. */
export const MARKJS_OPTIONS_DOC =
  "{ separateWordSearch: false, acrossElements: false, caseSensitive: false, diacritics: false, accuracy: { value: 'exactly', limiters: , . ; : ! ? ( ) - and straight/curly quotes }, exclude: ['mark'] }";

const LIMITERS = [',', '.', ';', ':', '!', '?', '(', ')', '-', '"', "'", '\u201c', '\u201d', '\u2018', '\u2019'];

/** mark.js mark(array) over #story, timed until the marks are rendered (see MarkJsResult). */
export function markArray(forms: readonly string[]): string {
  return `new Promise((resolve) => {
    const forms = ${JSON.stringify(forms)};
    const t0 = performance.now();
    new Mark(document.getElementById('story')).mark(forms, {
      separateWordSearch: false, acrossElements: false, caseSensitive: false, diacritics: false,
      accuracy: { value: 'exactly', limiters: ${JSON.stringify(LIMITERS)} },
      exclude: ['mark'],
      done: ${AFTER_FRAME},
    });
  })`;
}

/** mark.js markRegExp(one combined RegExp) over #story, timed until the marks are rendered (see MarkJsResult). */
export function markRegExp(re: RegExpSource): string {
  return `new Promise((resolve) => {
    const re = new RegExp(${JSON.stringify(re.source)}, ${JSON.stringify(re.flags)});
    const t0 = performance.now();
    new Mark(document.getElementById('story')).markRegExp(re, {
      acrossElements: false,
      exclude: ['mark'],
      done: ${AFTER_FRAME},
    });
  })`;
}

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const SEP = '[\\s\\u00a0\\u2010\\u2011\\u2013-]';

/** A case-insensitive Latin form as a pattern: separators and quotes loosened, -ization ≈ -isation. */
function latinPattern(form: string): string {
  let p = '';
  for (const ch of form) {
    if (ch === ' ') p += `${SEP}+`;
    else if (ch === '-') p += `${SEP}?`;
    else if ('"\u201c\u201d\u2018\u2019\''.includes(ch)) p += `["\u201c\u201d\u2018\u2019']?`;
    else p += escapeRe(ch);
  }
  return p.replace(/iz(ation|ed)/g, 'i[sz]$1');
}

/**
 * The one combined RegExp given to markRegExp:
 *   (?<![A-Za-z0-9])(?:(?i:LATIN…)(?:e?s)?|ACRONYM…s?)(?![A-Za-z0-9])|HAN…
 * LATIN: the case-insensitive surface forms, longest first, regex-escaped,
 * with spaces → [sep]+, hyphens → [sep]?, quotes optional and -ization ≈
 * -isation (sep = white space, NBSP, U+2010/2011 hyphens, en dash, '-');
 * ACRONYM: case-sensitive forms (SMEs, 5G, …), longest first, exact case;
 * HAN: the Chinese forms, longest first, exact. Flags: g (the RegExp
 * modifier group (?i:…) makes only the Latin part case-insensitive; Chrome
 * 125+; Node 20 cannot compile it, hence source and flags only).
 */
export interface RegExpSource {
  source: string;
  flags: string;
}

export function combinedRegExp(forms: readonly SurfaceForm[]): RegExpSource {
  const byLen = (a: string, b: string): number => b.length - a.length;
  const uniq = (xs: string[]): string[] => [...new Set(xs)].sort(byLen);
  const latin = uniq(forms.filter((f) => f.script === 'latin' && !f.caseSensitive).map((f) => f.text)).map(latinPattern);
  const acr = uniq(forms.filter((f) => f.script === 'latin' && f.caseSensitive).map((f) => f.text)).map(escapeRe);
  const han = uniq(forms.filter((f) => f.script === 'han').map((f) => f.text)).map(escapeRe);
  const src = `(?<![A-Za-z0-9])(?:(?i:(?:${latin.join('|')})(?:e?s)?)|(?:${acr.join('|')})s?)(?![A-Za-z0-9])|(?:${han.join('|')})`;
  return { source: src, flags: 'g' };
}

export interface PageCostResult {
  edits: number;
  inserts: number;
  textNodes: number;
}

export interface PageCostOptions {
  /** All edits in one task (as a framework commits a render) instead of `await null` after each. */
  batched: boolean;
}

/** An empty MutationObserver with our options: what observing costs the page at all. */
export const EMPTY_OBSERVER =
  'new MutationObserver(() => {}).observe(document.documentElement, { subtree: true, childList: true, characterData: true });';

/**
 * The page's own work: 1,000 text edits then 1,000 insertions. Per
 * microtask (`await null` after each, so a MutationObserver callback runs
 * between every two edits) or batched (one task; the observer's callback
 * runs once, inside the timed span: the loop ends with `await null`).
 */
export function pageCost(o: PageCostOptions): string {
  const step = o.batched ? '' : 'await null;';
  return `(async () => {
  const story = document.getElementById('story');
  const w = document.createTreeWalker(story, NodeFilter.SHOW_TEXT);
  const all = [];
  while (w.nextNode()) {
    const n = w.currentNode;
    const tag = n.parentElement ? n.parentElement.tagName : '';
    if (tag !== 'SCRIPT' && tag !== 'STYLE' && n.data.trim().length > 20) all.push(n);
  }
  const N = 1000;
  const picks = [];
  for (let i = 0; i < N; i++) picks.push(all[Math.floor((i * all.length) / N) % all.length]);
  const extra = [' digital economy', ' new-energy vehicles', ' little giant firms', ' SMEs'];
  await null;
  const t0 = performance.now();
  for (let i = 0; i < N; i++) {
    const n = picks[i];
    n.data = n.data + extra[i % extra.length];
    ${step}
  }
  await null;
  const t1 = performance.now();
  for (let i = 0; i < N; i++) {
    const p = document.createElement('p');
    p.textContent = 'Update ' + i + ': officials said humanoid robots and the low-altitude economy drew investors, while small and medium-sized enterprises reported orders.';
    story.appendChild(p);
    ${step}
  }
  await null;
  const t2 = performance.now();
  return { edits: t1 - t0, inserts: t2 - t1, textNodes: all.length };
})()`;
}

/**
 * The platform's own price of one highlight change, without the extension:
 * a :root::highlight() rule with the default look, a background tint (as
 * our Chromium build has), is added and rendered, then one range over the article's first word is registered.
 * The trace's longest task between the two marks is the frame that
 * revalidates highlights on this page.
 */
export const HIGHLIGHT_CHANGE_START = 'bench:highlight-change-start';
export const HIGHLIGHT_CHANGE_END = 'bench:highlight-change-end';
export const PREPARE_HIGHLIGHT_CHANGE = `new Promise((ok) => {
  const s = document.createElement('style');
  s.textContent = ':root::highlight(bench-one) { background-color: rgb(255 214 10 / 0.4); }';
  document.head.appendChild(s);
  requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(() => ok(true), 50)));
})`;
export const HIGHLIGHT_CHANGE = `new Promise((ok) => {
  const w = document.createTreeWalker(document.getElementById('story'), NodeFilter.SHOW_TEXT);
  let t = null;
  while (w.nextNode()) if (w.currentNode.data.trim().length > 5) { t = w.currentNode; break; }
  performance.mark('${HIGHLIGHT_CHANGE_START}');
  CSS.highlights.set('bench-one', new Highlight(new StaticRange({ startContainer: t, startOffset: 0, endContainer: t, endOffset: 4 })));
  requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(() => { performance.mark('${HIGHLIGHT_CHANGE_END}'); ok(true); }, 0)));
})`;

/** The visible part of the article, in viewport coordinates. */
export const ARTICLE_VIEW_RECT = `(() => {
  const r = document.getElementById('story').getBoundingClientRect();
  return { left: Math.max(0, r.left), top: Math.max(0, r.top), right: Math.min(innerWidth, r.right), bottom: Math.min(innerHeight, r.bottom), docHeight: document.documentElement.scrollHeight };
})()`;

/** Resolves in the next frame's animation callbacks (input queued before it has been dispatched). */
export const ONE_FRAME = `new Promise((r) => requestAnimationFrame(() => r(true)))`;

export const NEXT_FRAME = `new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(true))))`;

export interface BenchReportResult {
  hitTestMs: number[];
  maxSliceMs: number;
  slices: number;
}

/** Asks the content script (bench build) for its report and waits for the answering mark. */
export const BENCH_REPORT = `new Promise((resolve) => {
  const before = performance.getEntriesByName('policy-lens:bench-report', 'mark').length;
  window.postMessage('policy-lens:bench-report', '*');
  const t0 = performance.now();
  const poll = () => {
    const es = performance.getEntriesByName('policy-lens:bench-report', 'mark');
    if (es.length > before) {
      const d = es[es.length - 1].detail;
      resolve(d ? JSON.parse(JSON.stringify(d)) : null);
    } else if (performance.now() - t0 > 3000) resolve(null);
    else setTimeout(poll, 20);
  };
  poll();
})`;

export interface ScrollResult {
  ms: number;
  frames: number;
  /** Frames more than 25 ms after the previous one (a dropped frame or worse at 60 Hz). */
  slow: number;
  worstMs: number;
}

/** Scrolls the document 120 px per animation frame for 120 frames (14,400 px, two seconds at 60 Hz) from the top: how smoothly the page scrolls. */
export const SCROLL = `new Promise((ok) => {
  scrollTo(0, 0);
  requestAnimationFrame(() => requestAnimationFrame((t0) => {
    let n = 0, prev = t0, slow = 0, worst = 0;
    const f = (t) => {
      const d = t - prev;
      prev = t;
      if (d > 25) slow++;
      if (d > worst) worst = d;
      if (++n >= 120) return ok({ ms: t - t0, frames: n, slow, worstMs: worst });
      scrollBy(0, 120);
      requestAnimationFrame(f);
    };
    scrollBy(0, 120);
    requestAnimationFrame(f);
  }));
})`;
