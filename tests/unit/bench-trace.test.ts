import { describe, expect, it } from 'vitest';
import { BROWSER_TEXT_CAPTURE, longestTask, type TraceEvent } from '../../bench/trace';

const PID = 1;
const TID = 2;
const mark = (name: string, ms: number): TraceEvent => ({ name, cat: 'blink.user_timing', ph: 'R', ts: ms * 1000, pid: PID, tid: TID });
const task = (ms: number, dur: number): TraceEvent => ({ name: 'RunTask', cat: 'toplevel', ph: 'X', ts: ms * 1000, dur: dur * 1000, pid: PID, tid: TID });
const child = (name: string, ms: number, dur: number, type?: string): TraceEvent => ({
  name,
  cat: name === BROWSER_TEXT_CAPTURE ? 'renderer' : 'devtools.timeline',
  ph: 'X',
  ts: ms * 1000,
  dur: dur * 1000,
  pid: PID,
  tid: TID,
  ...(type ? { args: { data: { type } } } : {}),
});

describe('longestTask', () => {
  const window = [mark('s', 0), mark('e', 200)];

  it('counts every task in the window, tasks over 16 ms with what they spent the time on', () => {
    const w = longestTask([...window, task(10, 12), task(40, 22), child('FunctionCall', 41, 20), task(300, 90)], 's', 'e');
    expect(w.maxTaskMs).toBe(22);
    expect(w.tasks).toBe(2);
    expect(w.over16).toBe(1);
    expect(w.long[0]?.top).toBe('FunctionCall 20.0 ms');
  });

  it("does not count Chrome's page-text capture or the page's first layout, and reports both", () => {
    const events = [
      ...window,
      // The page's first rendering: 30 ms of layout, 8 ms of paint.
      task(5, 40),
      child('EventDispatch', 5.5, 0.1, 'pagereveal'),
      child('Layout', 6, 30),
      child('Paint', 36, 8),
      // A later frame with the capture inside.
      task(100, 50),
      child(BROWSER_TEXT_CAPTURE, 101, 45),
      // A layout in any other task is counted: it is not the first rendering.
      task(150, 19),
      child('Layout', 151, 17),
    ];
    const w = longestTask(events, 's', 'e');
    expect(w.firstLayoutMs).toBe(30);
    expect(w.captureMs).toBe(45);
    expect(w.maxRawMs).toBe(50);
    expect(w.maxTaskMs).toBe(19);
    expect(w.over16).toBe(1);
  });

  it('keeps the rest of the first rendering task: its paint still counts', () => {
    const events = [...window, task(5, 50), child('EventDispatch', 5.5, 0.1, 'pagereveal'), child('Layout', 6, 20), child('Paint', 26, 25)];
    const w = longestTask(events, 's', 'e');
    expect(w.maxTaskMs).toBe(30);
    expect(w.long[0]?.top).toContain("+20.0 ms the page's first layout");
  });

  it('answers null without the marks', () => {
    expect(longestTask([task(0, 50)], 's', 'e').maxTaskMs).toBeNull();
  });
});
