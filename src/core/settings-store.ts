/**
 * Reads and writes Settings through storage areas handed in by the caller
 * (browser.storage in the extension, a Map-backed fake in unit tests), so
 * this file stays free of browser APIs. storage.sync is preferred; when it
 * is missing or fails (sync disabled by policy, quota), storage.local is used.
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

export interface SettingsStore {
  load(): Promise<Settings>;
  save(next: Settings): Promise<void>;
  reset(): Promise<void>;
  /** Calls back with freshly validated settings whenever any context changes them. */
  subscribe(cb: (s: Settings) => void): () => void;
}

export function createSettingsStore(storage: StorageLike, log: (msg: string) => void = () => {}): SettingsStore {
  const keys = [...SETTINGS_KEYS];

  async function read(): Promise<Record<string, unknown>> {
    // Both areas at once: sync is usually empty (all defaults), and asking
    // local only afterwards put a second round trip before the first highlight.
    const [fromSync, fromLocal] = await Promise.allSettled([
      storage.sync ? storage.sync.get(keys) : Promise.resolve({}),
      storage.local.get(keys),
    ]);
    if (fromSync.status === 'rejected') log(`storage.sync unavailable, using storage.local: ${String(fromSync.reason)}`);
    // Values written to local while sync was failing still count.
    else if (Object.keys(fromSync.value).length > 0) return fromSync.value;
    if (fromLocal.status === 'rejected') throw fromLocal.reason;
    return fromLocal.value;
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

  async function save(next: Settings): Promise<void> {
    // Round-trip through the parser so nothing invalid is ever written.
    const { settings } = parseSettings(next);
    const items = { ...settings, sites: { ...settings.sites } };
    if (storage.sync) {
      try {
        await storage.sync.set(items);
        return;
      } catch (e) {
        log(`storage.sync write failed, writing storage.local: ${String(e)}`);
        // Reads prefer sync whenever it holds anything: drop the now stale
        // copy there so the value written to local is the one read back.
        try {
          await storage.sync.remove(keys);
        } catch {
          // sync is unreachable altogether, and reads will fall back to local.
        }
      }
    }
    await storage.local.set(items);
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

  return { load, save, reset, subscribe };
}
