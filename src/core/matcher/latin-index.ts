/**
 * Latin-script phrase matching: walks page text word by word through the
 * phrase trie.
 *
 * Per text word the common case is a class-lookup loop to the end of the
 * word and one probe of a signature filter (word-filters.ts): no folding,
 * hashing or allocation. Only words that pass are read (token-reader.ts),
 * looked up and walked through the trie. Cost therefore grows with text
 * length, not with the number of glossary forms.
 */
import {
  CLASS, FOLD, FOLD_LIMIT, HAN, HYPHEN, IGNORABLE, OTHER, QUOTE, SPACE, WORD, isApostrophe, isSingleOpener,
} from './char-class';
import type { FormToken } from './latin-forms';
import { PhraseTrie, type PhraseTrieData } from './phrase-trie';
import { TokenReader } from './token-reader';
import {
  type WordFilters, type WordFiltersData, buildFilters, filtersFromData, filtersToData, nextSlot, pairSlot, signature,
} from './word-filters';
import { NONE as NO_ID, hashStep } from './word-table';

// Imported bindings are live: every use re-reads a module cell (or calls a
// getter, under CommonJS interop as in tsx), which the optimiser cannot fold
// away. Module-local consts it can, and these are read per character.
const CLASS_ = CLASS;
const FOLD_ = FOLD;
const FOLD_LIMIT_ = FOLD_LIMIT;
const HAN_ = HAN;
const HYPHEN_ = HYPHEN;
const IGNORABLE_ = IGNORABLE;
const OTHER_ = OTHER;
const QUOTE_ = QUOTE;
const SPACE_ = SPACE;
const WORD_ = WORD;
const NONE = NO_ID;
const signature_ = signature;
const nextSlot_ = nextSlot;
const pairSlot_ = pairSlot;
const hashStep_ = hashStep;
const isApostrophe_ = isApostrophe;
const isSingleOpener_ = isSingleOpener;

/** Folded letter (not digit) test: plural suffixes only follow letters ("2025s" is not a plural of "2025"). */
function isLetter(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || c >= 0xc0;
}

/** A finished index as plain data (see matcher-data.ts). */
export interface LatinIndexData {
  trie: PhraseTrieData;
  filters: WordFiltersData;
}

export class LatinIndex {
  private trie = new PhraseTrie();
  private readonly reader = new TokenReader();
  private filters: WordFilters | null = null;
  /** filters.start, kept in a field of its own for the per-word probe. */
  private startSig: Uint8Array = new Uint8Array(0);
  /** Start and end of each token of the current walk (for case-sensitive checks). */
  private tokS = new Int32Array(1);
  private tokE = new Int32Array(1);

  /** Result of the last matchAt: term index (or NONE) and the match end. */
  term = NONE;
  end = 0;

  /** @param filtered false turns every filter into "maybe": a test hook, results must not change. */
  constructor(private readonly filtered = true) {}

  add(tokens: readonly FormToken[], term: number, caseSensitive: boolean): void {
    this.trie.add(tokens, term, caseSensitive);
  }

  finish(): void {
    this.trie.finish();
    this.useFilters(buildFilters(this.trie, this.filtered));
  }

  private useFilters(f: WordFilters): void {
    this.filters = f;
    this.startSig = f.start;
    this.tokS = new Int32Array(this.trie.maxTokens);
    this.tokE = new Int32Array(this.trie.maxTokens);
  }

  /** The finished index as data (call after finish()). */
  toData(): LatinIndexData {
    if (!this.filters) throw new Error('LatinIndex.toData before finish()');
    return { trie: this.trie.toData(), filters: filtersToData(this.filters) };
  }

  static fromData(d: LatinIndexData): LatinIndex {
    const x = new LatinIndex();
    x.trie = PhraseTrie.fromData(d.trie);
    x.useFilters(filtersFromData(d.filters));
    return x;
  }

  private lookup(h: number, len: number): number {
    return this.trie.words.lookup(h, this.reader.buf, len);
  }

  /** signature() of the word text[start..end), which holds word characters only. */
  private textSignature(text: string, start: number, end: number): number {
    const a = text.charCodeAt(start);
    const b = end - start > 1 ? text.charCodeAt(start + 1) : 0;
    const z = text.charCodeAt(end - 1);
    const fa = a < FOLD_LIMIT_ ? FOLD_[a]! : a;
    const fb = b < FOLD_LIMIT_ ? FOLD_[b]! : b;
    return signature_(fa, fb, z < FOLD_LIMIT_ ? FOLD_[z]! : z, end - start);
  }

  /**
   * The hot loop. From pos, skips every word that cannot start a phrase
   * (class-lookup loop plus one filter probe per word) and every non-word
   * character, and returns the index of the first word worth matchAt, or of
   * the first character c with stops[c] set (a possible start of a Chinese
   * form), or n.
   */
  skipTo(text: string, pos: number, n: number, stops: Uint8Array): number {
    const startSig = this.startSig;
    while (pos < n) {
      const first = text.charCodeAt(pos);
      if (CLASS_[first] !== WORD_) {
        if (stops[first] !== 0) return pos;
        pos++;
        continue;
      }
      // The letters the signature needs are picked up on the way instead of
      // being re-read: this loop runs for every word of every page.
      const start = pos;
      let second = 0;
      let last = first;
      let p = start + 1;
      let k = OTHER_;
      let after = 0;
      if (p < n) {
        second = text.charCodeAt(p);
        k = CLASS_[second]!;
        after = second;
        if (k === WORD_) {
          last = second;
          p++;
          while (p < n) {
            after = text.charCodeAt(p);
            k = CLASS_[after]!;
            if (k !== WORD_) break;
            last = after;
            p++;
          }
        } else {
          second = 0;
        }
      }
      if (k === IGNORABLE_) {
        // Let the full reader handle it; forget any measurement of a word
        // that may have started here in an earlier text.
        this.reader.plainEnd = NONE;
        return start;
      }
      const sig = signature_(
        first < FOLD_LIMIT_ ? FOLD_[first]! : first,
        second < FOLD_LIMIT_ ? FOLD_[second]! : second,
        last < FOLD_LIMIT_ ? FOLD_[last]! : last,
        p - start,
      );
      if (startSig[sig] !== 0 || stops[first] !== 0) {
        this.reader.markPlain(start, p, sig);
        return start;
      }
      // The character that ended the word is known not to be a word
      // character: step over it now rather than reading it again.
      pos = p < n && stops[after] === 0 ? p + 1 : p;
    }
    return n;
  }

  /**
   * Second-chance filter for a word that passed skipTo: when it can only
   * start longer phrases, peek at the signature of the next word. Most
   * "new …", "digital …", "supply …" in running text stop here, before any
   * hashing. Returns the index to resume at, or NONE to walk the trie.
   */
  private skipByNextWord(text: string, end: number, n: number, first: number): number {
    const f = this.filters!;
    if (f.solo[first] !== 0) return NONE;
    let p = end;
    let k = OTHER_;
    while (p < n) {
      k = CLASS_[text.charCodeAt(p)]!;
      if (k === SPACE_ || k === HYPHEN_ || k === QUOTE_) p++;
      else break;
    }
    // Only a following word could extend this one into a phrase.
    if (p >= n || k === OTHER_ || k === HAN_) return end;
    if (k !== WORD_) return NONE;
    let e = p + 1;
    while (e < n) {
      const k2 = CLASS_[text.charCodeAt(e)];
      if (k2 === WORD_) e++;
      else if (k2 === IGNORABLE_) return NONE;
      else break;
    }
    return f.pair[pairSlot_(first, this.textSignature(text, p, e))] === 0 ? end : NONE;
  }

  /** True when the word at p certainly continues no phrase under node. */
  private cannotContinue(text: string, p: number, n: number, node: number): boolean {
    let e = p + 1;
    while (e < n) {
      const k = CLASS_[text.charCodeAt(e)];
      if (k === WORD_) e++;
      else if (k === IGNORABLE_) {
        this.reader.plainEnd = NONE;
        return false;
      } else break;
    }
    const sig = this.textSignature(text, p, e);
    this.reader.markPlain(p, e, sig);
    return this.filters!.next[nextSlot_(node, sig)] === 0;
  }

  /**
   * Matches the longest form starting with the word at `start` (a word
   * character preceded by a non-word one). Sets `term`/`end` and returns the
   * index where scanning should resume.
   */
  matchAt(text: string, start: number, n: number): number {
    this.term = NONE;
    const r = this.reader;
    if (r.plainStart === start && r.plainEnd !== NONE) {
      const skip = this.skipByNextWord(text, r.plainEnd, n, r.plainSig);
      if (skip !== NONE) return skip;
    }
    const firstEnd = r.read(text, start, n);
    if (r.overflow) return firstEnd;
    const id0 = this.lookup(r.hash, r.len);
    const startsPhrase = id0 !== NONE && this.trie.rootChild[id0] !== NONE;
    if (!startsPhrase && r.buf[r.len - 1] !== 0x73) return firstEnd;
    return this.walk(text, start, firstEnd, n, id0);
  }

  private walk(text: string, start: number, firstEnd: number, n: number, firstId: number): number {
    const { tokS, tokE, trie, reader } = this;
    tokS[0] = start;
    tokE[0] = firstEnd;
    let node = 0;
    let k = 0;
    let id = firstId;
    let punct = false;
    let bestEnd = NONE;
    let bestTerm = NONE;
    let bestIsWord = false;
    for (;;) {
      const next = trie.child(node, id);
      const t = punct ? this.accept(next, text, k, 0) : this.acceptWord(node, next, text, k);
      if (t !== NONE) {
        bestEnd = tokE[k]!;
        bestTerm = t;
        bestIsWord = !punct;
      }
      if (next === NONE || trie.hasKids[next] === 0 || k + 1 >= tokS.length) break;
      node = next;
      // Between words only white space, hyphens/dashes, quotes and invisible
      // characters may appear; anything else (".", ",", "—") ends the phrase
      // unless the form itself spells that character.
      let p = tokE[k]!;
      let c = 0;
      let cls = OTHER_;
      while (p < n) {
        c = text.charCodeAt(p);
        cls = CLASS_[c]!;
        if (cls === SPACE_ || cls === HYPHEN_ || cls === QUOTE_ || cls === IGNORABLE_) p++;
        else break;
      }
      if (p >= n) break;
      k++;
      tokS[k] = p;
      if (cls === WORD_) {
        if (this.cannotContinue(text, p, n, node)) break;
        tokE[k] = reader.read(text, p, n);
        if (reader.overflow) break;
        id = this.lookup(reader.hash, reader.len);
        punct = false;
      } else if (cls === OTHER_) {
        tokE[k] = p + 1;
        reader.readChar(c);
        id = this.lookup(reader.hash, 1);
        punct = true;
        if (id === NONE) break;
      } else {
        break;
      }
    }
    if (bestTerm === NONE) return firstEnd;
    this.term = bestTerm;
    this.end = bestIsWord ? this.possessive(text, start, bestEnd, n) : bestEnd;
    return this.end;
  }

  /**
   * Does the phrase ending with the word just read (token k) complete a form
   * under node? Tries the word as is (its node is `exact`), then as a plural
   * of a stored singular (-s, -es, -ies→-y).
   */
  private acceptWord(node: number, exact: number, text: string, k: number): number {
    const t0 = this.accept(exact, text, k, 0);
    if (t0 !== NONE) return t0;
    const { buf, hbuf, len } = this.reader;
    if (len < 3 || buf[len - 1] !== 0x73) return NONE;
    if (isLetter(buf[len - 2]!)) {
      const t = this.acceptStem(node, hbuf[len - 1]!, len - 1, text, k, 1);
      if (t !== NONE) return t;
    }
    if (len >= 4 && buf[len - 2] === 0x65 && isLetter(buf[len - 3]!)) {
      const t = this.acceptStem(node, hbuf[len - 2]!, len - 2, text, k, 2);
      if (t !== NONE) return t;
    }
    if (len >= 5 && buf[len - 2] === 0x65 && buf[len - 3] === 0x69) {
      buf[len - 3] = 0x79;
      const t = this.acceptStem(node, hashStep_(hbuf[len - 3]!, 0x79), len - 2, text, k, 3);
      buf[len - 3] = 0x69;
      if (t !== NONE) return t;
    }
    return NONE;
  }

  private acceptStem(node: number, h: number, len: number, text: string, k: number, plural: number): number {
    const id = this.lookup(h, len);
    return id === NONE ? NONE : this.accept(this.trie.child(node, id), text, k, plural);
  }

  /** Term of the first output at node that accepts tokens 0..k, or NONE. */
  private accept(node: number, text: string, k: number, plural: number): number {
    if (node === NONE) return NONE;
    const outs = this.trie.outputs[node];
    if (!outs) return NONE;
    for (const o of outs) {
      if (o.raw === null) return o.term;
      // Acronyms take only a bare lower-case "s" as plural ("SMEs", not "SMEES").
      if (plural > 1) continue;
      let ok = true;
      for (let j = 0; j <= k && ok; j++) ok = this.rawEquals(text, j, o.raw[j]!, j === k && plural === 1);
      if (ok) return o.term;
    }
    return NONE;
  }

  /** Token j of the walk spelled exactly raw (+ "s"), ignoring invisible characters. */
  private rawEquals(text: string, j: number, raw: string, plusS: boolean): boolean {
    const rl = raw.length;
    const want = plusS ? rl + 1 : rl;
    let r = 0;
    for (let i = this.tokS[j]!, e = this.tokE[j]!; i < e; i++) {
      const c = text.charCodeAt(i);
      if (CLASS_[c] === IGNORABLE_) continue;
      if (r < rl ? c !== raw.charCodeAt(r) : r >= want || c !== 0x73) return false;
      r++;
    }
    return r === want;
  }

  /**
   * Extends a match over a possessive: "MIIT's" → include "'s"; "SMEs'" →
   * include the apostrophe, unless the match was opened by a single quote
   * (‘little giants’), where the apostrophe is the closing quote.
   */
  private possessive(text: string, start: number, end: number, n: number): number {
    if (end >= n || !isApostrophe_(text.charCodeAt(end))) return end;
    const b = end + 1 < n ? text.charCodeAt(end + 1) : NONE;
    if ((b === 0x73 || b === 0x53) && (end + 2 >= n || CLASS_[text.charCodeAt(end + 2)] !== WORD_)) return end + 2;
    const last = text.charCodeAt(end - 1);
    const pluralEnd = last === 0x73 || last === 0x53;
    const afterIsWord = b !== NONE && CLASS_[b] === WORD_;
    const quoted = start > 0 && isSingleOpener_(text.charCodeAt(start - 1));
    return pluralEnd && !afterIsWord && !quoted ? end + 1 : end;
  }
}
