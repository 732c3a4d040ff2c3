// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { ATTRIBUTION, getTerm, TERMS, type Term } from '../../glossary';
import { buildTermCard, citedParagraph } from './term-card';

function term(id: string): Term {
  const t = getTerm(id);
  if (!t) throw new Error(`no term ${id}`);
  return t;
}

const q = (root: Element, sel: string): string => root.querySelector(sel)?.textContent ?? '';

describe('buildTermCard', () => {
  it('shows name, Chinese (simplified and traditional), pinyin, category, definition and the first citation with attribution', () => {
    const t = term('low-altitude-economy');
    const card = buildTermCard(document, t);
    expect(q(card, '.pl-card-name')).toBe('low-altitude economy');
    const hanzi = [...card.querySelectorAll('.pl-card-hanzi')].map((e) => e.textContent);
    expect(hanzi).toEqual(['低空经济', '低空經濟']);
    expect(q(card, '.pl-card-pinyin')).toBe(t.zh.pinyin);
    expect(q(card, '.pl-card-category')).toBe('Industry');
    expect(q(card, '.pl-card-definition')).toBe(t.definition);
    expect(q(card, 'blockquote')).toBe(`“${t.citations[0]?.quote}”`);
    expect(q(card, 'figcaption')).toBe(`— ${ATTRIBUTION}`);
    expect(ATTRIBUTION).toBe('Jin Zhuanglong, Xinhua interview, 31 Aug 2024');
  });

  it('labels the background and what the interview says, the latter dated by the interview', () => {
    const t = term('little-giant-firms');
    const card = buildTermCard(document, t);
    expect(q(card, '.pl-card-background .pl-card-label')).toBe('Background');
    expect(q(card, '.pl-card-background')).toBe(`Background ${t.definition}`);
    expect(q(card, '.pl-card-interview .pl-card-label')).toBe('In the interview, 31 Aug 2024');
    expect(q(card, '.pl-card-said')).toBe(t.inInterview);
    // The quote and the figure are the interview's: inside its section.
    expect(card.querySelector('.pl-card-interview blockquote')).not.toBeNull();
    expect(q(card, '.pl-card-interview .pl-card-figure')).toBe('12,000 firms — cultivated as "little giants", by Aug 2024, per Jin (¶10)');
    expect(q(card, '.pl-card-reviewed')).toBe('Entry reviewed 3 Dec 2026');
  });

  it('folds the labelled English renderings and the dated timeline', () => {
    const t = term('low-altitude-economy');
    const card = buildTermCard(document, t);
    expect(card.querySelector('.pl-card-renderings')).toBeNull(); // one rendering: nothing to fold
    const timeline = card.querySelector('details.pl-card-timeline');
    expect(timeline?.hasAttribute('open')).toBe(false);
    expect(q(card, '.pl-card-timeline > summary')).toBe('Timeline, 2023–2024');
    const events = [...card.querySelectorAll('.pl-card-event')].map((e) => e.textContent);
    expect(events.slice(0, 2)).toEqual([
      'Dec 2023 Central Economic Work Conference names it among strategic emerging industries to build',
      'Mar 2024 First in the Government Work Report, as a new growth engine',
    ]);
    expect(card.querySelector('.pl-card-event time')?.getAttribute('datetime')).toBe('2023-12');

    const srdi = buildTermCard(document, term('srdi-smes'));
    expect(q(srdi, '.pl-card-renderings > summary')).toBe('English renderings (4)');
    expect([...srdi.querySelectorAll('.pl-card-rendering')].map((e) => e.textContent)).toContain('SRDI — acronym');
  });

  it("shows Taiwan's own form beside the simplified one", () => {
    const card = buildTermCard(document, term('artificial-intelligence'));
    expect(q(card, '.pl-card-taiwan')).toBe('Taiwan: 人工智慧');
    expect(card.querySelector('.pl-card-taiwan .pl-card-hanzi')?.getAttribute('lang')).toBe('zh-Hant-TW');
  });

  it('omits the traditional form when it equals the simplified one', () => {
    const t = TERMS.find((x) => !x.zh.traditional || x.zh.traditional === x.zh.simplified);
    if (!t) return;
    const card = buildTermCard(document, t);
    expect(card.querySelectorAll('.pl-card-zh > .pl-card-hanzi')).toHaveLength(1);
  });

  it('shows a key figure where the term has one, and none otherwise', () => {
    const withFig = TERMS.find((x) => x.figures.length > 0);
    if (!withFig) throw new Error('glossary has no figures');
    const f = withFig.figures[0]!;
    const card = buildTermCard(document, withFig);
    expect(q(card, '.pl-card-figure-value')).toBe(`${f.value} ${f.unit}`.trim());
    expect(q(card, '.pl-card-figure')).toContain(f.label);
    const without = TERMS.find((x) => x.figures.length === 0)!;
    expect(buildTermCard(document, without).querySelector('.pl-card-figure')).toBeNull();
  });

  it('lists related terms by name, clickable when onRelated is given', () => {
    const t = term('new-industrialization');
    const onRelated = vi.fn();
    const card = buildTermCard(document, t, { onRelated });
    const names = [...card.querySelectorAll('.pl-card-related-term')].map((e) => e.textContent);
    expect(names).toEqual(t.related.map((id) => getTerm(id)?.name));
    (card.querySelector('.pl-card-related-term') as HTMLElement).click();
    expect(onRelated).toHaveBeenCalledWith(t.related[0]);
  });

  it('"Read in the interview" links to the cited paragraph and calls onRead', () => {
    const t = term('little-giant-firms');
    const onRead = vi.fn();
    const card = buildTermCard(document, t, { onRead, readHref: (p) => `ext://reader#p${p}` });
    const a = card.querySelector('a.pl-card-read') as HTMLAnchorElement;
    expect(a.textContent).toBe('Read in the interview');
    expect(citedParagraph(t)).toBe(10);
    expect(a.getAttribute('href')).toBe('ext://reader#p10');
    a.click();
    expect(onRead).toHaveBeenCalledWith(10, 'little-giant-firms');
  });

  it('builds text nodes only: markup in data is not parsed', () => {
    const evil: Term = { ...term('6g'), definition: '<img src=x onerror=alert(1)>' };
    const card = buildTermCard(document, evil);
    expect(card.querySelector('img')).toBeNull();
    expect(q(card, '.pl-card-definition')).toBe('<img src=x onerror=alert(1)>');
  });
});

describe('buildTermCard in a Chinese UI', () => {
  it('heads the card with the simplified form, gives the English name after, and labels in Chinese while the glossary text stays lang="en"', async () => {
    const { installMessages } = await import('./i18n');
    const { catalogLookup } = await import('../i18n/catalog-lookup');
    installMessages(catalogLookup('zh'));
    try {
      const t = term('little-giant-firms');
      const card = buildTermCard(document, t, { onRelated: () => {} });
      expect(card.lang).toBe('zh-Hans');
      const h = card.querySelector('.pl-card-name');
      expect(h?.textContent).toBe(t.zh.simplified);
      expect(h?.getAttribute('lang')).toBe('zh-Hans');
      expect(q(card, '.pl-card-en-name')).toBe(t.name);
      expect(card.querySelector('.pl-card-en-name')?.getAttribute('lang')).toBe('en');
      expect(q(card, '.pl-card-background .pl-card-label')).toBe('背景');
      expect(q(card, '.pl-card-interview .pl-card-label')).toBe('专访中（2024年8月31日）');
      expect(q(card, 'figcaption')).toBe('— 金壮龙，接受新华社专访，2024年8月31日');
      expect(q(card, '.pl-card-read')).toBe('在专访中阅读');
      expect(q(card, '.pl-card-reviewed')).toBe('词条审订于 2026年12月3日');
      for (const sel of ['.pl-card-definition', '.pl-card-said', 'blockquote', '.pl-card-figure-value', '.pl-card-figure-label']) {
        expect(card.querySelector(sel)?.getAttribute('lang'), sel).toBe('en');
      }
      // Related terms are named in Chinese too.
      const related = card.querySelector('.pl-card-related-term');
      expect(related?.getAttribute('lang')).toBe('zh-Hans');
      expect(/\p{Script=Han}/u.test(related?.textContent ?? '')).toBe(true);
    } finally {
      installMessages(catalogLookup('en'));
    }
  });
});
