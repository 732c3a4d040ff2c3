import { describe, expect, it } from 'vitest';
import { badgeText, badgeTitle, distinctTerms, parseTabTerms, tabStorageKey } from './badge';

describe('badge', () => {
  it('counts distinct terms, not occurrences', () => {
    expect(badgeText({ active: true, counts: { 'new-industrialization': 5, 'little-giants': 1 } })).toBe('2');
    expect(distinctTerms({ a: 3 })).toBe(1);
  });
  it('is empty when off, when nothing was found, or with no state', () => {
    expect(badgeText({ active: false, counts: { a: 3 } })).toBe('');
    expect(badgeText({ active: true, counts: {} })).toBe('');
    expect(badgeText(null)).toBe('');
    expect(badgeText(undefined)).toBe('');
  });
  it('caps at 99+', () => {
    const counts = Object.fromEntries(Array.from({ length: 120 }, (_, i) => [`t${i}`, 1]));
    expect(badgeText({ active: true, counts })).toBe('99+');
  });
  it('titles the action to match', () => {
    const words = { name: 'Policy Lens', terms: (n: number) => `Policy Lens: ${n} policy term${n === 1 ? '' : 's'} on this page` };
    expect(badgeTitle({ active: true, counts: { a: 1 } }, words)).toBe('Policy Lens: 1 policy term on this page');
    expect(badgeTitle({ active: true, counts: { a: 1, b: 2, c: 0 } }, words)).toContain('2 policy terms');
    expect(badgeTitle({ active: false, counts: { a: 1 } }, words)).toBe('Policy Lens');
    expect(badgeTitle({ active: true, counts: {} }, words)).toBe('Policy Lens');
  });
  it('validates stored per-tab records', () => {
    expect(parseTabTerms({ active: true, counts: { a: 1 } })).toEqual({ active: true, counts: { a: 1 } });
    expect(parseTabTerms({ active: 'yes', counts: {} })).toBeNull();
    expect(parseTabTerms({ active: true, counts: { a: -1 } })).toBeNull();
    expect(parseTabTerms({ active: true, counts: { 'Bad Id': 1 } })).toBeNull();
    expect(parseTabTerms(null)).toBeNull();
    expect(parseTabTerms([])).toBeNull();
    expect(tabStorageKey(12)).toBe('tab:12');
  });
});
