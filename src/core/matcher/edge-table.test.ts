import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EdgeTable, NONE } from './edge-table';

describe('EdgeTable', () => {
  it('finds every edge it was built with, and no other, also after a round trip through JSON', () => {
    const pair = fc.tuple(fc.integer({ min: 0, max: 500 }), fc.integer({ min: 0, max: 0xffff }));
    fc.assert(
      fc.property(fc.uniqueArray(pair, { selector: ([n, k]) => `${n}:${k}`, maxLength: 300 }), fc.array(pair, { maxLength: 50 }), (pairs, probes) => {
        const want = new Map(pairs.map(([n, k], i) => [`${n}:${k}`, i + 1]));
        const built = EdgeTable.build(pairs.map(([n, k], i) => [n, k, i + 1] as const));
        const loaded = EdgeTable.fromData(JSON.parse(JSON.stringify(built.toData())));
        for (const t of [built, loaded]) {
          for (const [n, k] of [...pairs, ...probes]) expect(t.get(n, k)).toBe(want.get(`${n}:${k}`) ?? NONE);
        }
      }),
    );
  });

  it('keeps its table at most half full, in a power-of-two size', () => {
    const edges = Array.from({ length: 100 }, (_, i) => [i, i * 7, i + 1] as const);
    const size = EdgeTable.build(edges).toData().child.length;
    expect(size).toBe(256);
    expect(EdgeTable.build([]).get(0, 0)).toBe(NONE);
  });
});
