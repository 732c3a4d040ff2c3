// @vitest-environment node
/**
 * The glossary's facts, one test per claim a card makes that could be wrong
 * or go stale: who held which office when, what each figure counts and as
 * of when, what the SRDI programme and the "little giants" are, and which
 * words of a card come from the interview.
 */
import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { getTerm, scopeCounts, TERMS } from './core';
import type { Term } from './types';
import { checkBackgroundApart, checkDatedClaims, checkFields, checkScriptPairs, sentences } from './validate';

function term(id: string): Term {
  const t = getTerm(id);
  if (!t) throw new Error(`glossary lacks ${id}`);
  return t;
}

function withChange(id: string, change: Partial<Term>): Term[] {
  return TERMS.map((t) => (t.id === id ? { ...structuredClone(t), ...change } : t));
}

/** Everything a card prints about a term, background and interview alike. */
function cardText(t: Term): string {
  return [t.definition, t.inInterview, ...t.timeline.map((e) => e.event), ...t.figures.map((f) => `${f.label} ${f.when}`)].join(' ');
}

describe('offices, dated', () => {
  it('Jin Zhuanglong: minister from December 2022 to April 2025, and at the time of the interview', () => {
    const jin = term('jin-zhuanglong');
    expect(jin.definition).toMatch(/from December 2022 to April 2025/);
    expect(jin.definition).toMatch(/minister when he gave this interview in August 2024/);
    expect(jin.definition).toMatch(/Li Lecheng succeeded him/);
    expect(jin.timeline.map((e) => e.date)).toEqual(['2022-12', '2024-08', '2025-04']);
  });

  it('no card calls Jin, or anyone, the current minister', () => {
    for (const t of TERMS) {
      expect(cardText(t), t.id).not.toMatch(/\bcurrent(?:ly)? minister|\bis led by\b|\bminister since \d{4}\b|\bsince 2022\b/i);
    }
    expect(checkDatedClaims(TERMS)).toEqual([]);
  });

  it('the dated-claims check fails on the old wording', () => {
    const old = "China's Minister of Industry and Information Technology since 2022, and the speaker in this Xinhua interview.";
    expect(checkDatedClaims(withChange('jin-zhuanglong', { definition: old }))).toEqual([
      `jin-zhuanglong: "since" without an end: "${old}"`,
    ]);
    const led = 'The State Council ministry, established in 2008. It is led by Jin Zhuanglong and runs the "little giant" programme.';
    expect(checkDatedClaims(withChange('ministry-of-industry-and-information-technology', { definition: led }))).toHaveLength(1);
    const current = "China's current Minister of Industry and Information Technology.";
    expect(checkDatedClaims(withChange('jin-zhuanglong', { definition: current })).length).toBeGreaterThan(0);
    const stale = 'The sixth generation of mobile network technology, the successor to 5G, still in research.';
    expect(checkDatedClaims(withChange('6g', { definition: stale }))).toHaveLength(1);
  });

  it('MIIT: what it is, with its ministers dated', () => {
    const miit = term('ministry-of-industry-and-information-technology');
    expect(miit.definition).toMatch(/set up in March 2008/);
    expect(miit.definition).toMatch(/from December 2022 until April 2025, when Li Lecheng was appointed/);
    expect(miit.timeline).toContainEqual({ date: '2025-04', event: 'Li Lecheng appointed minister, succeeding Jin' });
  });

  it('6G is "in research" as of the interview year, not forever', () => {
    expect(term('6g').definition).toMatch(/At the time of the interview \(2024\) it was in research/);
  });
});

describe('figures, with their date and source', () => {
  it('every figure says when it holds and which paragraph of the interview gives it', () => {
    const figures = TERMS.flatMap((t) => t.figures.map((f) => ({ id: t.id, ...f })));
    expect(figures.length).toBeGreaterThan(0);
    for (const f of figures) {
      expect(f.when, `${f.id} ${f.value}`).toMatch(/\b(?:19|20)\d\d\b/);
      expect(f.date).toMatch(/^(?:19|20)\d\d(?:-\d\d)?$/);
      expect(f.paragraph).toBeGreaterThan(0);
    }
  });

  it('12,000 "little giants" by Aug 2024; 32.5 trillion yuan of revenue in 2023', () => {
    expect(term('little-giant-firms').figures).toEqual([
      { value: '12,000', unit: 'firms', label: 'cultivated as "little giants"', when: 'by Aug 2024', date: '2024-08', paragraph: 10 },
    ]);
    const [yuan] = term('digital-industry').figures;
    expect(yuan).toMatchObject({ value: '32.5', unit: 'trillion yuan', when: 'in 2023', date: '2023', paragraph: 5 });
  });

  it('a figure without a date fails the field check', () => {
    const lg = term('little-giant-firms');
    const undated = lg.figures.map((f) => ({ ...f, when: '', date: '' }));
    expect(checkFields(withChange('little-giant-firms', { figures: undated }))).toEqual([
      'little-giant-firms: figure 12,000 firms has no date (yyyy or yyyy-mm)',
    ]);
    const wrongYear = lg.figures.map((f) => ({ ...f, when: 'so far' }));
    expect(checkFields(withChange('little-giant-firms', { figures: wrongYear }))).toHaveLength(1);
  });
});

describe('wording no stronger than the source', () => {
  it('new industrialization: "is mulling efforts to promote", not "will be promoted"', () => {
    expect(term('new-industrialization').inInterview).toMatch(/is mulling efforts to promote new industrialization at a faster pace/);
    for (const t of TERMS) expect(cardText(t), t.id).not.toMatch(/will be promoted/);
  });

  it('digital industry: "reported a total revenue", not "earned"', () => {
    expect(term('digital-industry').inInterview).toMatch(/reported a total revenue of 32\.5 trillion yuan/);
    for (const t of TERMS) expect(cardText(t), t.id).not.toMatch(/\bearned\b/);
  });

  it('supply-chain resilience: "when external conditions worsen", not "turns hostile"', () => {
    expect(term('resilience-and-security-of-chains').definition).toMatch(/when external conditions worsen/);
    for (const t of TERMS) expect(cardText(t), t.id).not.toMatch(/hostile/);
  });

  it('what the interview says is attributed, and kept out of the background', () => {
    for (const t of TERMS) {
      expect(t.inInterview, t.id).toMatch(/^(?:Jin|He|The interview)\b/);
      expect(sentences(t.inInterview).length, t.id).toBeLessThanOrEqual(2);
    }
    expect(checkBackgroundApart(TERMS)).toEqual([]);
    const mixed = "Business built on aircraft in low airspace. Jin says China will develop it.";
    expect(checkBackgroundApart(withChange('low-altitude-economy', { definition: mixed }))).toHaveLength(1);
  });
});

describe('the SRDI programme and its "little giants"', () => {
  const srdi = term('srdi-smes');
  const lg = term('little-giant-firms');

  it('专精特新 is the SRDI programme, with its labelled English renderings', () => {
    expect(srdi.zh.simplified).toBe('专精特新中小企业');
    expect(srdi.zh.variants).toEqual(expect.arrayContaining(['专精特新', '專精特新']));
    expect(srdi.renderings.map((r) => r.text)).toEqual([
      'specialized, refined, distinctive and innovative',
      'specialised, sophisticated, distinctive and innovative',
      'specialized, refined, differential and innovative',
      'SRDI',
    ]);
    expect(srdi.definition).toMatch(/provinces recognise SRDI SMEs and MIIT names the best of them national "little giants"/);
  });

  it('"novel elites of SMEs" describes the little giants, not the whole programme', () => {
    expect(srdi.name).not.toMatch(/novel elites/);
    expect(srdi.variants.join(' ')).not.toMatch(/novel elites/);
    expect(lg.variants).toContain('novel elites of SMEs');
    expect(lg.renderings).toContainEqual({ text: 'novel elites of SMEs', label: "Xinhua's description, this interview" });
  });

  it('the little giants are the national top tier of SRDI, and cite the interview\'s sentence on them', () => {
    expect(lg.zh.simplified).toBe('专精特新“小巨人”企业');
    expect(lg.zh.variants).toContain('小巨人');
    expect(lg.definition).toMatch(/top tier of its "specialized, refined, distinctive and innovative" \(SRDI, 专精特新\) programme/);
    expect(lg.citations).toEqual([
      {
        paragraph: 10,
        quote:
          'China has so far cultivated 12,000 "little giant" firms, which refers to the novel elites of SMEs that are engaged in manufacturing, specialize in a niche market and boast cutting-edge technologies',
      },
    ]);
    expect(lg.timeline).toContainEqual({ date: '2019-06', event: 'First batch named: 248 firms' });
  });

  it('the SRDI entry is cited through the little giants, as the interview names only them', () => {
    expect(srdi.citations).toEqual([{ paragraph: 10, quote: 'China has so far cultivated 12,000 "little giant" firms', via: 'little-giant-firms' }]);
    expect(srdi.inInterview).toMatch(/does not name the programme/);
  });
});

describe('entries in the dictionary format', () => {
  it('every entry has labelled renderings, a dated timeline in order, related terms and a review date', () => {
    for (const t of TERMS) {
      expect(t.renderings.length, t.id).toBeGreaterThan(0);
      for (const r of t.renderings) expect(r.label.trim(), `${t.id} ${r.text}`).not.toBe('');
      const dates = t.timeline.map((e) => e.date);
      expect(dates, t.id).toEqual([...dates].sort());
      expect(t.related.length, t.id).toBeGreaterThan(0);
      expect(t.reviewed, t.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('low-altitude economy: the Central Economic Work Conference of Dec 2023, then the Government Work Report of March 2024', () => {
    expect(term('low-altitude-economy').timeline.slice(0, 2)).toEqual([
      { date: '2023-12', event: 'Central Economic Work Conference names it among strategic emerging industries to build' },
      { date: '2024-03', event: 'First in the Government Work Report, as a new growth engine' },
    ]);
  });

  it('a rendering that no form matches fails the field check', () => {
    const lae = term('low-altitude-economy');
    const bad = [...lae.renderings, { text: 'low-level economy', label: 'made up' }];
    expect(checkFields(withChange('low-altitude-economy', { renderings: bad }))).toEqual([
      'low-altitude-economy: rendering "low-level economy" is not one of the term\'s English forms',
    ]);
  });
});

describe('specific and generic terms', () => {
  const scope = (id: string): Term['scope'] => term(id).scope;

  it('the policy coinages are specific: marked on any page', () => {
    for (const id of ['new-industrialization', 'low-altitude-economy', 'little-giant-firms', 'srdi-smes', 'chinese-modernization', 'ministry-of-industry-and-information-technology', 'jin-zhuanglong']) {
      expect(scope(id), id).toBe('specific');
    }
  });

  it('everyday words are generic: marked only on a page about China', () => {
    for (const id of [
      'artificial-intelligence',
      'industrial-and-supply-chains',
      'smes',
      'digital-transformation',
      'real-economy',
      '5g',
      'internet-of-things',
      'integrated-circuits',
      'lithium-batteries',
      'medical-equipment',
      'gigabit-optical-networks',
      'new-growth-engines',
      'technological-upgrading',
    ]) {
      expect(scope(id), id).toBe('generic');
    }
    expect(scopeCounts(TERMS)).toEqual({ specific: 16, generic: 30 });
  });

  it('a specific term\'s ordinary-word forms need the same context: bare "little giant", 小巨人, SRDI alone', () => {
    expect(term('little-giant-firms').contextForms).toEqual(['little giants', 'small giants', '小巨人']);
    expect(term('srdi-smes').contextForms).toEqual(['SRDI']);
    expect(checkFields(withChange('little-giant-firms', { contextForms: ['big giants'] }))).toEqual([
      'little-giant-firms: context form "big giants" is not one of the term\'s forms',
    ]);
  });
});

describe('both scripts', () => {
  const s2t = OpenCC.Converter({ from: 'cn', to: 't' });
  const t2s = OpenCC.Converter({ from: 't', to: 'cn' });

  it('every traditional form is the simplified one converted, and every variant is listed in both scripts (OpenCC)', () => {
    expect(checkScriptPairs(TERMS, s2t, t2s)).toEqual([]);
  });

  it('fails on a traditional form that does not match, or a variant listed in one script only', () => {
    const ir = term('integration-of-real-and-digital-economy');
    const oneScript = { ...ir.zh, variants: ['实体经济和数字经济融合', '數字經濟和實體經濟融合'] };
    expect(checkScriptPairs(withChange(ir.id, { zh: oneScript }), s2t, t2s)).toEqual([
      `${ir.id}: variant 实体经济和数字经济融合 is listed without 實體經濟和數字經濟融合`,
      `${ir.id}: variant 數字經濟和實體經濟融合 is listed without 数字经济和实体经济融合`,
    ]);
    const lae = term('low-altitude-economy');
    expect(checkScriptPairs(withChange(lae.id, { zh: { ...lae.zh, traditional: '低空经濟' } }), s2t, t2s)).toHaveLength(1);
  });

  it("Taiwan's own words are listed apart", () => {
    expect(term('artificial-intelligence').zh.taiwan).toEqual(['人工智慧']);
    expect(term('integrated-circuits').zh.taiwan).toEqual(['積體電路']);
  });
});
