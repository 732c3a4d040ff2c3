// @vitest-environment happy-dom
import { beforeAll, describe, expect, it } from 'vitest';
import type { BlockPlaces } from './block-places';
import type { Owner } from '../page/page-model';
import type { Painter as PainterT } from './painter';
import { KEEP_SCREENS, MARGIN_SCREENS, ViewportBand } from './viewport-band';
import { paragraphs } from '../../../tests/helpers/paragraphs';

// happy-dom has no Custom Highlight API: a Highlight is a set of ranges.
class FakeHighlight extends Set<AbstractRange> {
  priority = 0;
}
let Painter: typeof PainterT;
beforeAll(async () => {
  (globalThis as unknown as { Highlight: unknown }).Highlight = FakeHighlight;
  ({ Painter } = await import('./painter'));
});

/** A range object standing for one occurrence (only its identity matters here; happy-dom has no StaticRange). */
function rangeIn(el: Element): StaticRange {
  const r = document.createRange();
  r.selectNodeContents(el);
  return r as unknown as StaticRange;
}

/** A painter over the blocks, each with one range; `registered()` lists the blocks whose range is in a highlight. */
function painterFor(els: Element[]) {
  const ranges = new Map(els.map((e) => [e as Owner, [rangeIn(e)]]));
  const painter = new Painter({ isDark: () => false, rangesOf: (o) => ranges.get(o) ?? null });
  const hl = (painter as unknown as { light: Set<AbstractRange> }).light;
  const registered = (): Element[] => els.filter((e) => hl.has((ranges.get(e) as StaticRange[])[0] as StaticRange));
  return { painter, registered };
}

describe('Painter.update', () => {
  it('registers the near blocks, unregisters placed far ones, and leaves unplaced ones as they are', () => {
    const els = paragraphs(4);
    const [a, b, c, d] = els as [Element, Element, Element, Element];
    const { painter, registered } = painterFor(els);
    // The scanner knows a is in view before anything is placed (head start).
    painter.setBlock(a, true);
    painter.setBlock(b);
    painter.flush(false);
    expect(registered()).toEqual([a]);
    painter.update(new Set([b, c]), (o) => o !== a);
    expect(registered()).toEqual([a, b, c]);
    painter.update(new Set([c, d]), () => true);
    expect(registered()).toEqual([c, d]);
    expect(painter.isShown(b)).toBe(false);
    painter.clearBlock(c);
    expect(registered()).toEqual([d]);
  });

  it('replaces a shown block’s ranges when it is scanned again', () => {
    const els = paragraphs(1);
    const el = els[0] as Element;
    let current = [rangeIn(el)];
    const painter = new Painter({ isDark: () => false, rangesOf: () => current });
    const hl = (painter as unknown as { light: Set<AbstractRange> }).light;
    painter.update(new Set([el]), () => true);
    const first = current[0] as StaticRange;
    expect(hl.has(first)).toBe(true);
    current = [rangeIn(el)];
    painter.setBlock(el);
    painter.flush();
    expect(hl.has(first)).toBe(false);
    expect(hl.has(current[0] as StaticRange)).toBe(true);
  });
});

describe('ViewportBand', () => {
  /** A window scrolled by hand; the updates it was asked for run when flush() is called. */
  function fakeWindow(innerHeight: number) {
    const tasks: (() => void)[] = [];
    return {
      innerHeight,
      scrollY: 0,
      addEventListener() {},
      removeEventListener() {},
      later: (cb: () => void) => void tasks.push(cb),
      pending: () => tasks.length,
      flush() {
        for (const f of tasks.splice(0)) f();
      },
    };
  }

  it('moves the painted band only when the viewport nears its edge', () => {
    const win = fakeWindow(1000);
    const asked: [number, number][] = [];
    const places = { near: (t: number, b: number) => (asked.push([t, b]), new Set<Owner>()), has: () => true } as unknown as BlockPlaces;
    const updates: number[] = [];
    const painter = { update: () => (updates.push(win.scrollY), []) } as unknown as PainterT;
    const doc = { defaultView: win, documentElement: document.documentElement } as unknown as Document;
    const near = new ViewportBand(doc, places, painter, () => {}, MARGIN_SCREENS, win.later);
    near.update();
    expect(asked).toEqual([[-MARGIN_SCREENS * 1000, 1000 + MARGIN_SCREENS * 1000]]);
    // Scrolling within the band: no change at all.
    const within = (MARGIN_SCREENS - KEEP_SCREENS) * 1000;
    for (const y of [100, within / 2, within]) {
      win.scrollY = y;
      near.schedule();
      win.flush();
    }
    expect(updates).toEqual([0]);
    // One pixel further: the band moves, centred on the viewport.
    win.scrollY = within + 1;
    near.schedule();
    win.flush();
    expect(updates).toEqual([0, within + 1]);
    expect(asked.at(-1)).toEqual([within + 1 - MARGIN_SCREENS * 1000, within + 1 + 1000 + MARGIN_SCREENS * 1000]);
    // Newly placed blocks are checked against the band even without scrolling.
    near.placed();
    win.flush();
    expect(updates).toHaveLength(3);
    // Many asks before the task runs: one update.
    near.placed();
    near.schedule();
    near.placed();
    expect(win.pending()).toBe(1);
    win.flush();
    expect(updates).toHaveLength(4);
    // Stopped with an update pending: it does nothing.
    near.placed();
    near.stop();
    win.flush();
    expect(updates).toHaveLength(4);
  });
});
