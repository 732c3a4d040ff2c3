/**
 * Character classes and case folding shared by the form compiler and the
 * text scanner. Both sides must classify identically or forms stop matching,
 * which is why this lives in one place.
 *
 * Tables are indexed by UTF-16 code unit. Astral characters arrive as
 * surrogate pairs; they are classed HAN so that rare CJK extension
 * characters can still be matched code unit by code unit, and so that emoji
 * act as word boundaries.
 */

/** Punctuation and symbols: ends a word and (unless a form spells it) a phrase. */
export const OTHER = 0;
/** Letters, digits and combining marks: the stuff of Latin-script words. */
export const WORD = 1;
/** Any white space, including NBSP, thin spaces and line breaks. */
export const SPACE = 2;
/** Hyphen-minus and its typographic siblings that join compounds. */
export const HYPHEN = 3;
/** Straight and curly quotes/apostrophes, guillemets, CJK corner brackets. */
export const QUOTE = 4;
/** Invisible characters that may sit inside a word without splitting it. */
export const IGNORABLE = 5;
/** Scripts written without spaces between words (Han, kana, hangul). */
export const HAN = 6;

function buildClasses(): Uint8Array {
  const t = new Uint8Array(0x10000);
  const set = (from: number, to: number, k: number): void => {
    t.fill(k, from, to + 1);
  };
  // Default for everything above Latin-1 is WORD: most of the BMP is letters
  // of some script, and treating an unknown letter as part of a word is the
  // safe side for "whole words only".
  set(0x00c0, 0xffff, WORD);
  set(0x30, 0x39, WORD);
  set(0x41, 0x5a, WORD);
  set(0x61, 0x7a, WORD);
  t[0xd7] = OTHER; // multiplication sign
  t[0xf7] = OTHER; // division sign
  // Punctuation, symbols, arrows, maths, box drawing, dingbats.
  set(0x2000, 0x2bff, OTHER);
  set(0x2e00, 0x2e7f, OTHER);
  set(0x3000, 0x303f, OTHER);
  set(0xe000, 0xf8ff, OTHER);
  set(0xfe10, 0xfe6f, OTHER);
  set(0xff00, 0xffef, OTHER);
  set(0xff10, 0xff19, WORD);
  set(0xff21, 0xff3a, WORD);
  set(0xff41, 0xff5a, WORD);
  set(0xfff0, 0xffff, OTHER);

  set(0x2e80, 0x2fdf, HAN);
  set(0x3040, 0x9fff, HAN);
  set(0xac00, 0xd7af, HAN);
  set(0xd800, 0xdfff, HAN);
  set(0xf900, 0xfaff, HAN);
  set(0xff66, 0xffdc, HAN);
  t[0x3005] = HAN; // 々 iteration mark
  t[0x3007] = HAN; // 〇 ideographic zero

  for (const c of [0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0x85, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000]) {
    t[c] = SPACE;
  }
  set(0x2000, 0x200a, SPACE);

  // Em dash (U+2014) is deliberately absent: it marks a parenthetical break,
  // not a compound, so "low—altitude" should not read as "low-altitude".
  for (const c of [0x2d, 0x2010, 0x2011, 0x2012, 0x2013, 0x2043, 0xfe63, 0xff0d]) t[c] = HYPHEN;

  for (const c of [
    0x22, 0x27, 0x60, 0xab, 0xbb, 0x2bc, 0x2039, 0x203a, 0x300c, 0x300d, 0x300e, 0x300f, 0x301d, 0x301e,
    0x301f, 0xfe41, 0xfe42, 0xfe43, 0xfe44, 0xff02, 0xff07, 0xff62, 0xff63,
  ]) {
    t[c] = QUOTE;
  }
  set(0x2018, 0x201f, QUOTE);

  for (const c of [0xad, 0x200b, 0x200c, 0x200d, 0x200e, 0x200f, 0x2060, 0xfeff]) t[c] = IGNORABLE;
  set(0xfe00, 0xfe0f, IGNORABLE); // variation selectors
  return t;
}

/** Upper bound (exclusive) of the code units FOLD covers; above it folding is the identity. */
export const FOLD_LIMIT = 0x600;

/**
 * One toLowerCase over every code unit, each between separators, not one
 * call per unit: this runs as the content script is evaluated, where one
 * call is cheaper than FOLD_LIMIT of them. The separator
 * (U+3000, uncased) leaves each unit without cased neighbours, so
 * final-sigma rules see what a lone character would. Not a noncharacter
 * such as U+FFFF: Chrome refuses to load a content script whose file holds
 * one.
 */
function buildFold(): Uint16Array {
  const f = new Uint16Array(FOLD_LIMIT);
  const units: number[] = [];
  for (let c = 0; c < FOLD_LIMIT; c++) units.push(c);
  const lower = String.fromCharCode(...units).split('').join('\u3000').toLowerCase().split('\u3000');
  for (let c = 0; c < FOLD_LIMIT; c++) {
    // Only one-to-one mappings: "İ".toLowerCase() is two code units, and a
    // fold that changes length would break offset bookkeeping.
    const l = lower[c]!;
    f[c] = l.length === 1 ? l.charCodeAt(0) : c;
  }
  return f;
}

/** Character class per UTF-16 code unit. */
export const CLASS: Uint8Array = buildClasses();
/** Lower-case per code unit below FOLD_LIMIT (Latin, Greek, Cyrillic). */
export const FOLD: Uint16Array = buildFold();

export function fold(c: number): number {
  return c < FOLD_LIMIT ? FOLD[c]! : c;
}

/** Apostrophes that can introduce a possessive "'s" or close a plural "s'". */
export function isApostrophe(c: number): boolean {
  return c === 0x27 || c === 0x2019 || c === 0x2bc;
}

/** Single quotes that open a quotation, so a later "s'" is a closing quote. */
export function isSingleOpener(c: number): boolean {
  return c === 0x27 || c === 0x2018 || c === 0x60 || c === 0x201b;
}

/** Whether a form is Chinese by its text: its first Han or word character is Han ("5G网络" is not, "小巨人" is). */
export function startsWithHan(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const k = CLASS[text.charCodeAt(i)];
    if (k === WORD) return false;
    if (k === HAN) return true;
  }
  return false;
}
