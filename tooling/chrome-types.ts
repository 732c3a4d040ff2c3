/**
 * The few chrome.* calls tests make inside extension contexts (service
 * worker, extension pages). evaluate() serialises its callback, so tests cast
 * inline: (globalThis as unknown as { chrome: ChromeForTests }).chrome
 */
export interface ChromeForTests {
  runtime: { getManifest(): { manifest_version: number; version: string; host_permissions?: string[]; [k: string]: unknown } };
  storage: { sync: { get(k?: string | string[] | null): Promise<Record<string, unknown>>; set(v: Record<string, unknown>): Promise<void> }; local: { get(k?: string | string[] | null): Promise<Record<string, unknown>>; set(v: Record<string, unknown>): Promise<void> } };
  action: { getBadgeText(d: { tabId?: number }): Promise<string> };
  tabs: { query(q: Record<string, unknown>): Promise<{ id?: number; url?: string }[]> };
}

