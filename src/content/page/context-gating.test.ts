// @vitest-environment happy-dom
/**
 * The scanner with the page's China context: generic terms are held back
 * until the page shows it is about China, then all shown at once.
 */
import { describe, expect, it } from 'vitest';
import { surfaceForms } from '../../../glossary/core';
import { collectBlocks } from '../../../tests/helpers/blocks';
import { paragraphsOf } from '../../../tests/helpers/paragraphs';
import { compileMatcher } from '../../core/matcher';
import { PageContext, readPageSignals } from './page-context';
import { PageModel, type BlockState, type Owner } from './page-model';
import { Scanner } from './scanner';

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
  const model = new PageModel();
  model.on((e) => {
    if (e.type === 'matched') {
      shown.push(e.owner);
      changes.push([e.before, e.after]);
    } else if (e.type === 'dropped') changes.push([e.before, undefined]);
  });
  const scanner = new Scanner({ doc: document, finder, model, context });
  return { scanner, model, context, shown, changes };
}

const p = (i: number): Element => document.querySelectorAll('p')[i] as Element;

describe('holding generic terms until the page is about China', () => {
  it('an article not about China: generic terms are counted apart and never shown', async () => {
    const s = setup(['SMEs in Leeds face rising costs.', 'Many are trying AI tools for their supply chain.', 'The Little Giant ladder is a favourite.']);
    await s.scanner.scanAll();
    expect(s.context.verdict).toEqual({ aboutChina: false, reason: null });
    expect(s.model.counts()).toEqual({});
    expect(s.model.heldCounts()).toEqual({ smes: 1, 'artificial-intelligence': 1, 'industrial-and-supply-chains': 1, 'little-giant-firms': 1 });
    expect(s.shown).toEqual([]);
    expect(s.changes).toEqual([]);
    expect(s.model.hasMatches).toBe(false);
  });

  it('a specific term later in the text releases the generic ones before it', async () => {
    const s = setup(['AI tools for SMEs.', 'Nothing here.', 'Investors eye the low-altitude economy and AI.']);
    await s.scanner.scanAll();
    expect(s.context.verdict).toEqual({ aboutChina: true, reason: 'specific-term' });
    expect(s.model.heldCounts()).toEqual({});
    expect(s.model.counts()).toEqual({ 'artificial-intelligence': 2, smes: 1, 'low-altitude-economy': 1 });
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
    expect(once.model.counts()).toEqual({});
    expect(once.model.heldCounts()).toEqual({ 'industrial-and-supply-chains': 2 });

    const twice = setup(['Factories in China turn to AI.', 'Beijing wants SMEs to follow.']);
    await twice.scanner.scanAll();
    expect(twice.context.verdict.reason).toBe('text');
    expect(twice.model.counts()).toEqual({ 'artificial-intelligence': 1, smes: 1 });
  });

  it('a title about China marks generic terms from the first block on', async () => {
    const s = setup(['AI tools for SMEs.'], "China's factories bet on AI");
    expect(s.context.verdict).toEqual({ aboutChina: true, reason: 'title' });
    await s.scanner.scanAll();
    expect(s.model.counts()).toEqual({ 'artificial-intelligence': 1, smes: 1 });
    expect(s.model.heldCounts()).toEqual({});
  });

  it('"mark them anyway" releases what was held', async () => {
    const s = setup(['The Little Giant ladder and AI.']);
    await s.scanner.scanAll();
    expect(s.model.counts()).toEqual({});
    expect(s.context.force()).toBe(true);
    s.scanner.releaseHeld();
    expect(s.model.counts()).toEqual({ 'little-giant-firms': 1, 'artificial-intelligence': 1 });
    expect(s.shown).toEqual([p(0)]);
  });

  it('the quiet head start tips the context without telling anyone; scanAll then shows it all', async () => {
    const s = setup(['AI for SMEs.', 'The new industrialization drive.']);
    s.scanner.prepare();
    expect(s.context.aboutChina).toBe(true);
    expect(s.shown).toEqual([]);
    expect(s.changes).toEqual([]);
    await s.scanner.scanAll();
    expect(s.model.counts()).toEqual({ 'artificial-intelligence': 1, smes: 1, 'new-industrialization': 1 });
    expect(s.shown).toEqual([p(0), p(1)]);
  });
});
