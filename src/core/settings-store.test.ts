import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS, withSite, type Settings } from './settings';
import { createSettingsStore, type StorageAreaLike, type StorageLike } from './settings-store';

type Listener = (changes: Record<string, unknown>, area: string) => void;

/** A Map-backed storage area that fires onChanged like the browser, and can be told to fail. */
class FakeArea implements StorageAreaLike {
  data = new Map<string, unknown>();
  failGet = false;
  failSet = false;
  failRemove = false;
  constructor(
    private readonly name: string,
    private readonly listeners: Set<Listener>,
  ) {}
  async get(keys: string[]): Promise<Record<string, unknown>> {
    if (this.failGet) throw new Error(`${this.name} get failed`);
    const out: Record<string, unknown> = {};
    for (const k of keys) if (this.data.has(k)) out[k] = structuredClone(this.data.get(k));
    return out;
  }
  async set(items: Record<string, unknown>): Promise<void> {
    if (this.failSet) throw new Error(`${this.name}: QUOTA_BYTES_PER_ITEM quota exceeded`);
    const changes: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(items)) {
      changes[k] = { oldValue: this.data.get(k), newValue: v };
      this.data.set(k, structuredClone(v));
    }
    this.fire(changes);
  }
  async remove(keys: string[]): Promise<void> {
    if (this.failRemove) throw new Error(`${this.name} remove failed`);
    const changes: Record<string, unknown> = {};
    for (const k of keys) {
      if (this.data.has(k)) changes[k] = { oldValue: this.data.get(k) };
      this.data.delete(k);
    }
    if (Object.keys(changes).length > 0) this.fire(changes);
  }
  /** Writes a raw value without validation, as another (buggy) writer might. */
  poke(items: Record<string, unknown>): void {
    for (const [k, v] of Object.entries(items)) this.data.set(k, v);
    this.fire(Object.fromEntries(Object.keys(items).map((k) => [k, { newValue: items[k] }])));
  }
  private fire(changes: Record<string, unknown>): void {
    for (const l of this.listeners) l(changes, this.name);
  }
}

function fakeStorage(withSync = true): { storage: StorageLike; sync: FakeArea; local: FakeArea; listeners: Set<Listener> } {
  const listeners = new Set<Listener>();
  const sync = new FakeArea('sync', listeners);
  const local = new FakeArea('local', listeners);
  const storage: StorageLike = {
    sync: withSync ? sync : undefined,
    local,
    onChanged: { addListener: (cb) => void listeners.add(cb), removeListener: (cb) => void listeners.delete(cb) },
  };
  return { storage, sync, local, listeners };
}

const custom: Settings = { enabled: false, sites: { 'example.org': true }, highlightStyle: 'background', highlightColor: '#123456', density: 'first' };

describe('createSettingsStore', () => {
  it('loads the defaults from empty storage, logging nothing', async () => {
    const { storage } = fakeStorage();
    const log = vi.fn();
    expect(await createSettingsStore(storage, log).load()).toEqual(DEFAULT_SETTINGS);
    expect(log).not.toHaveBeenCalled();
  });

  it('round-trips through storage.sync and leaves local alone', async () => {
    const { storage, sync, local } = fakeStorage();
    const store = createSettingsStore(storage);
    await store.save(custom);
    expect(sync.data.get('enabled')).toBe(false);
    expect(local.data.size).toBe(0);
    expect(await store.load()).toEqual(custom);
    // A fresh store (browser restart) reads the same.
    expect(await createSettingsStore(storage).load()).toEqual(custom);
  });

  it('replaces malformed stored values by defaults, keeps a valid neighbour and logs each', async () => {
    const { storage, sync } = fakeStorage();
    sync.poke({ sites: 'garbage', enabled: 42, highlightStyle: {}, highlightColor: '#abcdef' });
    const log = vi.fn();
    const s = await createSettingsStore(storage, log).load();
    expect(s).toEqual({ ...DEFAULT_SETTINGS, highlightColor: '#abcdef' });
    expect(log).toHaveBeenCalledTimes(3);
    expect(log.mock.calls.map((c) => String(c[0])).join('\n')).toMatch(/sites[\s\S]*enabled|enabled[\s\S]*sites/);
  });

  it.each([
    ['null', null],
    ['an array', [1, 2]],
    ['a string', 'x'],
    ['a huge list', Object.fromEntries(Array.from({ length: 5000 }, (_, i) => [`s${i}.org`, true]))],
    ['__proto__ keys', JSON.parse('{"__proto__": {"x": 1}, "a.org": true}') as unknown],
  ])('survives sites being %s', async (_label, sites) => {
    const { storage, sync } = fakeStorage();
    sync.poke({ sites, enabled: false });
    const s = await createSettingsStore(storage).load();
    expect(s.enabled).toBe(false);
    expect(Object.keys(s.sites).length).toBeLessThanOrEqual(1);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  it('falls back to storage.local when sync reads fail', async () => {
    const { storage, sync, local } = fakeStorage();
    local.data.set('enabled', false);
    sync.data.set('enabled', true);
    sync.failGet = true;
    const log = vi.fn();
    expect((await createSettingsStore(storage, log).load()).enabled).toBe(false);
    expect(String(log.mock.calls[0]?.[0])).toContain('storage.sync unavailable');
  });

  it('works with no sync area at all', async () => {
    const { storage, local } = fakeStorage(false);
    const store = createSettingsStore(storage);
    await store.save(custom);
    expect(local.data.get('highlightStyle')).toBe('background');
    expect(await store.load()).toEqual(custom);
  });

  it('writes local when sync writes fail, and reads that value back even though sync held an older one', async () => {
    const { storage, sync, local } = fakeStorage();
    const store = createSettingsStore(storage, () => {});
    await store.save(DEFAULT_SETTINGS);
    sync.failSet = true;
    await store.save(custom);
    expect(local.data.get('enabled')).toBe(false);
    expect(await store.load()).toEqual(custom);
  });

  it('still writes local when sync is wholly broken (set and remove fail)', async () => {
    const { storage, sync, local } = fakeStorage();
    sync.failSet = true;
    sync.failRemove = true;
    sync.failGet = true;
    const store = createSettingsStore(storage, () => {});
    await store.save(custom);
    expect(local.data.get('highlightColor')).toBe('#123456');
    expect(await store.load()).toEqual(custom);
  });

  it('loads defaults when both areas fail, and logs it', async () => {
    const { storage, sync, local } = fakeStorage();
    sync.failGet = true;
    local.failGet = true;
    const log = vi.fn();
    expect(await createSettingsStore(storage, log).load()).toEqual(DEFAULT_SETTINGS);
    expect(log.mock.calls.some((c) => String(c[0]).includes('could not be read'))).toBe(true);
  });

  it('never writes invalid values, whatever save is handed', async () => {
    const { storage, sync } = fakeStorage();
    const bad = { enabled: 'yes', sites: { 'Bad Key': true, 'ok.org': true }, highlightStyle: 'wavy', highlightColor: 'red' } as unknown as Settings;
    await createSettingsStore(storage).save(bad);
    expect(sync.data.get('enabled')).toBe(true);
    expect(sync.data.get('sites')).toEqual({ 'ok.org': true });
    expect(sync.data.get('highlightStyle')).toBe('background');
    expect(sync.data.get('highlightColor')).toBe('auto');
    // Stored as a plain object (storage serialises; a null prototype must not leak out).
    expect(Object.getPrototypeOf(sync.data.get('sites'))).toBe(Object.prototype);
  });

  it('reset brings back the defaults in both areas', async () => {
    const { storage, sync, local } = fakeStorage();
    const store = createSettingsStore(storage);
    await store.save(custom);
    local.data.set('enabled', false);
    await store.reset();
    expect(sync.data.size + local.data.size).toBe(0);
    expect(await store.load()).toEqual(DEFAULT_SETTINGS);
  });

  it('reset still clears local when sync remove fails', async () => {
    const { storage, sync, local } = fakeStorage();
    local.data.set('enabled', false);
    sync.failRemove = true;
    await createSettingsStore(storage).reset();
    expect(local.data.size).toBe(0);
  });

  it('subscribers get validated settings on every change from any context, and can unsubscribe', async () => {
    const { storage, sync, listeners } = fakeStorage();
    const store = createSettingsStore(storage, () => {});
    const seen: Settings[] = [];
    const off = store.subscribe((s) => seen.push(s));
    await createSettingsStore(storage).save(withSite(DEFAULT_SETTINGS, 'example.org', true));
    await vi.waitFor(() => expect(seen).toHaveLength(1));
    expect(seen[0]?.sites['example.org']).toBe(true);
    sync.poke({ enabled: 42 });
    await vi.waitFor(() => expect(seen).toHaveLength(2));
    expect(seen[1]?.enabled).toBe(true);
    off();
    expect(listeners.size).toBe(0);
  });

  it('subscribers ignore other keys and other areas', async () => {
    const { storage, listeners } = fakeStorage();
    const cb = vi.fn();
    createSettingsStore(storage).subscribe(cb);
    for (const l of listeners) {
      l({ 'tab:1': { newValue: 1 } }, 'session');
      l({ enabled: { newValue: false } }, 'session');
      l({ unrelated: { newValue: 1 } }, 'sync');
      l({ toString: { newValue: 1 } } as unknown as Record<string, unknown>, 'sync');
    }
    await new Promise((r) => setTimeout(r, 10));
    expect(cb).not.toHaveBeenCalled();
  });

  it('delivers only the latest of overlapping changes', async () => {
    const { storage, sync } = fakeStorage();
    let release: () => void = () => {};
    const gate = new Promise<void>((r) => (release = r));
    const realGet = sync.get.bind(sync);
    let calls = 0;
    sync.get = async (keys) => {
      calls++;
      const snapshot = await realGet(keys);
      if (calls === 1) await gate; // first load is slow and returns the older value
      return snapshot;
    };
    const seen: boolean[] = [];
    createSettingsStore(storage).subscribe((s) => seen.push(s.enabled));
    sync.poke({ enabled: false });
    sync.poke({ enabled: true });
    await vi.waitFor(() => expect(seen).toEqual([true]));
    release();
    await new Promise((r) => setTimeout(r, 10));
    expect(seen).toEqual([true]);
  });
});
