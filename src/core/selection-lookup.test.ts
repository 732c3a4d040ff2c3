import { describe, expect, it } from 'vitest';
import { surfaceForms, TERMS } from '../../glossary/core';
import { compileMatcher } from './matcher';
import { buildSelectionLookup, cleanSelection, editDistance, MAX_CLOSEST } from './selection-lookup';

const { lookup } = buildSelectionLookup(TERMS, compileMatcher(surfaceForms()));

describe('cleanSelection', () => {
  it('trims space, surrounding punctuation and a leading article', () => {
    expect(cleanSelection('  “the low-altitude\n economy,”  ')).toBe('low-altitude economy');
    expect(cleanSelection('(低空经济)')).toBe('低空经济');
    expect(cleanSelection('…')).toBe('');
  });
});

describe('editDistance', () => {
  it('counts a swap of neighbours as one edit', () => {
    expect(editDistance('altitude', 'altitdue')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
  });
});

describe('selection look-up: exact', () => {
  it.each([
    ['low-altitude economy', 'low-altitude-economy'],
    ['Low Altitude Economies', 'low-altitude-economy'],
    ['the low-altitude economy.', 'low-altitude-economy'],
    ['低空经济', 'low-altitude-economy'],
    ['低空經濟', 'low-altitude-economy'],
    ['dikong jingji', 'low-altitude-economy'],
    ['new industrialisation', 'new-industrialization'],
    ['MIIT', 'ministry-of-industry-and-information-technology'],
    ['miit', 'ministry-of-industry-and-information-technology'],
    ['little giants', 'little-giant-firms'],
    ['Jin Zhuanglong', 'jin-zhuanglong'],
  ])('%j names %s', (sel, id) => {
    expect(lookup(sel)).toEqual({ exact: true, termIds: [id] });
  });

  it('every term is found exactly by its own name and its Chinese name', () => {
    for (const t of TERMS) {
      expect(lookup(t.name)).toEqual({ exact: true, termIds: [t.id] });
      expect(lookup(t.zh.simplified)).toEqual({ exact: true, termIds: [t.id] });
    }
  });
});

describe('selection look-up: closest entries', () => {
  it('a misspelling puts the term meant first', () => {
    for (const sel of ['low-altitute economy', 'low altitude econmy', 'low-altitude ecnoomy', 'new industrilization']) {
      const r = lookup(sel);
      expect(r.exact).toBe(false);
      expect(r.termIds[0], sel).toBe(sel.startsWith('new') ? 'new-industrialization' : 'low-altitude-economy');
    }
  });

  it('part of a name lists the terms that hold it', () => {
    const r = lookup('altitude');
    expect(r.exact).toBe(false);
    expect(r.termIds).toContain('low-altitude-economy');
  });

  it('a sentence lists the terms it holds, first', () => {
    const r = lookup('MIIT said the low-altitude economy will grow');
    expect(r.exact).toBe(false);
    expect(r.termIds.slice(0, 2).sort()).toEqual(['low-altitude-economy', 'ministry-of-industry-and-information-technology']);
  });

  it('Chinese that shares characters with a name is close to it', () => {
    expect(lookup('低空经')).toMatchObject({ exact: false, termIds: expect.arrayContaining(['low-altitude-economy']) });
  });

  it('lists at most a few, and nothing for unrelated words or an empty selection', () => {
    expect(lookup('the').termIds.length).toBeLessThanOrEqual(MAX_CLOSEST);
    expect(lookup('banana bread recipe')).toEqual({ exact: false, termIds: [] });
    expect(lookup('   ')).toEqual({ exact: false, termIds: [] });
    expect(lookup('x'.repeat(10_000)).termIds.length).toBeLessThanOrEqual(MAX_CLOSEST);
  });
});
