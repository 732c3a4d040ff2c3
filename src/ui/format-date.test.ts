import { describe, expect, it } from 'vitest';
import { formatIsoDate, formatShortDate } from './format-date';

describe('format-date', () => {
  it('long form for a full ISO date, the input unchanged otherwise', () => {
    expect(formatIsoDate('2024-08-31')).toBe('31 August 2024');
    expect(formatIsoDate('2024-08')).toBe('2024-08');
  });

  it('short form for a year, a month or a day', () => {
    expect(formatShortDate('2011')).toBe('2011');
    expect(formatShortDate('2023-12')).toBe('Dec 2023');
    expect(formatShortDate('2024-03-05')).toBe('5 Mar 2024');
    expect(formatShortDate('2024-13')).toBe('2024-13');
    expect(formatShortDate('soon')).toBe('soon');
  });
});

describe('format-date in a Chinese UI', () => {
  it('writes year, month and day the Chinese way', async () => {
    const { installMessages } = await import('./i18n');
    const { catalogLookup } = await import('../i18n/catalog-lookup');
    installMessages(catalogLookup('zh'));
    try {
      expect(formatIsoDate('2024-08-31')).toBe('2024年8月31日');
      expect(formatShortDate('2023-12')).toBe('2023年12月');
      expect(formatShortDate('2024-03-05')).toBe('2024年3月5日');
      expect(formatShortDate('2011')).toBe('2011');
      expect(formatShortDate('soon')).toBe('soon');
    } finally {
      installMessages(catalogLookup('en'));
    }
  });
});
