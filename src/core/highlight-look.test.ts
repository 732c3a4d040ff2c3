import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contrast, over, type Rgb } from './contrast';
import { highlightCss, isDefaultLook, lookPaint, parseLook } from './highlight-look';
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

describe('a chosen colour stays readable', () => {
  const hex = (c: Rgb): string => `#${c.map((v) => v.toString(16).padStart(2, '0')).join('')}`;
  const grid: Rgb[] = [];
  for (const r of [0, 64, 128, 192, 255]) for (const g of [0, 64, 128, 192, 255]) for (const b of [0, 64, 128, 192, 255]) grid.push([r, g, b]);
  // The pages of the fixtures the browser tests use, and the harder ones the look assumes.
  const pages = { light: { bg: [255, 255, 255], text: [34, 34, 34] }, dark: { bg: [18, 20, 23], text: [216, 219, 224] } } as const;

  it('on every colour of a 5×5×5 grid: text over the tint ≥ 4.5:1, an underline against the page ≥ 3:1, light and dark', () => {
    const low: string[] = [];
    for (const c of grid) {
      for (const dark of [false, true]) {
        const page = dark ? pages.dark : pages.light;
        const tint = lookPaint({ style: 'background', color: hex(c) }, dark);
        if (tint.kind !== 'background') throw new Error('not a tint');
        const onTint = contrast(page.text, over(tint.rgb, tint.alpha, page.bg));
        if (onTint < 4.5) low.push(`${hex(c)} tint ${dark ? 'dark' : 'light'}: ${onTint.toFixed(2)}`);
        const line = lookPaint({ style: 'underline', color: hex(c) }, dark);
        const onPage = contrast(line.rgb, page.bg);
        if (onPage < 3) low.push(`${hex(c)} underline ${dark ? 'dark' : 'light'}: ${onPage.toFixed(2)}`);
      }
    }
    expect(low).toEqual([]);
  });

  it('moves a colour only as far as it must: a readable one is kept, a pale underline darkens on a light page, a navy one lightens on a dark page', () => {
    expect(lookPaint({ style: 'underline', color: '#c2410c' }, false).rgb).toEqual([194, 65, 12]);
    const yellow = lookPaint({ style: 'underline', color: '#fde047' }, false).rgb;
    expect(contrast(yellow, [255, 255, 255])).toBeGreaterThanOrEqual(3);
    expect(yellow[0]).toBeGreaterThan(yellow[2]); // still a yellow-brown, not black
    const navy = lookPaint({ style: 'underline', color: '#1e3a8a' }, true).rgb;
    expect(navy).not.toEqual([30, 58, 138]);
    expect(navy[2]).toBeGreaterThan(navy[0]); // still blue
    // A white tint on a dark page would wash out light text: it is darkened.
    expect(lookPaint({ style: 'background', color: '#ffffff' }, true).rgb).not.toEqual([255, 255, 255]);
  });

  it('the automatic colours are what highlight.css paints, unchanged', () => {
    expect(lookPaint({ style: 'background', color: 'auto' }, false)).toEqual({ kind: 'background', rgb: [255, 214, 10], alpha: 0.4 });
    expect(lookPaint({ style: 'underline', color: 'auto' }, true)).toEqual({ kind: 'underline', rgb: [251, 191, 36] });
  });
});
