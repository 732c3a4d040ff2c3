import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { surfaceForms } from '../../glossary/core';
import type { SurfaceForm } from '../../glossary/types';
import { MATCHER_FORMS } from '../../tests/fixtures/matcher-glossary';
import { compileMatcher, type Match } from './matcher';

const m = compileMatcher(MATCHER_FORMS);

/**
 * Cases mark each expected match with ⟦ ⟧ in the text, or with ⟪ ⟫ when the
 * match is gated (a form marked only on a page about China); the brackets
 * are removed before matching and their positions become the expected
 * offsets. ids lists the expected term of each marked span, in order.
 */
interface Case {
  name: string;
  text: string;
  ids: string[];
}

function unmark(marked: string): { text: string; spans: [number, number][]; gated: boolean[] } {
  let text = '';
  const spans: [number, number][] = [];
  const gated: boolean[] = [];
  let open = -1;
  for (const ch of marked) {
    if (ch === '⟦' || ch === '⟪') open = text.length;
    else if (ch === '⟧' || ch === '⟫') {
      spans.push([open, text.length]);
      gated.push(ch === '⟫');
      open = -1;
    } else text += ch;
  }
  return { text, spans, gated };
}

const NI = 'new-industrialization';
const LAE = 'low-altitude-economy';
const LG = 'little-giant-firms';
const SC = 'supply-chains';
const CR = 'chain-resilience';
const HR = 'humanoid-robots';
const BIO = 'bio-manufacturing';

const none = (name: string, text: string): Case => ({ name, text, ids: [] });

const CASES: Case[] = [
  // --- case and whole words ---
  { name: 'plain phrase', text: 'China will push ⟦new industrialization⟧ forward.', ids: [NI] },
  { name: 'title case', text: '⟦New Industrialization⟧ Drive', ids: [NI] },
  { name: 'upper case', text: 'THE ⟦NEW INDUSTRIALIZATION⟧ DRIVE', ids: [NI] },
  { name: 'at very start and end', text: '⟦new industrialization⟧', ids: [NI] },
  none('prefix glued to first word', 'renew industrialization'),
  none('suffix glued to last word', 'new industrializationism'),
  none('digit glued to last word', 'new industrialization2'),
  none('closed up without a hyphen in the form', 'newindustrialization'),
  none('stem only: -izing', 'new industrializing economies'),
  none('stem only: -ized', 'a new industrialized nation'),
  none('one word of a phrase', 'industrialization is new'),

  // --- variants and spelling ---
  { name: 'hyphenated variant', text: 'a ⟦new-type industrialization⟧ path', ids: [NI] },
  { name: 'variant with space for hyphen', text: '⟦new type industrialization⟧', ids: [NI] },
  { name: 'variant closed up', text: '⟦newtype industrialization⟧', ids: [NI] },
  { name: 'British spelling listed', text: '⟦new industrialisation⟧', ids: [NI] },
  { name: 'British spelling derived (-isation)', text: '⟦New-Type Industrialisation⟧', ids: [NI] },
  { name: 'plural of last word', text: 'two ⟦new industrializations⟧', ids: [NI] },
  { name: 'British spelling, plural', text: 'two ⟦new industrialisations⟧', ids: [NI] },

  // --- white space and invisible characters ---
  { name: 'no-break space', text: '⟦new\u00a0industrialization⟧', ids: [NI] },
  { name: 'line break', text: 'a ⟦new\nindustrialization⟧ drive', ids: [NI] },
  { name: 'mixed white-space run', text: '⟦new \t\r\n  industrialization⟧', ids: [NI] },
  { name: 'thin space', text: '⟦new\u2009industrialization⟧', ids: [NI] },
  { name: 'narrow no-break space', text: '⟦new\u202findustrialization⟧', ids: [NI] },
  { name: 'soft hyphens inside a word', text: '⟦new in\u00addus\u00adtri\u00adal\u00adiza\u00adtion⟧', ids: [NI] },
  { name: 'zero-width space inside a word', text: '⟦new indus\u200btrialization⟧', ids: [NI] },
  { name: 'ZWNJ, ZWJ, word joiner, BOM inside words', text: '⟦ne\u200cw in\u200ddus\u2060tri\ufeffalization⟧', ids: [NI] },
  { name: 'invisible char before the term is not covered', text: '\ufeff⟦new industrialization⟧', ids: [NI] },
  { name: 'soft hyphen after the term is not covered', text: '⟦new industrialization⟧\u00ad, then', ids: [NI] },
  { name: 'space then zero-width space between words', text: '⟦new \u200bindustrialization⟧', ids: [NI] },

  // --- separators and sentence boundaries ---
  none('full stop between words', 'It was new. Industrialization came later.'),
  none('comma between words', 'new, industrialization'),
  none('em dash is not a compound hyphen', 'new—industrialization'),
  none('colon between words', 'new: industrialization'),
  none('split across sentences (hyphenated term)', 'It flew low. Altitude economy is a phrase.'),
  none('slash between words', 'low/altitude economy'),

  // --- low-altitude economy: hyphen family ---
  { name: 'hyphen-minus', text: '⟦low-altitude economy⟧', ids: [LAE] },
  { name: 'U+2011 non-breaking hyphen', text: '⟦low\u2011altitude economy⟧', ids: [LAE] },
  { name: 'U+2010 hyphen', text: '⟦low\u2010altitude economy⟧', ids: [LAE] },
  { name: 'U+2013 en dash', text: '⟦low\u2013altitude economy⟧', ids: [LAE] },
  { name: 'space instead of hyphen', text: '⟦low altitude economy⟧', ids: [LAE] },
  { name: 'closed-up compound', text: '⟦lowaltitude economy⟧', ids: [LAE] },
  { name: 'line-end hyphenation', text: '⟦low-\naltitude economy⟧', ids: [LAE] },
  { name: '-ies plural', text: '⟦low-altitude economies⟧ grow', ids: [LAE] },
  { name: 'curly possessive', text: 'the ⟦low-altitude economy’s⟧ growth', ids: [LAE] },
  { name: 'straight possessive', text: "the ⟦Low-Altitude Economy's⟧ growth", ids: [LAE] },
  { name: 'compound modifier', text: '⟦low-altitude economy⟧-related jobs', ids: [LAE] },
  none('derived adjective', 'low-altitude economic zone'),
  none('only part of the phrase', 'low altitude flights'),

  // --- bio-manufacturing ---
  { name: 'hyphenated', text: '⟦bio-manufacturing⟧', ids: [BIO] },
  { name: 'closed up', text: '⟦biomanufacturing⟧', ids: [BIO] },
  { name: 'open', text: '⟦bio manufacturing⟧', ids: [BIO] },
  { name: 'non-breaking hyphen, title case', text: '⟦Bio\u2011Manufacturing⟧', ids: [BIO] },
  none('other word from same stem', 'a biomanufacturer'),

  // --- quotes, plurals, possessives ---
  { name: 'curly double quotes inside form', text: '“⟦little giant” firms⟧ grew', ids: [LG] },
  { name: 'straight double quotes', text: '"⟦little giant" firms⟧', ids: [LG] },
  { name: 'form quotes missing in text', text: '⟦little giant firms⟧', ids: [LG] },
  { name: 'quoted variant', text: '"⟦little giant" enterprises⟧', ids: [LG] },
  { name: 'singular of plural form', text: 'a ⟦little giant⟧ in Ningbo', ids: [LG] },
  { name: 'singular of a longer plural form', text: 'a ⟦little giant firm⟧ in Ningbo', ids: [LG] },
  { name: 'curly single quotes around plural', text: 'so-called ‘⟦little giants⟧’ are', ids: [LG] },
  { name: 'straight single quotes around plural', text: "so-called '⟦little giants⟧' are", ids: [LG] },
  { name: 'plural possessive', text: 'the ⟦little giants’⟧ revenue', ids: [LG] },
  { name: 'singular possessive', text: "the ⟦little giant's⟧ revenue", ids: [LG] },
  { name: 'quotes around singular', text: '“⟦little giant⟧” status', ids: [LG] },
  { name: 'form quotes with spaces', text: '⟦Little Giant Firms⟧', ids: [LG] },
  none('inside another word', 'belittle giants'),

  // --- longest match wins ---
  {
    name: 'long phrase beats contained phrase',
    text: 'improve the ⟦resilience and security of industrial and supply chains⟧.',
    ids: [CR],
  },
  { name: 'long phrase, title case', text: '⟦Resilience and Security of Industrial and Supply Chains⟧', ids: [CR] },
  { name: 'long phrase across a line break', text: '⟦resilience and security of industrial and\nsupply chains⟧', ids: [CR] },
  { name: 'long phrase with singular last word', text: '⟦resilience and security of industrial and supply chain⟧', ids: [CR] },
  {
    name: 'long phrase broken: shorter one still found',
    text: 'resilience and security of industrial ⟦supply chains⟧',
    ids: [SC],
  },
  { name: 'short phrase alone', text: 'global ⟦supply chains⟧ shift', ids: [SC] },
  { name: 'short phrase singular', text: 'a ⟦supply chain⟧ shock', ids: [SC] },
  {
    name: 'leftmost first, then resume',
    text: '⟦smart manufacturing⟧ ⟦digital transformation⟧',
    ids: ['smart-manufacturing', 'digital-transformation'],
  },
  {
    name: 'longest at the same start',
    text: '⟦manufacturing digital transformation⟧',
    ids: ['manufacturing-digital-transformation'],
  },

  // --- acronyms (case-sensitive) ---
  { name: 'SMEs', text: 'help ⟦SMEs⟧ grow', ids: ['smes'] },
  { name: 'SME', text: 'an ⟦SME⟧ loan', ids: ['smes'] },
  { name: "SMEs' possessive", text: "the ⟦SMEs'⟧ profits", ids: ['smes'] },
  { name: "SME's possessive", text: "the ⟦SME’s⟧ profits", ids: ['smes'] },
  none('lower-case smes', 'smes and sme'),
  none('wrong case Smes', 'Smes'),
  none('upper-case plural SMES', 'SMES'),
  { name: 'hyphen is a word boundary', text: 'non-⟦SME⟧ firms', ids: ['smes'] },
  { name: 'long form of SMEs', text: '⟦small and medium-sized enterprises⟧', ids: ['smes'] },
  { name: 'long form with spaces for hyphens', text: '⟦Small and medium sized enterprises⟧', ids: ['smes'] },
  { name: '5G', text: '⟦5G⟧ base stations', ids: ['5g'] },
  { name: '5G in parentheses', text: 'networks (⟦5G⟧)', ids: ['5g'] },
  { name: '5G before a hyphen', text: '⟦5G⟧-enabled factories', ids: ['5g'] },
  none('5G inside 25G', 'a 25G link'),
  none('5G inside 5GHz', 'the 5GHz band'),
  none('lower-case 5g', '5g phones'),
  { name: '6G possessive', text: '⟦6G’s⟧ promise', ids: ['6g'] },
  none('lower-case 6g', '6g'),
  { name: 'MIIT', text: 'the ⟦MIIT⟧ said', ids: ['miit'] },
  { name: "MIIT's", text: "⟦MIIT's⟧ plan", ids: ['miit'] },
  none('Miit', 'Miit said'),
  none('MIITS', 'MIITS'),
  { name: 'IoT', text: 'industrial ⟦IoT⟧ platforms', ids: ['internet-of-things'] },
  none('IOT and iot', 'IOT iot'),
  { name: 'Internet of Things, any case', text: '⟦internet of things⟧ and ⟦Internet of Things⟧', ids: ['internet-of-things', 'internet-of-things'] },
  { name: 'MIIT long form', text: 'the ⟦Ministry of Industry and Information Technology⟧ (⟦MIIT⟧)', ids: ['miit', 'miit'] },

  // --- punctuation spelled by the form ---
  { name: 'form ending in +', text: 'the ⟦AI+⟧ initiative', ids: ['ai-plus'] },
  { name: 'AI Plus spelled out', text: 'the ⟦AI Plus⟧ initiative', ids: ['ai-plus'] },
  none('AI alone is not AI+', 'AI is here'),
  { name: 'form with a decimal point', text: 'towards ⟦Industry 4.0⟧.', ids: ['industry-4'] },
  none('longer number', 'Industry 4.05'),
  { name: 'form with commas', text: '⟦specialized, refined, distinctive and innovative SMEs⟧', ids: ['specialised-smes'] },
  { name: 'form commas missing: only SMEs', text: 'specialized refined distinctive and innovative ⟦SMEs⟧', ids: ['smes'] },
  { name: 'digits end a form', text: '⟦Made in China 2025⟧ plan', ids: ['made-in-china-2025'] },
  none('no plural after digits', 'Made in China 2025s'),

  // --- plural canonical forms ---
  { name: 'plural canonical, plural text', text: '⟦humanoid robots⟧', ids: [HR] },
  { name: 'plural canonical, singular text', text: 'a ⟦humanoid robot⟧', ids: [HR] },
  { name: 'plural possessive of plural canonical', text: "⟦Humanoid Robots'⟧ hands", ids: [HR] },
  none('different word from same stem', 'humanoid robotics'),
  { name: '-ies canonical, -y text', text: 'a ⟦key core technology⟧', ids: ['key-core-technologies'] },
  { name: '-ies canonical, -ies text', text: '⟦key core technologies⟧', ids: ['key-core-technologies'] },

  // --- Chinese ---
  { name: 'simplified', text: '推进⟦新型工业化⟧建设', ids: [NI] },
  { name: 'traditional', text: '推進⟦新型工業化⟧', ids: [NI] },
  { name: 'low-altitude simplified', text: '发展⟦低空经济⟧。', ids: [LAE] },
  { name: 'low-altitude traditional', text: '發展⟦低空經濟⟧。', ids: [LAE] },
  { name: 'curly quotes in form and text', text: '⟦专精特新“小巨人”企业⟧', ids: [LG] },
  { name: 'straight quotes in text', text: '⟦专精特新"小巨人"企业⟧', ids: [LG] },
  { name: 'corner brackets in text', text: '⟦专精特新「小巨人」企业⟧', ids: [LG] },
  { name: 'no quotes in text', text: '⟦专精特新小巨人企业⟧', ids: [LG] },
  { name: 'traditional with quotes', text: '⟦專精特新“小巨人”企業⟧', ids: [LG] },
  { name: 'short traditional form', text: '⟦小巨人企業⟧', ids: [LG] },
  { name: 'surrounding quotes not covered', text: '“⟦小巨人企业⟧”', ids: [LG] },
  { name: 'longest Han form wins over prefix form', text: '⟦专精特新“小巨人”企业⟧', ids: [LG] },
  { name: 'prefix form alone', text: '⟦专精特新⟧⟦中小企业⟧', ids: ['specialised-smes', 'smes'] },
  { name: 'zero-width char inside Han term', text: '⟦低空\u200b经济⟧', ids: [LAE] },
  none('Han term split by space', '低 空经济'),
  none('Han term split by full stop', '低空。经济'),
  none('Han prefix only', '低空飞行'),
  {
    name: 'long Han form beats contained form',
    text: '提升⟦产业链供应链韧性和安全水平⟧',
    ids: [CR],
  },
  { name: 'contained Han form alone', text: '稳定⟦供应链⟧、⟦供應鏈⟧', ids: [SC, SC] },
  { name: 'ministry short and long', text: '⟦工信部⟧即⟦工业和信息化部⟧', ids: ['miit', 'miit'] },
  { name: 'Han form ending in punctuation', text: '⟦人工智能+⟧行动', ids: ['ai-plus'] },
  { name: 'Han form starting with Latin letters', text: '建设⟦5G网络⟧', ids: ['5g-network'] },
  { name: 'Latin acronym next to Han text', text: '⟦5G⟧ 网络和⟦物联网⟧', ids: ['5g', 'internet-of-things'] },
  { name: 'Han and digits form', text: '⟦中国制造2025⟧', ids: ['made-in-china-2025'] },
  {
    name: 'mixed English and Chinese',
    text: '⟦新型工业化⟧ (⟦new industrialization⟧) and ⟦低空经济⟧ or the ⟦low-altitude economy⟧',
    ids: [NI, NI, LAE, LAE],
  },
  { name: 'humanoid robots Chinese', text: '⟦人形机器人⟧和⟦人形機器人⟧', ids: [HR, HR] },
];

function expectMatches(matcher: ReturnType<typeof compileMatcher>, c: Case): void {
  const { text, spans, gated } = unmark(c.text);
  const got = matcher.find(text);
  const want = spans.map(([start, end], i) => (gated[i] ? { termId: c.ids[i], start, end, gated: true } : { termId: c.ids[i], start, end }));
  expect(got).toEqual(want);
  expect(got.map((x) => text.slice(x.start, x.end))).toEqual(spans.map(([s, e]) => text.slice(s, e)));
}

describe('compileMatcher: fixture glossary', () => {
  it('has enough cases to mean something', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(80);
    for (const c of CASES) expect(unmark(c.text).spans.length).toBe(c.ids.length);
  });

  it.each(CASES)('$name', (c) => expectMatches(m, c));

  it('counts distinct terms, not forms', () => {
    expect(m.termCount).toBe(new Set(MATCHER_FORMS.map((f) => f.termId)).size);
  });

  it('reports a form listed twice (and its singular) once', () => {
    const dup: SurfaceForm[] = [
      { termId: 'hr', text: 'humanoid robots', caseSensitive: false, script: 'latin' },
      { termId: 'hr', text: 'humanoid robots', caseSensitive: false, script: 'latin' },
      { termId: 'hr', text: 'Humanoid Robot', caseSensitive: false, script: 'latin' },
    ];
    expect(compileMatcher(dup).find('humanoid robots')).toEqual([{ termId: 'hr', start: 0, end: 15 }]);
  });

  it('gives a shared form to the term listed first, whatever the input size', () => {
    const a: SurfaceForm = { termId: 'a', text: 'digital economy', caseSensitive: false, script: 'latin' };
    const b: SurfaceForm = { termId: 'b', text: 'Digital Economy', caseSensitive: false, script: 'latin' };
    expect(compileMatcher([a, b]).find('the digital economy')[0]?.termId).toBe('a');
    expect(compileMatcher([b, a]).find('the digital economy')[0]?.termId).toBe('b');
  });

  it('matches nothing with no forms and on empty text', () => {
    expect(compileMatcher([]).find('new industrialization 新型工业化')).toEqual([]);
    expect(compileMatcher([]).termCount).toBe(0);
    expect(m.find('')).toEqual([]);
  });

  it('is not thrown by words longer than any glossary word', () => {
    const long = 'x'.repeat(500);
    const text = `${long} new industrialization ${long}`;
    expect(m.find(text)).toEqual([{ termId: NI, start: 501, end: 522 }]);
  });

  it('keeps no state between calls', () => {
    const text = 'little giants and SMEs';
    const first = m.find(text);
    m.find('low-altitude economy 低空经济 resilience and security of');
    expect(m.find(text)).toEqual(first);
  });
});

describe('compileMatcher: real glossary', () => {
  const real = compileMatcher(surfaceForms());
  const cases: Case[] = [
    { name: 'AI-enabled phrase beats AI and new industrialization', text: '⟦AI-enabled new industrialisation⟧', ids: ['ai-enabled-new-industrialization'] },
    { name: 'AI acronym alone (generic)', text: '⟪AI⟫ models', ids: ['artificial-intelligence'] },
    { name: 'quoted little giant firms', text: 'so-called “⟦little giant” firms⟧', ids: ['little-giant-firms'] },
    { name: 'supply chain resilience (an ordinary phrase too)', text: '⟪supply chain resilience⟫', ids: ['resilience-and-security-of-chains'] },
    {
      name: 'form with commas',
      text: '⟦specialised, refined, distinctive and innovative SMEs⟧',
      ids: ['srdi-smes'],
    },
    { name: 'NEVs and 5G (both need context)', text: '⟪NEVs⟫ with ⟪5G⟫', ids: ['new-energy-vehicles', '5g'] },
    { name: 'a specific phrase with a generic word inside', text: 'the ⟦resilience and security of industrial and supply chains⟧', ids: ['resilience-and-security-of-chains'] },

    // --- spellings met in news, one case each ---
    { name: 'SRDI alone needs context', text: 'an ⟪SRDI⟫ label', ids: ['srdi-smes'] },
    { name: 'SRDI SMEs', text: 'the ⟦SRDI SMEs⟧ programme', ids: ['srdi-smes'] },
    { name: 'SRDI firms', text: 'listed ⟦SRDI firms⟧ rose', ids: ['srdi-smes'] },
    { name: 'specialised … enterprises', text: '⟦specialised, refined, distinctive and innovative⟧ enterprises', ids: ['srdi-smes'] },
    { name: 'specialised, sophisticated … firms', text: '⟦specialised, sophisticated, distinctive and innovative⟧ firms', ids: ['srdi-smes'] },
    { name: '… small and medium-sized enterprises, one mark', text: '⟦specialized, refined, distinctive and innovative small and medium-sized enterprises⟧', ids: ['srdi-smes'] },
    { name: '…differential… with a serial comma', text: '⟦specialized, refined, differential, and innovative SMEs⟧', ids: ['srdi-smes'] },
    { name: 'the adjectives alone', text: 'so-called "⟦specialized, refined, distinctive and innovative⟧" (⟪SRDI⟫) status', ids: ['srdi-smes', 'srdi-smes'] },
    { name: 'small giants', text: 'the ⟪small giants⟫ of industry', ids: ['little-giant-firms'] },
    { name: 'small giant, singular', text: 'a ⟪small giant⟫ in sensors', ids: ['little-giant-firms'] },
    { name: 'bare little giant needs context', text: 'the ⟪Little Giant⟫ ladder', ids: ['little-giant-firms'] },
    { name: 'novel elites of SMEs', text: 'the ⟦novel elites of SMEs⟧ that', ids: ['little-giant-firms'] },
    { name: 'humanoid robotics', text: 'advances in ⟪humanoid robotics⟫', ids: ['humanoid-robots'] },
    { name: 'Li-ion batteries', text: 'cheap ⟪Li-ion batteries⟫', ids: ['lithium-batteries'] },
    { name: 'Li-ion battery, singular', text: 'a ⟪Li-ion battery⟫ pack', ids: ['lithium-batteries'] },
    { name: 'commercial space industry', text: "China's ⟪commercial space industry⟫", ids: ['commercial-aerospace'] },
    { name: 'commercial space sector', text: 'the ⟪commercial space sector⟫ grew', ids: ['commercial-aerospace'] },
    none('never bare commercial space', 'a commercial space station and commercial space flights'),
    { name: 'new-style industrialization', text: 'a ⟦new-style industrialization⟧ path', ids: ['new-industrialization'] },
    { name: 'new-style industrialisation', text: 'a ⟦new-style industrialisation⟧ path', ids: ['new-industrialization'] },
    { name: 'ICV', text: 'an ⟪ICV⟫ pilot', ids: ['intelligent-connected-new-energy-vehicles'] },
    { name: 'ICVs', text: 'L3 ⟪ICVs⟫ on the road', ids: ['intelligent-connected-new-energy-vehicles'] },
    none('ICV inside a word', 'ICVX and aICV'),
    { name: '实体经济和数字经济深度融合', text: '推动⟦实体经济和数字经济深度融合⟧', ids: ['integration-of-real-and-digital-economy'] },
    { name: '實體經濟和數字經濟深度融合', text: '推動⟦實體經濟和數字經濟深度融合⟧', ids: ['integration-of-real-and-digital-economy'] },
    { name: '人工智慧 (Taiwan)', text: '發展⟪人工智慧⟫產業', ids: ['artificial-intelligence'] },
    { name: 'bare 小巨人 needs context', text: '他是⟪小巨人⟫', ids: ['little-giant-firms'] },
    { name: '专精特新小巨人 does not', text: '第六批⟦专精特新小巨人⟧名单', ids: ['little-giant-firms'] },
    { name: '设备更新 alone needs context', text: '⟪设备更新⟫', ids: ['large-scale-equipment-upgrading'] },
    { name: '大规模设备更新 does not', text: '⟦大规模设备更新⟧', ids: ['large-scale-equipment-upgrading'] },
    { name: 'Chinese little giants', text: '⟦专精特新「小巨人」企业⟧', ids: ['little-giant-firms'] },
    { name: 'Chinese low-altitude economy', text: '⟦低空經濟⟧', ids: ['low-altitude-economy'] },
    none('5G inside 5GHz', 'a 5GHz band'),
  ];
  it.each(cases)('$name', (c) => expectMatches(real, c));

  it('reports each form gated exactly when the glossary gates it', () => {
    const forms = surfaceForms();
    let gated = 0;
    for (const form of forms) {
      const [first, ...rest] = real.find(form.text);
      expect(rest, form.text).toEqual([]);
      // Quotes around a form are not part of its match ('"little giant" firms').
      const start = form.text.search(/[^"“”‘’]/);
      expect(first, form.text).toMatchObject({ termId: form.termId, start, end: form.text.length });
      expect(first?.gated ?? false, form.text).toBe(form.gated ?? false);
      if (form.gated) gated++;
    }
    expect(gated).toBeGreaterThan(100);
    expect(forms.length - gated).toBeGreaterThan(100);
  });

  it('knows every glossary term', () => {
    expect(real.termCount).toBe(new Set(surfaceForms().map((f) => f.termId)).size);
  });
});

// ---------------------------------------------------------------- properties

const FRAGMENTS = [
  'new', 'industrialization', 'industrialisation', 'low', 'altitude', 'economy', 'little', 'giants', 'giant', 'firms',
  'SMEs', 'SME', 'smes', '5G', '25G', 'MIIT', 'supply', 'chains', 'and', 'of', 'AI', 'x', 'robot', 'humanoid',
  'resilience', 'security', 'industrial', 'smart', 'manufacturing', 'digital', 'transformation', 'Industry', '4', '0',
  'Made', 'in', 'China', '2025', 'key', 'core', 'technologies', 'bio', 'Plus', 'type',
  '新型工业化', '低空', '经济', '小巨人', '企业', '专精特新', '供应链', '网络',
  ' ', ' ', ' ', '-', '\u2011', '\u00a0', '\n', '.', ',', '"', '“', '”', '‘', '’', "'", '「', '」', '+',
  '\u00ad', '\u200b', '\ufeff', 's', "'s",
];

function checkShape(text: string, found: readonly Match[]): void {
  let last = 0;
  for (const x of found) {
    expect(x.start).toBeGreaterThanOrEqual(last);
    expect(x.end).toBeGreaterThan(x.start);
    expect(x.end).toBeLessThanOrEqual(text.length);
    last = x.end;
  }
}

describe('compileMatcher: properties', () => {
  it('returns sorted, non-overlapping matches inside the text', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        checkShape(text, m.find(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('also for arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 80 }), (text) => checkShape(text, m.find(text))),
      { numRuns: 1000 },
    );
  });

  // The word filters only skip work: with them off, every word is looked
  // up, and the results must be the same. Covers the fixture (which has a
  // Chinese form starting with Latin letters, a separate scanner path), the
  // fixture without it, and the real glossary.
  const noLatinStart = MATCHER_FORMS.filter((f) => f.text !== '5G网络');
  const pairs = [
    ['fixture', MATCHER_FORMS],
    ['fixture without Latin-led Chinese form', noLatinStart],
    ['real glossary', surfaceForms()],
  ] as const;
  it.each(pairs)('finds the same with and without word filters: %s', (_name, forms) => {
    const fast = compileMatcher(forms);
    const slow = compileMatcher(forms, { filters: false });
    // Whole forms as well as loose words, so that near-complete phrases,
    // plurals ("…" + "s") and neighbouring terms come up often.
    const piece = fc.oneof(fc.constantFrom(...FRAGMENTS), fc.constantFrom(...forms.map((f) => f.text)));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        expect(fast.find(text)).toEqual(slow.find(text));
      }),
      { numRuns: 1500 },
    );
  });

  it('finds each match again, whole, in its own slice', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        for (const x of m.find(text)) {
          expect(m.find(text.slice(x.start, x.end))).toEqual([{ termId: x.termId, start: 0, end: x.end - x.start }]);
        }
      }),
      { numRuns: 1000 },
    );
  });

  // Multi-word Latin forms whose words need no context to match.
  const PHRASES: [string, string][] = [
    ['new-industrialization', 'new industrialization'],
    ['new-industrialization', 'new type industrialisation'],
    ['low-altitude-economy', 'low altitude economy'],
    ['little-giant-firms', 'little giant enterprises'],
    ['chain-resilience', 'resilience and security of industrial and supply chains'],
    ['smes', 'small and medium sized enterprises'],
    ['miit', 'Ministry of Industry and Information Technology'],
    ['internet-of-things', 'Internet of Things'],
  ];
  const GAPS = [' ', '\u00a0', '\n', '  ', ' \n ', '\t', '\u2009', '\u202f', '\r\n'];
  const INVISIBLE = ['\u00ad', '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff'];
  const BEFORE = ['', 'Officials said ', '(', '“', 'In 2024, '];
  const AFTER = ['', ' will grow.', ')', '”', ', they said', '.\nNext'];

  it('survives any white space between words and invisible characters inside them', () => {
    const word = (w: string, cuts: number[], marks: string[]): string => {
      let out = '';
      for (let i = 0; i < w.length; i++) {
        if (i > 0 && cuts.includes(i)) out += marks[i % marks.length];
        out += w[i];
      }
      return out;
    };
    fc.assert(
      fc.property(
        fc.constantFrom(...PHRASES),
        fc.array(fc.constantFrom(...GAPS), { minLength: 8, maxLength: 8 }),
        fc.array(fc.integer({ min: 1, max: 12 }), { maxLength: 4 }),
        fc.array(fc.constantFrom(...INVISIBLE), { minLength: 1, maxLength: 3 }),
        fc.constantFrom(...BEFORE),
        fc.constantFrom(...AFTER),
        ([termId, phrase], gaps, cuts, marks, before, after) => {
          const rendered = phrase
            .split(' ')
            .map((w, i) => (i === 0 ? '' : gaps[i % gaps.length]) + word(w, cuts, marks))
            .join('');
          const text = before + rendered + after;
          expect(m.find(text)).toEqual([{ termId, start: before.length, end: before.length + rendered.length }]);
        },
      ),
      { numRuns: 1500 },
    );
  });

  it('survives quotation marks and invisible characters inside Chinese terms', () => {
    const HAN: [string, string][] = [
      ['little-giant-firms', '专精特新小巨人企业'],
      ['low-altitude-economy', '低空经济'],
      ['new-industrialization', '新型工业化'],
      ['chain-resilience', '产业链供应链韧性和安全水平'],
    ];
    const MARKS = ['“', '”', '"', '「', '」', '『', '』', '\u200b', '\u00ad'];
    fc.assert(
      fc.property(
        fc.constantFrom(...HAN),
        fc.array(fc.tuple(fc.integer({ min: 1, max: 12 }), fc.constantFrom(...MARKS)), { maxLength: 3 }),
        ([termId, form], inserts) => {
          let rendered = '';
          for (let i = 0; i < form.length; i++) {
            for (const [at, mark] of inserts) if (at === i) rendered += mark;
            rendered += form[i];
          }
          const text = `我们要${rendered}。`;
          expect(m.find(text)).toEqual([{ termId, start: 3, end: 3 + rendered.length }]);
        },
      ),
      { numRuns: 500 },
    );
  });
});
