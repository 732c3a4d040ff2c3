import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, withSite } from './settings';
import {
  contentScriptFiles,
  isDefaultSiteKey,
  permissionOriginsForSiteKey,
  planRegistrations,
  registrationFor,
  scriptIdForSite,
  siteForScriptId,
  userSites,
  userSitesOn,
} from './registration';

const s = withSite(withSite(withSite(withSite(DEFAULT_SETTINGS, 'example.org', true), 'blog.example.net', false), 'scmp.com', false), 'news.cn', true);

describe('registration plan', () => {
  it('knows default site keys, including www-stripped ones', () => {
    expect(isDefaultSiteKey('english.news.cn')).toBe(true);
    expect(isDefaultSiteKey('news.cn')).toBe(true);
    expect(isDefaultSiteKey('gov.cn')).toBe(true);
    expect(isDefaultSiteKey('bbc.co.uk')).toBe(true);
    expect(isDefaultSiteKey('example.org')).toBe(false);
  });
  it('lists user sites', () => {
    expect(userSitesOn(s)).toEqual(['example.org']);
    expect(userSites(s)).toEqual(['blog.example.net', 'example.org']);
  });
  it('registers granted sites that are on, unregisters the rest, leaves foreign ids alone', () => {
    const plan = planRegistrations(s, [scriptIdForSite('blog.example.net'), scriptIdForSite('gone.org'), 'someone-else'], () => true);
    expect(plan).toEqual({ register: ['example.org'], unregister: ['blog.example.net', 'gone.org'] });
  });
  it('does not register without the permission and removes a registration whose permission went', () => {
    expect(planRegistrations(s, [scriptIdForSite('example.org')], () => false)).toEqual({ register: [], unregister: ['example.org'] });
  });
  it('is a no-op when in sync', () => {
    expect(planRegistrations(s, [scriptIdForSite('example.org')], () => true)).toEqual({ register: [], unregister: [] });
  });
  it('round-trips ids', () => {
    expect(siteForScriptId(scriptIdForSite('example.org'))).toBe('example.org');
    expect(siteForScriptId('pl-site:')).toBeNull();
    expect(siteForScriptId('other')).toBeNull();
  });
  it('reads the built content script files from the manifest', () => {
    const m = { content_scripts: [{ js: ['assets/loader-abc.js'], css: ['assets/x.css'], matches: [] }] };
    expect(contentScriptFiles(m)).toEqual({ js: ['assets/loader-abc.js'], css: ['assets/x.css'] });
    expect(contentScriptFiles({})).toEqual({ js: [], css: [] });
    expect(contentScriptFiles(null)).toEqual({ js: [], css: [] });
    const reg = registrationFor('example.org', contentScriptFiles(m));
    expect(reg.matches).toEqual(['*://example.org/*', '*://www.example.org/*']);
    expect(reg.id).toBe('pl-site:example.org');
    expect(reg.css).toEqual(['assets/x.css']);
    expect(registrationFor('a.org', { js: ['a.js'], css: [] }).css).toBeUndefined();
  });
});

describe('permissionOriginsForSiteKey', () => {
  it('spells out both schemes for the site and its www host', () => {
    expect(permissionOriginsForSiteKey('example.org')).toEqual([
      'http://example.org/*',
      'https://example.org/*',
      'http://www.example.org/*',
      'https://www.example.org/*',
    ]);
  });
});
