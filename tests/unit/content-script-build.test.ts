import { describe, expect, it } from 'vitest';
import source from '../../manifest.json' with { type: 'json' };
import { withSitePatterns } from '../../scripts/site-manifest';
import { builtContentScripts, CONTENT_CSS, CONTENT_JS, highlightScope, scopeHighlightRules } from '../../scripts/vite-content-script';

describe('highlight rule scope per build', () => {
  it('scopes to :root for Chromium targets and leaves Firefox rules universal', () => {
    expect(highlightScope('es2022')).toBe(':root');
    expect(highlightScope(['chrome128'])).toBe(':root');
    expect(highlightScope('firefox140')).toBe('');
    const css = '/* c */\n::highlight(policy-lens) {\n  color: red;\n}\n::highlight(policy-lens-dark) {}\n';
    expect(scopeHighlightRules(css, ':root')).toBe('/* c */\n:root::highlight(policy-lens) {\n  color: red;\n}\n:root::highlight(policy-lens-dark) {}\n');
    expect(scopeHighlightRules(css, '')).toBe(css);
  });
});

const manifest = withSitePatterns(source);

describe('built content_scripts', () => {
  it('points the manifest entry (the gate, from document_start) at its bundle, with the CSS', () => {
    const built = builtContentScripts(manifest.content_scripts, true);
    expect(built.map((c) => [c.js, c.css, c.run_at])).toEqual([[[CONTENT_JS], [CONTENT_CSS], 'document_start']]);
    expect(built[0]?.matches).toEqual(manifest.content_scripts[0]?.matches);
    expect(builtContentScripts(manifest.content_scripts, false)[0]).not.toHaveProperty('css');
  });

  it('refuses an entry it does not build', () => {
    expect(() => builtContentScripts([{ js: ['src/content/other.ts'] }], true)).toThrow(/not built/);
  });
});
