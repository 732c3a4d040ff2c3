import { beforeEach, describe, expect, it, vi } from 'vitest';
import { tabStorageKey } from '../core/badge';

/** storage.session whose writes take `delay[op]` ms, and the badge as painted. */
const fake = vi.hoisted(() => ({
  stored: new Map<string, unknown>(),
  badge: new Map<number, string>(),
  delay: { set: 0, remove: 0 },
  slowKey: '',
}));
const later = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

vi.mock('webextension-polyfill', () => ({
  default: {
    storage: {
      session: {
        get: async (key: string | null) => {
          if (key === null) return Object.fromEntries(fake.stored);
          return fake.stored.has(key) ? { [key]: fake.stored.get(key) } : {};
        },
        set: async (items: Record<string, unknown>) => {
          await later(fake.slowKey in items ? 40 : fake.delay.set);
          for (const [k, v] of Object.entries(items)) fake.stored.set(k, v);
        },
        remove: async (key: string) => {
          await later(fake.delay.remove);
          fake.stored.delete(key);
        },
      },
    },
    action: {
      setBadgeText: async ({ tabId, text }: { tabId: number; text: string }) => void fake.badge.set(tabId, text),
      setTitle: async () => {},
    },
  },
}));

const { blankTab, clearTab, getTabTerms, recordTabTerms } = await import('./tab-state');

const found = { counts: { 'new-industrialization': 2, 'low-altitude-economy': 1 }, active: true };

beforeEach(() => {
  fake.stored.clear();
  fake.badge.clear();
  fake.delay = { set: 0, remove: 0 };
  fake.slowKey = '';
});

describe('tab state: record, clear and badge stay in step', () => {
  it('a report that arrives while a slow clear is writing is not lost (Firefox fires "loading" late)', async () => {
    fake.delay = { set: 1, remove: 30 };
    const clear = clearTab(7);
    const report = recordTabTerms(7, found);
    await Promise.all([clear, report]);
    expect(await getTabTerms(7)).toEqual(found);
    expect(fake.badge.get(7)).toBe('2');
  });

  it('a clear after a slow report wins, in storage and on the badge alike', async () => {
    fake.delay = { set: 30, remove: 1 };
    const report = recordTabTerms(7, found);
    const clear = clearTab(7);
    await Promise.all([report, clear]);
    expect(fake.stored.has(tabStorageKey(7))).toBe(false);
    expect(fake.badge.get(7)).toBe('');
  });

  it('blanking a tab keeps its counts but empties the badge, after a report still being written', async () => {
    fake.delay = { set: 20, remove: 0 };
    const report = recordTabTerms(3, found);
    const blank = blankTab(3);
    await Promise.all([report, blank]);
    expect(await getTabTerms(3)).toEqual({ ...found, active: false });
    expect(fake.badge.get(3)).toBe('');
  });

  it('one tab waiting on a slow write does not hold up another', async () => {
    fake.slowKey = tabStorageKey(1);
    const slow = recordTabTerms(1, found);
    await recordTabTerms(2, { counts: { 'new-industrialization': 1 }, active: true });
    expect(fake.badge.get(2)).toBe('1');
    expect(fake.badge.has(1)).toBe(false);
    await slow;
    expect(fake.badge.get(1)).toBe('2');
  });
});
