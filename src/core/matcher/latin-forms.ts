/**
 * Turns one Latin-script surface form into the token sequences the trie
 * stores. All typographic tolerance that cannot be decided while scanning
 * text (closed-up compounds, singular of a plural canonical form) is
 * expanded here, once, at compile time, so the scanner stays simple.
 */
import { CLASS, HYPHEN, IGNORABLE, QUOTE, SPACE, WORD, fold } from './char-class';

export interface FormToken {
  /** Case-folded, -isation→-ization normalised: the trie key. */
  norm: string;
  /** As written in the form (minus invisible characters): checked for case-sensitive forms. */
  raw: string;
  /** A single punctuation character the text must contain literally ("+" in "AI+"). */
  punct: boolean;
}

/** More joinable hyphens than this and only "none joined" and "all joined" are generated. */
const MAX_JOIN_SUBSETS = 3;

/**
 * The scanner rewrites each completed "isation" in a word to "ization", so
 * forms must be normalised the same way to share keys with scanned text.
 */
function normaliseSpelling(norm: string): string {
  return norm.replace(/isation/g, 'ization');
}

interface Split {
  tokens: FormToken[];
  /** joinable[i]: tokens i and i+1 were separated by a hyphen (and may be closed up). */
  joinable: boolean[];
}

function split(text: string): Split {
  const tokens: FormToken[] = [];
  const joinable: boolean[] = [];
  let raw = '';
  let norm = '';
  let gapHasHyphen = false;
  let gapIsTight = false;
  const flush = (): void => {
    if (raw === '') return;
    if (tokens.length > 0) joinable.push(gapHasHyphen && !gapIsTight);
    tokens.push({ norm: normaliseSpelling(norm), raw, punct: false });
    raw = '';
    norm = '';
    gapHasHyphen = false;
    gapIsTight = false;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const k = CLASS[c];
    if (k === WORD) {
      raw += text[i];
      norm += String.fromCharCode(fold(c));
    } else if (k === IGNORABLE) {
      continue;
    } else if (k === SPACE || k === QUOTE || k === HYPHEN) {
      flush();
      if (k === HYPHEN) gapHasHyphen = true;
    } else {
      flush();
      // Leading punctuation cannot anchor a match (the scanner only starts
      // phrases on words), so it is dropped rather than making the form dead.
      if (tokens.length > 0) {
        joinable.push(false);
        tokens.push({ norm: text[i]!, raw: text[i]!, punct: true });
      }
      gapIsTight = true;
      gapHasHyphen = false;
    }
  }
  flush();
  return { tokens, joinable };
}

function joinAt(tokens: readonly FormToken[], joinable: readonly boolean[], mask: number, bits: readonly number[]): FormToken[] {
  const chosen = new Set<number>();
  bits.forEach((gap, b) => {
    if (mask & (1 << b)) chosen.add(gap);
  });
  const out: FormToken[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const prev = out[out.length - 1];
    if (i > 0 && joinable[i - 1] && chosen.has(i - 1) && prev) {
      out[out.length - 1] = { norm: normaliseSpelling(prev.norm + t.norm), raw: prev.raw + t.raw, punct: false };
    } else {
      out.push(t);
    }
  }
  return out;
}

/** Singular of a plural last word, or null when it does not look like a regular plural. */
function singularOf(token: FormToken, caseSensitive: boolean): FormToken | null {
  if (token.punct) return null;
  const { norm, raw } = token;
  if (caseSensitive) {
    // "SMEs" → "SME", "ICs" → "IC": a lower-case s after a capital or digit.
    const before = raw.charCodeAt(raw.length - 2);
    const upperOrDigit = (before >= 0x41 && before <= 0x5a) || (before >= 0x30 && before <= 0x39);
    if (raw.length >= 3 && raw.endsWith('s') && upperOrDigit) {
      return { norm: norm.slice(0, -1), raw: raw.slice(0, -1), punct: false };
    }
    return null;
  }
  let cut = 0;
  let tail = '';
  if (norm.length > 4 && norm.endsWith('ies')) {
    cut = 3;
    tail = 'y';
  } else if (/(?:ss|ch|sh|x|z)es$/.test(norm)) {
    cut = 2;
  } else if (norm.length > 3 && norm.endsWith('s') && !/(?:ss|us|is|ics)$/.test(norm)) {
    cut = 1;
  }
  if (cut === 0) return null;
  return { norm: norm.slice(0, -cut) + tail, raw: raw.slice(0, -cut) + tail, punct: false };
}

/**
 * Every token sequence under which the form should be found: as written,
 * with hyphenated parts closed up ("bio-manufacturing" → "biomanufacturing"),
 * and with a plural last word also in the singular ("humanoid robots" →
 * "humanoid robot"). Returns [] for forms with no words.
 */
export function latinVariants(text: string, caseSensitive: boolean): FormToken[][] {
  const { tokens, joinable } = split(text);
  if (tokens.length === 0) return [];
  const gaps: number[] = [];
  joinable.forEach((j, i) => {
    if (j) gaps.push(i);
  });
  const masks: number[] = [];
  if (gaps.length <= MAX_JOIN_SUBSETS) {
    for (let m = 0; m < 1 << gaps.length; m++) masks.push(m);
  } else {
    masks.push(0, (1 << gaps.length) - 1);
  }
  const out: FormToken[][] = [];
  for (const m of masks) {
    const seq = joinAt(tokens, joinable, m, gaps);
    out.push(seq);
    const last = seq[seq.length - 1]!;
    const singular = singularOf(last, caseSensitive);
    if (singular) out.push([...seq.slice(0, -1), singular]);
  }
  return out;
}
