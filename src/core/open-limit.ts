/**
 * How many tabs the background opens for the content script of one tab: a
 * reader asks for the interview now and then, a page's script that got a
 * card's link to fire would ask in a loop. Pure: the caller passes the time.
 */
export interface OpenLimit {
  /** Opens allowed within one window of windowMs. */
  perWindow: number;
  windowMs: number;
}

export const READER_OPEN_LIMIT: OpenLimit = { perWindow: 3, windowMs: 60_000 };

export class OpenLimiter {
  private readonly opened = new Map<number, number[]>();

  constructor(private readonly limit: OpenLimit = READER_OPEN_LIMIT) {}

  /** Whether the tab may have one more opened now; counts it if so. */
  allow(tabId: number, now: number): boolean {
    const recent = (this.opened.get(tabId) ?? []).filter((t) => now - t < this.limit.windowMs);
    const ok = recent.length < this.limit.perWindow;
    if (ok) recent.push(now);
    this.opened.set(tabId, recent);
    return ok;
  }

  /** The tab closed or navigated: its count starts again. */
  forget(tabId: number): void {
    this.opened.delete(tabId);
  }
}
