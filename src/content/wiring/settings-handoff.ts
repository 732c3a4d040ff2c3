/**
 * Hand-over of the settings read between the document_start script
 * (entries/content-start.ts) and the main content script. Both run in the
 * extension's isolated world of the same frame, so a global of that world
 * carries the promise; pages cannot see it.
 */
import type { Settings } from '../../core/settings';

const KEY = '__policyLensSettings';

type Holder = Record<typeof KEY, Promise<Settings> | undefined>;

export function offerSettings(read: Promise<Settings>): void {
  // A failed read is the main script's to report when it takes it.
  read.catch(() => {});
  (globalThis as unknown as Holder)[KEY] = read;
}

/** The read started at document_start, once (null if there was none). */
export function takeSettings(): Promise<Settings> | null {
  const g = globalThis as unknown as Holder;
  const read = g[KEY] ?? null;
  delete g[KEY];
  return read;
}
