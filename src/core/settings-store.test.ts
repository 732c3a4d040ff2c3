import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS, withSite, type Settings } from './settings';
import { createSettingsStore, META_KEY, pickCopy, SCHEMA_VERSION, type StorageAreaLike, type StorageLike } from './settings-store';

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

  it('round-trips through storage.sync with a meta item, and leaves local empty', async () => {
    const { storage, sync, local } = fakeStorage();
    const store = createSettingsStore(storage, () => {}, () => 1234);
    expect(await store.save(custom)).toEqual({ area: 'sync' });
    expect(sync.data.get('enabled')).toBe(false);
    expect(sync.data.get(META_KEY)).toEqual({ schema: SCHEMA_VERSION, updated: 1234 });
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

  it('keeps every site of a list longer than the cap up to the cap, instead of none', async () => {
    const { storage, sync } = fakeStorage();
    sync.poke({ sites: Object.fromEntries(Array.from({ length: 5000 }, (_, i) => [`s${i}.org`, true])) });
    const log = vi.fn();
    const s = await createSettingsStore(storage, log).load();
    expect(Object.keys(s.sites)).toHaveLength(500);
    expect(s.sites['s0.org']).toBe(true);
    expect(s.sites['s499.org']).toBe(true);
    expect(s.sites['s500.org']).toBeUndefined();
    expect(log).toHaveBeenCalled();
  });

  it('a refused sync write keeps the sync copy for other devices, and the newer local copy is read back', async () => {
    const { storage, sync, local } = fakeStorage();
    let now = 100;
    const store = createSettingsStore(storage, () => {}, () => now);
    await store.save(DEFAULT_SETTINGS);
    sync.failSet = true;
    now = 200;
    const r = await store.save(custom);
    expect(r.area).toBe('local');
    expect(r.problem).toMatch(/QUOTA_BYTES_PER_ITEM/);
    expect(local.data.get('enabled')).toBe(false);
    // Nothing removed from sync: other devices still read it.
    expect(sync.data.get('enabled')).toBe(true);
    expect(sync.data.get(META_KEY)).toEqual({ schema: SCHEMA_VERSION, updated: 100 });
    expect(await store.load()).toEqual(custom);
    expect(await createSettingsStore(storage).load()).toEqual(custom);
  });

  it('within one millisecond too, a refused sync write is not undone by the older sync copy', async () => {
    const { storage, sync } = fakeStorage();
    const store = createSettingsStore(storage, () => {}, () => 5);
    await store.save(DEFAULT_SETTINGS);
    sync.failSet = true;
    await store.save(custom);
    expect(await store.load()).toEqual(custom);
  });

  it('once sync accepts again, it holds the settings and the local stand-in is gone', async () => {
    const { storage, sync, local } = fakeStorage();
    let now = 1;
    const store = createSettingsStore(storage, () => {}, () => now++);
    sync.failSet = true;
    await store.save(custom);
    expect(local.data.size).toBeGreaterThan(0);
    sync.failSet = false;
    const next = withSite(custom, 'example.net', true);
    expect(await store.save(next)).toEqual({ area: 'sync' });
    expect(local.data.size).toBe(0);
    expect(sync.data.get('sites')).toEqual(next.sites);
    expect(await store.load()).toEqual(next);
  });

  it('a sites list over the sync per-item quota loses nothing: sync keeps its copy, local the new one', async () => {
    const { storage, sync, local } = fakeStorage();
    let now = 1;
    const store = createSettingsStore(storage, () => {}, () => now++);
    await store.save(withSite(DEFAULT_SETTINGS, 'kept.org', true));
    // As Chrome does: a single item over 8 KB is refused, and nothing of that write lands.
    const realSet = sync.set.bind(sync);
    sync.set = async (items) => {
      if (JSON.stringify(items.sites ?? {}).length > 8192) throw new Error('QUOTA_BYTES_PER_ITEM quota exceeded');
      return realSet(items);
    };
    let big = DEFAULT_SETTINGS;
    for (let i = 0; i < 400; i++) big = withSite(big, `site-number-${i}.example.org`, true);
    const r = await store.save(big);
    expect(r).toMatchObject({ area: 'local' });
    expect(sync.data.get('sites')).toEqual({ 'kept.org': true });
    expect(Object.keys(local.data.get('sites') as object)).toHaveLength(400);
    expect(Object.keys((await store.load()).sites)).toHaveLength(400);
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

  it('update() applies quick changes one at a time, so none is lost', async () => {
    const { storage } = fakeStorage();
    // Two contexts' worth of slow reads, started together.
    const store = createSettingsStore(storage);
    await Promise.all([
      store.update((s) => withSite(s, 'a.org', true)),
      store.update((s) => withSite(s, 'b.org', true)),
      store.update((s) => ({ ...s, enabled: false })),
    ]);
    const s = await store.load();
    expect(s.sites).toEqual({ 'a.org': true, 'b.org': true });
    expect(s.enabled).toBe(false);
  });

  it('update() goes on after a change that throws', async () => {
    const { storage } = fakeStorage();
    const store = createSettingsStore(storage);
    await expect(store.update(() => { throw new Error('bad change'); })).rejects.toThrow('bad change');
    await store.update((s) => withSite(s, 'c.org', true));
    expect((await store.load()).sites).toEqual({ 'c.org': true });
  });

  it('migrate() gives a schema-1 copy its meta item once, keeping every value', async () => {
    const { storage, sync } = fakeStorage();
    sync.poke({ enabled: false, sites: { 'old.org': true } });
    const store = createSettingsStore(storage, () => {}, () => 77);
    expect(await store.migrate()).toBe(true);
    expect(sync.data.get(META_KEY)).toEqual({ schema: SCHEMA_VERSION, updated: 77 });
    expect(await store.load()).toMatchObject({ enabled: false, sites: { 'old.org': true } });
    expect(await store.migrate()).toBe(false);
    expect(await createSettingsStore(fakeStorage().storage).migrate()).toBe(false);
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

describe('pickCopy', () => {
  const meta = (updated: number): Record<string, unknown> => ({ [META_KEY]: { schema: SCHEMA_VERSION, updated } });
  it('takes the newer of two copies with a meta item, whichever area it is in', () => {
    expect(pickCopy({ enabled: true, ...meta(2) }, { enabled: false, ...meta(1) }).enabled).toBe(true);
    expect(pickCopy({ enabled: true, ...meta(1) }, { enabled: false, ...meta(2) }).enabled).toBe(false);
  });
  it('takes a copy with a meta item over one without', () => {
    expect(pickCopy({ enabled: true }, { enabled: false, ...meta(1) }).enabled).toBe(false);
    expect(pickCopy({ enabled: true, ...meta(1) }, { enabled: false }).enabled).toBe(true);
  });
  it('reads schema-1 copies as before: sync when it holds anything, else local', () => {
    expect(pickCopy({ enabled: true }, { enabled: false }).enabled).toBe(true);
    expect(pickCopy({}, { enabled: false }).enabled).toBe(false);
    expect(pickCopy(null, { enabled: false }).enabled).toBe(false);
    expect(pickCopy(null, null)).toEqual({});
  });
  it('ignores a malformed meta item', () => {
    expect(pickCopy({ enabled: true }, { enabled: false, [META_KEY]: { schema: 'x', updated: Infinity } }).enabled).toBe(true);
  });
});
