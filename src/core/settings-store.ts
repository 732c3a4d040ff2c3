/**
 * Reads and writes Settings through storage areas handed in by the caller
 * (browser.storage in the extension, a Map-backed fake in unit tests), so
 * this file stays free of browser APIs.
 *
 * Both areas may hold a copy: storage.sync normally, storage.local when a
 * sync write was refused (sync disabled, its write rate or per-item quota
 * exceeded). Every copy carries a meta item (schema version, time of the
 * write), and the newer copy is the settings: a refused sync write leaves
 * the older sync copy alone (other devices read it) and is never undone by
 * it. Nothing is deleted on an error. Copies written before the meta item
 * existed (schema 1) read as before: sync when it holds anything.
 *
 * Writes go through update(), which applies a change to the settings as
 * they are at that moment, one change at a time: in the background, which
 * every other context asks, so two quick changes from two places both land.
 */
import { parseSettings, SETTINGS_KEYS, type Settings } from './settings';

export interface StorageAreaLike {
  get(keys: string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string[]): Promise<void>;
}

export interface StorageLike {
  sync?: StorageAreaLike | undefined;
  local: StorageAreaLike;
  onChanged?: {
    addListener(cb: (changes: Record<string, unknown>, areaName: string) => void): void;
    removeListener(cb: (changes: Record<string, unknown>, areaName: string) => void): void;
  };
}

/** The schema of what is stored. 1: the settings keys alone; 2: and the meta item. */
export const SCHEMA_VERSION = 2;
export const META_KEY = 'meta';

export interface StoredMeta {
  schema: number;
  /** When this copy was written (ms since the epoch, the writer's clock). */
  updated: number;
}

export interface SaveResult {
  /** Where the settings now are: sync, or this device only. */
  area: 'sync' | 'local';
  /** Why sync refused them, when it did. */
  problem?: string;
}

export interface SettingsStore {
  load(): Promise<Settings>;
  /** Writes these settings as they are (the background's update queue and tests; other contexts use update-settings). */
  save(next: Settings): Promise<SaveResult>;
  /** Applies change to the settings as they are when its turn comes; changes run one at a time. */
  update(change: (current: Settings) => Settings): Promise<SaveResult>;
  /** Writes a schema-1 copy back with its meta item (once, from the background); false if there was nothing to migrate. */
  migrate(): Promise<boolean>;
  reset(): Promise<void>;
  /** Calls back with freshly validated settings whenever any context changes them. */
  subscribe(cb: (s: Settings) => void): () => void;
}

function metaOf(items: Record<string, unknown>): StoredMeta | null {
  const m = items[META_KEY];
  if (typeof m !== 'object' || m === null) return null;
  const { schema, updated } = m as Record<string, unknown>;
  return Number.isInteger(schema) && typeof updated === 'number' && Number.isFinite(updated) ? { schema: schema as number, updated } : null;
}

function holdsSettings(items: Record<string, unknown>): boolean {
  return SETTINGS_KEYS.some((k) => Object.prototype.hasOwnProperty.call(items, k));
}

/** The copy that is the settings: the newer of two with a meta item; else the one with a meta item; else sync when it holds anything (schema 1). */
export function pickCopy(sync: Record<string, unknown> | null, local: Record<string, unknown> | null): Record<string, unknown> {
  const ms = sync ? metaOf(sync) : null;
  const ml = local ? metaOf(local) : null;
  // On a tie, local: it exists only because sync refused a write made after the sync copy.
  if (ms && ml) return (ms.updated > ml.updated ? sync : local) ?? {};
  if (ms) return sync ?? {};
  if (ml) return local ?? {};
  if (sync && holdsSettings(sync)) return sync;
  return local ?? {};
}

export function createSettingsStore(storage: StorageLike, log: (msg: string) => void = () => {}, clock: () => number = Date.now): SettingsStore {
  const keys = [...SETTINGS_KEYS, META_KEY];

  async function read(): Promise<Record<string, unknown>> {
    // Both areas at once: asking local only afterwards put a second round trip before the first highlight.
    const [fromSync, fromLocal] = await Promise.allSettled([
      storage.sync ? storage.sync.get(keys) : Promise.resolve({}),
      storage.local.get(keys),
    ]);
    if (fromSync.status === 'rejected') log(`storage.sync unavailable, using storage.local: ${String(fromSync.reason)}`);
    if (fromLocal.status === 'rejected' && fromSync.status === 'rejected') throw fromLocal.reason;
    return pickCopy(fromSync.status === 'fulfilled' ? fromSync.value : null, fromLocal.status === 'fulfilled' ? fromLocal.value : null);
  }

  async function load(): Promise<Settings> {
    let raw: Record<string, unknown> = {};
    try {
      raw = await read();
    } catch (e) {
      log(`settings could not be read, using defaults: ${String(e)}`);
    }
    const { settings, problems } = parseSettings(raw);
    for (const p of problems) log(`settings: replaced by default: ${p}`);
    return settings;
  }

  async function save(next: Settings): Promise<SaveResult> {
    // Round-trip through the parser so nothing invalid is ever written.
    const { settings } = parseSettings(next);
    const meta: StoredMeta = { schema: SCHEMA_VERSION, updated: clock() };
    const items = { ...settings, sites: { ...settings.sites }, [META_KEY]: meta };
    let problem: string | undefined;
    if (storage.sync) {
      try {
        await storage.sync.set(items);
        // A copy kept here while sync refused is older now; gone, it cannot outvote another device's later change by this clock.
        await storage.local.remove(keys).catch(() => undefined);
        return { area: 'sync' };
      } catch (e) {
        problem = String(e instanceof Error ? e.message : e).slice(0, 200);
        log(`storage.sync refused the settings, kept on this device: ${problem}`);
      }
    }
    // Newer than the sync copy, so it is what is read from now on; the sync copy stays for other devices.
    await storage.local.set(items);
    return problem === undefined ? { area: 'local' } : { area: 'local', problem };
  }

  let queue: Promise<unknown> = Promise.resolve();
  function update(change: (current: Settings) => Settings): Promise<SaveResult> {
    const run = queue.then(async () => save(change(await load())));
    queue = run.catch(() => undefined);
    return run;
  }

  async function migrate(): Promise<boolean> {
    let raw: Record<string, unknown>;
    try {
      raw = await read();
    } catch {
      return false;
    }
    if (metaOf(raw) || !holdsSettings(raw)) return false;
    await update(() => parseSettings(raw).settings);
    return true;
  }

  async function reset(): Promise<void> {
    await Promise.allSettled([storage.sync?.remove(keys), storage.local.remove(keys)]);
  }

  function subscribe(cb: (s: Settings) => void): () => void {
    // Loads can finish out of order; only the latest one is delivered.
    let latest = 0;
    const listener = (changes: Record<string, unknown>, area: string): void => {
      if (area !== 'sync' && area !== 'local') return;
      if (typeof changes !== 'object' || changes === null || !keys.some((k) => Object.prototype.hasOwnProperty.call(changes, k))) return;
      const seq = ++latest;
      void load().then((s) => {
        if (seq === latest) cb(s);
      });
    };
    storage.onChanged?.addListener(listener);
    return () => storage.onChanged?.removeListener(listener);
  }

  return { load, save, update, migrate, reset, subscribe };
}
