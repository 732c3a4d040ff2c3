/**
 * The bench build's content-script entry (vite build --mode bench): the
 * product's gate and pipeline, started as in production, with measurement
 * attached from outside. It listens to the page model's events, and wraps
 * two prototypes in the extension's isolated world, which the page cannot
 * see: Highlight's add/delete/clear (what the painter registers, and when)
 * and the hit index's look-up (how long a pointer check takes).
 */
import '../../src/content/paint/highlight.css';
import type { PageEvent } from '../../src/content/page/page-model';
import type { HitIndex as HitIndexClass } from '../../src/content/pointer/hit-index';
import { startGate } from '../../src/content/wiring/gate';
import { pageEnv as env } from './page-env';
import { createBenchRecorder, createPerfMarks } from './perf-marks';

/** Longest wait for every block to be placed before 'painted' is marked anyway (a page that never stops changing). */
const PAINTED_WAIT_MS = 2000;
/** Ranges checked for being in view after a registration. */
const FIRST_VISIBLE_CHECKS = 100;

const marks = createPerfMarks(env);
const recorder = createBenchRecorder(env, marks.sliceStats);

/** Highlight changes made by Policy Lens (only it uses this world's Highlight). */
let highlightChanges = 0;
/** Ranges registered since the last first-visible check, with when. */
let registered: { range: AbstractRange; at: number }[] = [];
let checkQueued = false;

function checkFirstVisible(): void {
  checkQueued = false;
  const batch = registered;
  registered = [];
  if (marks.firstVisibleMarked()) return;
  const vh = window.innerHeight;
  for (const { range, at } of batch.slice(0, FIRST_VISIBLE_CHECKS)) {
    try {
      const live = document.createRange();
      live.setStart(range.startContainer, range.startOffset);
      live.setEnd(range.endContainer, range.endOffset);
      const rect = live.getBoundingClientRect();
      if (rect.bottom > 0 && rect.top < vh && (rect.width > 0 || rect.height > 0)) {
        marks.markFirstVisible(at);
        return;
      }
    } catch {
      // The node changed since: try the next one.
    }
  }
}

function watchHighlights(): void {
  const proto = Highlight.prototype as unknown as Record<'add' | 'delete' | 'clear', (...a: unknown[]) => unknown>;
  const add = proto.add;
  const del = proto.delete;
  const clear = proto.clear;
  proto.add = function (this: Highlight, range: unknown) {
    highlightChanges++;
    if (!marks.firstVisibleMarked()) {
      registered.push({ range: range as AbstractRange, at: env.now() });
      // Geometry is clean after the frame's rendering update.
      if (!checkQueued) {
        checkQueued = true;
        env.afterNextFrame(checkFirstVisible);
      }
    }
    return add.call(this, range);
  };
  proto.delete = function (this: Highlight, range: unknown) {
    highlightChanges++;
    return del.call(this, range);
  };
  proto.clear = function (this: Highlight) {
    highlightChanges++;
    return clear.call(this);
  };
}

function watchHitTests(HitIndex: typeof HitIndexClass): void {
  const at = HitIndex.prototype.at;
  HitIndex.prototype.at = function (this: HitIndexClass, x: number, y: number) {
    const t0 = env.now();
    try {
      return at.call(this, x, y);
    } finally {
      recorder.recordHitTest(env.now() - t0);
    }
  };
}

let painted: (() => void) | null = null;

function onEvent(e: PageEvent): void {
  if (e.type === 'slice') marks.recordSlice(e.ms);
  else if (e.type === 'scan-done') {
    const before = highlightChanges;
    const ready = new Promise<boolean>((ok) => {
      painted = () => ok(highlightChanges !== before);
      setTimeout(() => ok(highlightChanges !== before), PAINTED_WAIT_MS);
    });
    marks.markDone({ blocks: e.blocks, ranges: e.matches }, ready);
  } else if (e.type === 'painted') {
    painted?.();
    painted = null;
  }
}

// policy-lens:start: when the gate begins to read the page (what document_idle
// was to the content script before the gate). On a page it finds nothing in,
// done and painted are marked once it has read it through.
startGate({
  onPass: () => marks.markStart(),
  onClear: () => marks.markDone({ blocks: 0, ranges: 0 }),
  // As the product's entry does: the pipeline's modules are evaluated when the gate starts it.
  startPipeline: (start) =>
    Promise.all([import('../../src/content/wiring/frame'), import('../../src/content/pointer/hit-index')]).then(([frame, hits]) => {
      watchHighlights();
      watchHitTests(hits.HitIndex);
      recorder.listen(window);
      frame.startContentScript({ ...start, onAnnotator: (a) => a.model.on(onEvent) });
    }),
});
