/**
 * A trie's edges, (node, key) → child, as one open-addressing hash table in
 * typed arrays: the scan follows an edge with a probe or two, and a page
 * loads the table with a native copy per array instead of rebuilding Maps.
 * Keys are word ids (phrase-trie.ts) or UTF-16 code units (han-trie.ts).
 */

export const NONE = -1;

/** The table as plain data (see loadMatcher in ../matcher.ts). */
export interface EdgeTableData {
  node: number[];
  key: number[];
  child: number[];
}

function slotOf(node: number, key: number, mask: number): number {
  const h = Math.imul(node ^ Math.imul(key, 0x85ebca6b), 0x9e3779b1);
  return (h ^ (h >>> 16)) & mask;
}

export class EdgeTable {
  private constructor(
    private readonly node: Int32Array,
    private readonly key: Int32Array,
    private readonly kid: Int32Array,
  ) {}

  /** A table holding edges, given as (node, key, child) triples; at most half full. */
  static build(edges: readonly (readonly [number, number, number])[]): EdgeTable {
    let size = 16;
    while (size < edges.length * 2) size *= 2;
    const t = new EdgeTable(new Int32Array(size), new Int32Array(size), new Int32Array(size).fill(NONE));
    const mask = size - 1;
    for (const [node, key, child] of edges) {
      let s = slotOf(node, key, mask);
      while (t.kid[s] !== NONE) s = (s + 1) & mask;
      t.node[s] = node;
      t.key[s] = key;
      t.kid[s] = child;
    }
    return t;
  }

  static fromData(d: EdgeTableData): EdgeTable {
    return new EdgeTable(new Int32Array(d.node), new Int32Array(d.key), new Int32Array(d.child));
  }

  toData(): EdgeTableData {
    return { node: [...this.node], key: [...this.key], child: [...this.kid] };
  }

  /** Child of node along key, or NONE. */
  get(node: number, key: number): number {
    const { node: nodes, key: keys, kid } = this;
    // The length is a power of two.
    const mask = kid.length - 1;
    let s = slotOf(node, key, mask);
    for (;;) {
      const c = kid[s]!;
      if (c === NONE || (nodes[s] === node && keys[s] === key)) return c;
      s = (s + 1) & mask;
    }
  }
}
