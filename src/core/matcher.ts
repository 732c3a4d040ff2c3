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
 * - Han forms: exact characters (simplified and traditional come from the
 *   glossary as separate forms), ignoring quotation marks and invisible
 *   characters inside the term; no word boundaries.
 * - When two terms list the same form, the one listed first wins.
 */
import type { SurfaceForm } from '../../glossary/types';
import { CLASS, HAN, WORD } from './matcher/char-class';
import { HanTrie } from './matcher/han-trie';
import { LatinIndex } from './matcher/latin-index';
import { latinVariants } from './matcher/latin-forms';

// V8 re-reads imported bindings (with a TDZ check) at every use, even in
// optimised code; module-local consts are folded. The scan loops read these
// per character, so they are aliased here.
const CLASS_ = CLASS;
const HAN_ = HAN;
const WORD_ = WORD;

export interface Match {
  termId: string;
  start: number;
  end: number;
}

export interface Matcher {
  find(text: string): Match[];
  readonly termCount: number;
}

class CompiledMatcher implements Matcher {
  constructor(
    private readonly termIds: readonly string[],
    private readonly latin: LatinIndex,
    private readonly han: HanTrie,
  ) {}

  get termCount(): number {
    return this.termIds.length;
  }

  find(text: string): Match[] {
    const out: Match[] = [];
    const { latin, han, termIds } = this;
    const latinStarts = han.hasLatinStarts;
    const n = text.length;
    let pos = 0;
    while (pos < n) {
      const c = text.charCodeAt(pos);
      const k = CLASS_[c];
      if (k === WORD_) {
        if (!latinStarts) {
          const skip = latin.quickSkip(text, pos, n);
          if (skip !== -1) {
            pos = skip;
            continue;
          }
        }
        let next = latin.matchAt(text, pos, n);
        let term = latin.term;
        let end = latin.end;
        if (latinStarts && han.startsWith(c)) {
          const e = han.walk(text, pos, n);
          if (e !== -1 && (term === -1 || e > end)) {
            term = han.term;
            end = e;
            next = e;
          }
        }
        if (term !== -1) out.push({ termId: termIds[term]!, start: pos, end });
        pos = next;
      } else if (k === HAN_) {
        const e = han.walk(text, pos, n);
        if (e !== -1) {
          out.push({ termId: termIds[han.term]!, start: pos, end: e });
          pos = e;
        } else {
          pos++;
        }
      } else {
        pos++;
      }
    }
    return out;
  }
}

function startsWithHan(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const k = CLASS_[text.charCodeAt(i)];
    if (k === WORD_) return false;
    if (k === HAN_) return true;
  }
  return false;
}

export function compileMatcher(forms: readonly SurfaceForm[]): Matcher {
  const termIds: string[] = [];
  const termIndex = new Map<string, number>();
  const latin = new LatinIndex();
  const han = new HanTrie();
  for (const form of forms) {
    let term = termIndex.get(form.termId);
    if (term === undefined) {
      term = termIds.length;
      termIds.push(form.termId);
      termIndex.set(form.termId, term);
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
  return new CompiledMatcher(termIds, latin, han);
}
