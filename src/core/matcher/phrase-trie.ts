/**
 * Trie over word ids (see word-table.ts): one path per token sequence of a
 * Latin form, outputs at the nodes where a form ends. Built with Maps, then
 * flattened into typed arrays so that following an edge at scan time is an
 * array read (from the root) or one open-addressing probe (elsewhere).
 */
import { EdgeTable, type EdgeTableData } from './edge-table';
import type { FormToken } from './latin-forms';
import { NONE as NO_ID, WordTable, type WordTableData } from './word-table';

// Imported bindings are re-read at every use (see latin-index.ts); the edge
// probe runs for every word of every phrase walk.
const NONE = NO_ID;

export interface Output {
  term: number;
  /** Raw spelling per token for case-sensitive forms; null means case-insensitive. */
  raw: readonly string[] | null;
}

/**
 * A finished trie as plain data (see loadMatcher in ../matcher.ts): the
 * flat tables the scan reads, as they are. Loading them is a native copy
 * per array: no Maps, no hashing (rebuilding from edge lists was a sizeable
 * part of a fresh page's start task).
 */
export interface PhraseTrieData {
  words: WordTableData;
  rootChild: number[];
  /** Edges below the root, keyed by word id. */
  edges: EdgeTableData;
  hasKids: number[];
  outputs: (Output[] | null)[];
  maxTokens: number;
}

export class PhraseTrie {
  words = new WordTable();
  /** Compile-time edges, node → (word id → child); node 0 is the root. Empty in a trie loaded from data. */
  private readonly edges: Map<number, number>[] = [new Map()];
  /** Forms ending at each node, in the order they were added (first wins). */
  outputs: (Output[] | null)[] = [null];
  /** Most tokens in any form: bounds how far a walk can go. */
  maxTokens = 1;

  /** Children of the root by word id: the first word of every phrase. */
  rootChild = new Int32Array(0);
  /** Every other edge, keyed by word id. */
  private below = EdgeTable.build([]);
  /** hasKids[node] = 1 when some longer phrase continues from node. */
  hasKids = new Uint8Array(0);

  add(tokens: readonly FormToken[], term: number, caseSensitive: boolean): void {
    let node = 0;
    for (const t of tokens) {
      const id = this.words.idOf(t.norm);
      const map = this.edges[node]!;
      let next = map.get(id);
      if (next === undefined) {
        next = this.edges.length;
        this.edges.push(new Map());
        this.outputs.push(null);
        map.set(id, next);
      }
      node = next;
    }
    this.maxTokens = Math.max(this.maxTokens, tokens.length);
    const raw = caseSensitive ? tokens.map((t) => t.raw) : null;
    const list = (this.outputs[node] ??= []);
    const key = raw?.join('\u0000');
    if (list.some((o) => o.term === term && o.raw?.join('\u0000') === key)) return;
    list.push({ term, raw });
  }

  /** The finished trie as data (call after finish()). */
  toData(): PhraseTrieData {
    return {
      words: this.words.toData(),
      rootChild: [...this.rootChild],
      edges: this.below.toData(),
      hasKids: [...this.hasKids],
      outputs: this.outputs,
      maxTokens: this.maxTokens,
    };
  }

  /** The trie toData() described, ready to scan with. */
  static fromData(d: PhraseTrieData): PhraseTrie {
    const t = new PhraseTrie();
    t.words = WordTable.fromData(d.words);
    t.rootChild = new Int32Array(d.rootChild);
    t.below = EdgeTable.fromData(d.edges);
    t.hasKids = new Uint8Array(d.hasKids);
    t.outputs = d.outputs;
    t.maxTokens = d.maxTokens;
    return t;
  }

  /** Every edge as (parent node, word text, child node); for building filters at compile time. */
  *edgeList(): Generator<[number, string, number]> {
    const words = this.words.words();
    for (let node = 0; node < this.edges.length; node++) {
      for (const [id, child] of this.edges[node]!) yield [node, words[id]!, child];
    }
  }

  finish(): void {
    this.words.finish();
    this.rootChild = new Int32Array(this.words.size).fill(NONE);
    for (const [id, child] of this.edges[0]!) this.rootChild[id] = child;
    this.hasKids = new Uint8Array(this.edges.length);
    const below: [number, number, number][] = [];
    this.edges.forEach((map, node) => {
      if (map.size > 0) this.hasKids[node] = 1;
      if (node !== 0) for (const [word, child] of map) below.push([node, word, child]);
    });
    this.below = EdgeTable.build(below);
  }

  /** Child of node along word id, or NONE. */
  child(node: number, id: number): number {
    if (id === NONE) return NONE;
    if (node === 0) return this.rootChild[id]!;
    return this.below.get(node, id);
  }
}
