import { describe, expect, it } from 'vitest';
import { originPatternsForSiteKey, siteKeyFromHost, siteKeyFromUrl } from './site-key';

describe('siteKeyFromUrl', () => {
  it.each([
    ['https://www.reuters.com/markets/asia/x', 'reuters.com'],
    ['http://reuters.com:8080/y', 'reuters.com'],
    ['https://English.News.CN/20240831/abc.html', 'english.news.cn'],
    ['https://www.news.cn/politics/', 'news.cn'],
    ['https://english.www.gov.cn/policies/', 'english.www.gov.cn'],
    ['https://www.co/', 'www.co'],
    ['http://127.0.0.1:5173/a', '127.0.0.1'],
  ])('%s → %s', (url, key) => expect(siteKeyFromUrl(url)).toBe(key));

  it.each(['chrome://extensions', 'file:///tmp/a.html', 'about:blank', 'not a url', 'chrome-extension://abc/x.html'])(
    'has no site key for %s',
    (url) => expect(siteKeyFromUrl(url)).toBeNull(),
  );
});

describe('siteKeyFromHost', () => {
  it('drops a trailing dot and empty hosts', () => {
    expect(siteKeyFromHost('www.ft.com.')).toBe('ft.com');
    expect(siteKeyFromHost('')).toBeNull();
  });

  it("gives any host of a listed site that site's key: the one the options page switches", () => {
    expect(siteKeyFromHost('www.bbc.co.uk')).toBe('bbc.com');
    expect(siteKeyFromHost('global.chinadaily.com.cn')).toBe('chinadaily.com.cn');
    expect(siteKeyFromHost('graphics.reuters.com')).toBe('reuters.com');
    expect(siteKeyFromHost('english.xinhuanet.com')).toBe('xinhuanet.com');
    expect(siteKeyFromHost('news.example.org')).toBe('news.example.org');
  });
});

describe('originPatternsForSiteKey', () => {
  it('covers the bare host and its www. form, any scheme', () => {
    expect(originPatternsForSiteKey('example.org')).toEqual(['*://example.org/*', '*://www.example.org/*']);
  });
});
