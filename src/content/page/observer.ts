/**
 * Watches the page for text changes and re-queues only the blocks that
 * changed. The MutationObserver callback runs between the page's own DOM
 * edits (after each microtask), so it only keeps the records: they are read
 * in our own task, with the rest of the batch. Bursts are coalesced: at most
 * one re-scan batch per interval, and when the scanner has used more than
 * its per-second budget the next batch waits longer (mutation storms degrade
 * to slower updates, not a frozen page).
 */
import type { Owner } from './page-model';
import { BLOCK_SELECTOR, blockOwnerOf, isBlockElement } from './text-blocks';
import { insideAny } from './tree';

export interface ObserverOptions {
  /** Our own UI host: mutations on it are ignored. */
  isOurs: (n: Node) => boolean;
  /** Re-scan a block's own run (ownOnly) or a whole subtree. */
  rescan: (root: Owner, ownOnly: boolean) => void;
  /** Called on any relevant mutation (e.g. to invalidate cached rects). */
  onMutation?: () => void;
  /** Total scanner work so far, in ms (for the budget). */
  workMs: () => number;
  intervalMs?: number;
  /** Work allowed per second before batches are spaced out further. */
  budgetMsPerSecond?: number;
}

/** What is watched: text, nodes, and the hidden attribute (text-blocks skips [hidden]). */
const OBSERVED: MutationObserverInit = { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ['hidden'] };

/** Records kept between two batches before the observer gives up reading them and re-scans everything. */
const MAX_PENDING_RECORDS = 20_000;

export class PageObserver {
  private mo: MutationObserver | null = null;
  private shadows = new WeakSet<ShadowRoot>();
  private readonly dirty = new Map<Owner, boolean>(); // owner → ownOnly
  private pending: MutationRecord[][] = [];
  private pendingCount = 0;
  /** Too many records waited: re-scan the whole document instead of reading them. */
  private overflow = false;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private lastFlush = 0;
  private workAtWindowStart = 0;
  private windowStart = 0;
  private readonly interval: number;
  private readonly budget: number;

  constructor(private readonly root: Node, private readonly o: ObserverOptions) {
    this.interval = o.intervalMs ?? 250;
    this.budget = o.budgetMsPerSecond ?? 150;
  }

  start(): void {
    if (this.mo) return;
    this.mo = new MutationObserver((records) => this.onRecords(records));
    this.mo.observe(this.root, OBSERVED);
  }

  /** An open shadow root the scan entered: a subtree observer does not see into it. */
  watchShadowRoot(root: ShadowRoot): void {
    if (!this.mo || this.shadows.has(root)) return;
    this.shadows.add(root);
    this.mo.observe(root, OBSERVED);
  }

  stop(): void {
    this.mo?.disconnect();
    this.mo = null;
    this.shadows = new WeakSet();
    this.dirty.clear();
    this.pending = [];
    this.pendingCount = 0;
    this.overflow = false;
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }

  private mark(owner: Owner | null, ownOnly: boolean): void {
    if (!owner) return;
    const prev = this.dirty.get(owner);
    // A subtree re-scan covers an own-run re-scan of the same owner.
    this.dirty.set(owner, prev === undefined ? ownOnly : prev && ownOnly);
  }

  private onRecords(records: MutationRecord[]): void {
    if (this.overflow) return;
    this.pendingCount += records.length;
    if (this.pendingCount > MAX_PENDING_RECORDS) {
      this.overflow = true;
      this.pending = [];
    } else this.pending.push(records);
    this.schedule();
  }

  /** Turns the waiting records into blocks to re-scan; true if any was the page's. */
  private readRecords(): boolean {
    const lists = this.pending;
    this.pending = [];
    this.pendingCount = 0;
    if (this.overflow) {
      this.overflow = false;
      const root = this.root.ownerDocument?.body ?? (this.root as Element);
      if (root.nodeType === 1) this.mark(root as Element, false);
      return true;
    }
    let relevant = false;
    for (const records of lists) {
      for (const r of records) {
        try {
          if (this.readRecord(r)) relevant = true;
        } catch (e) {
          console.warn(`Policy Lens: mutation handling failed: ${String(e)}`);
        }
      }
    }
    return relevant;
  }

  private readRecord(r: MutationRecord): boolean {
    const t = r.target;
    if (this.o.isOurs(t)) return false;
    if (r.type === 'characterData') {
      this.mark(blockOwnerOf(t), true);
      return true;
    }
    if (r.type === 'attributes') {
      // hidden came or went: the element's text joins or leaves the page's prose.
      const el = t as Element;
      this.mark(blockOwnerOf(el), true);
      if (isBlockElement(el) || el.querySelector(BLOCK_SELECTOR)) this.mark(isBlockElement(el) ? el : blockOwnerOf(el), false);
      return true;
    }
    let onlyOurs = true;
    for (const n of [...r.addedNodes, ...r.removedNodes]) if (!this.o.isOurs(n)) onlyOurs = false;
    if (onlyOurs) return false;
    const owner = blockOwnerOf(t);
    this.mark(owner, true);
    r.addedNodes.forEach((n) => {
      if (n.nodeType === 1 && !this.o.isOurs(n)) {
        const el = n as Element;
        // New blocks are scanned as subtrees; inline additions are in owner's own run.
        if (isBlockElement(el)) this.mark(el, false);
        else if (el.firstElementChild && el.querySelector(BLOCK_SELECTOR) && owner) this.mark(owner, false);
      }
    });
    // Removed nested blocks are swept when their owner is re-scanned.
    if (r.removedNodes.length > 0 && owner) this.mark(owner, true);
    return true;
  }

  private schedule(): void {
    if (this.timer !== null) return;
    const t = performance.now();
    if (t - this.windowStart > 1000) {
      this.windowStart = t;
      this.workAtWindowStart = this.o.workMs();
    }
    const spent = this.o.workMs() - this.workAtWindowStart;
    const wait = Math.max(0, this.interval - (t - this.lastFlush)) + (spent > this.budget ? 1000 : 0);
    this.timer = setTimeout(() => this.flush(), wait);
  }

  private flush(): void {
    this.timer = null;
    this.lastFlush = performance.now();
    if (!this.readRecords()) return;
    this.o.onMutation?.();
    const batch = [...this.dirty];
    this.dirty.clear();
    // Drop entries inside another subtree entry: that re-scan covers them.
    // Found by walking up from each entry (linear in the batch), not by
    // asking every subtree whether it contains every entry.
    const subtrees = new Set<Node>();
    for (const [owner, own] of batch) if (!own) subtrees.add(owner);
    for (const [owner, ownOnly] of batch) {
      if (!insideAny(owner, subtrees)) this.o.rescan(owner, ownOnly);
    }
  }
}
