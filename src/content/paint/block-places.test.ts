// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { BlockPlaces, MAX_ROWS_PER_BLOCK, PLACE_ROW } from './block-places';
import { paragraphs } from '../../../tests/helpers/paragraphs';

/** Blocks with fake client rects (happy-dom has no layout); the window is not scrolled. */
function setup(rects: Map<Element, { top: number; height: number; left?: number; width?: number }>) {
  let placedCalls = 0;
  const places = new BlockPlaces(document, {
    owners: () => rects.keys(),
    onPlaced: () => placedCalls++,
    measure: (owner) => {
      const r = rects.get(owner as Element) ?? { top: 0, height: 0, width: 0 };
      return new DOMRect(r.left ?? 0, r.top, r.width ?? 500, r.height);
    },
  });
  places.start();
  return { places, calls: () => placedCalls };
}

describe('BlockPlaces', () => {
  it('places blocks by their rects and answers what is near a band and what spans a row', async () => {
    const els = paragraphs(4);
    const rects = new Map(els.map((e, i) => [e, { top: i * 1000, height: 100 }]));
    const { places, calls } = setup(rects);
    els.forEach((e) => places.add(e));
    await places.settled();
    expect(calls()).toBeGreaterThan(0);
    expect(els.every((e) => places.has(e))).toBe(true);
    expect([...places.near(950, 2050)]).toEqual([els[1], els[2]]);
    expect([...places.near(150, 900)]).toEqual([]);
    expect(places.across(2050).map((p) => p.owner)).toEqual([els[2]]);
    expect(places.across(1150)).toEqual([]);
  });

  it('a block taller than a row is found from every row it spans', async () => {
    const [el] = paragraphs(1) as [Element];
    const { places } = setup(new Map([[el, { top: 100, height: 3 * PLACE_ROW }]]));
    places.add(el);
    await places.settled();
    for (const y of [150, 100 + PLACE_ROW, 90 + 3 * PLACE_ROW]) expect(places.across(y).map((p) => p.owner), `y=${y}`).toEqual([el]);
    expect(places.across(110 + 3 * PLACE_ROW)).toEqual([]);
  });

  it('measures every block again after invalidate(), and forgets removed ones', async () => {
    const els = paragraphs(3);
    const rects = new Map(els.map((e, i) => [e, { top: i * 1000, height: 100 }]));
    const { places } = setup(rects);
    els.forEach((e) => places.add(e));
    await places.settled();
    const epoch = places.layoutEpoch;
    // The page's layout moved everything down by 5,000 px.
    for (const r of rects.values()) r.top += 5000;
    places.invalidate();
    expect(places.layoutEpoch).toBeGreaterThan(epoch);
    await places.settled();
    expect([...places.near(0, 4000)]).toEqual([]);
    expect([...places.near(5000, 7100)]).toEqual(els);
    places.remove(els[1] as Element);
    expect(places.has(els[1] as Element)).toBe(false);
    expect([...places.near(5000, 7100)]).toEqual([els[0], els[2]]);
  });

  it('knows a block without a box is nowhere (never near), and does not place one no longer in the document', async () => {
    const els = paragraphs(2);
    const rects = new Map<Element, { top: number; height: number; width?: number }>(els.map((e) => [e, { top: 0, height: 0, width: 0 }]));
    rects.set(els[1] as Element, { top: 10, height: 10 });
    (els[1] as Element).remove();
    const { places } = setup(rects);
    els.forEach((e) => places.add(e));
    await places.settled();
    // Measured: the painter may hide it (it would keep a block it knows nothing about as it is).
    expect(places.has(els[0] as Element)).toBe(true);
    expect([...places.near(-1e6, 1e6)]).toEqual([]);
    expect(places.across(0)).toEqual([]);
    expect(places.has(els[1] as Element)).toBe(false);
  });

  it('a block a billion pixels tall is kept in one list, not a bucket per row; non-finite rects have no box', async () => {
    const els = paragraphs(4);
    const rects = new Map<Element, { top: number; height: number; width?: number }>([
      [els[0] as Element, { top: 100, height: 1e9 }],
      [els[1] as Element, { top: Number.NaN, height: 100 }],
      [els[2] as Element, { top: 0, height: Number.POSITIVE_INFINITY }],
      [els[3] as Element, { top: -1e12, height: 2e12 }],
    ]);
    const { places } = setup(rects);
    els.forEach((e) => places.add(e));
    await places.settled();
    // Bucketed row by row, the first block alone would fill about 2 million rows (1.2 s and 445 MB before).
    const buckets = (places as unknown as { rows: Map<number, unknown> }).rows.size;
    expect(buckets).toBeLessThanOrEqual(MAX_ROWS_PER_BLOCK);
    expect(places.across(5e8).map((p) => p.owner)).toEqual([els[0], els[3]]);
    expect([...places.near(4e8, 4e8 + 1000)]).toEqual([els[0], els[3]]);
    expect(els.every((e) => places.has(e))).toBe(true);
  });
});
