import { describe, expect, it } from 'vitest';
import { TERMS } from '../../glossary/index';
import { buildTermIndex, foldLatin } from './term-search';

const index = buildTermIndex(TERMS);
const ids = (q: string): string[] => index.search(q).map((t) => t.id);

describe('foldLatin', () => {
  it('strips tones and diacritics, folds case, hyphens and spaces', () => {
    expect(foldLatin('Xīnxíng  Gōngyèhuà')).toBe('xinxing gongyehua');
    expect(foldLatin('lǜsè')).toBe('luse');
    expect(foldLatin('new-type')).toBe('new type');
  });
});

describe('glossary search', () => {
  it('an empty query lists every term in glossary order', () => {
    expect(ids('   ')).toEqual(TERMS.map((t) => t.id));
  });
  it('finds by English name, case-insensitively, with the exact name first', () => {
    const r = ids('NEW INDUSTRIALIZATION');
    expect(r[0]).toBe('new-industrialization');
  });
  it('finds by an English variant (British spelling)', () => {
    expect(ids('industrialisation')).toContain('new-industrialization');
  });
  it('finds by simplified and by traditional Chinese', () => {
    expect(ids('新型工业化')[0]).toBe('new-industrialization');
    expect(ids('新型工業化')[0]).toBe('new-industrialization');
  });
  it('finds by pinyin without tones, with or without spaces, and with tones', () => {
    expect(ids('xinxing gongyehua')[0]).toBe('new-industrialization');
    expect(ids('xinxinggongyehua')[0]).toBe('new-industrialization');
    expect(ids('xīnxíng')).toContain('new-industrialization');
  });
  it('finds nothing for nonsense', () => {
    expect(ids('qqqzzzxxx')).toEqual([]);
  });
  it('every term can be found by its own name, Chinese name and pinyin', () => {
    for (const t of TERMS) {
      expect(ids(t.name)).toContain(t.id);
      expect(ids(t.zh.simplified)).toContain(t.id);
      expect(ids(foldLatin(t.zh.pinyin))).toContain(t.id);
    }
  });
});
