import { describe, expect, it } from 'vitest';
import { highlightScope, scopeHighlightRules } from '../../scripts/vite-content-script';

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
