/**
 * The gate's look at a page (see wiring/gate.ts): reads the page's blocks
 * as the scanner would, tests each with the prefilter, and stops at the
 * first that may hold a term. Sliced, so a long page never holds the main
 * thread for long. Once the page has been read without a find, a
 * MutationObserver re-reads what changes (the changed block's own text,
 * and every block added), coalesced, until something may hold a term.
 * Read-only: nothing here touches the page.
 */
import type { Prefilter } from '../../core/prefilter';
import { now, yieldToMain } from '../shared/yield';
import { blockOwnerOf, iterateBlocks } from './text-blocks';

/** Longest stretch of reading before the main thread is given back. */
const SLICE_MS = 4;
/** Changes are gathered this long before they are read: a burst of edits is read once. */
const CHANGES_WAIT_MS = 150;

interface Root {
  root: Element | ShadowRoot;
  ownOnly: boolean;
}

export interface FirstPassOptions {
  doc: Document;
  prefilter: Prefilter;
  /** Told once, at the first block that may hold a term. */
  onFound: () => void;
  /** Told when the page has been read through without a find (then changes are watched). */
  onClear?: () => void;
}

export class FirstPass {
  private running = false;
  private stopped = false;
  private found = false;
  private observer: MutationObserver | null = null;
  private readonly shadowRoots = new Set<ShadowRoot>();
  private pending = new Map<Element | ShadowRoot, boolean>();
  private timer: ReturnType<typeof setTimeout> | null = null;
  /** Reading the page (not yet through it once). */
  reading = false;

  constructor(private readonly o: FirstPassOptions) {}

  start(): void {
    if (this.running || this.stopped) return;
    this.running = true;
    this.reading = true;
    const root = this.o.doc.documentElement;
    void this.read([{ root, ownOnly: false }]).then((hit) => {
      this.reading = false;
      if (hit || this.stopped) return;
      this.watch(root);
      this.o.onClear?.();
    });
  }

  stop(): void {
    this.stopped = true;
    this.observer?.disconnect();
    this.observer = null;
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    this.pending.clear();
  }

  /** Reads roots in slices; true (and onFound told) at the first block that may hold a term. */
  private async read(roots: Root[]): Promise<boolean> {
    let t0 = now();
    for (const { root, ownOnly } of roots) {
      if (!root.isConnected) continue;
      const it = iterateBlocks(root, { ownOnly, onShadowRoot: (r) => this.shadowRoots.add(r) });
      for (;;) {
        let r;
        try {
          r = it.next();
        } catch (e) {
          console.warn(`Policy Lens: could not read the page text: ${String(e)}`);
          break;
        }
        if (r.done) break;
        if (this.stopped) return false;
        if (r.value && this.o.prefilter.test(r.value.text)) {
          this.hit();
          return true;
        }
        if (now() - t0 > SLICE_MS) {
          await yieldToMain();
          if (this.stopped) return false;
          t0 = now();
        }
      }
    }
    return false;
  }

  private hit(): void {
    if (this.found) return;
    this.found = true;
    this.stop();
    this.o.onFound();
  }

  private watch(root: Element): void {
    const observer = new MutationObserver((records) => this.onChanges(records));
    this.observer = observer;
    const opts: MutationObserverInit = { childList: true, characterData: true, subtree: true };
    observer.observe(root, opts);
    for (const r of this.shadowRoots) observer.observe(r, opts);
  }

  private onChanges(records: MutationRecord[]): void {
    for (const rec of records) {
      const owner = blockOwnerOf(rec.target);
      if (owner && !this.pending.has(owner)) this.pending.set(owner, true);
      for (const n of rec.addedNodes) if (n.nodeType === 1) this.pending.set(n as Element, false);
    }
    if (this.timer === null && this.pending.size > 0) this.timer = setTimeout(() => this.readChanges(), CHANGES_WAIT_MS);
  }

  private readChanges(): void {
    this.timer = null;
    const roots = [...this.pending].map(([root, ownOnly]) => ({ root, ownOnly }));
    this.pending = new Map();
    const seen = this.shadowRoots.size;
    void this.read(roots).then(() => {
      // Shadow roots met for the first time are watched from now on.
      if (this.observer && this.shadowRoots.size > seen) for (const r of [...this.shadowRoots].slice(seen)) this.observer.observe(r, { childList: true, characterData: true, subtree: true });
    });
  }
}
