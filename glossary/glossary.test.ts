// @vitest-environment node
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import raw from './interview.txt?raw';
import {
  ARTICLE,
  ATTRIBUTION,
  CATEGORIES,
  TERMS,
  getTerm,
  paragraphAnchor,
  parseArticle,
  surfaceForms,
  termIds,
} from './index';
import type { Term } from './index';
import {
  checkCitations,
  checkFields,
  checkFigures,
  checkIds,
  checkNamedInArticle,
  checkRelated,
  checkSurfaceFormOwners,
  containsForm,
  latinKey,
  sentences,
} from './validate';

const FILE = fileURLToPath(new URL('./interview.txt', import.meta.url));
const SHARED_SOURCE = '/work/shared/source/interview.txt';
const source = readFileSync(FILE, 'utf8');

/** The body as the file has it: everything after the header line, trimmed. */
const sourceBody = source.slice(source.indexOf('\n') + 1).trim();

/** A deep copy of one real term with some fields replaced. */
function mutate(id: string, change: Partial<Term>): Term[] {
  return TERMS.map((t) => (t.id === id ? { ...structuredClone(t), ...change } : t));
}

describe('article', () => {
  it('glossary/interview.txt is a byte-identical copy of the shared source', () => {
    if (!existsSync(SHARED_SOURCE)) return; // the shared folder is not in every checkout
    expect(readFileSync(FILE).equals(readFileSync(SHARED_SOURCE))).toBe(true);
  });

  it('the ?raw import gives the file text unchanged', () => {
    expect(raw).toBe(source);
  });

  it('reads the header line and the dateline', () => {
    expect(ARTICLE.title).toBe('Interview: China to accelerate promotion of new industrialization, says minister');
    expect(ARTICLE.date).toBe('2024-09-02');
    expect(ARTICLE.datelineDate).toBe('2024-08-31');
    expect(ARTICLE.source).toBe('Xinhua');
    expect(ARTICLE.speaker).toBe('Jin Zhuanglong');
  });

  it('paragraph 1 is the dateline paragraph', () => {
    expect(ARTICLE.paragraphs[0]?.startsWith('BEIJING, Aug. 31 (Xinhua) --')).toBe(true);
  });

  it('has as many paragraphs as the source has blank-line separated blocks', () => {
    const blocks = sourceBody.split('\n\n').filter((b) => b.trim() !== '');
    expect(ARTICLE.paragraphs.length).toBe(blocks.length);
    expect(ARTICLE.paragraphs.length).toBe(10);
  });

  it('the joined paragraphs reproduce the source body', () => {
    expect(ARTICLE.paragraphs.join('\n\n')).toBe(sourceBody);
  });

  it('parses CRLF text the same way', () => {
    expect(parseArticle(source.replace(/\n/g, '\r\n'))).toEqual(ARTICLE);
  });

  it('works out the dateline year across a new year', () => {
    const a = parseArticle(' date 2025-01-02 T\n\nBEIJING, Dec. 30 (Xinhua) -- Premier Li Qiang said so.\n');
    expect(a.datelineDate).toBe('2024-12-30');
    expect(a.speaker).toBe('Li Qiang');
  });

  it('rejects text without the expected shape', () => {
    expect(() => parseArticle('no header here\n\nBEIJING, Aug. 31 (Xinhua) -- x')).toThrow(/header/);
    expect(() => parseArticle(' date 2024-09-02 T\n\nNo dateline, Jin said.')).toThrow(/dateline/);
    expect(() => parseArticle(' date 2024-09-02 T\n')).toThrow(/no paragraphs/);
  });
});

describe('terms', () => {
  it('has at least 35 terms', () => {
    expect(TERMS.length).toBeGreaterThanOrEqual(35);
  });

  it('ids are unique and kebab-case', () => {
    expect(checkIds(TERMS)).toEqual([]);
    expect(checkIds(mutate('real-economy', { id: 'Real_Economy' }))).toHaveLength(1);
    expect(checkIds([...TERMS, TERMS[0] as Term])).toHaveLength(1);
  });

  it('related ids exist and are not the term itself', () => {
    expect(checkRelated(TERMS)).toEqual([]);
    expect(checkRelated(mutate('real-economy', { related: ['real-economy', 'no-such-term'] }))).toHaveLength(2);
  });

  it('every field is filled and well formed', () => {
    expect(checkFields(TERMS)).toEqual([]);
    expect(checkFields(mutate('real-economy', { definition: '' }))).not.toEqual([]);
    expect(checkFields(mutate('real-economy', { citations: [] }))).not.toEqual([]);
    expect(checkFields(mutate('real-economy', { definition: 'One. Two. Three. Four.' }))).not.toEqual([]);
    expect(checkFields(mutate('real-economy', { variants: [' '] }))).not.toEqual([]);
    expect(checkFields(mutate('real-economy', { acronyms: ['re'] }))).not.toEqual([]);
    const real = getTerm('real-economy');
    expect(real).toBeDefined();
    if (!real) return;
    expect(checkFields(mutate('real-economy', { zh: { ...real.zh, pinyin: 'shiti jingji' } }))).not.toEqual([]);
    expect(checkFields(mutate('real-economy', { zh: { ...real.zh, traditional: real.zh.simplified } }))).not.toEqual(
      [],
    );
    expect(checkFields(mutate('real-economy', { zh: { ...real.zh, simplified: 'real' } }))).not.toEqual([]);
  });

  it('definitions are one to three sentences', () => {
    for (const t of TERMS) {
      const n = sentences(t.definition).length;
      expect(n, t.id).toBeGreaterThanOrEqual(1);
      expect(n, t.id).toBeLessThanOrEqual(3);
    }
  });

  it('every citation quotes its paragraph verbatim and names the term', () => {
    expect(checkCitations(TERMS, ARTICLE)).toEqual([]);
    const quote = 'promote deeper integration of the real economy and the digital economy';
    expect(checkCitations(mutate('real-economy', { citations: [{ paragraph: 3, quote }] }), ARTICLE)).toHaveLength(1);
    expect(checkCitations(mutate('real-economy', { citations: [{ paragraph: 99, quote }] }), ARTICLE)).toHaveLength(1);
    const altered = { paragraph: 2, quote: 'promote deep integration of the real economy' };
    expect(checkCitations(mutate('real-economy', { citations: [altered] }), ARTICLE)).toHaveLength(1);
    const offTopic = { paragraph: 2, quote: 'Jin said in an interview with Xinhua' };
    expect(checkCitations(mutate('real-economy', { citations: [offTopic] }), ARTICLE)).toHaveLength(1);
  });

  it('every term is named in the article by its name or a variant', () => {
    expect(checkNamedInArticle(TERMS, ARTICLE)).toEqual([]);
    expect(checkNamedInArticle(mutate('real-economy', { name: 'unreal economy', variants: [] }), ARTICLE)).toHaveLength(
      1,
    );
  });

  it('no surface form is claimed by two terms', () => {
    expect(checkSurfaceFormOwners(TERMS)).toEqual([]);
    // Same string up to case, quotes, separators or a plural -s still collides.
    const clashes: [string, string][] = [
      ['SMEs', 'smes'],
      ['Digital-Economy', 'digital-economy'],
      ['digital economies', 'digital-economy'],
      ['“little giant” firm', 'little-giant-firms'],
    ];
    for (const [clash, owner] of clashes) {
      const problems = checkSurfaceFormOwners(mutate('real-economy', { variants: [clash] }));
      expect(problems.length, clash).toBeGreaterThan(0);
      for (const problem of problems) expect(problem).toContain(`(${owner})`);
    }
    const real = getTerm('real-economy');
    if (!real) throw new Error('real-economy missing');
    const zh = { ...real.zh, variants: ['数字经济'] };
    expect(checkSurfaceFormOwners(mutate('real-economy', { zh }))).toHaveLength(1);
  });

  it('figures appear with their unit in the cited paragraph', () => {
    expect(checkFigures(TERMS, ARTICLE)).toEqual([]);
    const figures = TERMS.flatMap((t) => t.figures);
    expect(figures.map((f) => `${f.value} ${f.unit}`).sort()).toEqual([
      '12,000 firms',
      '32.5 trillion yuan',
      '4.57 trillion U.S. dollars',
    ]);
    const bad = { value: '32.5', unit: 'trillion yuan', label: 'x', when: 'in 2023', date: '2023', paragraph: 4 };
    expect(checkFigures(mutate('real-economy', { figures: [bad] }), ARTICLE)).toEqual([
      'real-economy: figure 32.5 not in paragraph 4',
      'real-economy: figure year 2023 is neither in paragraph 4 nor the interview year',
    ]);
    const usdFigure = { ...bad, paragraph: 5, unit: 'trillion U.S. dollars', value: '4.57' };
    expect(checkFigures(mutate('real-economy', { figures: [usdFigure] }), ARTICLE)).toEqual([]);
    const unitBefore = { ...usdFigure, value: '4.57', unit: 'trillion yuan' };
    expect(checkFigures(mutate('real-economy', { figures: [unitBefore] }), ARTICLE)).toHaveLength(1);
    const wrongYear = { ...bad, paragraph: 5, when: 'in 2022', date: '2022' };
    expect(checkFigures(mutate('real-economy', { figures: [wrongYear] }), ARTICLE)).toHaveLength(1);
  });

  it('covers the headline terms with their official Chinese names', () => {
    const zhOf = (id: string): string | undefined => getTerm(id)?.zh.simplified;
    expect(zhOf('new-industrialization')).toBe('新型工业化');
    expect(zhOf('low-altitude-economy')).toBe('低空经济');
    expect(zhOf('little-giant-firms')).toBe('专精特新“小巨人”企业');
    expect(zhOf('ministry-of-industry-and-information-technology')).toBe('工业和信息化部');
    expect(getTerm('little-giant-firms')?.figures[0]?.value).toBe('12,000');
  });
});

describe('folding helpers', () => {
  it('treat case, quotes, separators and plurals as the matcher does', () => {
    expect(latinKey('"Little Giant" Firms')).toBe(latinKey('little-giant firm'));
    expect(latinKey('lithium batteries')).toBe(latinKey('lithium battery'));
    expect(latinKey('real economy')).not.toBe(latinKey('digital economy'));
    expect(containsForm('the real economy and', 'Real-Economy')).toBe(true);
    expect(containsForm('the surreal economy', 'real economy')).toBe(false);
  });
});

describe('index', () => {
  it('getTerm finds every term by id and nothing else', () => {
    for (const t of TERMS) expect(getTerm(t.id)).toBe(t);
    expect(getTerm('no-such-term')).toBeUndefined();
    expect(termIds).toEqual(TERMS.map((t) => t.id));
  });

  it('CATEGORIES lists each category once, with a label, and every term has one', () => {
    const ids = CATEGORIES.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBe(7);
    for (const c of CATEGORIES) expect(c.label).toMatch(/^[A-Z]/);
    for (const t of TERMS) expect(ids).toContain(t.category);
  });

  it('surfaceForms covers names, variants, acronyms and Chinese forms', () => {
    const forms = surfaceForms();
    const of = (id: string): string[] => forms.filter((f) => f.termId === id).map((f) => f.text);
    expect(of('smes')).toEqual(
      expect.arrayContaining(['small and medium-sized enterprises', 'SMEs', 'SME', '中小企业', '中小企業']),
    );
    // SMEs is a generic term: every form waits for a page about China.
    expect(forms).toContainEqual({ termId: 'smes', text: 'SMEs', caseSensitive: true, script: 'latin', gated: true });
    expect(forms).toContainEqual({
      termId: 'smes',
      text: 'small and medium-sized enterprises',
      caseSensitive: false,
      script: 'latin',
      gated: true,
    });
    expect(forms).toContainEqual({ termId: 'low-altitude-economy', text: '低空經濟', caseSensitive: false, script: 'han' });
    // A specific term's ordinary-word forms are gated, its others are not.
    expect(forms).toContainEqual({ termId: 'little-giant-firms', text: '小巨人', caseSensitive: false, script: 'han', gated: true });
    expect(forms).toContainEqual({ termId: 'little-giant-firms', text: 'little giant enterprises', caseSensitive: false, script: 'latin' });
    expect(forms).toContainEqual({ termId: 'artificial-intelligence', text: '人工智慧', caseSensitive: false, script: 'han', gated: true });
    // "5G" is both the name and the acronym: one case-sensitive form only.
    expect(forms.filter((f) => f.termId === '5g' && f.text === '5G')).toEqual([
      { termId: '5g', text: '5G', caseSensitive: true, script: 'latin', gated: true },
    ]);
    const expected = TERMS.reduce((n, t) => {
      const latin = new Set([t.name, ...t.variants].filter((s) => !t.acronyms.includes(s)).map((s) => s.toLowerCase()));
      const han = new Set([t.zh.simplified, t.zh.traditional ?? t.zh.simplified, ...(t.zh.variants ?? []), ...(t.zh.taiwan ?? [])]);
      return n + latin.size + new Set(t.acronyms).size + han.size;
    }, 0);
    expect(forms.length).toBe(expected);
    expect(surfaceForms([])).toEqual([]);
  });

  it('attribution and anchors', () => {
    expect(ATTRIBUTION).toBe('Jin Zhuanglong, Xinhua interview, 31 Aug 2024');
    expect(paragraphAnchor(3)).toBe('p3');
  });
});
