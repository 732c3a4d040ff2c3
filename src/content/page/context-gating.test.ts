// @vitest-environment happy-dom
/**
 * The scanner with the page's China context: generic terms are held back
 * until the page shows it is about China, then all shown at once.
 */
import { describe, expect, it } from 'vitest';
import { surfaceForms } from '../../glossary/core';
import { compileMatcher } from '../core/matcher';
import { FirstOccurrences } from './first-marks';
import { PageContext, readPageSignals } from './page-context';
import type { Owner, Painter } from './painter';
import { Scanner, type BlockState } from './scanner';
import { paragraphsOf } from './test-paragraphs';
import { collectBlocks } from './text-blocks';

(globalThis as { StaticRange?: unknown }).StaticRange ??= class {
  constructor(init: StaticRangeInit) {
    Object.assign(this, init);
  }
};

const finder = compileMatcher(surfaceForms());

function setup(texts: string[], title = 'A page') {
  document.title = title;
  paragraphsOf(texts);
  collectBlocks(document.body);
  const context = new PageContext(readPageSignals(document));
  const shown: Owner[] = [];
  const changes: [BlockState | undefined, BlockState | undefined][] = [];
  const painter = {
    setBlock: (owner: Owner) => shown.push(owner),
    clearBlock: () => {},
    flush: () => {},
    hasPending: false,
  } as unknown as Painter;
  const scanner = new Scanner({
    doc: document,
    finder,
    painter,
    skipTag: 'policy-lens-ui',
    onChange: () => {},
    onMatches: (before, after) => changes.push([before, after]),
    context,
  });
  return { scanner, context, shown, changes };
}

const p = (i: number): Element => document.querySelectorAll('p')[i] as Element;

describe('holding generic terms until the page is about China', () => {
  it('an article not about China: generic terms are counted apart and never shown', async () => {
    const s = setup(['SMEs in Leeds face rising costs.', 'Many are trying AI tools for their supply chain.', 'The Little Giant ladder is a favourite.']);
    await s.scanner.scanAll();
    expect(s.context.verdict).toEqual({ aboutChina: false, reason: null });
    expect(s.scanner.counts()).toEqual({});
    expect(s.scanner.heldCounts()).toEqual({ smes: 1, 'artificial-intelligence': 1, 'industrial-and-supply-chains': 1, 'little-giant-firms': 1 });
    expect(s.shown).toEqual([]);
    expect(s.changes).toEqual([]);
    expect(s.scanner.hasMatches).toBe(false);
  });

  it('a specific term later in the text releases the generic ones before it', async () => {
    const s = setup(['AI tools for SMEs.', 'Nothing here.', 'Investors eye the low-altitude economy and AI.']);
    await s.scanner.scanAll();
    expect(s.context.verdict).toEqual({ aboutChina: true, reason: 'specific-term' });
    expect(s.scanner.heldCounts()).toEqual({});
    expect(s.scanner.counts()).toEqual({ 'artificial-intelligence': 2, smes: 1, 'low-altitude-economy': 1 });
    expect(s.shown).toContain(p(0));
    expect(s.shown).toContain(p(2));
    // The released block was announced as a new state with its matches in text order.
    const released = s.changes.find(([, after]) => after?.owner === p(0))?.[1];
    expect(released?.matches.map((m) => m.termId)).toEqual(['artificial-intelligence', 'smes']);
    expect(released?.held).toEqual([]);
  });

  it('China named twice releases them; once does not', async () => {
    const once = setup(['Apple uses renewable power across its supply chain, including in China.', 'Its supply chain emissions fell.']);
    await once.scanner.scanAll();
    expect(once.scanner.counts()).toEqual({});
    expect(once.scanner.heldCounts()).toEqual({ 'industrial-and-supply-chains': 2 });

    const twice = setup(['Factories in China turn to AI.', 'Beijing wants SMEs to follow.']);
    await twice.scanner.scanAll();
    expect(twice.context.verdict.reason).toBe('text');
    expect(twice.scanner.counts()).toEqual({ 'artificial-intelligence': 1, smes: 1 });
  });

  it('a title about China marks generic terms from the first block on', async () => {
    const s = setup(['AI tools for SMEs.'], "China's factories bet on AI");
    expect(s.context.verdict).toEqual({ aboutChina: true, reason: 'title' });
    await s.scanner.scanAll();
    expect(s.scanner.counts()).toEqual({ 'artificial-intelligence': 1, smes: 1 });
    expect(s.scanner.heldCounts()).toEqual({});
  });

  it('"mark them anyway" releases what was held', async () => {
    const s = setup(['The Little Giant ladder and AI.']);
    await s.scanner.scanAll();
    expect(s.scanner.counts()).toEqual({});
    expect(s.context.force()).toBe(true);
    s.scanner.releaseHeld();
    expect(s.scanner.counts()).toEqual({ 'little-giant-firms': 1, 'artificial-intelligence': 1 });
    expect(s.shown).toEqual([p(0)]);
  });

  it('the quiet head start tips the context without telling anyone; scanAll then shows it all', async () => {
    const s = setup(['AI for SMEs.', 'The new industrialization drive.']);
    s.scanner.prepare();
    expect(s.context.aboutChina).toBe(true);
    expect(s.shown).toEqual([]);
    expect(s.changes).toEqual([]);
    await s.scanner.scanAll();
    expect(s.scanner.counts()).toEqual({ 'artificial-intelligence': 1, smes: 1, 'new-industrialization': 1 });
    expect(s.shown).toEqual([p(0), p(1)]);
  });
});

describe('FirstOccurrences', () => {
  it('knows each term\'s first in document order, whatever order the blocks were scanned in', async () => {
    const s = setup(['The low-altitude economy grows.', 'More on the low-altitude economy and new industrialization.', 'new industrialization again']);
    await s.scanner.scanAll();
    const firsts = new FirstOccurrences(() => s.scanner.states.values());
    // Fed last block first, as a scan that starts from the viewport would.
    const states = [p(2), p(1), p(0)].map((o) => s.scanner.states.get(o)!);
    for (const st of states) firsts.update(undefined, st);
    const first = (o: Element): string[] => s.scanner.states.get(o)!.matches.filter((m) => firsts.isFirst(m)).map((m) => m.termId);
    expect(first(p(0))).toEqual(['low-altitude-economy']);
    expect(first(p(1))).toEqual(['new-industrialization']);
    expect(first(p(2))).toEqual([]);
  });

  it('finds the next first when the block holding one goes, and names the blocks to repaint', async () => {
    const s = setup(['The low-altitude economy grows.', 'Again the low-altitude economy.']);
    await s.scanner.scanAll();
    const firsts = new FirstOccurrences(() => s.scanner.states.values());
    expect(firsts.rebuild()).toEqual(new Set([p(0)]));
    const gone = s.scanner.states.get(p(0))!;
    s.scanner.states.delete(p(0));
    expect(firsts.update(gone, undefined)).toEqual(new Set([p(0), p(1)]));
    expect(firsts.isFirst(s.scanner.states.get(p(1))!.matches[0]!)).toBe(true);
  });
});
