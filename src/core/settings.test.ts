import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SETTINGS,
  MAX_SITES,
  isActiveOn,
  isSiteOn,
  isValidSiteKey,
  parseSettings,
  withSite,
  withoutSite,
  type Settings,
} from './settings';

const valid: Settings = {
  enabled: false,
  sites: { 'example.org': true, 'scmp.com': false },
  highlightStyle: 'background',
  highlightColor: '#aa3300',
  density: 'first',
};

describe('parseSettings', () => {
  it('returns the defaults, without problems, for nothing stored', () => {
    const { settings, problems } = parseSettings(undefined);
    expect(settings).toEqual(DEFAULT_SETTINGS);
    expect(problems).toEqual([]);
    expect(parseSettings({}).problems).toEqual([]);
  });

  it('keeps a fully valid value as it is', () => {
    const { settings, problems } = parseSettings(valid);
    expect(settings).toEqual(valid);
    expect(problems).toEqual([]);
  });

  it.each([null, 42, 'garbage', true, [], [valid], () => valid])('replaces a non-object (%s) by the defaults and reports it', (raw) => {
    const { settings, problems } = parseSettings(raw);
    expect(settings).toEqual(DEFAULT_SETTINGS);
    expect(problems.length).toBeGreaterThan(0);
  });

  it.each([
    ['enabled', 42],
    ['enabled', 'true'],
    ['enabled', null],
    ['enabled', {}],
    ['highlightStyle', {}],
    ['highlightStyle', 'Underline'],
    ['highlightStyle', 'wavy'],
    ['highlightStyle', 7],
    ['highlightColor', 'red'],
    ['highlightColor', '#abc'],
    ['highlightColor', '#aa330'],
    ['highlightColor', '#aa33000'],
    ['highlightColor', 'url(javascript:x)'],
    ['highlightColor', '#'.padEnd(100_000, 'a')],
    ['highlightColor', 0xaa3300],
    ['sites', 'garbage'],
    ['sites', ['example.org']],
    ['sites', null],
    ['sites', 1],
    ['density', 'some'],
    ['density', 1],
    ['density', 'FIRST'],
  ] as const)('replaces a malformed %s (%j) by its default and keeps the valid neighbours', (key, bad) => {
    const { settings, problems } = parseSettings({ ...valid, [key]: bad });
    expect(settings[key]).toEqual(DEFAULT_SETTINGS[key]);
    for (const other of ['enabled', 'sites', 'highlightStyle', 'highlightColor', 'density'] as const) {
      if (other !== key) expect(settings[other]).toEqual(valid[other]);
    }
    expect(problems.join('\n')).toContain(key);
  });

  it('handles the exact garbage of the browser test: sites string, enabled number, style object', () => {
    const { settings, problems } = parseSettings({ sites: 'garbage', enabled: 42, highlightStyle: {}, highlightColor: '#112233' });
    expect(settings).toEqual({ ...DEFAULT_SETTINGS, highlightColor: '#112233' });
    expect(problems).toHaveLength(3);
  });

  it('lower-cases a valid colour and accepts "auto"', () => {
    expect(parseSettings({ highlightColor: '#AABBCC' }).settings.highlightColor).toBe('#aabbcc');
    expect(parseSettings({ highlightColor: 'auto' }).settings.highlightColor).toBe('auto');
  });

  it('ignores unknown keys without complaint', () => {
    const { settings, problems } = parseSettings({ ...valid, colour: 'blue', version: 9 });
    expect(settings).toEqual(valid);
    expect(Object.keys(settings).sort()).toEqual(['density', 'enabled', 'highlightColor', 'highlightStyle', 'sites']);
    expect(problems).toEqual([]);
  });

  it('drops single bad site entries and keeps the good ones', () => {
    const { settings, problems } = parseSettings({
      sites: { 'example.org': true, 'bad key': true, 'Example.COM': true, 'ok.net': 'yes', 'x.net': 1, 'y.net': null, 'z.net': false, '': true },
    });
    expect({ ...settings.sites }).toEqual({ 'example.org': true, 'z.net': false });
    expect(problems).toHaveLength(6);
  });

  it('never lets __proto__ or constructor keys touch prototypes', () => {
    const raw = JSON.parse('{"sites": {"__proto__": {"polluted": true}, "constructor": true, "prototype": false, "a.org": true}, "__proto__": {"enabled": false}}') as unknown;
    const { settings } = parseSettings(raw);
    expect(settings.enabled).toBe(true);
    expect(Object.prototype.hasOwnProperty.call(settings.sites, '__proto__')).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(settings.sites['a.org']).toBe(true);
    // "constructor" is a syntactically valid host label; it must be stored as plain data.
    expect(settings.sites.constructor).toBe(true);
    expect(isSiteOn(settings, 'toString')).toBe(false);
    expect(isSiteOn(settings, 'hasownproperty')).toBe(false);
  });

  it('does not read inherited values', () => {
    const raw = Object.create({ enabled: false, highlightStyle: 'background' }) as Record<string, unknown>;
    expect(parseSettings(raw).settings).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps the first MAX_SITES of an oversized site list (never none) and the other settings', () => {
    const sites: Record<string, boolean> = {};
    for (let i = 0; i <= MAX_SITES; i++) sites[`s${i}.example`] = true;
    const { settings, problems } = parseSettings({ ...valid, sites });
    expect(Object.keys(settings.sites)).toHaveLength(MAX_SITES);
    expect(settings.sites['s0.example']).toBe(true);
    expect(settings.sites[`s${MAX_SITES}.example`]).toBeUndefined();
    expect(settings.enabled).toBe(false);
    expect(settings.highlightStyle).toBe('background');
    expect(problems[0]).toContain(`${MAX_SITES + 1} entries`);
  });

  it('accepts exactly MAX_SITES entries', () => {
    const sites: Record<string, boolean> = {};
    for (let i = 0; i < MAX_SITES; i++) sites[`s${i}.example`] = i % 2 === 0;
    expect(Object.keys(parseSettings({ sites }).settings.sites)).toHaveLength(MAX_SITES);
  });

  it('drops an overlong site key', () => {
    const long = `${'a'.repeat(63)}.`.repeat(5) + 'org';
    expect(long.length).toBeGreaterThan(253);
    expect(parseSettings({ sites: { [long]: true } }).settings.sites).toEqual({});
  });

  it('returns frozen site maps', () => {
    expect(Object.isFrozen(parseSettings(valid).settings.sites)).toBe(true);
  });

  it('never throws on hostile getters', () => {
    const raw = {
      get enabled(): boolean {
        throw new Error('boom');
      },
    };
    const { settings, problems } = parseSettings(raw);
    expect(settings).toEqual(DEFAULT_SETTINGS);
    expect(problems[0]).toContain('boom');
    const revoked = Proxy.revocable({}, {});
    revoked.revoke();
    expect(parseSettings(revoked.proxy).settings).toEqual(DEFAULT_SETTINGS);
  });
});

describe('site switches', () => {
  it('default sites are on, others off, until chosen', () => {
    expect(isSiteOn(DEFAULT_SETTINGS, 'english.news.cn')).toBe(true);
    expect(isSiteOn(DEFAULT_SETTINGS, 'www.scmp.com')).toBe(true);
    expect(isSiteOn(DEFAULT_SETTINGS, 'example.org')).toBe(false);
  });

  it('a stored choice wins over the default, in both directions', () => {
    const s = withSite(withSite(DEFAULT_SETTINGS, 'scmp.com', false), 'example.org', true);
    expect(isSiteOn(s, 'www.scmp.com')).toBe(false);
    expect(isSiteOn(s, 'example.org')).toBe(true);
    expect(isSiteOn(s, 'www.example.org')).toBe(true);
    expect(isSiteOn(s, 'english.news.cn')).toBe(true);
  });

  it('the global pause turns everything off without losing choices', () => {
    const s = { ...withSite(DEFAULT_SETTINGS, 'example.org', true), enabled: false };
    expect(isActiveOn(s, 'example.org')).toBe(false);
    expect(isActiveOn(s, 'english.news.cn')).toBe(false);
    expect(isSiteOn(s, 'example.org')).toBe(true);
    expect(isActiveOn({ ...s, enabled: true }, 'example.org')).toBe(true);
  });

  it('withoutSite goes back to the default', () => {
    const s = withoutSite(withSite(DEFAULT_SETTINGS, 'scmp.com', false), 'scmp.com');
    expect(isSiteOn(s, 'www.scmp.com')).toBe(true);
    expect(s.sites).toEqual({});
  });

  it('withSite leaves the input untouched and rejects bad keys', () => {
    const before = DEFAULT_SETTINGS;
    withSite(before, 'example.org', true);
    expect(before.sites).toEqual({});
    expect(() => withSite(before, '__proto__', true)).toThrow(/Not a site key/);
    expect(() => withSite(before, 'a b', true)).toThrow();
  });

  it('withSite refuses a new site past MAX_SITES but still flips an existing one', () => {
    let s: Settings = DEFAULT_SETTINGS;
    const sites: Record<string, boolean> = {};
    for (let i = 0; i < MAX_SITES; i++) sites[`s${i}.example`] = true;
    s = { ...s, sites };
    expect(() => withSite(s, 'one-more.example', true)).toThrow(/Too many sites/);
    expect(withSite(s, 's0.example', false).sites['s0.example']).toBe(false);
  });

  it('isValidSiteKey', () => {
    expect(isValidSiteKey('example.org')).toBe(true);
    expect(isValidSiteKey('xn--fiqs8s.cn')).toBe(true);
    expect(isValidSiteKey('-bad.org')).toBe(false);
    expect(isValidSiteKey('UPPER.org')).toBe(false);
    expect(isValidSiteKey('')).toBe(false);
  });
});

describe('a listed site switched off covers every host of it', () => {
  it.each([
    ['bbc.com', 'www.bbc.co.uk'],
    ['chinadaily.com.cn', 'global.chinadaily.com.cn'],
    ['reuters.com', 'graphics.reuters.com'],
    ['xinhuanet.com', 'english.xinhuanet.com'],
  ])('%s off: %s is off', (key, host) => {
    expect(isSiteOn(DEFAULT_SETTINGS, host)).toBe(true);
    expect(isSiteOn(withSite(DEFAULT_SETTINGS, key, false), host)).toBe(false);
  });
});
