/**
 * Builds the prefilter (see prefilter.ts): one native RegExp that finds every text the matcher would find a term in,
 * and almost nothing else: the content script's first pass over a page
 * (src/content/gate/). Irregexp code is native from its first character,
 * so on a page without terms the pass costs a fraction of a cold matcher,
 * and the matcher is not even loaded.
 *
 * It must be a superset of the matcher: wherever matcher.find(text) finds
 * a term, test(text) is true. Each form variant the matcher's tables hold
 * (latinVariants) becomes one alternative, loosened wherever the matcher is
 * loose, never tightened:
 * - letters as their fold class (every code unit FOLD maps to the letter),
 *   "ization" also as "isation";
 * - a word start before the first word (no ASCII letter or digit before
 *   it), anything but ASCII letters and digits between words, and the
 *   punctuation a form spells with the same around it;
 * - the last word only up to where a plural or singular could change it
 *   (y, s, es, ies dropped), and when nothing was dropped, a word end after
 *   an optional s or es;
 * - Han forms character by character, with quotation marks allowed between
 *   (read as '"' by then: one short class instead of the whole set per character).
 * Invisible characters are removed from the text before the test (the
 * matcher skips them inside words, and between words they are separators).
 * Proven against the matcher by property tests (prefilter.test.ts).
 */
import type { SurfaceForm } from '../../glossary/types';
import { CLASS, FOLD, FOLD_LIMIT, HAN, IGNORABLE, QUOTE, startsWithHan } from './matcher/char-class';
import { latinVariants, type FormToken } from './matcher/latin-forms';
import type { PrefilterData } from './prefilter';



const hex = (c: number): string => (c < 0x100 ? `\\x${c.toString(16).padStart(2, '0')}` : `\\u${c.toString(16).padStart(4, '0')}`);

/** A character class (body only) for a set of code units, as ranges. */
function classBody(units: readonly number[]): string {
  const sorted = [...new Set(units)].sort((a, b) => a - b);
  let out = '';
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    out += j === i ? hex(sorted[i]!) : j === i + 1 ? hex(sorted[i]!) + hex(sorted[j]!) : `${hex(sorted[i]!)}-${hex(sorted[j]!)}`;
    i = j + 1;
  }
  return out;
}

function unitsOfClass(...kinds: number[]): number[] {
  const out: number[] = [];
  for (let c = 0; c < 0x10000; c++) if (kinds.includes(CLASS[c]!)) out.push(c);
  return out;
}

interface Classes {
  word: string;
  sep: string;
  quote: string;
  quotes: string;
  ignorable: string;
  /** Code units that fold to each folded unit. */
  foldedFrom: Map<number, number[]>;
}

let classes: Classes | null = null;

function charClasses(): Classes {
  if (classes) return classes;
  const foldedFrom = new Map<number, number[]>();
  for (let c = 0; c < FOLD_LIMIT; c++) {
    const f = FOLD[c]!;
    const list = foldedFrom.get(f) ?? [f];
    if (!list.includes(c)) list.push(c);
    foldedFrom.set(f, list);
  }
  classes = {
    // Loose where looseness is sound, and short (the source is repeated per
    // form): ASCII letters and digits are a subset of WORD, so "no word
    // character before/after" holds in more places than the matcher's rule;
    // anything but those is a superset of the separators between words.
    word: '[0-9A-Za-z]',
    sep: '[^0-9A-Za-z]*',
    // The test reads every quotation mark as '"' before the second stage (prefilter.ts).
    quote: '"*',
    quotes: `[${classBody(unitsOfClass(QUOTE))}]`,
    ignorable: `[${classBody(unitsOfClass(IGNORABLE))}]`,
    foldedFrom,
  };
  return classes;
}

const escapeChar = (ch: string): string => (/[\\^$.*+?()[\]{}|/-]/.test(ch) ? `\\${ch}` : ch);

/** The code units a text may have where a folded form has unit f. */
function letter(f: number, c: Classes, extra: readonly number[] = []): string {
  // The i flag folds ASCII letters exactly as FOLD does (no other unit folds to one: checked in the tests).
  if (f < 0x80 && extra.length === 0) return escapeChar(String.fromCharCode(f));
  const units = [...(c.foldedFrom.get(f) ?? [f]), ...extra];
  if (units.length === 1) {
    const ch = String.fromCharCode(units[0]!);
    return /[a-z0-9]/i.test(ch) ? ch : hex(units[0]!);
  }
  return `[${classBody(units)}]`;
}

/** Regex atoms for a folded word, "ization" also read as "isation". */
function wordAtoms(norm: string, c: Classes): string[] {
  const atoms: string[] = [];
  for (let i = 0; i < norm.length; i++) {
    const isZ = norm[i] === 'z' && norm.startsWith('ization', i - 1);
    atoms.push(letter(norm.charCodeAt(i), c, isZ ? [...(c.foldedFrom.get(0x73) ?? [0x73])] : []));
  }
  return atoms;
}

/**
 * The text may add s or es to a form's last word, or spell a final y as
 * ies (singulars of plural forms are variants of their own): a last word
 * ending in y is certain up to the y, any other whole.
 */
function stablePrefix(norm: string): string {
  return norm.length > 1 && norm.endsWith('y') ? norm.slice(0, -1) : norm;
}

/** One variant as a first stage (the word or character it starts with) and the rest, as atoms. */
interface Split {
  /** The folded first word (Latin) or first character (Han): the second stage's key. */
  key: string;
  /** The key as a pattern (the first stage is an alternation of these). */
  head: string;
  rest: string[];
}

function latinSplit(tokens: readonly FormToken[], c: Classes): Split | null {
  if (tokens.length === 0 || tokens[0]!.punct) return null;
  const rest: string[] = [];
  let key = '';
  let head = '';
  tokens.forEach((t, i) => {
    const last = i === tokens.length - 1;
    const norm = last ? stablePrefix(t.norm) : t.norm;
    if (i === 0) {
      key = norm;
      head = wordAtoms(norm, c).join('');
    } else {
      rest.push(c.sep);
      rest.push(...(t.punct ? [escapeChar(t.norm)] : wordAtoms(norm, c)));
    }
    // Whole words only: "5G" is not in "5GHz". A plural s or es may follow.
    if (last && !t.punct && norm === t.norm) rest.push(`(?=(?:${letter(0x73, c)}|${letter(0x65, c)}${letter(0x73, c)})?(?!${c.word}))`);
  });
  return { key, head, rest };
}

function hanSplit(text: string, c: Classes): Split | null {
  const units: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const u = text.charCodeAt(i);
    const k = CLASS[u];
    if (k !== QUOTE && k !== IGNORABLE) units.push(u);
  }
  if (units.length === 0) return null;
  const atom = (u: number): string => (CLASS[u] === HAN ? String.fromCharCode(u) : escapeChar(String.fromCharCode(u)));
  const rest: string[] = [];
  for (const u of units.slice(1)) rest.push(c.quote, atom(u));
  return { key: String.fromCharCode(units[0]!), head: atom(units[0]!), rest };
}

interface Node {
  next: Map<string, Node>;
  end: boolean;
}

/** Alternatives sharing a start share it in the source: a trie of atoms, emitted as nested groups. */
function emit(node: Node): string {
  const parts = [...node.next].map(([atom, child]) => atom + (child.end ? '' : emit(child)));
  if (parts.length === 1) return parts[0]!;
  return `(?:${parts.join('|')})`;
}

/** The prefilter for these forms (the build runs this: scripts/matcher-data-source.ts). */
export function prefilterData(forms: readonly SurfaceForm[]): PrefilterData {
  const c = charClasses();
  const groups = new Map<string, { head: string; latin: boolean; root: Node }>();
  const add = (split: Split | null, latin: boolean): void => {
    if (!split) return;
    const g = groups.get(split.key) ?? { head: split.head, latin, root: { next: new Map(), end: false } };
    groups.set(split.key, g);
    let node = g.root;
    for (const a of split.rest) {
      if (node.end) return;
      let child = node.next.get(a);
      if (!child) {
        child = { next: new Map(), end: false };
        node.next.set(a, child);
      }
      node = child;
    }
    // A shorter alternative already matches wherever a longer one would.
    node.end = true;
    node.next.clear();
  };
  for (const f of forms) {
    if (f.script === 'han' || startsWithHan(f.text)) add(hanSplit(f.text, c), false);
    else for (const v of latinVariants(f.text, f.caseSensitive)) add(latinSplit(v, c), true);
  }
  // Longest first: at a word start the first stage takes the longest key, and the test tries its prefixes too.
  const keys = [...groups.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  const latinHeads = keys.filter((k) => groups.get(k)!.latin).map((k) => groups.get(k)!.head);
  const hanHeads = keys.filter((k) => !groups.get(k)!.latin).map((k) => groups.get(k)!.head);
  const alternatives: string[] = [];
  if (latinHeads.length > 0) alternatives.push(`(?<!${c.word})(?:${latinHeads.join('|')})`);
  if (hanHeads.length > 0) alternatives.push(`[${hanHeads.join('')}]`);
  const rest: Record<string, string> = {};
  for (const k of keys) {
    const root = groups.get(k)!.root;
    rest[k] = root.end || root.next.size === 0 ? '' : emit(root);
  }
  return { first: alternatives.length > 0 ? alternatives.join('|') : '(?!)', rest, ignorable: c.ignorable, quotes: c.quotes };
}
