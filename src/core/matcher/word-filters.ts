/**
 * Cheap "certainly not" tests that let the scanner skip most text words
 * without folding or hashing them. Each is a 64 KB byte table keyed by a
 * word signature: a 16-bit hash of the first two letters, the last letter
 * and the length, which the scanner can compute from three code units it
 * reads anyway. Equal words always have equal signatures, so a 0 in a table
 * is a safe "no"; a 1 only means "look closer".
 */
import { CLASS, WORD } from './char-class';
import type { PhraseTrie } from './phrase-trie';

const SIG_SIZE = 1 << 16;

/** Signature of a word from its folded letters; see the file comment. */
export function signature(first: number, second: number, last: number, len: number): number {
  const h = Math.imul(first ^ (second << 6) ^ (last << 12) ^ ((len > 63 ? 63 : len) << 18), 0x9e3779b1);
  return h >>> 16;
}

function stringSignature(w: string): number {
  return signature(w.charCodeAt(0), w.length > 1 ? w.charCodeAt(1) : 0, w.charCodeAt(w.length - 1), w.length);
}

/** Slot of a word signature among the words that may follow node. */
export function nextSlot(node: number, sig: number): number {
  return (sig ^ (Math.imul(node, 0x9e3779b1) >>> 16)) & (SIG_SIZE - 1);
}

/** Slot of a (first word, second word) signature pair. */
export function pairSlot(first: number, second: number): number {
  return (first ^ Math.imul(second, 0x2c1b3c6d) ^ (second >>> 7)) & (SIG_SIZE - 1);
}

/** The word and, when it may end a form, the plurals the scanner accepts for it. */
function spellings(w: string, mayEnd: boolean): string[] {
  if (!mayEnd) return [w];
  return w.endsWith('y') ? [w, `${w}s`, `${w}es`, `${w.slice(0, -1)}ies`] : [w, `${w}s`, `${w}es`];
}

/** Punctuation tokens ("+" in "AI+") are looked up directly, never filtered. */
function isWord(w: string): boolean {
  return w.length > 1 || CLASS[w.charCodeAt(0)] === WORD;
}

export interface WordFilters {
  /** Words that can start a phrase (with plurals of one-word forms). */
  start: Uint8Array;
  /** Words that can follow a node, at nextSlot(node, sig). */
  next: Uint8Array;
  /**
   * First words that matter without looking at the next word: one-word
   * forms, and first words followed by punctuation in some form.
   */
  solo: Uint8Array;
  /** First and second words of every longer form, at pairSlot. */
  pair: Uint8Array;
}

/** Builds the filters for a finished trie; with enabled=false every test answers "maybe" (a test hook). */
export function buildFilters(trie: PhraseTrie, enabled: boolean): WordFilters {
  const f: WordFilters = {
    start: new Uint8Array(SIG_SIZE),
    next: new Uint8Array(SIG_SIZE),
    solo: new Uint8Array(SIG_SIZE),
    pair: new Uint8Array(SIG_SIZE),
  };
  if (!enabled) {
    for (const t of Object.values(f)) t.fill(1);
    return f;
  }
  const ends = (node: number): boolean => trie.outputs[node] !== null;
  const firstWord = new Map<number, string>();
  const punctAfter = new Set<number>();
  for (const [node, w, child] of trie.edgeList()) {
    if (node === 0) {
      firstWord.set(child, w);
      for (const sp of spellings(w, ends(child))) f.start[stringSignature(sp)] = 1;
      continue;
    }
    if (!isWord(w)) {
      punctAfter.add(node);
      continue;
    }
    for (const sp of spellings(w, ends(child))) f.next[nextSlot(node, stringSignature(sp))] = 1;
    const first = firstWord.get(node);
    if (first !== undefined) {
      for (const sp of spellings(w, ends(child))) f.pair[pairSlot(stringSignature(first), stringSignature(sp))] = 1;
    }
  }
  for (const [node, w] of firstWord) {
    if (ends(node) || punctAfter.has(node)) {
      for (const sp of spellings(w, ends(node))) f.solo[stringSignature(sp)] = 1;
    }
  }
  return f;
}

/** The filters as plain data: the set slots of each table (see matcher-data.ts). */
export type WordFiltersData = Record<keyof WordFilters, number[]>;

const FILTER_KEYS = ['start', 'next', 'solo', 'pair'] as const;

export function filtersToData(f: WordFilters): WordFiltersData {
  const out = { start: [], next: [], solo: [], pair: [] } as WordFiltersData;
  for (const k of FILTER_KEYS) f[k].forEach((v, i) => v && out[k].push(i));
  return out;
}

export function filtersFromData(d: WordFiltersData): WordFilters {
  const f = { start: new Uint8Array(SIG_SIZE), next: new Uint8Array(SIG_SIZE), solo: new Uint8Array(SIG_SIZE), pair: new Uint8Array(SIG_SIZE) };
  for (const k of FILTER_KEYS) for (const i of d[k]) f[k][i] = 1;
  return f;
}
