/**
 * Why a page was not highlighted in full, as the content script reports it
 * in get-page-terms' `note`: a short code with the limit ("block:100000"),
 * not a sentence, so that the popup says it in the reader's language. Pure.
 */
export type ScanNote = { kind: 'block'; limit: number } | { kind: 'ranges'; limit: number };

export function scanNoteCode(note: ScanNote): string {
  return `${note.kind}:${note.limit}`;
}

/** The note a code stands for; null for anything else (an older or foreign sender). */
export function parseScanNote(code: string): ScanNote | null {
  const m = /^(block|ranges):(\d{1,9})$/.exec(code);
  if (!m) return null;
  return { kind: m[1] === 'block' ? 'block' : 'ranges', limit: Number(m[2]) };
}
