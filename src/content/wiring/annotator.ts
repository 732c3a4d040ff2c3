/**
 * One frame's annotation, wired: the scanner fills the page model; the
 * painter, the block places, the viewport band, the first-mention marks
 * and the pointer follow the model's events; the observer sends changed
 * blocks back to the scanner. Switched on and off as a whole. Knows nothing
 * of extension APIs: frame.ts hands in callbacks for what needs them.
 */
import type { ContextVerdict } from '../../core/china-context';
import type { Density } from '../../core/settings';
import type { TermFinder } from '../../ui/types';
import { BlockPlaces } from '../paint/block-places';
import { FirstOccurrences } from '../paint/first-marks';
import type { HighlightLook } from '../../core/highlight-look';
import { HighlightStyler } from '../paint/highlight-style';
import { isOnDarkBackground } from '../paint/page-tone';
import { Painter } from '../paint/painter';
import { ViewportBand } from '../paint/viewport-band';
import { PageObserver } from '../page/observer';
import { PageContext, readPageSignals } from '../page/page-context';
import { PageModel, type PageEvent } from '../page/page-model';
import { Scanner } from '../page/scanner';
import { CardController, type CardControllerOptions } from '../pointer/card-controller';
import { HitIndex } from '../pointer/hit-index';
import { PointerWatch } from '../pointer/pointer-watch';
import { TermChoice } from './term-choice';

/** The page is checked for a cleared CSS.highlights registry this often. */
const REREGISTER_MS = 2000;

export interface AnnotatorOptions extends Pick<CardControllerOptions, 'openReader' | 'ui'> {
  doc: Document;
  finder: TermFinder;
  /** The counts (may have) changed. */
  onCounts: () => void;
  /** Inserts a look's rules into this frame, out of the page's sight (null: takes them out). */
  applyLook: (look: HighlightLook | null, previous: HighlightLook | null) => void;
  /** The reader chose a term: clicked it, or had it revealed (the side panel follows). */
  onChosen?: (termId: string) => void;
}

export class Annotator {
  /** What the page holds; stages subscribe to its events (and so can a measuring build). */
  readonly model = new PageModel();
  private readonly painter: Painter;
  private readonly scanner: Scanner;
  private readonly observer: PageObserver;
  private readonly pointer: PointerWatch;
  private readonly choice: TermChoice;
  private readonly places: BlockPlaces;
  private readonly band: ViewportBand;
  private readonly cards: CardController;
  private readonly styler: HighlightStyler;
  /** Whether the page is about China: generic terms wait for it. */
  private readonly context: PageContext;
  private readonly firsts: FirstOccurrences;
  private density: Density = 'all';
  private on = false;
  private keepAlive: ReturnType<typeof setInterval> | null = null;
  private scanDone: Promise<void> = Promise.resolve();
  /** From start() until the first scan is done: the counts are not final yet. */
  private scanning = false;
  /** Scanning time, for the observer's budget. */
  private workMs = 0;

  constructor(private readonly o: AnnotatorOptions) {
    const doc = o.doc;
    const model = this.model;
    this.styler = new HighlightStyler(o.applyLook);
    this.context = new PageContext(readPageSignals(doc));
    this.firsts = new FirstOccurrences(() => model.states());
    this.painter = new Painter({
      isDark: isOnDarkBackground,
      rangesOf: (owner) => {
        const matches = model.get(owner)?.matches;
        if (!matches) return null;
        return (this.density === 'first' ? matches.filter((m) => this.firsts.isFirst(m)) : matches).map((m) => m.range);
      },
    });
    this.scanner = new Scanner({
      doc,
      finder: o.finder,
      model,
      context: this.context,
      onShadowRoot: (root) => this.observer.watchShadowRoot(root),
    });
    this.places = new BlockPlaces(doc, { owners: () => model.owners(), onPlaced: () => this.band.placed() });
    const relayout = (): void => this.places.invalidate();
    this.band = new ViewportBand(doc, this.places, this.painter, relayout);
    this.cards = new CardController({
      doc,
      model,
      painter: this.painter,
      openReader: o.openReader,
      ui: o.ui,
      scanned: () => this.scanDone,
    });
    this.observer = new PageObserver(doc.documentElement, {
      isOurs: (n) => this.cards.isOurs(n),
      rescan: (root, ownOnly) => void this.scanner.rescan(root, ownOnly),
      onMutation: relayout,
      workMs: () => this.workMs,
    });
    this.pointer = new PointerWatch(doc, model, this.places, {
      isOurs: (e) => this.cards.isEventOurs(e),
      onHover: (hit, overUi) => this.cards.onHover(hit, overUi),
      shown: (owner) => this.painter.isShown(owner),
      onLayout: relayout,
    });
    // Its own hit index: a click is rare, and the pointer watch's stays private to it.
    const hits = new HitIndex(doc, model, this.places, (owner) => this.painter.isShown(owner));
    this.choice = new TermChoice(doc, hits, (e) => this.cards.isEventOurs(e), (id) => o.onChosen?.(id));
    model.on((e) => this.follow(e));
  }

  /** The stages' subscriptions, in the order they must run: a moved first mention repaints before the block itself does. */
  private follow(e: PageEvent): void {
    switch (e.type) {
      case 'matched':
      case 'dropped': {
        const after = e.type === 'matched' ? e.after : undefined;
        if (this.density === 'first') for (const owner of this.firsts.update(e.before, after)) this.painter.setBlock(owner);
        if (e.type === 'matched') {
          this.painter.setBlock(e.owner, e.near);
          this.places.add(e.owner);
        } else {
          this.painter.clearBlock(e.owner);
          this.places.remove(e.owner);
        }
        break;
      }
      case 'show':
        this.painter.flush(e.readTone);
        break;
      case 'slice':
        this.workMs += e.ms;
        break;
      case 'counts':
        this.o.onCounts();
        break;
      case 'scan-done':
        if (this.scanning) {
          this.scanning = false;
          this.o.onCounts();
        }
        // A page with terms will be pointed at: have the cards ready by then.
        if (this.model.hasMatches) this.cards.preloadUi();
        // Once every block is placed, the band is brought up to date at once, not a task later.
        void this.places.settled().then(() => {
          if (!this.on) return;
          this.band.update();
          this.model.emit({ type: 'painted' });
        });
        break;
      case 'painted':
        break;
    }
  }

  get active(): boolean {
    return this.on;
  }

  /** The first scan is still running. */
  get reading(): boolean {
    return this.on && this.scanning;
  }

  counts(): Record<string, number> {
    return this.on ? this.model.counts() : {};
  }

  /** Occurrences of general terms left unmarked because the page is not (yet) known to be about China. */
  heldCounts(): Record<string, number> {
    return this.on ? this.model.heldCounts() : {};
  }

  get contextVerdict(): ContextVerdict {
    return this.context.verdict;
  }

  /** Why not everything is shown, if something is capped. */
  get note(): string | null {
    return this.scanner.truncated;
  }

  /** The reader's "mark them anyway": general terms show on this page from now on. */
  markGeneric(): void {
    if (!this.context.force()) return;
    this.scanner.releaseHeld();
    this.painter.flush();
    this.o.onCounts();
  }

  /** Every occurrence, or only each term's first, painted; all of them still answer the pointer. */
  setDensity(density: Density): void {
    if (density === this.density) return;
    this.density = density;
    if (density === 'first') this.firsts.rebuild();
    else this.firsts.clear();
    if (!this.on) return;
    for (const state of this.model.states()) if (state.matches.length > 0) this.painter.setBlock(state.owner);
    this.painter.flush();
  }

  /**
   * Matches the first screen's text before start() (while the settings are
   * read), showing nothing; start() then shows it at once. discard() forgets it.
   */
  prepare(): void {
    if (!this.on) this.scanner.prepare();
  }

  discard(): void {
    if (!this.on) this.scanner.stop();
  }

  start(look: HighlightLook): void {
    if (this.on) return this.setLook(look);
    this.on = true;
    this.setLook(look);
    this.painter.start();
    this.places.start();
    this.band.start();
    this.observer.start();
    this.pointer.start();
    this.choice.start();
    this.cards.start();
    this.keepAlive = setInterval(() => this.painter.ensureRegistered(), REREGISTER_MS);
    this.scanning = true;
    this.scanDone = this.scanner.scanAll();
    // Active now: report it even if the page turns out to hold no term.
    this.o.onCounts();
  }

  stop(): void {
    if (!this.on) return;
    this.on = false;
    this.observer.stop();
    this.pointer.stop();
    this.choice.stop();
    this.band.stop();
    this.places.stop();
    this.scanner.stop();
    this.firsts.clear();
    this.painter.clearAll();
    this.styler.remove();
    this.cards.stop();
    if (this.keepAlive !== null) clearInterval(this.keepAlive);
    this.keepAlive = null;
    this.o.onCounts();
  }

  setLook(look: HighlightLook): void {
    if (this.on) this.styler.apply(look);
  }

  /** Moves to the next occurrence (of termId, or of any term), scrolls to it and opens its card. */
  async reveal(termId?: string): Promise<boolean> {
    const found = await this.cards.reveal(termId);
    const id = found ? (termId ?? this.cards.revealedTermId) : null;
    if (id) this.o.onChosen?.(id);
    return found;
  }
}
