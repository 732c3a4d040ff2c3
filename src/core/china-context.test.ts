import { describe, expect, it } from 'vitest';
import {
  addEvidence,
  countChinaMentions,
  isChinaOutlet,
  judgeChinaContext,
  NO_EVIDENCE,
  textEvidence,
  type PageSignals,
  type TextEvidence,
} from './china-context';

const page = (title: string, host = 'www.theguardian.com', lang = 'en'): PageSignals => ({ host, lang, title });

/** Evidence from paragraphs as the content script adds it up, block by block. */
function read(paragraphs: string[], specific = 0): TextEvidence {
  return paragraphs.reduce((acc, p, i) => addEvidence(acc, textEvidence(p, i === 0 ? specific : 0)), NO_EVIDENCE);
}

describe('judgeChinaContext: pages not about China', () => {
  const cases: [string, PageSignals, string[]][] = [
    [
      'British SMEs',
      page('Small firms hit by rising energy bills, survey finds', 'www.bbc.co.uk'),
      ['SMEs across the UK face higher costs as the Bank of England holds rates.', 'Digital transformation is out of reach for many small businesses in Leeds.'],
    ],
    [
      "Apple's supply chain, with one passing mention of China",
      page("Apple's supplier report: renewable energy across its supply chain", 'www.reuters.com'),
      ['Apple said 320 suppliers now use renewable power, including factories in India, Vietnam and China.', 'The supply chain emissions fell 10%.'],
    ],
    ['AI tools', page('The 12 best AI writing tools of the year', 'blog.example.net'), ['AI assistants can draft emails.', 'Most AI tools are free to try.']],
    ['the Little Giant ladder', page('Little Giant Velocity ladder review', 'www.example.org'), ['The Little Giant folds flat and weighs 11 kg.']],
    ['gigabit broadband in the UK', page('Gigabit broadband reaches 80% of UK homes', 'www.theguardian.com'), ['Ofcom says gigabit broadband is now available in Wales.']],
    ['a porcelain sale', page('Fine china and silver at auction', 'www.example.org'), ['A set of bone china plates sold for £200.']],
    ['a Japanese page in kanji and kana', page('設備更新の補助金', 'www.example.jp', 'ja'), ['中小企業の設備更新を支援する補助金の申請が始まりました。人工知能の活用も対象です。'.repeat(3)]],
  ];
  it.each(cases)('%s', (_name, signals, text) => {
    expect(judgeChinaContext(signals, read(text))).toEqual({ aboutChina: false, reason: null });
  });

  it('a Japanese page without a lang attribute still has kana, so is not read as Chinese', () => {
    const ja = '中小企業の設備更新を支援する補助金の申請が始まりました。人工知能の活用も対象です。'.repeat(3);
    expect(judgeChinaContext(page('補助金', 'www.example.jp', ''), read([ja])).aboutChina).toBe(false);
  });
});

describe('judgeChinaContext: pages about China', () => {
  it('a China-focused outlet', () => {
    expect(judgeChinaContext(page('Factory output rises', 'english.news.cn'))).toEqual({ aboutChina: true, reason: 'outlet' });
    expect(judgeChinaContext(page('Tech', 'www.scmp.com'))).toEqual({ aboutChina: true, reason: 'outlet' });
    expect(judgeChinaContext(page('Tech', 'www.caixinglobal.com')).reason).toBe('outlet');
    expect(judgeChinaContext(page('News', 'www.example.com.cn')).reason).toBe('outlet');
  });

  it('a Chinese-language page, by its lang or by its text', () => {
    expect(judgeChinaContext(page('新闻', 'www.example.org', 'zh-CN')).reason).toBe('language');
    expect(judgeChinaContext(page('新聞', 'www.example.org', 'zh-Hant-TW')).reason).toBe('language');
    const zh = '推动人工智能赋能新型工业化，加快建设以先进制造业为骨干的现代化产业体系，提升产业链供应链韧性和安全水平。';
    expect(judgeChinaContext(page('新闻', 'www.example.org', ''), read([zh])).reason).toBe('language');
    const tw = '發展人工智慧產業，強化半導體供應鏈的韌性，政府將持續推動數位轉型與產業升級，並協助中小企業導入新技術。';
    expect(judgeChinaContext(page('', 'www.example.org', ''), read([tw])).reason).toBe('language');
  });

  it('China, Chinese, Beijing, a Chinese place or 中国 in the title', () => {
    for (const title of [
      "China's factories bet on AI",
      'Chinese SMEs turn to digital transformation',
      'Beijing pushes supply chain security',
      'Shenzhen drone makers expand',
      'Sino-US chip talks resume',
      '中国制造业加快数字化转型',
    ]) {
      expect(judgeChinaContext(page(title)), title).toEqual({ aboutChina: true, reason: 'title' });
    }
  });

  it('a specific term in the text', () => {
    const text = read(['Investors are circling the low-altitude economy.'], 1);
    expect(judgeChinaContext(page('Drone delivery takes off'), text)).toEqual({ aboutChina: true, reason: 'specific-term' });
  });

  it('China named twice in the text, even without a title', () => {
    const text = read(['The ministry in Beijing set targets for SMEs.', 'AI will help China upgrade its factories.']);
    expect(judgeChinaContext(page('Factories of the future'), text)).toEqual({ aboutChina: true, reason: 'text' });
  });

  it('"mark them anyway" wins over everything', () => {
    expect(judgeChinaContext(page('Little Giant ladder review'), NO_EVIDENCE, true)).toEqual({ aboutChina: true, reason: 'forced' });
  });
});

describe('the evidence readers', () => {
  it('counts China words case-sensitively and as whole words', () => {
    expect(countChinaMentions("China's China Chinese PRC Hong Kong 中国 中國")).toBe(7);
    expect(countChinaMentions('fine china, Chinatown, Indochina, a yuanbao')).toBe(0);
    expect(countChinaMentions('Xi’an and Xi\'an')).toBe(2);
    expect(countChinaMentions('China China China China', 2)).toBe(2);
  });

  it('counts Han and kana only where the text has CJK at all', () => {
    expect(textEvidence('plain English', 0)).toEqual({ mentions: 0, han: 0, kana: 0, specific: 0 });
    expect(textEvidence('中小企業の設備', 2)).toEqual({ mentions: 0, han: 6, kana: 1, specific: 2 });
  });

  it('treats a listed outlet by its site, any host of it', () => {
    expect(isChinaOutlet('global.chinadaily.com.cn')).toBe(true);
    expect(isChinaOutlet('english.news.cn')).toBe(true);
    expect(isChinaOutlet('www.sixthtone.com')).toBe(true);
    expect(isChinaOutlet('www.bbc.co.uk')).toBe(false);
    expect(isChinaOutlet('www.reuters.com')).toBe(false);
    expect(isChinaOutlet('cn.example.com')).toBe(false);
  });
});
