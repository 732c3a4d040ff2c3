import { describe, expect, it } from 'vitest';
import { catalogLookup } from './catalog-lookup';
import { CATALOG } from './catalog';
import { messagesJson } from './messages-json';

const placeholders = (s: string): string[] => [...s.matchAll(/\$([1-9])/g)].map((m) => m[1] ?? '').sort();

describe('the UI catalog', () => {
  const entries = Object.entries(CATALOG);

  it('names every string as Chrome and Firefox allow (ASCII letters, digits, _; unique ignoring case)', () => {
    for (const [key] of entries) expect(key).toMatch(/^[a-z][a-z0-9_]*$/);
    const lower = new Set(entries.map(([k]) => k.toLowerCase()));
    expect(lower.size).toBe(entries.length);
  });

  it('has both languages for every string, with the same substitutions', () => {
    for (const [key, e] of entries) {
      expect(e.en.trim(), key).not.toBe('');
      expect(e.zh.trim(), key).not.toBe('');
      expect(placeholders(e.zh), key).toEqual(placeholders(e.en));
    }
  });

  it('has Chinese text in every Chinese string (one that is only punctuation around $1… has no words to translate)', () => {
    for (const [key, e] of entries) if (/\p{L}/u.test(e.en.replace(/\$[1-9]/g, ''))) expect(/\p{Script=Han}/u.test(e.zh), `${key}: ${e.zh}`).toBe(true);
  });
});

describe('messagesJson', () => {
  const sample = { greet: { en: 'Found $1 of $2', zh: '找到 $2 中的 $1', note: 'where' }, plain: { en: 'A', zh: '甲' } };

  it('writes $1… as named placeholders, keeps descriptions, and leaves plain strings alone', () => {
    expect(messagesJson(sample, 'zh')).toEqual({
      greet: { message: '找到 $p2$ 中的 $p1$', description: 'where', placeholders: { p1: { content: '$1' }, p2: { content: '$2' } } },
      plain: { message: '甲' },
    });
  });

  it('and catalogLookup fills them as the browser would', () => {
    expect(catalogLookup('en', sample)('greet', ['3', '9'])).toBe('Found 3 of 9');
    expect(catalogLookup('zh', sample)('greet', ['3', '9'])).toBe('找到 9 中的 3');
    expect(catalogLookup('zh', sample)('missing')).toBe('');
    expect(catalogLookup('zh', sample)('@@ui_locale')).toBe('zh_CN');
  });
});
