/**
 * Finds terms in page text without blocking the page: blocks are collected
 * and matched in slices of a few milliseconds, what the reader sees first
 * first. Every match goes into the page model; the model's events tell the
 * other stages (painter, block places) what changed and when to show it.
 */
import type { TermFinder, TermMatch } from '../../ui/types';
import { scanNoteCode } from '../../core/scan-note';
import { findInPieces } from './find-in-pieces';
import { now, yieldToMain } from '../shared/yield';
import { MatchRec, mergeByStart } from './match-rec';
import { ownerElement, type BlockState, type Owner, type PageModel } from './page-model';
import { deferredIndex, iterateBlocks, readsSame, type TextBlock } from './text-blocks';
import { insideAny } from './tree';

/** Whether the page is about China, learnt from each block's text (PageContext). */
export interface ContextGate {
  readonly aboutChina: boolean;
  /** One block's text and its count of ungated matches; true when this made the page about China. */
  read(text: string, specific: number): boolean;
}

export interface ScannerOptions {
  doc: Document;
  finder: TermFinder;
  model: PageModel;
  /** Holds gated matches back until the page is about China; without it every match shows. */
  context?: ContextGate;
  /** An open shadow root was entered (its changes need watching of their own). */
  onShadowRoot?: (root: ShadowRoot) => void;
  maxRanges?: number;
  maxBlockChars?: number;
  sliceMs?: number;
}

const MAX_RANGES = 20_000;
/** Text matched before the page's first rendering when it opens at the top. */
const HEAD_START_CHARS = 6_000;
const HEAD_START_MS = 6;
/** During a long scan, new ranges are shown at most this often: each change repaints highlights page-wide. */
const FLUSH_EVERY_MS = 500;
export const MAX_BLOCK_CHARS = 200_000;
interface Task {
  root: Owner;
  ownOnly: boolean;
  viewportFirst: boolean;
}

export class Scanner {
  private readonly model: PageModel;
  private readonly queue: Task[] = [];
  private generation = 0;
  private pumping: Promise<void> | null = null;
  private total = 0;
  /**
   * Blocks already matched by the head start in this generation, as they
   * read then: the full pass skips those that still read the same.
   */
  private headDone = new Map<Owner, TextBlock>();
  /** The head start ran quietly (prepare()): its matches wait for scanAll to be shown. */
  private prepared = false;
  private changed = false;
  private lastFlush = 0;
  /** Set when a cap stopped us from painting everything: a code the popup words (core/scan-note.ts). */
  truncated: string | null = null;
  private readonly maxRanges: number;
  private readonly maxBlockChars: number;
  private readonly sliceMs: number;

  constructor(private readonly o: ScannerOptions) {
    this.model = o.model;
    this.maxRanges = o.maxRanges ?? MAX_RANGES;
    this.maxBlockChars = o.maxBlockChars ?? MAX_BLOCK_CHARS;
    this.sliceMs = o.sliceMs ?? 8;
  }

  /**
   * Scans the whole document (viewport first). Resolves when done or stopped.
   * The scan reads no style or geometry (the block places do, after
   * rendering), except on a page found scrolled down: there it measures
   * blocks to match the viewport first.
   *
   * Whether the page is scrolled is asked in the next animation frame, not
   * here: reading scrollY lays the page out first, and at document_idle
   * that is often the page's pending layout (its whole first layout if it
   * has not rendered yet), which would land in our task. In the frame it is
   * due anyway. Until then the scan assumes the top, where a page opens.
   */
  async scanAll(): Promise<void> {
    const gen = this.generation;
    const win = this.o.doc.defaultView;
    const root = this.o.doc.body ?? this.o.doc.documentElement;
    const task: Task = { root, ownOnly: false, viewportFirst: false };
    // From then on, blocks out of view wait (pump reads the flag per block).
    win?.requestAnimationFrame?.(() => {
      if (gen === this.generation && win.scrollY > 0) task.viewportFirst = true;
    });
    // The page's first text, shown before the first frame.
    if (this.prepared) this.showPrepared(true);
    else this.headStart(root);
    // Its own task: the frame that shows the first highlights need not wait for a scan slice.
    await yieldToMain();
    if (gen !== this.generation) return;
    this.queue.push(task);
    return this.run();
  }

  /**
   * Matches the page's first text before we know whether to run (the
   * settings read is in flight), without showing anything: scanAll then
   * shows it at once. A page that reads the same at scanAll costs no more
   * work; one that changed in between is matched again by the full pass.
   */
  prepare(): void {
    if (this.prepared || this.model.size > 0 || this.pumping) return;
    const root = this.o.doc.body ?? this.o.doc.documentElement;
    this.prepared = true;
    this.headStart(root, true);
  }

  /** Shows what prepare() found; near: the page is at the top, where those blocks are (wrong only on a page opened scrolled: measuring then unpaints them). */
  private showPrepared(near: boolean): void {
    this.prepared = false;
    for (const owner of this.headDone.keys()) {
      const state = this.model.get(owner);
      if (!state || state.matches.length === 0) continue;
      this.model.emit({ type: 'matched', owner, before: undefined, after: state, near });
      // The quiet pass told no one; the counts change now.
      this.changed = true;
    }
    this.show(false);
    this.flushChanged();
  }

  /** quiet: match only (prepare); otherwise each block's ranges are shown as it is matched. */
  private headStart(root: Owner, quiet = false): void {
    const t0 = now();
    let chars = 0;
    try {
      const it = iterateBlocks(root, { onShadowRoot: this.o.onShadowRoot });
      for (let r = it.next(); !r.done; r = it.next()) {
        const block = r.value;
        if (!block) {
          if (now() - t0 > HEAD_START_MS) break;
          continue;
        }
        // One long block is matched whole: leave it to the sliced scan.
        if (block.text.length > HEAD_START_CHARS) break;
        // Shown now, light; the painter settles the tone once the page has rendered.
        this.process(block, true, quiet);
        this.headDone.set(block.owner, block);
        // Registered block by block, all before the first frame: one repaint.
        if (!quiet && (this.model.get(block.owner)?.matches.length ?? 0) > 0) this.show(false);
        chars += block.text.length;
        if (chars > HEAD_START_CHARS || now() - t0 > HEAD_START_MS) break;
      }
    } catch (e) {
      console.warn(`Policy Lens: could not read the page text: ${String(e)}`);
    }
    this.model.emit({ type: 'slice', ms: now() - t0 });
    if (quiet) return;
    this.show(false);
    this.flushChanged();
  }

  /** readTone: false before the page's first rendering (no style reads then). */
  private show(readTone = true): void {
    this.model.emit({ type: 'show', readTone });
    this.lastFlush = now();
  }

  private flushChanged(): void {
    if (!this.changed) return;
    this.changed = false;
    this.model.emit({ type: 'counts' });
  }

  /** Queues a re-scan: of a block's own run, or of a whole subtree. */
  rescan(root: Owner, ownOnly: boolean): Promise<void> {
    this.queue.push({ root, ownOnly, viewportFirst: false });
    return this.run();
  }

  /** Stops work and forgets every block (the stages clear themselves). */
  stop(): void {
    this.generation++;
    this.queue.length = 0;
    this.model.clear();
    this.headDone.clear();
    this.prepared = false;
    this.changed = false;
    this.total = 0;
    this.truncated = null;
    this.pumping = null;
  }

  /**
   * The page is about China now: every held match joins its block's shown
   * ones. A new state object per block, so caches keyed by state (the hit
   * index's line boxes) start afresh.
   */
  releaseHeld(quiet = false): void {
    for (const old of [...this.model.states()]) {
      if (old.held.length === 0) continue;
      const state: BlockState = { owner: old.owner, matches: mergeByStart(old.matches, old.held), held: [] };
      this.model.set(state);
      // The quiet head start tells no one: showPrepared() does, for every block it matched.
      if (quiet) continue;
      this.model.emit({ type: 'matched', owner: state.owner, before: old.matches.length > 0 ? old : undefined, after: state, near: false });
      this.changed = true;
    }
    this.flushChanged();
  }

  private run(): Promise<void> {
    if (!this.pumping) {
      const gen = this.generation;
      this.pumping = this.pump(gen).finally(() => {
        if (this.generation === gen) this.pumping = null;
      });
    }
    return this.pumping;
  }

  private async pump(gen: number): Promise<void> {
    // Back to run() before any work, so that this.pumping is set: tasks the
    // observer queues in the same turn (one per changed root) join this loop
    // instead of finding a pump that already finished.
    await null;
    let sliceStart = now();
    // Checked per block without an await: awaiting even a settled promise
    // costs a microtask turn, thousands of them per scan.
    const due = (): boolean => now() - sliceStart >= this.sliceMs;
    const endSlice = (): void => {
      this.model.emit({ type: 'slice', ms: now() - sliceStart });
      sliceStart = now();
    };
    const pause = async (): Promise<boolean> => {
      endSlice();
      this.flushChanged();
      if (now() - this.lastFlush > FLUSH_EVERY_MS) this.show();
      await yieldToMain();
      sliceStart = now();
      return gen === this.generation;
    };
    // What the tasks re-scanned, swept once when the queue runs dry (or at
    // the end of a full scan): one pass over the known blocks however many
    // blocks a page appends one by one.
    let seen = new Set<Owner>();
    let subtrees = new Set<Node>();
    let owns = new Set<Owner>();
    const sweepNow = async (): Promise<boolean> => {
      const done = await this.sweep(seen, subtrees, owns, async () => !due() || pause());
      seen = new Set();
      subtrees = new Set();
      owns = new Set();
      return done;
    };
    for (let task = this.queue.shift(); task; task = this.queue.shift()) {
      const deferred: TextBlock[] = [];
      const vh = this.o.doc.defaultView?.innerHeight ?? 0;
      const it = iterateBlocks(task.root, { ownOnly: task.ownOnly, onShadowRoot: this.o.onShadowRoot });
      for (;;) {
        if (due() && !(await pause())) return;
        let r: IteratorResult<TextBlock | null, void>;
        try {
          r = it.next();
        } catch (e) {
          console.warn(`Policy Lens: could not read the page text: ${String(e)}`);
          break;
        }
        if (r.done) break;
        const block = r.value;
        if (!block) continue;
        seen.add(block.owner);
        if (readsSame(this.headDone.get(block.owner), block)) continue;
        if (task.viewportFirst) {
          const rect = ownerElement(block.owner).getBoundingClientRect();
          if (rect.bottom < 0 || rect.top > vh) {
            deferred.push(block);
            continue;
          }
        }
        this.process(block, task.viewportFirst);
      }
      if (task.viewportFirst) this.show();
      for (const block of deferred) {
        if (due() && !(await pause())) return;
        this.process(block);
      }
      if (gen !== this.generation) return;
      for (const owner of this.headDone.keys()) seen.add(owner);
      this.headDone.clear();
      if (task.ownOnly) owns.add(task.root);
      else subtrees.add(task.root);
      if (task.root === (this.o.doc.body ?? this.o.doc.documentElement) && !task.ownOnly) {
        if (!(await sweepNow())) return;
        this.show();
        endSlice();
        this.model.emit({ type: 'scan-done', blocks: this.model.size, matches: this.total });
      }
    }
    if (seen.size > 0 || subtrees.size > 0 || owns.size > 0) {
      if (!(await sweepNow())) return;
      this.show();
    }
    endSlice();
    this.flushChanged();
  }

  /**
   * Drops blocks that disappeared: no longer in the document, or inside what
   * was re-scanned (a subtree, or a block's own run) without being met.
   * False if stopped while it gave the main thread back (between checks, at
   * most every 256 blocks).
   */
  private async sweep(seen: ReadonlySet<Owner>, subtrees: ReadonlySet<Node>, owns: ReadonlySet<Owner>, pauseIfDue: () => Promise<boolean>): Promise<boolean> {
    let changed = false;
    let i = 0;
    for (const state of [...this.model.states()]) {
      if ((++i & 255) === 0 && !(await pauseIfDue())) return false;
      const owner = state.owner;
      const gone = !ownerElement(owner).isConnected || (!seen.has(owner) && (owns.has(owner) || subtrees.has(owner) || insideAny(owner, subtrees)));
      if (gone) {
        this.drop(state);
        changed = true;
      }
    }
    if (changed) this.changed = true;
    return true;
  }

  private drop(state: BlockState): void {
    this.model.delete(state.owner);
    this.total -= state.matches.length + state.held.length;
    if (state.matches.length > 0) this.model.emit({ type: 'dropped', owner: state.owner, before: state });
  }

  /**
   * near: the block is known to be in view (shown at the next 'show').
   * quiet: keep the matches but tell no one yet (prepare()).
   */
  private process(block: TextBlock, near = false, quiet = false): void {
    const old = this.model.get(block.owner);
    const hadMatches = (old?.matches.length ?? 0) > 0;
    if (old) {
      // Still painted until the new matches replace them (no flicker on an edit in view).
      this.model.delete(old.owner);
      this.total -= old.matches.length + old.held.length;
    }
    let text = block.text;
    if (text.length > this.maxBlockChars) {
      text = text.slice(0, this.maxBlockChars);
      this.truncated = scanNoteCode({ kind: 'block', limit: this.maxBlockChars });
    }
    let found: readonly TermMatch[] = [];
    try {
      found = findInPieces(this.o.finder, text);
    } catch (e) {
      console.warn(`Policy Lens: matching failed on a block: ${String(e)}`);
    }
    const context = this.o.context;
    let tipped = false;
    if (context && !context.aboutChina) {
      let specific = 0;
      for (const m of found) if (m.gated !== true) specific++;
      tipped = context.read(text, specific);
    }
    const holding = context !== undefined && !context.aboutChina;
    const matches: MatchRec[] = [];
    const held: MatchRec[] = [];
    const deferred = deferredIndex(block);
    for (const m of found) {
      if (this.total + matches.length + held.length >= this.maxRanges) {
        this.truncated = scanNoteCode({ kind: 'ranges', limit: this.maxRanges });
        break;
      }
      const rec = deferred ? MatchRec.deferred(deferred, m.termId, m.start, m.end) : MatchRec.at(block, m.termId, m.start, m.end);
      if (rec) (holding && m.gated === true ? held : matches).push(rec);
    }
    // The joined text is not kept: each match holds its own ends, or its leaf block's deferred node index.
    const state: BlockState = { owner: block.owner, matches, held };
    if (matches.length > 0 || held.length > 0) {
      this.model.set(state);
      this.total += matches.length + held.length;
    }
    if (tipped) this.releaseHeld(quiet);
    if (quiet) return;
    if (matches.length > 0) {
      this.model.emit({ type: 'matched', owner: block.owner, before: hadMatches ? old : undefined, after: state, near });
      this.changed = true;
    } else if (hadMatches && old) {
      this.model.emit({ type: 'dropped', owner: block.owner, before: old });
      this.changed = true;
    }
  }
}
