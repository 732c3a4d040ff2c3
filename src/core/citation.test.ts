import { describe, expect, it } from 'vitest';
import { ARTICLE, ARTICLE_URL, getTerm, INTERVIEW_DATE, TERMS, type Term } from '../../glossary';
import { attribution, buildCitation, escapeHtml, sentenceWith, SPEAKER_ROLE } from './citation';

function term(id: string): Term {
  const t = getTerm(id);
  if (!t) throw new Error(`no term ${id}`);
  return t;
}

describe('buildCitation', () => {
  it('gives the term, its Chinese, the sentence and the full attribution as plain text', () => {
    const c = buildCitation(term('low-altitude-economy'));
    expect(c?.text).toBe(
      'low-altitude economy (低空经济)\n' +
        '“New growth engines such as bio-manufacturing, commercial aerospace and the low-altitude economy, and new fields including humanoid robots, 6G and atomic-level manufacturing, will be developed, said Jin.”\n' +
        '— Jin Zhuanglong, Minister of Industry and Information Technology, interview with Xinhua, 31 August 2024, ¶4',
    );
    expect(c?.paragraph).toBe(4);
  });

  it('gives HTML with a link to the article and the paragraph', () => {
    const c = buildCitation(term('low-altitude-economy'));
    expect(c?.html).toBe(
      '<p><strong>low-altitude economy</strong> (<span lang="zh-Hans">低空经济</span>)</p>' +
        `<blockquote cite="${ARTICLE_URL}"><p>“New growth engines such as bio-manufacturing, commercial aerospace and the low-altitude economy, and new fields including humanoid robots, 6G and atomic-level manufacturing, will be developed, said Jin.”</p></blockquote>` +
        `<p>— Jin Zhuanglong, Minister of Industry and Information Technology, <a href="${ARTICLE_URL}">interview with Xinhua</a>, 31 August 2024, ¶4</p>`,
    );
  });

  it('escapes what it puts into HTML (the quote marks of "little giant")', () => {
    const c = buildCitation(term('little-giant-firms'));
    expect(c?.text).toContain('China has so far cultivated 12,000 "little giant" firms');
    expect(c?.html).toContain('12,000 &quot;little giant&quot; firms');
    expect(c?.html).not.toMatch(/12,000 "little/);
    const hostile: Term = { ...term('6g'), name: '<img src=x onerror=alert(1)>', zh: { ...term('6g').zh, simplified: '"&' } };
    const h = buildCitation(hostile)?.html ?? '';
    expect(h).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(h).toContain('&quot;&amp;');
    expect(h).not.toContain('<img');
    expect(buildCitation(term('6g'), ARTICLE, 'http://x/"><script>')?.html).toContain('href="http://x/&quot;&gt;&lt;script&gt;"');
    expect(escapeHtml(`<a href='x'>&</a>`)).toBe('&lt;a href=&#39;x&#39;&gt;&amp;&lt;/a&gt;');
  });

  it('for every term: the sentence is whole, holds the quote, is in the cited paragraph and has no dateline', () => {
    for (const t of TERMS) {
      const c = buildCitation(t);
      expect(c, t.id).not.toBeNull();
      if (!c) continue;
      const cite = t.citations[0];
      expect(c.sentence, t.id).toContain(cite?.quote);
      expect(ARTICLE.paragraphs[c.paragraph - 1], t.id).toContain(c.sentence);
      expect(c.sentence, t.id).toMatch(/^[A-Z"“]/);
      expect(c.sentence, t.id).toMatch(/[.!?]["”’]?$/);
      expect(c.sentence, t.id).not.toMatch(/\(Xinhua\) --/);
      expect(c.text.endsWith(`, ¶${c.paragraph}`), t.id).toBe(true);
      expect(c.text.startsWith(`${t.name} (${t.zh.simplified})\n`), t.id).toBe(true);
    }
  });

  it('takes the attribution from the article data: speaker, office, outlet and the dateline date', () => {
    expect(ARTICLE.paragraphs[0]).toContain(`${SPEAKER_ROLE} ${ARTICLE.speaker}`);
    expect(ARTICLE.datelineDate).toBe(INTERVIEW_DATE);
    expect(ARTICLE.source).toBe('Xinhua');
    expect(attribution(10)).toBe('Jin Zhuanglong, Minister of Industry and Information Technology, interview with Xinhua, 31 August 2024, ¶10');
  });

  it('splits sentences at full stops only, not at abbreviations or the dateline', () => {
    expect(sentenceWith('BEIJING, Aug. 31 (Xinhua) -- It grew. About 4.57 trillion U.S. dollars came in 2023. Then more.', 'U.S. dollars')).toBe(
      'About 4.57 trillion U.S. dollars came in 2023.',
    );
    expect(sentenceWith('One. Two "quoted." Three.', 'Two')).toBe('Two "quoted."');
    expect(sentenceWith('One.', 'absent')).toBeNull();
    expect(buildCitation({ ...term('6g'), citations: [] })).toBeNull();
  });
});
