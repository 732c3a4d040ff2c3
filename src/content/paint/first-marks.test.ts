// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { surfaceForms } from '../../../glossary/core';
import { paragraphsOf } from '../../../tests/helpers/paragraphs';
import { compileMatcher } from '../../core/matcher';
import { PageModel } from '../page/page-model';
import { Scanner } from '../page/scanner';
import { FirstOccurrences } from './first-marks';

(globalThis as { StaticRange?: unknown }).StaticRange ??= class {
  constructor(init: StaticRangeInit) {
    Object.assign(this, init);
  }
};

const finder = compileMatcher(surfaceForms());

/** The paragraphs scanned into a page model (every term shows: no context gate). */
async function scanned(texts: string[]): Promise<{ model: PageModel }> {
  paragraphsOf(texts);
  const model = new PageModel();
  await new Scanner({ doc: document, finder, model }).scanAll();
  return { model };
}

const p = (i: number): Element => document.querySelectorAll('p')[i] as Element;

describe('FirstOccurrences', () => {
  it('knows each term\'s first in document order, whatever order the blocks were scanned in', async () => {
    const s = await scanned(['The low-altitude economy grows.', 'More on the low-altitude economy and new industrialization.', 'new industrialization again']);
    const firsts = new FirstOccurrences(() => s.model.states());
    // Fed last block first, as a scan that starts from the viewport would.
    const states = [p(2), p(1), p(0)].map((o) => s.model.get(o)!);
    for (const st of states) firsts.update(undefined, st);
    const first = (o: Element): string[] => s.model.get(o)!.matches.filter((m) => firsts.isFirst(m)).map((m) => m.termId);
    expect(first(p(0))).toEqual(['low-altitude-economy']);
    expect(first(p(1))).toEqual(['new-industrialization']);
    expect(first(p(2))).toEqual([]);
  });

  it('finds the next first when the block holding one goes, and names the blocks to repaint', async () => {
    const s = await scanned(['The low-altitude economy grows.', 'Again the low-altitude economy.']);
    const firsts = new FirstOccurrences(() => s.model.states());
    expect(firsts.rebuild()).toEqual(new Set([p(0)]));
    const gone = s.model.get(p(0))!;
    s.model.delete(p(0));
    expect(firsts.update(gone, undefined)).toEqual(new Set([p(0), p(1)]));
    expect(firsts.isFirst(s.model.get(p(1))!.matches[0]!)).toBe(true);
  });
});
