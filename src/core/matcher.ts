/**
 * Finds glossary terms in page text. Pure: no DOM, no browser APIs.
 *
 * One left-to-right pass over the string. Latin-script text is read word by
 * word (see matcher/latin-index.ts); Han text character by character (see
 * matcher/han-trie.ts). At each position the longest form starting there
 * wins, and scanning resumes after it, so matches are leftmost-first, then
 * longest, never overlap, and come out in source order.
 *
 * What a match covers (start..end, end exclusive, offsets into the original
 * string):
 * - Latin: from the first letter of the first word to the last letter of the
 *   last word, including a plural "s"/"es"/"ies" on the last word and a
 *   possessive "'s" or plural-possessive "s'" (straight or curly). Quotes,
 *   hyphens, spaces and invisible characters *between* words are inside the
 *   range; quotes *around* the term are not. A trailing "s'" right after a
 *   term opened by a single quote (‘little giants’) is a closing quote, not a
 *   possessive, and is left out.
 * - Han: from the first to the last character of the term; quotation marks
 *   inside the term are covered, those around it are not.
 *
 * Which spellings match a form:
 * - Case: forms with caseSensitive=false ignore case; case-sensitive forms
 *   (acronyms) must match letter for letter, and take only a lower-case "s"
 *   as plural (SMEs, not SMES).
 * - Whole words: a Latin form matches only whole words: "5G" is not found in
 *   "25G" or "5GHz". A hyphen is a word boundary ("non-SME" contains "SME").
 * - Between words: any run of white space (NBSP, thin space, line breaks),
 *   hyphen-minus, U+2010/U+2011/U+2012 hyphens, en dash, quotes and
 *   zero-width characters. The em dash and sentence punctuation end a phrase.
 * - Closed-up compounds: a hyphen in a form may also be absent in the text
 *   ("low-altitude" also matches "lowaltitude").
 * - Inside words: soft hyphens and zero-width characters are ignored.
 * - Plurals: the last word may carry -s, -es or -ies (for -y); a plural last
 *   word in a form also matches its singular ("humanoid robots" ↔
 *   "humanoid robot"). Only the last word inflects, and only regular plurals.
 * - Spelling: "-isation" is read as "-ization" in forms and text alike.
 * - Anything else derived from a word stays unmatched: "industrializing" and
 *   "industrialized" do not match "industrialization".
 * - Punctuation a form spells ("AI+", "Industry 4.0", the commas of
 *   "specialized, refined, distinctive and innovative SMEs") must be in the
 *   text; white space around it is allowed.
 * - Han forms: exact characters (simplified and traditional come from the
 *   glossary as separate forms), ignoring quotation marks and invisible
 *   characters inside the term; no word boundaries.
 * - When two terms list the same form, the one listed first wins.
 *
 * Cost: find allocates the result array and one object per match, nothing
 * per word. Most words cost a class-lookup loop and one table probe (see
 * latin-index.ts), so there is no separate mayContain(): a pre-scan would
 * do the same work as find itself.
 */
import type { SurfaceForm } from '../../glossary/types';
import { CLASS, WORD, startsWithHan } from './matcher/char-class';
import { HanTrie, type HanTrieData } from './matcher/han-trie';
import { LatinIndex, type LatinIndexData } from './matcher/latin-index';
import { latinVariants } from './matcher/latin-forms';

// Imported bindings are live: every use re-reads a module cell (or calls a
// getter, under CommonJS interop as in tsx), which the optimiser cannot fold
// away. Module-local consts it can, and these are read per character.
const CLASS_ = CLASS;
const WORD_ = WORD;

export interface Match {
  termId: string;
  start: number;
  end: number;
  /** Present (true) when the form found is marked only on a page about China (SurfaceForm.gated). */
  gated?: true;
}

export interface Matcher {
  find(text: string): Match[];
  readonly termCount: number;
}

/**
 * A compiled matcher as JSON-safe data. Compiling the glossary in a page
 * would cost every frame of every listed page a noticeable start task; the
 * content script is built with this data (scripts/matcher-data-plugin.ts)
 * and only loads it.
 */
export interface MatcherData {
  version: typeof MATCHER_DATA_VERSION;
  /** The term of each slot the tables point to; a term has two slots when some of its forms are gated. */
  termIds: string[];
  /** The slots whose forms are gated. */
  gated: number[];
  latin: LatinIndexData;
  han: HanTrieData;
}

/** Bumped whenever the data's shape or meaning changes. */
export const MATCHER_DATA_VERSION = 4;

class CompiledMatcher implements Matcher {
  private readonly gatedSlot: Uint8Array;

  constructor(
    private readonly termIds: readonly string[],
    gated: readonly number[],
    private readonly latin: LatinIndex,
    private readonly han: HanTrie,
  ) {
    this.gatedSlot = new Uint8Array(termIds.length);
    for (const slot of gated) this.gatedSlot[slot] = 1;
  }

  get termCount(): number {
    return new Set(this.termIds).size;
  }

  toData(): MatcherData {
    const gated: number[] = [];
    this.gatedSlot.forEach((g, slot) => g && gated.push(slot));
    return { version: MATCHER_DATA_VERSION, termIds: [...this.termIds], gated, latin: this.latin.toData(), han: this.han.toData() };
  }

  private match(slot: number, start: number, end: number): Match {
    const termId = this.termIds[slot]!;
    return this.gatedSlot[slot] === 1 ? { termId, start, end, gated: true } : { termId, start, end };
  }

  find(text: string): Match[] {
    const out: Match[] = [];
    const { latin, han } = this;
    const stops = han.stops;
    const n = text.length;
    let pos = 0;
    for (;;) {
      const at = latin.skipTo(text, pos, n, stops);
      if (at >= n) break;
      const c = text.charCodeAt(at);
      if (CLASS_[c] !== WORD_) {
        const e = han.walk(text, at, n);
        if (e !== -1) {
          out.push(this.match(han.term, at, e));
          pos = e;
        } else {
          pos = at + 1;
        }
        continue;
      }
      let next = latin.matchAt(text, at, n);
      let term = latin.term;
      let end = latin.end;
      // A Chinese form may start with Latin letters ("5G网络"): longest wins.
      if (stops[c] !== 0) {
        const e = han.walk(text, at, n);
        if (e !== -1 && (term === -1 || e > end)) {
          term = han.term;
          end = e;
          next = e;
        }
      }
      if (term !== -1) out.push(this.match(term, at, end));
      pos = next;
    }
    return out;
  }
}

export interface CompileOptions {
  /**
   * Test hook: false makes the scanner look up every word instead of
   * skipping the ones its filters rule out. Results must be identical.
   */
  filters?: boolean;
}

export function compileMatcher(forms: readonly SurfaceForm[], options: CompileOptions = {}): Matcher {
  const termIds: string[] = [];
  const gated: number[] = [];
  const slotOf = new Map<string, number>();
  const latin = new LatinIndex(options.filters ?? true);
  const han = new HanTrie();
  for (const form of forms) {
    const key = form.gated ? `${form.termId} gated` : form.termId;
    let term = slotOf.get(key);
    if (term === undefined) {
      term = termIds.length;
      termIds.push(form.termId);
      if (form.gated) gated.push(term);
      slotOf.set(key, term);
    }
    // Trust the text over the label: a Chinese string filed as 'latin' would
    // otherwise never match, since Han characters are never Latin words.
    if (form.script === 'han' || startsWithHan(form.text)) {
      han.add(form.text, term);
    } else {
      for (const tokens of latinVariants(form.text, form.caseSensitive)) latin.add(tokens, term, form.caseSensitive);
    }
  }
  latin.finish();
  han.finish();
  return new CompiledMatcher(termIds, gated, latin, han);
}

/** What compileMatcher(forms) builds, as data for loadMatcher. */
export function matcherData(forms: readonly SurfaceForm[]): MatcherData {
  return (compileMatcher(forms) as CompiledMatcher).toData();
}

/** The matcher compileMatcher built, from matcherData's output; throws on data of another version. */
export function loadMatcher(data: MatcherData): Matcher {
  if (data.version !== MATCHER_DATA_VERSION) throw new Error(`matcher data version ${String(data.version)}, expected ${MATCHER_DATA_VERSION}`);
  return new CompiledMatcher(data.termIds, data.gated, LatinIndex.fromData(data.latin), HanTrie.fromData(data.han));
}
