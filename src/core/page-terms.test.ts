import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, withSite } from './settings';
import { groupCounts, pageStatus } from './page-terms';

const terms = new Map(
  [
    { id: 'a', name: 'Alpha', category: 'industry' },
    { id: 'b', name: 'Beta', category: 'strategy' },
    { id: 'c', name: 'Gamma', category: 'industry' },
    { id: 'd', name: 'Delta', category: 'industry' },
  ].map((t) => [t.id, t]),
);
const categories = [{ id: 'strategy' }, { id: 'goal' }, { id: 'industry' }];

describe('groupCounts', () => {
  it('groups in category order, most frequent first, then by name; drops unknown ids', () => {
    const groups = groupCounts({ a: 1, b: 2, c: 3, d: 1, zzz: 9 }, (id) => terms.get(id), categories);
    expect(groups.map((g) => g.category.id)).toEqual(['strategy', 'industry']);
    expect(groups[1]?.items.map((i) => [i.term.id, i.count])).toEqual([
      ['c', 3],
      ['a', 1],
      ['d', 1],
    ]);
  });
  it('is empty for no counts', () => {
    expect(groupCounts({}, (id) => terms.get(id), categories)).toEqual([]);
  });
});

describe('pageStatus', () => {
  const on = { counts: { a: 2 }, held: {}, about: 'title' as const, active: true, reading: false };
  const empty = { counts: {}, held: {}, about: null, active: true, reading: false };
  it('browser pages are unsupported', () => {
    for (const url of ['chrome://extensions/', 'about:blank', 'file:///tmp/x.html', 'chrome-extension://abc/x.html', undefined, 'not a url']) {
      expect(pageStatus(url, DEFAULT_SETTINGS, null)).toBe('unsupported');
    }
  });
  it('shows terms when the page reports some', () => {
    expect(pageStatus('https://english.news.cn/x', DEFAULT_SETTINGS, on)).toBe('terms');
    // Annotated once on a site that is not enabled:
    expect(pageStatus('https://example.org/x', DEFAULT_SETTINGS, on)).toBe('terms');
  });
  it('says why nothing shows', () => {
    expect(pageStatus('https://english.news.cn/x', { ...DEFAULT_SETTINGS, enabled: false }, null)).toBe('paused');
    expect(pageStatus('https://www.scmp.com/x', withSite(DEFAULT_SETTINGS, 'scmp.com', false), null)).toBe('off');
    expect(pageStatus('https://example.org/x', DEFAULT_SETTINGS, null)).toBe('not-enabled');
    expect(pageStatus('https://example.org/x', withSite(DEFAULT_SETTINGS, 'example.org', false), null)).toBe('not-enabled');
    expect(pageStatus('https://english.news.cn/x', DEFAULT_SETTINGS, null)).toBe('no-script');
    // The browser withholds the site's access: say so rather than suggest a reload.
    expect(pageStatus('https://english.news.cn/x', DEFAULT_SETTINGS, null, false)).toBe('no-access');
    expect(pageStatus('https://english.news.cn/x', DEFAULT_SETTINGS, empty, false)).toBe('none');
    expect(pageStatus('https://english.news.cn/x', DEFAULT_SETTINGS, empty)).toBe('none');
    expect(pageStatus('https://example.org/x', withSite(DEFAULT_SETTINGS, 'example.org', true), empty)).toBe('none');
  });
  it('tells a page whose only terms are general ones left unmarked from a page without terms', () => {
    const held = { counts: {}, held: { 'artificial-intelligence': 37 }, about: null, active: true, reading: false };
    expect(pageStatus('https://www.theguardian.com/x', DEFAULT_SETTINGS, held)).toBe('held');
    expect(pageStatus('https://www.theguardian.com/x', DEFAULT_SETTINGS, { ...held, counts: { 'low-altitude-economy': 1 } })).toBe('terms');
  });
  it('says when the browser cannot paint highlights at all', () => {
    expect(pageStatus('https://english.news.cn/x', DEFAULT_SETTINGS, { ...empty, active: false, reason: 'unsupported' })).toBe('no-highlights');
  });
  it('says the page is still being read while the first scan runs and nothing is found yet', () => {
    expect(pageStatus('https://english.news.cn/x', DEFAULT_SETTINGS, { ...empty, reading: true })).toBe('reading');
    expect(pageStatus('https://english.news.cn/x', DEFAULT_SETTINGS, { ...on, reading: true })).toBe('terms');
  });
});
