/**
 * Reads one Latin word of page text into a reusable buffer: case-folded,
 * invisible characters dropped, "-isation" rewritten to "-ization", with the
 * rolling hash of every prefix. Nothing is allocated per word.
 */
import { CLASS, FOLD, FOLD_LIMIT, IGNORABLE, WORD } from './char-class';
import { HASH_SEED, NONE as NO_ID, hashStep } from './word-table';

// Imported bindings are live: every use re-reads a module cell (or calls a
// getter, under CommonJS interop as in tsx), which the optimiser cannot fold
// away. Module-local consts it can, and these are read per character.
const CLASS_ = CLASS;
const FOLD_ = FOLD;
const FOLD_LIMIT_ = FOLD_LIMIT;
const IGNORABLE_ = IGNORABLE;
const WORD_ = WORD;
const NONE = NO_ID;
const HASH_SEED_ = HASH_SEED;
const hashStep_ = hashStep;

/** Words longer than this are never glossary words (URLs, hashes): not read. */
const MAX_TOKEN = 64;

export class TokenReader {
  /** The word read last, folded; buf[0..len). */
  readonly buf = new Uint16Array(MAX_TOKEN);
  /** hbuf[i] = hash of buf[0..i): lets plural stripping re-key a word in O(1). */
  readonly hbuf = new Int32Array(MAX_TOKEN + 1);
  len = 0;
  /** The word was longer than MAX_TOKEN; buf holds only its start. */
  overflow = false;

  /**
   * A word the scanner has already measured and found free of invisible
   * characters: where it starts and ends and its filter signature. Lets
   * read() skip class checks and filters reuse the signature.
   */
  plainStart = NONE;
  plainEnd = NONE;
  plainSig = 0;

  markPlain(start: number, end: number, sig: number): void {
    this.plainStart = start;
    this.plainEnd = end;
    this.plainSig = sig;
  }

  /** Hash of the word read last. */
  get hash(): number {
    return this.hbuf[this.len]!;
  }

  /** Reads the word starting at p; returns the index just past its last letter. */
  read(text: string, p: number, n: number): number {
    const plainEnd = this.plainEnd;
    if (this.plainStart === p && plainEnd !== NONE && plainEnd - p <= MAX_TOKEN) return this.readPlain(text, p, plainEnd);
    const { buf, hbuf } = this;
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

  /** A single punctuation character as a one-unit token. */
  readChar(c: number): void {
    this.buf[0] = c;
    this.hbuf[0] = HASH_SEED_;
    this.hbuf[1] = hashStep_(HASH_SEED_, c);
    this.len = 1;
    this.overflow = false;
  }

  /** read() for a word known to span [p, end) with no invisible characters. */
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
      if (f === 0x6e && len >= 7) {
        this.fixIsation(len);
        h = hbuf[len]!;
      }
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
}
