/**
 * The vocabulary of normalised glossary words, keyed by a rolling hash so the
 * scanner can look a text word up from the code units it has just folded,
 * without building a string.
 */

export const NONE = -1;

export const HASH_SEED = 0x811c9dc5 | 0;

/** One FNV-1a step. hash(s + c) = hashStep(hash(s), c), which plural stripping relies on. */
export function hashStep(h: number, c: number): number {
  return Math.imul(h ^ c, 0x01000193);
}

function hashString(s: string): number {
  let h = HASH_SEED;
  for (let i = 0; i < s.length; i++) h = hashStep(h, s.charCodeAt(i));
  return h;
}

/**
 * A finished table as plain data (see loadMatcher in ../matcher.ts): its
 * typed arrays as they are, so loading is a native copy per array and no
 * hashing.
 */
export interface WordTableData {
  pool: number[];
  wordOff: number[];
  wordLen: number[];
  slotHash: number[];
  slotId: number[];
}

export class WordTable {
  /** Compile time only: empty in a table loaded from data. */
  private readonly ids = new Map<string, number>();
  private pool = new Uint16Array(0);
  private wordOff = new Int32Array(0);
  private wordLen = new Int32Array(0);
  private slotHash = new Int32Array(0);
  private slotId = new Int32Array(0);
  private mask = 0;

  /** Number of words (valid after finish() or fromData()). */
  get size(): number {
    return this.wordLen.length;
  }

  toData(): WordTableData {
    return {
      pool: [...this.pool],
      wordOff: [...this.wordOff],
      wordLen: [...this.wordLen],
      slotHash: [...this.slotHash],
      slotId: [...this.slotId],
    };
  }

  static fromData(d: WordTableData): WordTable {
    const t = new WordTable();
    t.pool = new Uint16Array(d.pool);
    t.wordOff = new Int32Array(d.wordOff);
    t.wordLen = new Int32Array(d.wordLen);
    t.slotHash = new Int32Array(d.slotHash);
    t.slotId = new Int32Array(d.slotId);
    t.mask = d.slotId.length - 1;
    return t;
  }

  /** Id of a normalised word, assigning the next one if new. Compile time only. */
  idOf(word: string): number {
    let id = this.ids.get(word);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(word, id);
    }
    return id;
  }

  /** The words by id. Compile time only. */
  words(): string[] {
    return [...this.ids.keys()];
  }

  /** Builds the open-addressing table; call once, after the last idOf. */
  finish(): void {
    const n = this.ids.size;
    let total = 0;
    for (const w of this.ids.keys()) total += w.length;
    this.pool = new Uint16Array(total);
    this.wordOff = new Int32Array(n);
    this.wordLen = new Int32Array(n);
    let size = 16;
    while (size < n * 4) size *= 2;
    this.mask = size - 1;
    this.slotHash = new Int32Array(size);
    this.slotId = new Int32Array(size).fill(NONE);
    let off = 0;
    for (const [w, id] of this.ids) {
      this.wordOff[id] = off;
      this.wordLen[id] = w.length;
      for (let i = 0; i < w.length; i++) this.pool[off + i] = w.charCodeAt(i);
      off += w.length;
      const h = hashString(w);
      let s = (h ^ (h >>> 15)) & this.mask;
      while (this.slotId[s] !== NONE) s = (s + 1) & this.mask;
      this.slotHash[s] = h;
      this.slotId[s] = id;
    }
  }

  /** Id of the word buf[0..len), whose hash is h, or NONE. */
  lookup(h: number, buf: Uint16Array, len: number): number {
    const { slotHash, slotId, mask, pool, wordOff, wordLen } = this;
    let s = (h ^ (h >>> 15)) & mask;
    for (;;) {
      const id = slotId[s]!;
      if (id === NONE) return NONE;
      if (slotHash[s] === h && wordLen[id] === len) {
        const off = wordOff[id]!;
        let i = 0;
        while (i < len && pool[off + i] === buf[i]) i++;
        if (i === len) return id;
      }
      s = (s + 1) & mask;
    }
  }
}
