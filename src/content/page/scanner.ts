/**
 * Finds terms in page text without blocking the page: blocks are collected
 * and matched in slices of a few milliseconds (what the reader sees first).
 * Every match is kept, for counts, navigation and hit-testing (blocks with
 * matches only); the painter registers those near the viewport, each as a
 * StaticRange made on first use.
 *
 * StaticRange, not Range: the document updates every live Range on every
 * mutation, so thousands of live ranges made the page's own DOM edits many
 * times slower. The observer re-scans changed blocks, so static ones suffice;
 * a live Range is made on demand (liveRange) for geometry.
 */
import type { TermFinder, TermMatch } from '../ui/types';
import type { Owner, Painter } from './painter';
import { markDone, markFirstVisibleAfterRender, recordSlice } from './perf-marks';
import { DeferredNodeIndex, deferredIndex, iterateBlocks, positionAt, type NodeIndex, type TextBlock } from './text-blocks';
import { now, yieldToMain } from './yield';

export type { Owner } from './painter';

/**
 * One occurrence. Its StaticRange is made on first use (painting a block
 * near the viewport, hovering, navigating): most occurrences of a long page
 * are only counted, and a range costs a DOM object each. A match in a leaf
 * block does not even know its text nodes until then (DeferredNodeIndex).
 */
export class MatchRec {
  /**
   * Before first use, where to find the ends (a leaf block's deferred node
   * index) or the ends themselves; after, the range. One field, not five:
   * a 5 MB page keeps 17,000 of these, and each field is 8 bytes of heap
   * the scavenger copies.
   */
  private at: DeferredNodeIndex | Ends | StaticRange;
  private constructor(
    readonly termId: string,
    readonly start: number,
    readonly end: number,
    at: DeferredNodeIndex | Ends,
  ) {
    this.at = at;
  }

  /** Null when the block's text no longer reaches that far. */
  static at(index: NodeIndex, termId: string, start: number, end: number): MatchRec | null {
    const ends = locate(index, start, end);
    return ends ? new MatchRec(termId, start, end, ends) : null;
  }

  static deferred(index: DeferredNodeIndex, termId: string, start: number, end: number): MatchRec {
    return new MatchRec(termId, start, end, index);
  }

  get range(): StaticRange {
    const at = this.at;
    if (at instanceof StaticRange) return at;
    let ends = at instanceof DeferredNodeIndex ? locate(at, this.start, this.end) : at;
    // The block changed since it was read: an empty range paints nothing until the re-scan.
    if (!ends) {
      const empty = (at as DeferredNodeIndex).owner.ownerDocument.createTextNode('');
      ends = { sn: empty, so: 0, en: empty, eo: 0 };
    }
    const r = new StaticRange({ startContainer: ends.sn, startOffset: ends.so, endContainer: ends.en, endOffset: ends.eo });
    this.at = r;
    return r;
  }
}

/** A match's ends as (node, offset) pairs. */
interface Ends {
  sn: Text;
  so: number;
  en: Text;
  eo: number;
}

function locate(index: NodeIndex, start: number, end: number): Ends | null {
  const s = positionAt(index, start);
  const e = positionAt(index, end, true);
  return s && e ? { sn: s.node, so: s.offset, en: e.node, eo: e.offset } : null;
}

/** A live Range over a static one, for geometry (getClientRects) and comparisons. */
export function liveRange(doc: Document, r: AbstractRange): Range {
  const range = doc.createRange();
  range.setStart(r.startContainer, r.startOffset);
  range.setEnd(r.endContainer, r.endOffset);
  return range;
}

/** Document order of two ranges' starts (negative: a first). */
export function compareStarts(a: AbstractRange, b: AbstractRange): number {
  if (a.startContainer === b.startContainer) return a.startOffset - b.startOffset;
  const pos = a.startContainer.compareDocumentPosition(b.startContainer);
  if (pos & 4 /* FOLLOWING */) return -1;
  if (pos & 2 /* PRECEDING */) return 1;
  return 0;
}

export interface BlockState {
  owner: Owner;
  /** Sorted by start, non-overlapping: what is counted, painted and pointed at. */
  matches: MatchRec[];
  /** Gated matches held back until the page is found to be about China (PageContext); sorted by start. */
  held: MatchRec[];
}

/** Whether the page is about China, learnt from each block's text (PageContext). */
export interface ContextGate {
  readonly aboutChina: boolean;
  /** One block's text and its count of ungated matches; true when this made the page about China. */
  read(text: string, specific: number): boolean;
}

/** Two sorted match lists as one. */
function mergeByStart(a: readonly MatchRec[], b: readonly MatchRec[]): MatchRec[] {
  const out: MatchRec[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const x = a[i];
    const y = b[j];
    if (y === undefined || (x !== undefined && x.start <= y.start)) {
      out.push(x!);
      i++;
    } else {
      out.push(y);
      j++;
    }
  }
  return out;
}

export interface ScannerOptions {
  doc: Document;
  finder: TermFinder;
  painter: Painter;
  /** Tag of elements never scanned with their subtree (our UI host). */
  skipTag: string;
  /** Called (synchronously, often) whenever the set of matches changes. */
  onChange: () => void;
  /** A block with matches was added or re-scanned (true), or dropped (false). */
  onBlock?: (owner: Owner, present: boolean) => void;
  /** A block's shown matches changed: before or after is undefined when it had or has none. */
  onMatches?: (before: BlockState | undefined, after: BlockState | undefined) => void;
  /** Holds gated matches back until the page is about China; without it every match shows. */
  context?: ContextGate;
  /**
   * Called when the first scan is done: resolves once what it found near
   * the viewport is registered, with whether highlights changed since the
   * call (for the 'painted' mark).
   */
  painted?: () => Promise<boolean>;
  maxRanges?: number;
  maxBlockChars?: number;
  sliceMs?: number;
}

export const MAX_RANGES = 20_000;
/** Text matched before the page's first rendering when it opens at the top. */
const HEAD_START_CHARS = 6_000;
const HEAD_START_MS = 6;
/** During a long scan, new ranges are painted at most this often (each paint repaints highlights page-wide). */
const FLUSH_EVERY_MS = 500;
export const MAX_BLOCK_CHARS = 200_000;
const CHUNK = 50_000;
const OVERLAP = 200;

/** matcher.find over a long text in pieces, so one call never sees more than CHUNK + 2·OVERLAP chars. */
export function findInPieces(finder: TermFinder, text: string, chunk = CHUNK, overlap = OVERLAP): readonly TermMatch[] {
  if (text.length <= chunk) return finder.find(text);
  const out: TermMatch[] = [];
  let lastEnd = 0;
  for (let s = 0; s < text.length; s += chunk) {
    const from = Math.max(0, s - overlap);
    const to = Math.min(text.length, s + chunk + overlap);
    for (const m of finder.find(text.slice(from, to))) {
      const start = m.start + from;
      const end = m.end + from;
      if (start < s || start >= s + chunk || start < lastEnd) continue;
      out.push({ termId: m.termId, start, end });
      lastEnd = end;
    }
  }
  return out;
}

/** Whether a block matched earlier still has the same text in the same nodes. */
function readsSame(before: TextBlock | undefined, now: TextBlock): boolean {
  if (!before || before.text !== now.text || before.nodes.length !== now.nodes.length) return false;
  for (let i = 0; i < now.nodes.length; i++) if (before.nodes[i] !== now.nodes[i]) return false;
  return true;
}

function ownerElement(owner: Owner): Element {
  return owner instanceof Element ? owner : owner.host;
}

function isConnected(owner: Owner): boolean {
  return owner instanceof Element ? owner.isConnected : owner.host.isConnected;
}

interface Task {
  root: Owner;
  ownOnly: boolean;
  viewportFirst: boolean;
}

export class Scanner {
  readonly states = new Map<Owner, BlockState>();
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
  /** Set when a cap stopped us from painting everything. */
  truncated: string | null = null;
  /** Milliseconds of work spent, for rate limiting by the observer. */
  workMs = 0;
  private readonly maxRanges: number;
  private readonly maxBlockChars: number;
  private readonly sliceMs: number;

  constructor(private readonly o: ScannerOptions) {
    this.maxRanges = o.maxRanges ?? MAX_RANGES;
    this.maxBlockChars = o.maxBlockChars ?? MAX_BLOCK_CHARS;
    this.sliceMs = o.sliceMs ?? 8;
  }

  /**
   * Scans the whole document (viewport first). Resolves when done or stopped.
   * The scan reads no style or geometry (the painter's observer does, after
   * rendering), except on a page found scrolled down: there it measures
   * blocks to match the viewport first.
   *
   * Whether the page is scrolled is asked in the next animation frame, not
   * here: reading scrollY lays the page out first, and at document_idle
   * that is often the page's pending layout (its whole first layout if it
   * has not rendered yet: 15-27 ms on the 1 MB bench page, seconds on a
   * huge one), which would land in our task. In the frame it is due anyway.
   * Until then the scan assumes the top, where a page opens.
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
    if (this.prepared || this.states.size > 0 || this.pumping) return;
    const root = this.o.doc.body ?? this.o.doc.documentElement;
    this.prepared = true;
    this.headStart(root, true);
  }

  /** Shows what prepare() found; near: the page is at the top, where those blocks are (wrong only on a page opened scrolled: the painter's measuring then unpaints them). */
  private showPrepared(near: boolean): void {
    this.prepared = false;
    const ranges: AbstractRange[] = [];
    for (const owner of this.headDone.keys()) {
      const state = this.states.get(owner);
      if (!state || state.matches.length === 0) continue;
      this.o.onMatches?.(undefined, state);
      this.o.painter.setBlock(owner, near);
      this.o.onBlock?.(owner, true);
      // The quiet pass told no one; the counts change now.
      this.changed = true;
      if (near) for (const m of state.matches) ranges.push(m.range);
    }
    this.paint(false);
    this.flushChanged();
    markFirstVisibleAfterRender(this.o.doc, [{ ranges, at: now() }]);
  }

  /** quiet: match only (prepare); otherwise each block's ranges are shown as it is matched. */
  private headStart(root: Owner, quiet = false): void {
    const t0 = now();
    // Registered block by block, all before the first frame, so one repaint.
    const batches: { ranges: AbstractRange[]; at: number }[] = [];
    let chars = 0;
    try {
      const it = iterateBlocks(root, { skipTag: this.o.skipTag });
      for (let r = it.next(); !r.done; r = it.next()) {
        const block = r.value;
        if (!block) {
          if (now() - t0 > HEAD_START_MS) break;
          continue;
        }
        // One long block is matched whole: leave it to the sliced scan (one 5 MB text node: 11 ms).
        if (block.text.length > HEAD_START_CHARS) break;
        // Shown now, light; the painter settles the tone once the page has rendered.
        this.process(block, true, quiet);
        this.headDone.set(block.owner, block);
        const matches = this.states.get(block.owner)?.matches ?? [];
        if (matches.length > 0 && !quiet) {
          this.paint(false);
          batches.push({ ranges: matches.map((m) => m.range), at: now() });
        }
        chars += block.text.length;
        if (chars > HEAD_START_CHARS || now() - t0 > HEAD_START_MS) break;
      }
    } catch (e) {
      console.warn(`Policy Lens: could not read the page text: ${String(e)}`);
    }
    recordSlice(now() - t0);
    if (quiet) return;
    this.paint(false);
    this.flushChanged();
    markFirstVisibleAfterRender(this.o.doc, batches);
  }

  /** readTone: false before the page's first rendering (no style reads then). */
  private paint(readTone = true): void {
    this.o.painter.flush(readTone);
    this.lastFlush = now();
  }

  private flushChanged(): void {
    if (!this.changed) return;
    this.changed = false;
    this.o.onChange();
  }

  /** Queues a re-scan: of a block's own run, or of a whole subtree. */
  rescan(root: Owner, ownOnly: boolean): Promise<void> {
    this.queue.push({ root, ownOnly, viewportFirst: false });
    return this.run();
  }

  get busy(): boolean {
    return this.pumping !== null;
  }

  /** Stops work and forgets every block (the caller clears the painter). */
  stop(): void {
    this.generation++;
    this.queue.length = 0;
    this.states.clear();
    this.headDone.clear();
    this.prepared = false;
    this.changed = false;
    this.total = 0;
    this.truncated = null;
    this.pumping = null;
  }

  /** Occurrences per term id over every block. */
  counts(): Record<string, number> {
    const out: Record<string, number> = {};
    for (const s of this.states.values()) for (const m of s.matches) out[m.termId] = (out[m.termId] ?? 0) + 1;
    return out;
  }

  /** Occurrences of gated forms held back (the page is not known to be about China), per term id. */
  heldCounts(): Record<string, number> {
    const out: Record<string, number> = {};
    for (const s of this.states.values()) for (const m of s.held) out[m.termId] = (out[m.termId] ?? 0) + 1;
    return out;
  }

  /** Whether any block has a match to show. */
  get hasMatches(): boolean {
    for (const s of this.states.values()) if (s.matches.length > 0) return true;
    return false;
  }

  /**
   * The page is about China now: every held match joins its block's shown
   * ones. A new state object per block, so caches keyed by state (the hit
   * index's line boxes) start afresh.
   */
  releaseHeld(quiet = false): void {
    for (const old of [...this.states.values()]) {
      if (old.held.length === 0) continue;
      const state: BlockState = { owner: old.owner, matches: mergeByStart(old.matches, old.held), held: [] };
      this.states.set(old.owner, state);
      // The quiet head start tells no one: showPrepared() does, for every block it matched.
      if (quiet) continue;
      this.o.onMatches?.(old.matches.length > 0 ? old : undefined, state);
      this.o.painter.setBlock(state.owner);
      this.o.onBlock?.(state.owner, true);
      this.changed = true;
    }
    this.flushChanged();
  }

  /** Every match in document order. */
  allMatches(): { state: BlockState; match: MatchRec }[] {
    const out: { state: BlockState; match: MatchRec }[] = [];
    for (const state of this.states.values()) for (const match of state.matches) out.push({ state, match });
    out.sort((a, b) => compareStarts(a.match.range, b.match.range));
    return out;
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
    const pause = async (): Promise<boolean> => {
      const spent = now() - sliceStart;
      this.workMs += spent;
      recordSlice(spent);
      this.flushChanged();
      if (this.o.painter.hasPending && now() - this.lastFlush > FLUSH_EVERY_MS) this.paint();
      await yieldToMain();
      sliceStart = now();
      return gen === this.generation;
    };
    for (let task = this.queue.shift(); task; task = this.queue.shift()) {
      const seen = new Set<Owner>();
      const deferred: TextBlock[] = [];
      const visible: StaticRange[] = [];
      let firstVisibleAt = 0;
      const vh = this.o.doc.defaultView?.innerHeight ?? 0;
      const it = iterateBlocks(task.root, { skipTag: this.o.skipTag, ownOnly: task.ownOnly });
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
        if (task.viewportFirst) {
          for (const m of this.states.get(block.owner)?.matches ?? []) visible.push(m.range);
          if (firstVisibleAt === 0 && visible.length > 0) firstVisibleAt = now();
        }
      }
      if (task.viewportFirst) this.paint();
      if (visible.length > 0) markFirstVisibleAfterRender(this.o.doc, [{ ranges: visible, at: firstVisibleAt }]);
      for (const block of deferred) {
        if (due() && !(await pause())) return;
        this.process(block);
      }
      if (gen !== this.generation) return;
      for (const owner of this.headDone.keys()) seen.add(owner);
      this.headDone.clear();
      // The sweep visits every block with matches (7,800 on the 5 MB bench page): in slices too.
      if (!(await this.sweep(task, seen, async () => !due() || pause()))) return;
      this.paint();
      if (task.root === (this.o.doc.body ?? this.o.doc.documentElement) && !task.ownOnly) {
        const spent = now() - sliceStart;
        this.workMs += spent;
        recordSlice(spent);
        sliceStart = now();
        markDone({ blocks: this.states.size, ranges: this.total }, this.o.painted?.());
      }
    }
    const spent = now() - sliceStart;
    this.workMs += spent;
    recordSlice(spent);
    this.flushChanged();
  }

  /** Drops blocks that disappeared: gone from the re-scanned root, or no longer in the document. */
  /** False if stopped while it gave the main thread back (between checks, at most every 256 blocks). */
  private async sweep(task: Task, seen: Set<Owner>, pauseIfDue: () => Promise<boolean>): Promise<boolean> {
    let changed = false;
    let i = 0;
    for (const [owner, state] of [...this.states]) {
      if ((++i & 255) === 0 && !(await pauseIfDue())) return false;
      // Seen: only its connection is in question (a DOM call, but not contains()).
      const gone = seen.has(owner)
        ? !isConnected(owner)
        : (task.ownOnly ? owner === task.root : owner === task.root || task.root.contains(owner as Node)) || !isConnected(owner);
      if (gone) {
        this.drop(state);
        changed = true;
      }
    }
    if (changed) this.changed = true;
    return true;
  }

  private drop(state: BlockState): void {
    this.states.delete(state.owner);
    this.total -= state.matches.length + state.held.length;
    this.o.painter.clearBlock(state.owner);
    this.o.onBlock?.(state.owner, false);
    if (state.matches.length > 0) this.o.onMatches?.(state, undefined);
  }

  /**
   * near: the block is known to be in view (painted at the next flush).
   * quiet: keep the matches but tell no one yet (prepare()).
   */
  private process(block: TextBlock, near = false, quiet = false): void {
    const old = this.states.get(block.owner);
    const hadMatches = (old?.matches.length ?? 0) > 0;
    if (old) {
      // Still painted until the new matches replace them (no flicker on an edit in view).
      this.states.delete(old.owner);
      this.total -= old.matches.length + old.held.length;
    }
    let text = block.text;
    if (text.length > this.maxBlockChars) {
      text = text.slice(0, this.maxBlockChars);
      this.truncated = `a block longer than ${this.maxBlockChars} characters was only partly scanned`;
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
        this.truncated = `more than ${this.maxRanges} occurrences; the rest are not highlighted`;
        break;
      }
      const rec = deferred ? MatchRec.deferred(deferred, m.termId, m.start, m.end) : MatchRec.at(block, m.termId, m.start, m.end);
      if (rec) (holding && m.gated === true ? held : matches).push(rec);
    }
    if (matches.length === 0) {
      if (old) {
        this.o.painter.clearBlock(old.owner);
        this.o.onBlock?.(old.owner, false);
        if (hadMatches) this.o.onMatches?.(old, undefined);
      }
      if (hadMatches) this.changed = true;
      if (held.length > 0) {
        this.states.set(block.owner, { owner: block.owner, matches, held });
        this.total += held.length;
      }
      return;
    }
    // The joined text is not kept: each match holds its own ends, or its leaf block's deferred node index.
    const state: BlockState = { owner: block.owner, matches, held };
    this.states.set(block.owner, state);
    this.total += matches.length + held.length;
    if (tipped) this.releaseHeld(quiet);
    if (quiet) return;
    this.o.onMatches?.(hadMatches ? old : undefined, state);
    this.o.painter.setBlock(block.owner, near);
    this.o.onBlock?.(block.owner, true);
    this.changed = true;
  }
}
