/**
 * The content script's first pass over a page (src/content/gate/): one
 * native RegExp that is true for every text the matcher would find a term
 * in, and for little else. Irregexp code is native from its first
 * character, so on a page without terms the pass costs a fraction of a
 * cold matcher, and the matcher is not even loaded. Built from the
 * glossary at build time (prefilter-build.ts); loading it is one RegExp.
 * No char-class import here: the tables it builds are not needed to test.
 */

/** The prefilter as data: what the build writes into the content script. */
export interface PrefilterData {
  /**
   * First stage, for flags "gi": an alternation of every form's first word
   * (at a word start, longest first) and of the first characters of Han
   * forms. Small, so it compiles in a fraction of a millisecond.
   */
  first: string;
  /** Second stage, per folded first word or first character: the rest of its forms, for flags "iy" at the end of the first stage's match ("" when the first word is a whole form). */
  rest: Record<string, string>;
  /** The invisible characters the matcher skips (CLASS IGNORABLE), as one character class. */
  ignorable: string;
  /** Every quotation mark (CLASS QUOTE), as one character class: the second stage reads each as '"'. */
  quotes: string;
}

export interface Prefilter {
  /** False only where the matcher would find nothing in text. */
  test(text: string): boolean;
}

/** Folded as the build folded keys; a key it does not produce is answered "maybe" (sound). */
const keyOf = (word: string): string => word.toLowerCase().replace(/isation/g, 'ization');

export function loadPrefilter(data: PrefilterData): Prefilter {
  const first = new RegExp(data.first, 'gi');
  const invisible = new RegExp(data.ignorable);
  const invisibleAll = new RegExp(data.ignorable, 'g');
  const quote = new RegExp(data.quotes);
  const quoteAll = new RegExp(data.quotes, 'g');
  // Compiled when a text first has its key: most pages reach few of them.
  const compiled = new Map<string, RegExp | null>();
  const restOf = (key: string): RegExp | null | undefined => {
    let re = compiled.get(key);
    if (re === undefined && Object.hasOwn(data.rest, key)) {
      const src = data.rest[key]!;
      re = src === '' ? null : new RegExp(src, 'iy');
      compiled.set(key, re);
    }
    return re;
  };
  /** Keys that are proper prefixes of a key: the first stage took the longest, the shorter ones start there too. */
  const prefixes = new Map<string, string[]>();
  const shorter = (key: string): string[] => {
    let list = prefixes.get(key);
    if (!list) {
      list = [];
      for (let n = key.length - 1; n > 0; n--) if (Object.hasOwn(data.rest, key.slice(0, n))) list.push(key.slice(0, n));
      prefixes.set(key, list);
    }
    return list;
  };
  // Quotation marks as one, for the second stage: the same length, so offsets hold.
  let source = '';
  let canonical = '';
  const canon = (text: string): string => {
    if (text !== source) {
      source = text;
      canonical = quote.test(text) ? text.replace(quoteAll, '"') : text;
    }
    return canonical;
  };
  const restMatches = (key: string, text: string, at: number): boolean => {
    const re = restOf(key);
    // A key the build did not produce, or a first word that is a whole form.
    if (!re) return true;
    re.lastIndex = at;
    return re.test(canon(text));
  };
  return {
    test(raw) {
      const text = invisible.test(raw) ? raw.replace(invisibleAll, '') : raw;
      first.lastIndex = 0;
      for (let m = first.exec(text); m !== null; m = first.exec(text)) {
        const key = keyOf(m[0]);
        const at = m.index;
        if (restMatches(key, text, at + m[0].length)) return true;
        for (const k of shorter(key)) if (restMatches(k, text, at + k.length)) return true;
        // Overlapping candidates: a Han form may start inside what this one read.
        first.lastIndex = at + 1;
      }
      return false;
    },
  };
}
