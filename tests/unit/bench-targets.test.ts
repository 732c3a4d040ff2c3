/**
 * The bench's target verdicts (bench/report.ts): each row passes at its
 * limit, misses just past it, and says n/a when the run measured nothing.
 */
import { describe, expect, it } from 'vitest';
import { ALL_SIZES } from '../../bench/config';
import { targets } from '../../bench/report';
import { emptySizeResult, type SizeResult } from '../../bench/results-shape';
import type { TaskWindow } from '../../bench/trace';

const MB = 1048576;

function result(key: string): SizeResult {
  const size = ALL_SIZES.find((s) => s.key === key);
  if (!size) throw new Error(`no size ${key}`);
  return emptySizeResult(size, { visibleChars: 0, htmlBytes: 0, blocks: 0, planted: 0, plantedSplit: 0, nodeMatches: 0, nodeMatchMs: 0 });
}

function traced(maxTaskMs: number): TaskWindow {
  return { maxTaskMs, maxRawMs: maxTaskMs, captureMs: 0, firstLayoutMs: 0, over16: maxTaskMs > 16 ? 1 : 0, tasks: 10, long: [] };
}

/** The three full-size pages, Policy Lens active on each, every long-task figure at `ms`. */
function pages(ms = 10): SizeResult[] {
  return ['100k', '1m', '5m'].map((key) => {
    const r = result(key);
    r.floor = [10, 10, 10];
    r.pl.total = [20, 20, 20];
    r.pl.firstVisible = [5, 5, 5];
    r.pl.maxSliceMs = [8];
    r.trace = traced(ms);
    r.traceMaxes = [ms];
    return r;
  });
}

const verdictOf = (rs: SizeResult[], what: string): string => {
  const t = targets(rs).find((x) => x.what.startsWith(what));
  if (!t) throw new Error(`no target ${what}`);
  return t.verdict;
};
const one = (rs: SizeResult[], key: string): SizeResult => rs.find((r) => r.size.key === key) as SizeResult;

describe('bench target verdicts', () => {
  it('total vs FLOOR passes at 2.5× and misses past it', () => {
    const rs = pages();
    one(rs, '1m').pl.total = [25, 25, 25];
    expect(verdictOf(rs, 'Policy Lens total vs FLOOR')).toBe('PASS');
    one(rs, '1m').pl.total = [25.1, 25.1, 25.1];
    expect(verdictOf(rs, 'Policy Lens total vs FLOOR')).toBe('MISS');
  });

  it('markRegExp passes at 5× the Policy Lens total; a capped run passes only if its cap proves it', () => {
    const rs = pages();
    const r1 = one(rs, '1m');
    r1.markRegExp.runs = [100];
    expect(verdictOf(rs, 'faster than mark.js markRegExp')).toBe('PASS');
    r1.markRegExp.runs = [99];
    expect(verdictOf(rs, 'faster than mark.js markRegExp')).toBe('MISS');
    r1.markRegExp = { ...r1.markRegExp, runs: [], capped: 1, capMs: 90 };
    expect(verdictOf(rs, 'faster than mark.js markRegExp')).toBe('n/a');
    r1.markRegExp.capMs = 120;
    expect(verdictOf(rs, 'faster than mark.js markRegExp')).toBe('PASS');
  });

  it('the longest task passes at 16 ms on every page and misses past it on any one', () => {
    expect(verdictOf(pages(16), 'no main-thread task > 16 ms')).toBe('PASS');
    const rs = pages(16);
    one(rs, '5m').trace = traced(16.1);
    expect(verdictOf(rs, 'no main-thread task > 16 ms')).toBe('MISS');
  });

  it('a fresh tab’s evaluation task counts toward the longest task', () => {
    const rs = pages(12);
    one(rs, '100k').freshEval = { evalMs: [10], taskMs: [17], uiTaskMs: [5] };
    expect(verdictOf(rs, 'no main-thread task > 16 ms')).toBe('MISS');
  });

  it('a page without a trace leaves the longest task undecided unless another page already missed', () => {
    const rs = pages(12);
    one(rs, '1m').trace = null;
    expect(verdictOf(rs, 'no main-thread task > 16 ms')).toBe('n/a');
    one(rs, '5m').trace = traced(20);
    expect(verdictOf(rs, 'no main-thread task > 16 ms')).toBe('MISS');
  });

  it("the page's own edits pass at 1.1× of the page without an observer, and are n/a when Policy Lens never ran", () => {
    const rs = pages();
    const c = one(rs, '1m').cost.micro;
    c.plain.edits = [10, 10, 10];
    c.pl.edits = [11, 11, 11];
    expect(verdictOf(rs, "page's own edits with PL (1 MB, each in its own microtask)")).toBe('PASS');
    c.pl.edits = [11.1, 11.1, 11.1];
    expect(verdictOf(rs, "page's own edits with PL (1 MB, each in its own microtask)")).toBe('MISS');
    one(rs, '1m').pl.total = [];
    expect(verdictOf(rs, "page's own edits with PL (1 MB, each in its own microtask)")).toBe('n/a');
  });

  it('Blink heap growth on 5 MB passes at 6 MB and misses past it', () => {
    const rs = pages();
    const h = one(rs, '5m').heap;
    h.embPlain = [10 * MB];
    h.jsPlain = [10 * MB];
    h.jsPl = [20 * MB];
    h.embPl = [16 * MB];
    expect(verdictOf(rs, 'Blink heap growth')).toBe('PASS');
    h.embPl = [16 * MB + 1];
    expect(verdictOf(rs, 'Blink heap growth')).toBe('MISS');
  });

  it('first highlight on 5 MB passes at 20 ms and misses past it', () => {
    const rs = pages();
    one(rs, '5m').pl.firstVisible = [20];
    expect(verdictOf(rs, 'first highlight in viewport')).toBe('PASS');
    one(rs, '5m').pl.firstVisible = [20.5];
    expect(verdictOf(rs, 'first highlight in viewport')).toBe('MISS');
  });
});
