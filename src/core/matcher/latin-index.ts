/**
 * Latin-script phrase matching: a trie over word ids (see word-table.ts) and
 * the scanner that walks text word by word.
 *
 * Per text word the common case is a class-lookup loop to the end of the
 * word and one probe of a filter on its first two and last letters and its
 * length: no folding, hashing or allocation. Only words that pass are folded, hashed
 * and walked through the trie. Cost therefore grows with text length, not
 * with the number of glossary forms.
 */
import { CLASS, FOLD, FOLD_LIMIT, HAN, HYPHEN, IGNORABLE, OTHER, QUOTE, SPACE, WORD, isApostrophe, isSingleOpener } from './char-class';
import type { FormToken } from './latin-forms';
import { HASH_SEED, NONE as NO_ID, WordTable, hashStep } from './word-table';

// V8 re-reads imported bindings (with a TDZ check) at every use, even in
// optimised code; module-local consts are folded. The scan loops read these
// per character, so they are aliased here.
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
const isApostrophe_ = isApostrophe;
const isSingleOpener_ = isSingleOpener;
const NONE = NO_ID;
const HASH_SEED_ = HASH_SEED;
const hashStep_ = hashStep;

/** Words longer than this are never glossary words (URLs, hashes): skip them. */
const MAX_TOKEN = 64;
const SIG_SIZE = 1 << 16;

/**
 * 16-bit hash of a word's first two letters, last letter and length
 * (letters folded). A filter key: equal words always collide, most unequal
 * ones do not.
 */
function signature(first: number, second: number, last: number, len: number): number {
  const h = Math.imul(first ^ (second << 6) ^ (last << 12) ^ ((len > 63 ? 63 : len) << 18), 0x9e3779b1);
  return h >>> 16;
}

function stringSignature(w: string): number {
  return signature(w.charCodeAt(0), w.length > 1 ? w.charCodeAt(1) : 0, w.charCodeAt(w.length - 1), w.length);
}

/** The word and, for the last word of a form, the plurals the scanner accepts. */
function spellings(w: string, mayInflect: boolean): string[] {
  if (!mayInflect) return [w];
  return w.endsWith('y') ? [w, `${w}s`, `${w}es`, `${w.slice(0, -1)}ies`] : [w, `${w}s`, `${w}es`];
}

/** Folded letter (not digit) test: plural suffixes only follow letters ("2025s" is not a plural of "2025"). */
function isLetter(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || c >= 0xc0;
}

function nextSigSlot(node: number, sig: number): number {
  return (sig ^ (Math.imul(node, 0x9e3779b1) >>> 16)) & (SIG_SIZE - 1);
}

function pairSlot(first: number, second: number): number {
  return (first ^ Math.imul(second, 0x2c1b3c6d) ^ (second >>> 7)) & (SIG_SIZE - 1);
}

function edgeSlot(node: number, word: number, mask: number): number {
  const h = Math.imul(node ^ Math.imul(word, 0x85ebca6b), 0x9e3779b1);
  return (h ^ (h >>> 16)) & mask;
}

interface Output {
  term: number;
  /** Raw spelling per token for case-sensitive forms; null means case-insensitive. */
  raw: readonly string[] | null;
}

export class LatinIndex {
  private readonly words = new WordTable();
  /** Compile-time edges, node → (word → child); flattened by finish(). */
  private readonly edges: Map<number, number>[] = [new Map()];
  private readonly outputs: (Output[] | undefined)[] = [undefined];
  private maxTokens = 1;

  // ---- lookup tables built by finish() ----
  /** Children of the root by word id: the first word of every phrase. */
  private rootChild = new Int32Array(0);
  /** Other edges, open addressing on (node, word). */
  private edgeNode = new Int32Array(0);
  private edgeWord = new Int32Array(0);
  private edgeChild = new Int32Array(0);
  private edgeMask = 0;
  /** hasKids[node] = 1 when some longer phrase continues from node. */
  private hasKids = new Uint8Array(0);
  /**
   * Filter on signature() of the words that can start a phrase, including
   * plurals of one-word forms.
   */
  private startSig = new Uint8Array(SIG_SIZE);
  /**
   * The same filter for the words that continue a phrase, keyed by
   * (node, signature): after "new", a word that continues no phrase under
   * "new" is rejected without being folded or hashed.
   */
  private nextSig = new Uint8Array(SIG_SIZE);
  /**
   * Signatures of first words that may matter on their own: one-word forms,
   * and first words followed by punctuation in some form ("AI+").
   */
  private soloSig = new Uint8Array(SIG_SIZE);
  /** (first word, second word) signature pairs of every longer form. */
  private pairSig = new Uint8Array(SIG_SIZE);

  // ---- scanner state, reused across calls so scanning allocates nothing ----
  private readonly buf = new Uint16Array(MAX_TOKEN);
  /** hbuf[i] = hash of buf[0..i): lets plural stripping re-key a word in O(1). */
  private readonly hbuf = new Int32Array(MAX_TOKEN + 1);
  private len = 0;
  private overflow = false;
  private tokS = new Int32Array(1);
  private tokE = new Int32Array(1);

  /**
   * End of the word last vetted by quickSkip/cannotContinue when it held only
   * word characters (NONE otherwise), so reading it can skip class checks.
   */
  private plainStart = NONE;
  private plainEnd = NONE;
  private plainSig = 0;

  /** Result of the last matchAt: term index (or NONE) and the match end. */
  term = NONE;
  end = 0;

  add(tokens: readonly FormToken[], term: number, caseSensitive: boolean): void {
    let node = 0;
    for (const t of tokens) {
      const id = this.words.idOf(t.norm);
      const map = this.edges[node]!;
      let next = map.get(id);
      if (next === undefined) {
        next = this.edges.length;
        this.edges.push(new Map());
        this.outputs.push(undefined);
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

  finish(): void {
    this.words.finish();
    const words = this.words.words();
    this.rootChild = new Int32Array(words.length).fill(NONE);
    const isWord = (w: string): boolean => w.length > 1 || CLASS_[w.charCodeAt(0)] === WORD_;
    for (const [id, child] of this.edges[0]!) {
      this.rootChild[id] = child;
      const w = words[id]!;
      const solo = this.outputs[child] !== undefined;
      for (const sp of spellings(w, solo)) this.startSig[stringSignature(sp)] = 1;
      const kids = [...this.edges[child]!];
      if (solo || kids.some(([word]) => !isWord(words[word]!))) {
        for (const sp of spellings(w, solo)) this.soloSig[stringSignature(sp)] = 1;
      }
      const first = stringSignature(w);
      for (const [word, grandchild] of kids) {
        for (const sp of spellings(words[word]!, this.outputs[grandchild] !== undefined)) {
          this.pairSig[pairSlot(first, stringSignature(sp))] = 1;
        }
      }
    }
    let count = 0;
    for (let node = 1; node < this.edges.length; node++) count += this.edges[node]!.size;
    let size = 16;
    while (size < count * 2) size *= 2;
    this.edgeMask = size - 1;
    this.edgeNode = new Int32Array(size);
    this.edgeWord = new Int32Array(size);
    this.edgeChild = new Int32Array(size).fill(NONE);
    this.hasKids = new Uint8Array(this.edges.length);
    this.edges.forEach((map, node) => {
      if (map.size > 0) this.hasKids[node] = 1;
      if (node === 0) return;
      for (const [word, child] of map) {
        const w = words[word]!;
        // Punctuation tokens are looked up directly, never filtered.
        if (isWord(w)) {
          for (const sp of spellings(w, this.outputs[child] !== undefined)) {
            this.nextSig[nextSigSlot(node, stringSignature(sp))] = 1;
          }
        }
        let s = edgeSlot(node, word, this.edgeMask);
        while (this.edgeChild[s] !== NONE) s = (s + 1) & this.edgeMask;
        this.edgeNode[s] = node;
        this.edgeWord[s] = word;
        this.edgeChild[s] = child;
      }
    });
    this.tokS = new Int32Array(this.maxTokens);
    this.tokE = new Int32Array(this.maxTokens);
  }

  private child(node: number, id: number): number {
    if (id === NONE) return NONE;
    if (node === 0) return this.rootChild[id]!;
    const { edgeNode, edgeWord, edgeChild, edgeMask } = this;
    let s = edgeSlot(node, id, edgeMask);
    for (;;) {
      const c = edgeChild[s]!;
      if (c === NONE || (edgeNode[s] === node && edgeWord[s] === id)) return c;
      s = (s + 1) & edgeMask;
    }
  }

  private lookup(h: number, len: number): number {
    return this.words.lookup(h, this.buf, len);
  }

  /** signature() of the word text[start..end), which holds word characters only. */
  private textSignature(text: string, start: number, end: number): number {
    const a = text.charCodeAt(start);
    const b = end - start > 1 ? text.charCodeAt(start + 1) : 0;
    const z = text.charCodeAt(end - 1);
    const fa = a < FOLD_LIMIT_ ? FOLD_[a]! : a;
    const fb = b < FOLD_LIMIT_ ? FOLD_[b]! : b;
    return signature(fa, fb, z < FOLD_LIMIT_ ? FOLD_[z]! : z, end - start);
  }

  /**
   * The hot path, small enough to be inlined into the caller's loop: for the
   * word starting at `start`, returns the index just past it when the word
   * cannot start any phrase, or NONE when matchAt has to look closer.
   */
  quickSkip(text: string, start: number, n: number): number {
    let p = start + 1;
    while (p < n) {
      const k = CLASS_[text.charCodeAt(p)];
      if (k === WORD_) p++;
      else if (k === IGNORABLE_) {
        this.plainEnd = NONE;
        return NONE;
      } else break;
    }
    const sig = this.textSignature(text, start, p);
    if (this.startSig[sig] === 0) return p;
    this.plainStart = start;
    this.plainEnd = p;
    this.plainSig = sig;
    return NONE;
  }

  /**
   * Second-chance filter for a word that passed quickSkip: when it can only
   * start longer phrases, peek at the signature of the next word. Most
   * "new …", "digital …", "supply …" in running text stop here, before any
   * hashing. Returns the index to resume at, or NONE to walk the trie.
   */
  private skipByNextWord(text: string, start: number, end: number, n: number): number {
    const first = this.plainSig;
    if (this.soloSig[first] !== 0) return NONE;
    let p = end;
    let k = OTHER_;
    while (p < n) {
      k = CLASS_[text.charCodeAt(p)]!;
      if (k === SPACE_ || k === HYPHEN_ || k === QUOTE_) p++;
      else break;
    }
    // Nothing but a following word can extend this one into a phrase.
    if (p >= n || k === OTHER_ || k === HAN_) return end;
    if (k !== WORD_) return NONE;
    let e = p + 1;
    while (e < n) {
      const k2 = CLASS_[text.charCodeAt(e)];
      if (k2 === WORD_) e++;
      else if (k2 === IGNORABLE_) return NONE;
      else break;
    }
    return this.pairSig[pairSlot(first, this.textSignature(text, p, e))] === 0 ? end : NONE;
  }

  /**
   * Reads the word starting at p into buf (folded, -isation→-ization) and
   * returns the index just past its last letter. Invisible characters inside
   * the word are skipped, so "in\u00ADdustry" reads as "industry".
   */
  private readToken(text: string, p: number, n: number): number {
    const plainEnd = this.plainEnd;
    if (this.plainStart === p && plainEnd !== NONE && plainEnd - p <= MAX_TOKEN) return this.readPlain(text, p, plainEnd);
    const buf = this.buf;
    const hbuf = this.hbuf;
    let h = HASH_SEED_;
    let len = 0;
    let end = p;
    let overflow = false;
    hbuf[0] = HASH_SEED_;
    while (p < n) {
      const c = text.charCodeAt(p);
      const k = CLASS_[c];
      if (k === WORD_) {
        if (len < MAX_TOKEN) {
          const f = c < FOLD_LIMIT_ ? FOLD_[c]! : c;
          buf[len] = f;
          h = hashStep_(h, f);
          hbuf[++len] = h;
          if (f === 0x6e && len >= 7) {
            this.fixIsation(len);
            h = hbuf[len]!;
          }
        } else {
          overflow = true;
        }
        end = ++p;
      } else if (k === IGNORABLE_) {
        p++;
      } else {
        break;
      }
    }
    this.len = len;
    this.overflow = overflow;
    return end;
  }

  /** readToken for a word already known to span [p, end) with no invisible characters. */
  private readPlain(text: string, p: number, end: number): number {
    const { buf, hbuf } = this;
    let h = HASH_SEED_;
    let len = 0;
    hbuf[0] = h;
    for (; p < end; p++) {
      const c = text.charCodeAt(p);
      const f = c < FOLD_LIMIT_ ? FOLD_[c]! : c;
      buf[len] = f;
      h = hashStep_(h, f);
      hbuf[++len] = h;
      if (f === 0x6e && len >= 7) this.fixIsation(len);
    }
    this.len = len;
    this.overflow = false;
    this.plainEnd = NONE;
    return end;
  }

  /** British -isation: rewrites the 's' once an 'n' at buf[len-1] completes the suffix. */
  private fixIsation(len: number): void {
    const { buf, hbuf } = this;
    if (buf[len - 6] === 0x73 && buf[len - 7] === 0x69 && buf[len - 5] === 0x61 && buf[len - 4] === 0x74 &&
        buf[len - 3] === 0x69 && buf[len - 2] === 0x6f) {
      buf[len - 6] = 0x7a;
      for (let j = len - 6; j < len; j++) hbuf[j + 1] = hashStep_(hbuf[j]!, buf[j]!);
    }
  }

  /** Term of the first output at node that accepts tokens 0..k, or NONE. */
  private accept(node: number, text: string, k: number, plural: number): number {
    if (node === NONE) return NONE;
    const outs = this.outputs[node];
    if (outs === undefined) return NONE;
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
   * Does the phrase ending with the word just scanned (token k) complete a
   * form under node? Tries the word as is, then as a plural of a stored
   * singular (-s, -es, -ies→-y).
   */
  private acceptWord(node: number, exact: number, text: string, k: number): number {
    const t0 = this.accept(exact, text, k, 0);
    if (t0 !== NONE) return t0;
    const { buf, hbuf, len } = this;
    if (len < 3 || buf[len - 1] !== 0x73) return NONE;
    if (isLetter(buf[len - 2]!)) {
      const sid = this.lookup(hbuf[len - 1]!, len - 1);
      if (sid !== NONE) {
        const t = this.accept(this.child(node, sid), text, k, 1);
        if (t !== NONE) return t;
      }
    }
    if (len >= 4 && buf[len - 2] === 0x65 && isLetter(buf[len - 3]!)) {
      const sid = this.lookup(hbuf[len - 2]!, len - 2);
      if (sid !== NONE) {
        const t = this.accept(this.child(node, sid), text, k, 2);
        if (t !== NONE) return t;
      }
    }
    if (len >= 5 && buf[len - 2] === 0x65 && buf[len - 3] === 0x69) {
      buf[len - 3] = 0x79;
      const sid = this.lookup(hashStep_(hbuf[len - 3]!, 0x79), len - 2);
      buf[len - 3] = 0x69;
      if (sid !== NONE) {
        const t = this.accept(this.child(node, sid), text, k, 3);
        if (t !== NONE) return t;
      }
    }
    return NONE;
  }

  /** True when the word at p certainly continues no phrase under node (see nextSig). */
  private cannotContinue(text: string, p: number, n: number, node: number): boolean {
    let e = p + 1;
    while (e < n) {
      const k = CLASS_[text.charCodeAt(e)];
      if (k === WORD_) e++;
      else if (k === IGNORABLE_) {
        this.plainEnd = NONE;
        return false;
      } else break;
    }
    const sig = this.textSignature(text, p, e);
    this.plainStart = p;
    this.plainEnd = e;
    return this.nextSig[nextSigSlot(node, sig)] === 0;
  }

  /**
   * Matches the longest form starting with the word at `start` (a word
   * character preceded by a non-word one). Sets `term`/`end` and returns the
   * index where scanning should resume.
   */
  matchAt(text: string, start: number, n: number): number {
    this.term = NONE;
    if (this.plainStart === start && this.plainEnd !== NONE) {
      const skip = this.skipByNextWord(text, start, this.plainEnd, n);
      if (skip !== NONE) return skip;
    }
    const firstEnd = this.readToken(text, start, n);
    if (this.overflow) return firstEnd;
    const id0 = this.lookup(this.hbuf[this.len]!, this.len);
    const startsPhrase = id0 !== NONE && this.rootChild[id0] !== NONE;
    if (!startsPhrase && this.buf[this.len - 1] !== 0x73) return firstEnd;
    return this.walk(text, start, firstEnd, n, id0);
  }

  private walk(text: string, start: number, firstEnd: number, n: number, firstId: number): number {
    const { tokS, tokE } = this;
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
      const next = this.child(node, id);
      const t = punct ? this.accept(next, text, k, 0) : this.acceptWord(node, next, text, k);
      if (t !== NONE) {
        bestEnd = tokE[k]!;
        bestTerm = t;
        bestIsWord = !punct;
      }
      if (next === NONE || this.hasKids[next] === 0 || k + 1 >= tokS.length) break;
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
        tokE[k] = this.readToken(text, p, n);
        if (this.overflow) break;
        id = this.lookup(this.hbuf[this.len]!, this.len);
        punct = false;
      } else if (cls === OTHER_) {
        tokE[k] = p + 1;
        this.buf[0] = c;
        this.len = 1;
        id = this.lookup(hashStep_(HASH_SEED_, c), 1);
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
