// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { ARTICLE, surfaceForms } from '../../glossary';
import { compileMatcher } from '../core/matcher';
import { buildArticleView } from './article-view';
import { formatIsoDate } from './format-date';

const matcher = compileMatcher(surfaceForms());

describe('buildArticleView', () => {
  it('renders title, source, date and one numbered paragraph per article paragraph with id p<N>', () => {
    const view = buildArticleView(document, ARTICLE, matcher);
    expect(view.querySelector('h1')?.textContent).toBe(ARTICLE.title);
    expect(view.querySelector('.pl-article-meta')?.textContent).toContain(ARTICLE.source);
    expect(view.querySelector('.pl-article-meta')?.textContent).toContain(formatIsoDate(ARTICLE.date));
    const paras = [...view.querySelectorAll('p.pl-para')];
    expect(paras).toHaveLength(ARTICLE.paragraphs.length);
    paras.forEach((p, i) => {
      expect(p.id).toBe(`p${i + 1}`);
      expect(p.querySelector('.pl-para-num')?.textContent).toBe(String(i + 1));
      // The paragraph's text is the article's, unchanged by the term markup.
      expect(p.querySelector('.pl-para-text')?.textContent).toBe(ARTICLE.paragraphs[i]);
    });
  });

  it('marks terms as focusable inline buttons carrying the term id, which Enter and Space activate', () => {
    const onTermActivate = vi.fn();
    const view = buildArticleView(document, ARTICLE, matcher, { onTermActivate });
    const p4 = view.querySelector('#p4');
    const terms = [...(p4?.querySelectorAll<HTMLElement>('.pl-term') ?? [])];
    expect(terms.map((b) => b.dataset.term)).toContain('low-altitude-economy');
    const low = terms.find((b) => b.dataset.term === 'low-altitude-economy');
    expect(low?.textContent).toBe('low-altitude economy');
    // Inline, so that a long term wraps with the words around it (a <button> cannot).
    expect(low?.tagName).toBe('SPAN');
    expect(low?.getAttribute('role')).toBe('button');
    expect(low?.tabIndex).toBe(0);
    low?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }));
    expect(onTermActivate).toHaveBeenCalledTimes(1);
    const down = new KeyboardEvent('keydown', { key: ' ', bubbles: true, cancelable: true });
    low?.dispatchEvent(down);
    expect(down.defaultPrevented).toBe(true); // no scroll
    expect(onTermActivate).toHaveBeenCalledTimes(1);
    low?.dispatchEvent(new KeyboardEvent('keyup', { key: ' ', bubbles: true, cancelable: true }));
    expect(onTermActivate).toHaveBeenCalledTimes(2);
    low?.dispatchEvent(new KeyboardEvent('keydown', { key: 'a', bubbles: true, cancelable: true }));
    expect(onTermActivate).toHaveBeenCalledTimes(2);
  });

  it('calls onTermActivate and onOpenParagraph, and prefixes ids', () => {
    const onTermActivate = vi.fn();
    const onOpenParagraph = vi.fn();
    const view = buildArticleView(document, ARTICLE, matcher, { idPrefix: 'iv-', onTermActivate, onOpenParagraph });
    expect(view.querySelector('#iv-p3')).not.toBeNull();
    (view.querySelector('#iv-p3 .pl-para-num') as HTMLButtonElement).click();
    expect(onOpenParagraph).toHaveBeenCalledWith(3);
    const b = view.querySelector('#iv-p4 .pl-term[data-term="low-altitude-economy"]') as HTMLElement;
    b.click();
    expect(onTermActivate).toHaveBeenCalledWith('low-altitude-economy', b, 4);
  });

  it('formats ISO dates', () => {
    expect(formatIsoDate('2024-08-31')).toBe('31 August 2024');
    expect(formatIsoDate('soon')).toBe('soon');
  });
});
