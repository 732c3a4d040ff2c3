/** Matching one very long text in bounded pieces. */
import type { TermFinder, TermMatch } from '../../ui/types';

const CHUNK = 50_000;
const OVERLAP = 200;

/** matcher.find over a long text in pieces, so one call never sees more than CHUNK + 2·OVERLAP chars. */
export function findInPieces(finder: TermFinder, text: string, chunk = CHUNK, overlap = OVERLAP): readonly TermMatch[] {
  if (text.length <= chunk) return finder.find(text);
  const out: TermMatch[] = [];
  let lastEnd = 0;
  for (let s = 0; s < text.length; s += chunk) {
    const from = Math.max(0, s - overlap);
    const to = Math.min(text.length, s + chunk + overlap);
    for (const m of finder.find(text.slice(from, to))) {
      const start = m.start + from;
      const end = m.end + from;
      if (start < s || start >= s + chunk || start < lastEnd) continue;
      out.push({ termId: m.termId, start, end });
      lastEnd = end;
    }
  }
  return out;
}
