import { describe, expect, it } from 'vitest';
import { parseScanNote, scanNoteCode } from './scan-note';

describe('scan notes', () => {
  it('round-trip through their code', () => {
    expect(scanNoteCode({ kind: 'block', limit: 100000 })).toBe('block:100000');
    expect(parseScanNote('block:100000')).toEqual({ kind: 'block', limit: 100000 });
    expect(parseScanNote(scanNoteCode({ kind: 'ranges', limit: 20000 }))).toEqual({ kind: 'ranges', limit: 20000 });
  });

  it('read anything else as no known note', () => {
    for (const s of ['', 'block:', 'block:-1', 'ranges:1e9', 'more than 20000 occurrences', 'block:1:2']) expect(parseScanNote(s), s).toBeNull();
  });
});
