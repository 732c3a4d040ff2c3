/**
 * Character trie for forms written without spaces (Chinese). Matching starts
 * at any character (no word boundaries in Han text) and skips quotation
 * marks and invisible characters inside a term, so 专精特新“小巨人”企业,
 * 专精特新「小巨人」企业 and 专精特新小巨人企业 all reach the same node.
 */
import { CLASS, IGNORABLE, QUOTE } from './char-class';
import { EdgeTable, NONE as NO_ID, type EdgeTableData } from './edge-table';

// Imported bindings are live: every use re-reads a module cell (or calls a
// getter, under CommonJS interop as in tsx), which the optimiser cannot fold
// away. Module-local consts it can, and these are read per character.
const CLASS_ = CLASS;
const IGNORABLE_ = IGNORABLE;
const QUOTE_ = QUOTE;

// The edge table's "no child" is also this trie's "no term" and "no match".
const NONE = NO_ID;

function isSkippable(c: number): boolean {
  const k = CLASS_[c];
  return k === QUOTE_ || k === IGNORABLE_;
}

/**
 * A finished trie as plain data (see loadMatcher in ../matcher.ts): its
 * flat tables as they are, so loading is a native copy per array.
 */
export interface HanTrieData {
  /** Every edge, keyed by code unit. */
  edges: EdgeTableData;
  terms: number[];
  /** Code units with stops[c] = 1. */
  stops: number[];
}

/** Built with a Map per node, then flattened (finish) into one edge table. */
export class HanTrie {
  /** Compile time only: empty in a trie loaded from data. */
  private readonly children: (Map<number, number> | undefined)[] = [undefined];
  private terms: number[] = [NONE];
  private edges = EdgeTable.build([]);
  /**
   * stops[c] = 1 when some form starts with code unit c: where the scanner
   * must stop and try this trie. Includes Latin letters of forms such as
   * "5G网络", so those are tried at Latin word starts too.
   */
  readonly stops = new Uint8Array(0x10000);
  /** Term of the last successful walk. */
  term = NONE;

  add(text: string, term: number): void {
    let node = 0;
    let first = true;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (isSkippable(c)) continue;
      if (first) this.stops[c] = 1;
      first = false;
      const map = (this.children[node] ??= new Map<number, number>());
      let next = map.get(c);
      if (next === undefined) {
        next = this.terms.length;
        this.terms.push(NONE);
        this.children.push(undefined);
        map.set(c, next);
      }
      node = next;
    }
    // First form listed wins when two terms share a spelling: deterministic.
    if (node !== 0 && this.terms[node] === NONE) this.terms[node] = term;
  }

  /** Builds the edge table; call once, after the last add(). */
  finish(): void {
    const edges: [number, number, number][] = [];
    this.children.forEach((map, node) => {
      for (const [c, child] of map ?? []) edges.push([node, c, child]);
    });
    this.edges = EdgeTable.build(edges);
  }

  /** The finished trie as data (call after finish()). */
  toData(): HanTrieData {
    const stops: number[] = [];
    this.stops.forEach((v, c) => v && stops.push(c));
    return { edges: this.edges.toData(), terms: [...this.terms], stops };
  }

  static fromData(d: HanTrieData): HanTrie {
    const t = new HanTrie();
    t.edges = EdgeTable.fromData(d.edges);
    t.terms = d.terms;
    for (const c of d.stops) t.stops[c] = 1;
    return t;
  }

  /**
   * Longest form starting exactly at `start`; returns its end (just past its
   * last character, so a closing quote is not included) or NONE.
   */
  walk(text: string, start: number, n: number): number {
    const { edges, terms } = this;
    let node = 0;
    let bestEnd = NONE;
    let p = start;
    while (p < n) {
      const c = text.charCodeAt(p);
      const next = edges.get(node, c);
      if (next === NONE) {
        if (node !== 0 && isSkippable(c)) {
          p++;
          continue;
        }
        break;
      }
      node = next;
      p++;
      const t = terms[node]!;
      if (t !== NONE) {
        bestEnd = p;
        this.term = t;
      }
    }
    return bestEnd;
  }
}
