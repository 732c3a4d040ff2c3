/**
 * Character trie for forms written without spaces (Chinese). Matching starts
 * at any character (no word boundaries in Han text) and skips quotation
 * marks and invisible characters inside a term, so 专精特新“小巨人”企业,
 * 专精特新「小巨人」企业 and 专精特新小巨人企业 all reach the same node.
 */
import { CLASS, HAN, IGNORABLE, QUOTE } from './char-class';

// V8 re-reads imported bindings (with a TDZ check) at every use, even in
// optimised code; module-local consts are folded. The scan loops read these
// per character, so they are aliased here.
const CLASS_ = CLASS;
const HAN_ = HAN;
const IGNORABLE_ = IGNORABLE;
const QUOTE_ = QUOTE;

const NONE = -1;

function isSkippable(c: number): boolean {
  const k = CLASS_[c];
  return k === QUOTE_ || k === IGNORABLE_;
}

export class HanTrie {
  private readonly children: (Map<number, number> | undefined)[] = [undefined];
  private readonly terms: number[] = [NONE];
  /**
   * True when some form starts with a non-Han character ("5G网络"), which the
   * caller then has to try at Latin word starts too.
   */
  hasLatinStarts = false;
  /** Term of the last successful walk. */
  term = NONE;

  add(text: string, term: number): void {
    let node = 0;
    let first = true;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (isSkippable(c)) continue;
      if (first && CLASS_[c] !== HAN_) this.hasLatinStarts = true;
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

  startsWith(c: number): boolean {
    return this.children[0]?.has(c) ?? false;
  }

  /**
   * Longest form starting exactly at `start`; returns its end (just past its
   * last character, so a closing quote is not included) or NONE.
   */
  walk(text: string, start: number, n: number): number {
    const { children, terms } = this;
    let node = 0;
    let bestEnd = NONE;
    let p = start;
    while (p < n) {
      const c = text.charCodeAt(p);
      const next = children[node]?.get(c);
      if (next === undefined) {
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
