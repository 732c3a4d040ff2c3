import { describe, expect, it } from 'vitest';
import { FOLD, FOLD_LIMIT, fold } from './char-class';

describe('case folding table', () => {
  it('holds, for every code unit it covers, what toLowerCase gives that unit alone, where that is one unit', () => {
    for (let c = 0; c < FOLD_LIMIT; c++) {
      const lower = String.fromCharCode(c).toLowerCase();
      expect(FOLD[c], `U+${c.toString(16)}`).toBe(lower.length === 1 ? lower.charCodeAt(0) : c);
    }
  });

  it('folds Latin, Greek and Cyrillic capitals and keeps lengths', () => {
    expect(String.fromCharCode(...[...'ÀΣЖZİ'].map((ch) => fold(ch.charCodeAt(0))))).toBe('àσжzİ');
    expect(fold(0x4e2d)).toBe(0x4e2d);
  });
});
