/**
 * Promise 6 (unit half): settings survive any stored input. What
 * src/core/settings*.test.ts check by example, checked here for every shape
 * fast-check can make: arbitrary values per key and for the whole record,
 * unknown keys, huge lists, prototype-pollution keys, storage areas that
 * answer with non-objects. parseSettings never throws, always returns a
 * valid Settings, keeps each valid key whatever its neighbours hold, and
 * never touches Object.prototype.
 */
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, isValidSiteKey, MAX_SITES, parseSettings, SETTINGS_KEYS, type Settings } from '../../src/core/settings';
import { createSettingsStore, type StorageAreaLike } from '../../src/core/settings-store';
import { SOAK, writeFigures } from './helpers';

const RUNS = SOAK ? 20_000 : 2000;
let tried = 0;

function isValid(s: Settings): boolean {
  if (typeof s.enabled !== 'boolean') return false;
  if (s.highlightStyle !== 'underline' && s.highlightStyle !== 'background') return false;
  if (s.highlightColor !== 'auto' && !/^#[0-9a-f]{6}$/.test(s.highlightColor)) return false;
  const keys = Object.keys(s.sites);
  if (keys.length > MAX_SITES) return false;
  return keys.every((k) => isValidSiteKey(k) && typeof s.sites[k] === 'boolean') && Object.isFrozen(s.sites);
}

const POLLUTERS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', '__defineGetter__', 'valueOf'];
const hostile = fc.oneof(
  fc.anything({ withBigInt: true, withDate: true, withMap: true, withSet: true, withTypedArray: true, withSparseArray: true, withNullPrototype: true, withObjectString: true, withBoxedValues: true }),
  fc.dictionary(fc.oneof(fc.constantFrom(...POLLUTERS), fc.string()), fc.anything()),
  fc.constantFrom<unknown>(NaN, Infinity, -0, '', 'auto', '#GGGGGG', '#00ff00 ', 'background ', 'UNDERLINE', [], [true], { length: 1 }),
);
/** JSON round trip: what storage can actually hold, including "__proto__" as an own key. */
const stored = hostile.map((v) => {
  try {
    const json = JSON.stringify(v);
    return json === undefined ? v : (JSON.parse(json) as unknown);
  } catch {
    return v;
  }
});

const VALID: Record<(typeof SETTINGS_KEYS)[number], fc.Arbitrary<unknown>> = {
  enabled: fc.boolean(),
  sites: fc.dictionary(fc.constantFrom('example.org', 'news.cn', 'a-b.example.net'), fc.boolean(), { maxKeys: 3 }),
  highlightStyle: fc.constantFrom('underline', 'background'),
  highlightColor: fc.constantFrom('auto', '#12ab9f', '#FFFFFF'),
  density: fc.constantFrom('all', 'first'),
};

describe('settings survive bad input (property)', () => {
  afterAll(() => writeFigures('settings-unit', { badValuesTried: tried }));

  it('any value at all: no throw, valid Settings, Object.prototype untouched', () => {
    fc.assert(
      fc.property(fc.oneof(hostile, stored), (raw) => {
        tried++;
        const { settings, problems } = parseSettings(raw);
        expect(isValid(settings)).toBe(true);
        expect(Array.isArray(problems)).toBe(true);
        expect(Object.prototype).not.toHaveProperty('enabled');
        expect(({} as Record<string, unknown>).sites).toBeUndefined();
      }),
      { numRuns: RUNS },
    );
  });

  it('one valid key survives any garbage in every other key (and unknown keys)', () => {
    const key = fc.constantFrom(...SETTINGS_KEYS);
    fc.assert(
      fc.property(
        key.chain((k) => fc.tuple(fc.constant(k), VALID[k], fc.dictionary(fc.constantFrom(...SETTINGS_KEYS.filter((x) => x !== k), 'extra', '__proto__'), stored))),
        ([k, good, rest]) => {
          tried++;
          const raw = { ...rest, [k]: good };
          const { settings } = parseSettings(raw);
          expect(isValid(settings)).toBe(true);
          if (k === 'highlightColor') expect(settings.highlightColor).toBe((good as string).toLowerCase());
          else if (k === 'sites') expect({ ...settings.sites }).toEqual(good);
          else expect(settings[k]).toBe(good);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('huge site lists: past MAX_SITES the first MAX_SITES entries are kept, the other settings too; within it, bad entries go alone', () => {
    for (const n of [MAX_SITES + 1, 10_000, 100_000]) {
      tried++;
      const sites = Object.fromEntries(Array.from({ length: n }, (_, i) => [`s${i}.example.org`, i % 2 === 0]));
      const { settings, problems } = parseSettings({ sites, enabled: false, highlightStyle: 'background' });
      expect({ ...settings, sites: {} }).toEqual({ ...DEFAULT_SETTINGS, enabled: false, highlightStyle: 'background', sites: {} });
      const kept = Object.keys(settings.sites);
      expect(kept).toHaveLength(MAX_SITES);
      expect(kept[0]).toBe('s0.example.org');
      expect(kept[MAX_SITES - 1]).toBe(`s${MAX_SITES - 1}.example.org`);
      expect(settings.sites['s1.example.org']).toBe(false);
      expect(problems.join()).toMatch(/entries/);
    }
    tried++;
    const mixed = JSON.parse('{"__proto__": true, "constructor": false, "ok.org": true, "BAD KEY": true, "x.org": "yes"}') as unknown;
    // "constructor" is a well-formed single-label host name: kept as a plain own entry, harmless (no prototype is reached).
    const kept = parseSettings({ sites: mixed }).settings.sites;
    expect({ ...kept }).toEqual({ 'ok.org': true, constructor: false });
    expect(Object.getPrototypeOf(kept)).toBeNull();
  });

  it('the store survives storage areas that answer with anything, and a throwing area', async () => {
    const answers: unknown[] = [null, undefined, 'x', 42, [], [1, 2], new Map(), Object.create(null), { sites: { __proto__: null } }];
    for (const answer of answers) {
      tried++;
      const area: StorageAreaLike = {
        get: async () => answer as Record<string, unknown>,
        set: async () => {},
        remove: async () => {},
      };
      const s = await createSettingsStore({ sync: area, local: area }).load();
      expect(isValid(s)).toBe(true);
    }
    tried++;
    const throwing: StorageAreaLike = {
      get: () => {
        throw new Error('boom');
      },
      set: async () => {},
      remove: async () => {},
    };
    expect(isValid(await createSettingsStore({ sync: throwing, local: throwing }).load())).toBe(true);
  });
});
