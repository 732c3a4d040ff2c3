import { describe, expect, it } from 'vitest';
import { DEFAULT_SITES } from './default-sites';
import { siteKeyFromHost } from './site-key';
import { defaultSiteForHost, hostMatchesPattern } from './site-patterns';

describe('default news sites', () => {
  it('lists at least 25 sites with unique keys', () => {
    expect(DEFAULT_SITES.length).toBeGreaterThanOrEqual(25);
    expect(new Set(DEFAULT_SITES.map((s) => s.key)).size).toBe(DEFAULT_SITES.length);
  });

  it('names every site in Chinese too, each name its own (a Chinese UI shows them)', () => {
    for (const site of DEFAULT_SITES) expect(site.zh, site.key).toMatch(/[\u4e00-\u9fff]|^[A-Z]{2,5}$/);
    expect(new Set(DEFAULT_SITES.map((s) => s.zh)).size).toBe(DEFAULT_SITES.length);
  });

  it('each site key is the key of the hosts it covers', () => {
    for (const site of DEFAULT_SITES) {
      const patternHost = /^\*:\/\/([^/]+)\//.exec(site.patterns[0] ?? '')?.[1] ?? '';
      const host = patternHost.replace(/^\*\./, 'www.');
      expect(defaultSiteForHost(host)?.key, host).toBe(site.key);
      expect(siteKeyFromHost(host)).toBe(site.key);
    }
  });
});

describe('hostMatchesPattern', () => {
  it.each([
    ['*://*.reuters.com/*', 'www.reuters.com', true],
    ['*://*.reuters.com/*', 'reuters.com', true],
    ['*://*.reuters.com/*', 'uk.reuters.com', true],
    ['*://*.reuters.com/*', 'notreuters.com', false],
    ['*://*.reuters.com/*', 'reuters.com.evil.net', false],
    ['*://english.news.cn/*', 'english.news.cn', true],
    ['*://english.news.cn/*', 'www.english.news.cn', false],
    ['*://apnews.com/*', 'APNEWS.com', true],
    ['not a pattern', 'apnews.com', false],
  ])('%s vs %s → %s', (pattern, host, want) => expect(hostMatchesPattern(pattern, host)).toBe(want));

  it('finds no default site for an unlisted host', () => {
    expect(defaultSiteForHost('example.org')).toBeUndefined();
  });
});
