import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generatePage } from '../../bench/generate-page';
import { surfaceForms } from '../../glossary/core';
import { MATCHER_FORMS } from '../../tests/fixtures/matcher-glossary';
import { CLASS, FOLD, FOLD_LIMIT } from './matcher/char-class';
import { compileMatcher } from './matcher';
import { loadPrefilter } from './prefilter';
import { prefilterData } from './prefilter-build';

const FORMS = surfaceForms();
const matcher = compileMatcher(FORMS);
const prefilter = loadPrefilter(prefilterData(FORMS));

/** Pieces a page's text is made of: the glossary's words and forms, their neighbours, and what the matcher tolerates between and inside words. */
const WORDS = [...new Set(FORMS.flatMap((f) => f.text.split(/[\s]+/)))];
const FILLER = ['the', 'said', 'aid', 'new', 'low', 'high', 'economic', 'economy', 'firms', 'China', 'chinese', 'industry', 'in', 'of', 'a', 'digital', 'smart', '25G', '5GHz', 'AIIB', 'smes', 'robots', '中国', '今天', '企业', '小', '“', '”', '‘', '’'];
const GLUE = [' ', '  ', '-', '\u2011', '\u2013', '\u2014', '\u00a0', '\n', "'", '’', '“', '"', '\u00ad', '\u200b', '\u2060', ',', '.', '', '+', '(', ')', 's', 'es', 'ies', "'s", 'isation', 'ization'];

function caseFlip(s: string, mask: number): string {
  let out = '';
  for (let i = 0; i < s.length; i++) out += (mask >> i % 16) & 1 ? s[i]!.toUpperCase() : s[i]!.toLowerCase();
  return out;
}

const piece = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 2, arbitrary: fc.constantFrom(...FORMS.map((f) => f.text)) },
  { weight: 2, arbitrary: fc.constantFrom(...FILLER) },
  { weight: 4, arbitrary: fc.constantFrom(...GLUE) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...WORDS), fc.integer({ min: 0, max: 0xffff })).map(([w, m]) => caseFlip(w, m)) },
  // A form with something invisible or a hyphen slipped inside one of its words.
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom(...FORMS.map((f) => f.text)), fc.nat(), fc.constantFrom('\u00ad', '\u200b', '\ufeff', '-', '', ' '))
      .map(([t, at, ins]) => t.slice(0, at % (t.length + 1)) + ins + t.slice(at % (t.length + 1))),
  },
);
const text = fc.array(piece, { maxLength: 24 }).map((p) => p.join(''));

describe('prefilter: true wherever the matcher finds a term', () => {
  it('holds on random texts made of glossary words, forms and what the matcher tolerates', () => {
    let withTerms = 0;
    fc.assert(
      fc.property(text, (t) => {
        const found = matcher.find(t).length > 0;
        if (found) withTerms++;
        return !found || prefilter.test(t);
      }),
      { numRuns: 20_000, seed: 20240831 },
    );
    // The property is not vacuous: a good share of the texts hold terms.
    expect(withTerms).toBeGreaterThan(4000);
  });

  it('finds every surface form as written, in upper and lower case, inside a sentence', () => {
    for (const f of FORMS) {
      for (const t of [f.text, `In 2024, ${f.text}.`, f.text.toUpperCase(), f.text.toLowerCase()]) {
        if (matcher.find(t).length > 0) expect(prefilter.test(t), t).toBe(true);
      }
    }
  });

  it('holds for the matcher test glossary too (edge-case forms: punctuation, Han with Latin, acronyms)', () => {
    const m = compileMatcher(MATCHER_FORMS);
    const p = loadPrefilter(prefilterData(MATCHER_FORMS));
    const parts = [...new Set(MATCHER_FORMS.flatMap((f) => [f.text, ...f.text.split(/\s+/)]))];
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...parts), fc.constantFrom(...GLUE), fc.constantFrom(...FILLER)), { maxLength: 16 }), (ps) => {
        const t = ps.join('');
        return m.find(t).length === 0 || p.test(t);
      }),
      { numRuns: 10_000, seed: 7 },
    );
  });

  it('holds on every block of every fixture page', () => {
    const dir = join(import.meta.dirname, '../../tests/fixtures');
    const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
    expect(files.length).toBeGreaterThan(10);
    let blocks = 0;
    for (const f of files) {
      const html = readFileSync(join(dir, f), 'utf8');
      for (const block of html.replace(/<(script|style)[\s\S]*?<\/\1>/g, '').split(/<\/?(?:p|div|li|h\d|td|section|article|header|footer|blockquote|figcaption)\b[^>]*>/)) {
        const t = block.replace(/<[^>]*>/g, '').replace(/&nbsp;/g, '\u00a0');
        if (matcher.find(t).length === 0) continue;
        blocks++;
        expect(prefilter.test(t), `${f}: ${t.slice(0, 80)}`).toBe(true);
      }
    }
    expect(blocks).toBeGreaterThan(50);
  });

  it('the i flag folds ASCII letters as FOLD does: no other code unit folds to one', () => {
    for (let c = 0; c < FOLD_LIMIT; c++) {
      const f = FOLD[c]!;
      if (f >= 0x61 && f <= 0x7a) expect([f, f - 0x20], c.toString(16)).toContain(c);
    }
    // The word class the build uses for word starts is a subset of the matcher's (sound: see prefilter-build.ts).
    for (const ch of '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz') expect(CLASS[ch.charCodeAt(0)]).toBe(1);
  });
});

describe('prefilter: false where there is nothing to find', () => {
  it('passes over a term-free article, block by block', () => {
    const page = generatePage({ chars: 40_000, termEvery: Number.MAX_SAFE_INTEGER });
    expect(page.blocks.length).toBeGreaterThan(50);
    const hits = page.blocks.filter((b) => prefilter.test(b));
    expect(hits).toEqual([]);
  });

  it('tells near misses from terms', () => {
    for (const t of ['said aid', 'five 5GHz radios', 'the AIIB', 'new investment', 'low prices', 'a little late', '今天天气很好', 'industrialized nations']) {
      expect(matcher.find(t), t).toEqual([]);
      expect(prefilter.test(t), t).toBe(false);
    }
    for (const t of ['new industrialization', 'New-Industrialisation', 'low\u2011altitude economies', 'AI+ plan', 'the SMEs', 'humanoid robot', '小“巨人”企业', '工信部', 'in\u00addus\u00adtrial\u00adiza\u00adtion']) {
      expect(prefilter.test(t), t).toBe(matcher.find(t).length > 0);
    }
  });
});
