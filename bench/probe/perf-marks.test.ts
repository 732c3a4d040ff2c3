import { describe, expect, it } from 'vitest';
import {
  BENCH_REPORT,
  MARK_DONE,
  MARK_FIRST_VISIBLE,
  MARK_PAINTED,
  MARK_START,
  createBenchRecorder,
  createPerfMarks,
  type PerfEnv,
} from './perf-marks';

function fakeEnv(vh = 800): PerfEnv & { marks: { name: string; detail: unknown }[]; flushFrame(): void } {
  const marks: { name: string; detail: unknown }[] = [];
  let frame: (() => void)[] = [];
  return {
    marks,
    mark: (name, detail) => void marks.push({ name, detail }),
    now: () => 0,
    afterNextFrame: (cb) => void frame.push(cb),
    viewportHeight: () => vh,
    flushFrame() {
      const f = frame;
      frame = [];
      for (const cb of f) cb();
    },
  };
}

const rect = (top: number, height = 20): { getBoundingClientRect(): DOMRect } => ({
  getBoundingClientRect: () => ({ top, bottom: top + height, left: 0, right: 100, width: 100, height }) as DOMRect,
});

describe('perf marks', () => {
  it('marks start, first-visible and done once each, painted on the next frame', () => {
    const env = fakeEnv();
    const m = createPerfMarks(env);
    m.markStart();
    m.markStart();
    m.markFirstVisible();
    m.markFirstVisible();
    m.recordSlice(3);
    m.recordSlice(7.5);
    m.recordSlice(1);
    m.markDone({ blocks: 4, ranges: 9 });
    m.markDone({ blocks: 5, ranges: 10 });
    expect(env.marks.map((x) => x.name)).toEqual([MARK_START, MARK_FIRST_VISIBLE, MARK_DONE]);
    env.flushFrame();
    expect(env.marks.map((x) => x.name)).toEqual([MARK_START, MARK_FIRST_VISIBLE, MARK_DONE, MARK_PAINTED]);
    const detail = { blocks: 4, ranges: 9, maxSliceMs: 7.5, slices: 3, totalSliceMs: 11.5 };
    expect(env.marks[2]?.detail).toEqual(detail);
    expect(env.marks[3]?.detail).toEqual(detail);
  });

  /** Done, then the first frame after it; report() then answers whether highlights changed since done. */
  async function doneThenFrame() {
    const env = fakeEnv();
    const m = createPerfMarks(env);
    let report: (changed: boolean) => void = () => {};
    m.markDone({ blocks: 1, ranges: 1 }, new Promise<boolean>((ok) => (report = ok)));
    env.flushFrame();
    await Promise.resolve();
    expect(env.marks.map((x) => x.name)).toEqual([MARK_DONE]);
    return { env, report: (changed: boolean) => report(changed) };
  }

  it('marks painted a frame after ready when highlights changed since done', async () => {
    const { env, report } = await doneThenFrame();
    report(true);
    await new Promise((ok) => setTimeout(ok, 0));
    // The change made at the report is not on screen before the next frame.
    expect(env.marks.map((x) => x.name)).toEqual([MARK_DONE]);
    env.flushFrame();
    expect(env.marks.map((x) => x.name)).toEqual([MARK_DONE, MARK_PAINTED]);
  });

  it('marks painted at the report when nothing changed since done and the first frame has passed', async () => {
    const { env, report } = await doneThenFrame();
    report(false);
    await new Promise((ok) => setTimeout(ok, 0));
    expect(env.marks.map((x) => x.name)).toEqual([MARK_DONE, MARK_PAINTED]);
  });

  it('still waits for the first frame after done when the report comes before it', async () => {
    const env = fakeEnv();
    const m = createPerfMarks(env);
    m.markDone({ blocks: 1, ranges: 1 }, Promise.resolve(false));
    await new Promise((ok) => setTimeout(ok, 0));
    // What done registered has not been drawn yet.
    expect(env.marks.map((x) => x.name)).toEqual([MARK_DONE]);
    env.flushFrame();
    await new Promise((ok) => setTimeout(ok, 0));
    expect(env.marks.map((x) => x.name)).toEqual([MARK_DONE, MARK_PAINTED]);
  });

  it('marks first-visible only for a range inside the viewport, and stops checking after done', () => {
    const env = fakeEnv(800);
    const m = createPerfMarks(env);
    m.markFirstVisibleIfInView([rect(-100), rect(900)]);
    expect(env.marks).toEqual([]);
    m.markFirstVisibleIfInView([rect(900), rect(790)]);
    expect(env.marks.map((x) => x.name)).toEqual([MARK_FIRST_VISIBLE]);

    const env2 = fakeEnv(800);
    const m2 = createPerfMarks(env2);
    m2.markDone({ blocks: 0, ranges: 0 });
    m2.markFirstVisibleIfInView([rect(10)]);
    expect(env2.marks.map((x) => x.name)).toEqual([MARK_DONE]);
  });

  it('bench recorder keeps bounded samples and answers the report message with a mark', () => {
    const env = fakeEnv();
    const m = createPerfMarks(env);
    m.recordSlice(4);
    const b = createBenchRecorder(env, m.sliceStats, 3);
    for (const ms of [0.1, 0.2, 0.3, 0.4]) b.recordHitTest(ms);
    let handler: ((e: MessageEvent) => void) | null = null;
    const win = {
      addEventListener: (type: string, h: (e: MessageEvent) => void) => {
        if (type === 'message') handler = h;
      },
    } as unknown as Pick<Window, 'addEventListener'>;
    b.listen(win);
    expect(handler).not.toBeNull();
    const send = (data: unknown): void => (handler as unknown as (e: MessageEvent) => void)({ data } as MessageEvent);
    send('something else');
    expect(env.marks).toEqual([]);
    send(BENCH_REPORT);
    expect(env.marks).toEqual([{ name: BENCH_REPORT, detail: { hitTestMs: [0.1, 0.2, 0.3], maxSliceMs: 4, slices: 1, totalSliceMs: 4 } }]);
  });
});
