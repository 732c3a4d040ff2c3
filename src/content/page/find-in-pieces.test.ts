import { describe, expect, it } from 'vitest';
import type { TermFinder, TermMatch } from '../../ui/types';
import { findInPieces } from './find-in-pieces';

/** A finder for the word "giant" (whole words only). */
const giant: TermFinder = {
  find(text: string): TermMatch[] {
    const out: TermMatch[] = [];
    for (const m of text.matchAll(/\bgiant\b/g)) out.push({ termId: 'giant', start: m.index, end: m.index + 5 });
    return out;
  },
};

describe('findInPieces', () => {
  it('equals one find() over the whole text, including matches straddling piece borders', () => {
    const text = Array.from({ length: 400 }, (_, i) => (i % 7 === 0 ? 'giant' : `w${i}`)).join(' ');
    const whole = giant.find(text);
    expect(whole.length).toBeGreaterThan(50);
    for (const chunk of [50, 64, 101, 997]) expect(findInPieces(giant, text, chunk, 20)).toEqual(whole);
  });

  it('does not see a word cut at a piece border as a whole word', () => {
    const text = `${'x'.repeat(45)}bigiant giant`;
    expect(findInPieces(giant, text, 48, 10)).toEqual(giant.find(text));
  });
});
