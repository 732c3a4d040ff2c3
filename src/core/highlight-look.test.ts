import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { highlightCss, isDefaultLook, parseLook } from './highlight-look';
import { DEFAULT_SETTINGS } from './settings';

describe('highlightCss', () => {
  it('a tint by default, ::highlight rules only, no decoration even on the hovered term', () => {
    const css = highlightCss({ style: 'background', color: 'auto' }, ':root');
    expect(css).toMatch(/::highlight\(policy-lens\) \{ background-color: rgb\(255 214 10 \/ 0.4\)/);
    expect(css).toMatch(/::highlight\(policy-lens-dark\) \{ background-color: rgb\(250 204 21 \/ 0.3\)/);
    expect(css).not.toMatch(/text-decoration: underline/);
    // Scoped to :root by default (Chromium inherits highlight styles; see highlightScope).
    for (const rule of css.split('\n')) expect(rule.startsWith(':root::highlight(')).toBe(true);
    for (const rule of highlightCss({ style: 'background', color: 'auto' }, '').split('\n')) expect(rule.startsWith('::highlight(')).toBe(true);
  });
  it('an underline when chosen', () => {
    const css = highlightCss({ style: 'underline', color: 'auto' }, ':root');
    expect(css).toMatch(/::highlight\(policy-lens\) \{ text-decoration: underline 2px rgb\(194 65 12/);
    expect(css).toMatch(/::highlight\(policy-lens-dark\) \{ text-decoration: underline 2px rgb\(251 191 36/);
  });
  it('highlight.css, used when no sheet is adopted, says what highlightCss says for the default look', () => {
    const declarations = (css: string): Record<string, string> => {
      const out: Record<string, string> = {};
      for (const m of css.matchAll(/::highlight\(([\w-]+)\)\s*\{([^}]*)\}/g)) {
        const decls = (m[2] ?? '').split(';').map((d) => d.trim()).filter((d) => d && !/^[\w-]+:\s*(none|transparent)$/.test(d));
        out[m[1] ?? ''] = decls.join('; ');
      }
      return out;
    };
    const manifestCss = readFileSync(new URL('../content/paint/highlight.css', import.meta.url), 'utf8');
    const fromCode = declarations(highlightCss({ style: DEFAULT_SETTINGS.highlightStyle, color: DEFAULT_SETTINGS.highlightColor }, ''));
    expect(Object.keys(fromCode)).toHaveLength(3);
    expect(declarations(manifestCss)).toEqual(fromCode);
  });
  it('background with a chosen colour', () => {
    const css = highlightCss({ style: 'background', color: '#22aa44' }, ':root');
    expect(css).toMatch(/::highlight\(policy-lens\) \{ background-color: rgb\(34 170 68 \/ 0.4\)/);
    expect(css).not.toMatch(/policy-lens\) \{ text-decoration: underline/);
  });
});

describe('looks', () => {
  it('the default look needs no rules of its own', () => {
    expect(isDefaultLook({ style: DEFAULT_SETTINGS.highlightStyle, color: DEFAULT_SETTINGS.highlightColor })).toBe(true);
    expect(isDefaultLook({ style: 'underline', color: 'auto' })).toBe(false);
  });
  it('parses exactly a look, and nothing that could smuggle CSS', () => {
    expect(parseLook({ style: 'underline', color: '#AA3300' })).toEqual({ style: 'underline', color: '#aa3300' });
    for (const bad of [null, [], { style: 'wavy', color: 'auto' }, { style: 'underline', color: 'red; } body { display: none' }, { style: 'underline', color: 'auto', extra: 1 }]) {
      expect(parseLook(bad)).toBeNull();
    }
  });
});
