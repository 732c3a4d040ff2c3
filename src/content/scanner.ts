/**
 * Finds terms in page text without blocking the page: blocks are collected
 * and matched in slices of a few milliseconds (viewport first), each match
 * becomes a live Range, and the painter shows them. Keeps per-block state for
 * hit-testing, counts and keyboard navigation.
 */
import type { TermFinder, TermMatch } from '../ui/types';
import { isOnDarkBackground } from './background-tone';
import type { Painter } from './painter';
import { markDone, markFirstVisibleIfInView, recordSlice } from './perf-marks';
import { iterateBlocks, positionAt, type TextBlock } from './text-blocks';
import { now, yieldToMain } from './yield';

export type Owner = Element | ShadowRoot;

export interface MatchRec {
  termId: string;
  start: number;
  end: number;
  range: Range;
}

export interface BlockState {
  owner: Owner;
  block: TextBlock;
  /** Sorted by start, non-overlapping. */
  matches: MatchRec[];
  dark: boolean;
  rect: DOMRect | null;
  rectEpoch: number;
}

export interface ScannerOptions {
  doc: Document;
  finder: TermFinder;
  painter: Painter;
  skip: (el: Element) => boolean;
  /** Called (synchronously, often) whenever the set of matches changes. */
  onChange: () => void;
  maxRanges?: number;
  maxBlockChars?: number;
  sliceMs?: number;
}

export const MAX_RANGES = 20_000;
export const MAX_BLOCK_CHARS = 200_000;
const CHUNK = 50_000;
const OVERLAP = 200;

/** matcher.find over a long text in pieces, so one call never sees more than CHUNK + 2·OVERLAP chars. */
export function findInPieces(finder: TermFinder, text: string, chunk = CHUNK, overlap = OVERLAP): TermMatch[] {
  if (text.length <= chunk) return [...finder.find(text)];
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
  private readonly nodeState = new WeakMap<Text, BlockState>();
  private readonly queue: Task[] = [];
  private generation = 0;
  private pumping: Promise<void> | null = null;
  private rectEpoch = 0;
  private total = 0;
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

  /** Scans the whole document (viewport first). Resolves when done or stopped. */
  scanAll(): Promise<void> {
    const root = this.o.doc.body ?? this.o.doc.documentElement;
    this.queue.push({ root, ownOnly: false, viewportFirst: true });
    return this.run();
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
    this.total = 0;
    this.truncated = null;
    this.pumping = null;
  }

  stateOfNode(node: Text): BlockState | undefined {
    const s = this.nodeState.get(node);
    return s && this.states.get(s.owner) === s ? s : undefined;
  }

  /** Occurrences per term id over every block. */
  counts(): Record<string, number> {
    const out: Record<string, number> = {};
    for (const s of this.states.values()) for (const m of s.matches) out[m.termId] = (out[m.termId] ?? 0) + 1;
    return out;
  }

  get rangeCount(): number {
    return this.total;
  }

  invalidateRects(): void {
    this.rectEpoch++;
  }

  /** The block's bounding rect, cached until the next invalidateRects(). */
  rectOf(state: BlockState): DOMRect {
    if (!state.rect || state.rectEpoch !== this.rectEpoch) {
      state.rect = ownerElement(state.owner).getBoundingClientRect();
      state.rectEpoch = this.rectEpoch;
    }
    return state.rect;
  }

  /** Every match in document order. */
  allMatches(): { state: BlockState; match: MatchRec }[] {
    const out: { state: BlockState; match: MatchRec }[] = [];
    for (const state of this.states.values()) for (const match of state.matches) out.push({ state, match });
    out.sort((a, b) => {
      try {
        return a.match.range.compareBoundaryPoints(Range.START_TO_START, b.match.range);
      } catch {
        return 0;
      }
    });
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
    let sliceStart = now();
    const pause = async (): Promise<boolean> => {
      if (now() - sliceStart < this.sliceMs) return true;
      const spent = now() - sliceStart;
      this.workMs += spent;
      recordSlice(spent);
      await yieldToMain();
      sliceStart = now();
      return gen === this.generation;
    };
    for (let task = this.queue.shift(); task; task = this.queue.shift()) {
      const seen = new Set<Owner>();
      const deferred: TextBlock[] = [];
      const vh = this.o.doc.defaultView?.innerHeight ?? 0;
      const it = iterateBlocks(task.root, { skip: this.o.skip, ownOnly: task.ownOnly });
      for (;;) {
        if (!(await pause())) return;
        let r: IteratorResult<TextBlock, void>;
        try {
          r = it.next();
        } catch (e) {
          console.warn(`Policy Lens: could not read the page text: ${String(e)}`);
          break;
        }
        if (r.done) break;
        const block = r.value;
        seen.add(block.owner);
        if (task.viewportFirst) {
          const rect = ownerElement(block.owner).getBoundingClientRect();
          if (rect.bottom < 0 || rect.top > vh) {
            deferred.push(block);
            continue;
          }
        }
        this.process(block);
      }
      for (const block of deferred) {
        if (!(await pause())) return;
        this.process(block);
      }
      if (gen !== this.generation) return;
      this.sweep(task, seen);
      if (task.viewportFirst) markDone({ blocks: this.states.size, ranges: this.total });
    }
    const spent = now() - sliceStart;
    this.workMs += spent;
    recordSlice(spent);
  }

  /** Drops blocks that disappeared: gone from the re-scanned root, or no longer in the document. */
  private sweep(task: Task, seen: Set<Owner>): void {
    let changed = false;
    for (const [owner, state] of this.states) {
      const inTask = task.ownOnly ? owner === task.root : owner === task.root || (task.root.contains(owner as Node) && owner !== task.root);
      if ((inTask && !seen.has(owner)) || !isConnected(owner)) {
        this.drop(state);
        changed = true;
      }
    }
    if (changed) this.o.onChange();
  }

  private drop(state: BlockState): void {
    this.states.delete(state.owner);
    this.total -= state.matches.length;
    this.o.painter.clearBlock(state.owner);
  }

  private process(block: TextBlock): void {
    const old = this.states.get(block.owner);
    const hadMatches = (old?.matches.length ?? 0) > 0;
    if (old) this.drop(old);
    let text = block.text;
    if (text.length > this.maxBlockChars) {
      text = text.slice(0, this.maxBlockChars);
      this.truncated = `a block longer than ${this.maxBlockChars} characters was only partly scanned`;
    }
    let found: TermMatch[] = [];
    try {
      found = findInPieces(this.o.finder, text);
    } catch (e) {
      console.warn(`Policy Lens: matching failed on a block: ${String(e)}`);
    }
    const matches: MatchRec[] = [];
    for (const m of found) {
      if (this.total + matches.length >= this.maxRanges) {
        this.truncated = `more than ${this.maxRanges} occurrences; the rest are not highlighted`;
        break;
      }
      const s = positionAt(block, m.start);
      const e = positionAt(block, m.end, true);
      if (!s || !e) continue;
      try {
        const range = this.o.doc.createRange();
        range.setStart(s.node, s.offset);
        range.setEnd(e.node, e.offset);
        matches.push({ termId: m.termId, start: m.start, end: m.end, range });
      } catch {
        // A node changed under us; the observer will re-queue this block.
      }
    }
    const dark = matches.length > 0 ? isOnDarkBackground(ownerElement(block.owner)) : false;
    const state: BlockState = { owner: block.owner, block, matches, dark, rect: null, rectEpoch: -1 };
    this.states.set(block.owner, state);
    for (const n of block.nodes) this.nodeState.set(n, state);
    this.total += matches.length;
    if (matches.length > 0) {
      const ranges = matches.map((m) => m.range);
      this.o.painter.setBlock(block.owner, ranges, dark);
      markFirstVisibleIfInView(ranges);
    }
    if (matches.length > 0 || hadMatches) this.o.onChange();
  }
}
