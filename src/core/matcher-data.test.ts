import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { surfaceForms } from '../../glossary/core';
import { ARTICLE } from '../../glossary/article';
import { MATCHER_FORMS } from '../../tests/fixtures/matcher-glossary';
import { matcherModuleSource } from '../../scripts/matcher-data-source';
import { compileMatcher, loadMatcher, matcherData, MATCHER_DATA_VERSION, type MatcherData } from './matcher';

/** Through JSON, as the build ships it. */
const roundTrip = (d: MatcherData): MatcherData => JSON.parse(JSON.stringify(d)) as MatcherData;

const GLUE = [' ', ', ', '. ', '-', '\u00a0', '’s ', 's ', 'es ', '“', '”', '\n', '和', '的', ' the ', ' and '];

describe('matcher data (compiled at build time, loaded in the page)', () => {
  it.each([
    ['fixture glossary', MATCHER_FORMS],
    ['real glossary', surfaceForms()],
  ] as const)('a loaded matcher finds exactly what a compiled one finds: %s', (_name, forms) => {
    const compiled = compileMatcher(forms);
    const loaded = loadMatcher(roundTrip(matcherData(forms)));
    expect(loaded.termCount).toBe(compiled.termCount);
    // Every form in several spellings, so each path of the trie and filters is taken.
    const spellings = forms.flatMap((f) => [f.text, f.text.toUpperCase(), f.text.toLowerCase(), `${f.text}s`, f.text.replace(/-/g, ' ')]);
    const all = spellings.join(' … ');
    const found = compiled.find(all);
    expect(found.length).toBeGreaterThan(forms.length);
    expect(loaded.find(all)).toEqual(found);
    const piece = fc.oneof(fc.constantFrom(...spellings), fc.constantFrom(...GLUE));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        expect(loaded.find(text)).toEqual(compiled.find(text));
      }),
      { numRuns: 500 },
    );
  });

  it('finds the same in the whole interview', () => {
    const forms = surfaceForms();
    const text = ARTICLE.paragraphs.join('\n');
    const compiled = compileMatcher(forms).find(text);
    expect(compiled.length).toBeGreaterThan(40);
    expect(loadMatcher(roundTrip(matcherData(forms))).find(text)).toEqual(compiled);
  });

  it('refuses data of another version', () => {
    const d = { ...matcherData(MATCHER_FORMS), version: MATCHER_DATA_VERSION + 1 } as unknown as MatcherData;
    expect(() => loadMatcher(d)).toThrow(/version/);
  });

  it('the build module holds the real glossary’s data', () => {
    const src = matcherModuleSource();
    const literal = /^export default JSON\.parse\((".*")\);\n$/s.exec(src)?.[1];
    expect(literal).toBeDefined();
    const shipped = JSON.parse(JSON.parse(literal as string) as string) as MatcherData;
    expect(shipped).toEqual(roundTrip(matcherData(surfaceForms())));
    expect(new Set(shipped.termIds).size).toBe(compileMatcher(surfaceForms()).termCount);
    // Terms with gated and ungated forms take two slots.
    expect(shipped.gated.length).toBeGreaterThan(0);
  });
});
