// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { collectBlocks } from '../../../tests/helpers/blocks';
import { paragraphsOf } from '../../../tests/helpers/paragraphs';
import type { TermFinder, TermMatch } from '../../ui/types';
import { PageModel, type Owner } from './page-model';
import { Scanner } from './scanner';

// happy-dom has no StaticRange: the scanner only stores what it is given.
(globalThis as { StaticRange?: unknown }).StaticRange ??= class {
  constructor(init: StaticRangeInit) {
    Object.assign(this, init);
  }
};

/** Finds "giant" and counts the texts it was asked about. */
function giantFinder() {
  const asked: string[] = [];
  const finder: TermFinder = {
    find(text: string): TermMatch[] {
      asked.push(text);
      return [...text.matchAll(/\bgiant\b/g)].map((m) => ({ termId: 'giant', start: m.index, end: m.index + 5 }));
    },
  };
  return { finder, asked };
}

/** One paragraph per text, and what the scanner told the painter and the block places. */
function setup(texts: string[]) {
  paragraphsOf(texts);
  // happy-dom parses a selector slowly the first time (ms): not inside the head start's 6 ms.
  collectBlocks(document.body);
  const { finder, asked } = giantFinder();
  const shown: { owner: Owner; near: boolean }[] = [];
  const placed: Owner[] = [];
  let flushes = 0;
  let changes = 0;
  const model = new PageModel();
  // What the painter and the block places would be told.
  model.on((e) => {
    if (e.type === 'matched') {
      shown.push({ owner: e.owner, near: e.near });
      placed.push(e.owner);
    } else if (e.type === 'show') flushes++;
    else if (e.type === 'counts') changes++;
  });
  const scanner = new Scanner({ doc: document, finder, model });
  return { scanner, model, asked, shown, placed, flushes: () => flushes, changes: () => changes };
}

const p = (i: number): Element => document.querySelectorAll('p')[i] as Element;

describe('Scanner.prepare (matching before the settings arrive)', () => {
  it('matches the first text without telling the painter, the places or the counts', () => {
    const s = setup(['a little giant here', 'another giant']);
    s.scanner.prepare();
    expect(s.model.get(p(0))?.matches.map((m) => [m.start, m.end])).toEqual([[9, 14]]);
    expect(s.model.size).toBe(2);
    expect(s.shown).toEqual([]);
    expect(s.placed).toEqual([]);
    expect(s.flushes()).toBe(0);
    expect(s.changes()).toBe(0);
  });

  it('scanAll shows what prepare found at once and does not match unchanged blocks again', async () => {
    const s = setup(['a little giant here', 'no term', 'another giant']);
    s.scanner.prepare();
    const asked = s.asked.length;
    expect(asked).toBe(3);
    const done = s.scanner.scanAll();
    // Shown before scanAll's first await: no slice or frame in between.
    expect(s.shown).toEqual([
      { owner: p(0), near: true },
      { owner: p(2), near: true },
    ]);
    expect(s.placed).toEqual([p(0), p(2)]);
    expect(s.flushes()).toBe(1);
    // The counts are reported even when the full pass finds nothing new (the badge waits on this).
    expect(s.changes()).toBe(1);
    await done;
    expect(s.asked.length).toBe(asked);
    expect(s.changes()).toBe(1);
    expect(s.model.counts()).toEqual({ giant: 2 });
  });

  it('a block that changed between prepare and scanAll is matched again', async () => {
    const s = setup(['a little giant here', 'another giant']);
    s.scanner.prepare();
    (p(0).firstChild as Text).data = 'no longer';
    p(1).append(' and a giant again');
    await s.scanner.scanAll();
    expect(s.model.has(p(0))).toBe(false);
    expect(s.model.get(p(1))?.matches.length).toBe(2);
    expect(s.model.counts()).toEqual({ giant: 2 });
  });

  it('stop() forgets what prepare found (the site turned out to be off)', async () => {
    const s = setup(['a little giant here']);
    s.scanner.prepare();
    s.scanner.stop();
    expect(s.model.size).toBe(0);
    expect(s.model.counts()).toEqual({});
    // A later start matches from scratch and shows it.
    await s.scanner.scanAll();
    expect(s.shown.map((x) => x.owner)).toEqual([p(0)]);
  });
});

describe('Scanner.rescan', () => {
  it('re-scans every root queued in the same turn (as the observer queues one per changed block)', async () => {
    const s = setup(['a little giant here', 'nothing', 'nothing either']);
    await s.scanner.scanAll();
    expect(s.model.counts()).toEqual({ giant: 1 });
    (p(0).firstChild as Text).data = 'no longer';
    (p(1).firstChild as Text).data = 'one giant';
    (p(2).firstChild as Text).data = 'two giant giant';
    await Promise.all([s.scanner.rescan(p(0), true), s.scanner.rescan(p(1), true), s.scanner.rescan(p(2), true)]);
    expect(s.model.has(p(0))).toBe(false);
    expect(s.model.counts()).toEqual({ giant: 3 });
  });
});

describe('deferred node index (leaf blocks)', () => {
  it('lists a leaf block’s text nodes only when a range is asked for, and then finds the right ones', async () => {
    document.body.replaceChildren();
    const s = setup([]);
    // <p>one <em>little gi</em>ant and <a href="#">a giant</a>.</p>
    const para = document.createElement('p');
    const em = document.createElement('em');
    em.textContent = 'little gi';
    const link = document.createElement('a');
    link.href = '#';
    link.textContent = 'a giant';
    para.append('one ', em, 'ant and ', link, '.');
    document.body.replaceChildren(para);
    let walkers = 0;
    const create = document.createTreeWalker.bind(document);
    document.createTreeWalker = ((...args: Parameters<Document['createTreeWalker']>) => {
      walkers++;
      return create(...args);
    }) as Document['createTreeWalker'];
    try {
      // A re-scan, as the observer queues one (the head start of scanAll paints, so it asks at once).
      await s.scanner.rescan(p(0), true);
      const matches = s.model.get(p(0))?.matches ?? [];
      // "one little giant and a giant."
      expect(matches.map((m) => [m.start, m.end])).toEqual([
        [11, 16],
        [23, 28],
      ]);
      expect(walkers).toBe(0);
      const across = matches[0]?.range as StaticRange;
      expect(walkers).toBe(1);
      expect(across.startContainer).toBe(p(0).querySelector('em')?.firstChild);
      expect(across.endContainer).toBe(p(0).querySelector('em')?.nextSibling);
      expect([across.startOffset, across.endOffset]).toEqual([7, 3]);
      const inLink = matches[1]?.range as StaticRange;
      expect(inLink.startContainer).toBe(p(0).querySelector('a')?.firstChild);
      expect([inLink.startOffset, inLink.endOffset]).toEqual([2, 7]);
      // One listing for the block, and each range is made once.
      expect(matches[0]?.range).toBe(across);
      expect(walkers).toBe(1);
    } finally {
      document.createTreeWalker = create;
    }
  });

  it('a block edited before its nodes were listed gives an empty range, never one over other words', async () => {
    const s = setup(['a little giant here']);
    await s.scanner.rescan(p(0), true);
    const m = s.model.get(p(0))?.matches[0];
    expect(m).toBeDefined();
    // An edit the observer has not re-scanned yet.
    (p(0).firstChild as Text).data = 'giant';
    const r = m?.range as StaticRange;
    expect(r.startContainer).toBe(r.endContainer);
    expect(r.startOffset).toBe(r.endOffset);
    expect((r.startContainer as Text).isConnected).toBe(false);
  });
});

describe('Scanner.scanAll on a page scrolled down', () => {
  /** Paragraphs 0..n-1, each long enough that the head start stops after a few; the ones in `inView` report a rect inside the viewport. */
  function longPage(n: number, inView: Set<number>) {
    const s = setup(Array.from({ length: n }, (_, i) => `paragraph ${i} with a giant ${'x'.repeat(1500)}`));
    for (let i = 0; i < n; i++) {
      const top = inView.has(i) ? 100 : 5000;
      p(i).getBoundingClientRect = () => ({ top, bottom: top + 50, left: 0, right: 100, width: 100, height: 50, x: 0, y: top }) as DOMRect;
    }
    return s;
  }

  /** Undoes stubWindow after each test. */
  let restore: (() => void) | null = null;
  afterEach(() => {
    restore?.();
    restore = null;
  });

  /** window.scrollY as a counted getter, and requestAnimationFrame held until runFrame(). */
  function stubWindow(scrollY: number) {
    let reads = 0;
    const frames: FrameRequestCallback[] = [];
    const raf = window.requestAnimationFrame;
    Object.defineProperty(window, 'scrollY', {
      configurable: true,
      get: () => {
        reads++;
        return scrollY;
      },
    });
    window.requestAnimationFrame = (cb: FrameRequestCallback) => frames.push(cb);
    restore = () => {
      window.requestAnimationFrame = raf;
      delete (window as { scrollY?: number }).scrollY;
    };
    return {
      reads: () => reads,
      runFrame: () => frames.splice(0).forEach((cb) => cb(0)),
    };
  }

  it('does not read scrollY before the next frame (it would force the page’s pending layout into our task)', async () => {
    const w = stubWindow(0);
    const s = longPage(12, new Set());
    const done = s.scanner.scanAll();
    expect(w.reads()).toBe(0);
    expect(s.shown.length).toBeGreaterThan(0);
    w.runFrame();
    expect(w.reads()).toBe(1);
    await done;
    expect(s.model.counts()).toEqual({ giant: 12 });
  });

  it('matches the blocks in view first once the frame finds the page scrolled', async () => {
    const w = stubWindow(4000);
    const s = longPage(30, new Set([20, 21]));
    const done = s.scanner.scanAll();
    const headStart = s.asked.length;
    // The head start assumed the top and stopped well before paragraph 20.
    expect(headStart).toBeGreaterThan(0);
    expect(headStart).toBeLessThan(20);
    w.runFrame();
    await done;
    const order = s.asked.slice(headStart).map((t) => Number(/paragraph (\d+)/.exec(t)?.[1]));
    // Right after the head start's blocks: the two in view, then the rest in document order.
    expect(order.slice(0, 2)).toEqual([20, 21]);
    expect(order.slice(2)).toEqual(Array.from({ length: 30 - headStart }, (_, i) => headStart + i).filter((i) => i !== 20 && i !== 21));
    expect(s.model.counts()).toEqual({ giant: 30 });
  });

  it('keeps document order on a page at the top', async () => {
    const w = stubWindow(0);
    const s = longPage(30, new Set([20, 21]));
    const done = s.scanner.scanAll();
    w.runFrame();
    await done;
    expect(s.asked.map((t) => Number(/paragraph (\d+)/.exec(t)?.[1]))).toEqual(Array.from({ length: 30 }, (_, i) => i));
  });
});
