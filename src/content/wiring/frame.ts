/**
 * One frame's content script: reads the settings, switches this frame's
 * Annotator on and off live, and answers messages. Every frame runs its own
 * instance; only the top frame reports counts (page-terms, get-page-terms)
 * and handles reveal-term, so the popup and badge see the top document's
 * terms.
 */
import browser from 'webextension-polyfill';
import matcherData from 'virtual:policy-lens-matcher';
import { loadMatcher, type Matcher } from '../../core/matcher';
import type { Message, PageReport, Replies } from '../../core/messages';
import { isActiveOn, type Settings } from '../../core/settings';
import { createSettingsStore, type StorageLike } from '../../core/settings-store';
import { UiLoader } from '../card/ui-loader';
import { highlightApiAvailable } from '../paint/painter';
import { yieldToMain } from '../shared/yield';
import { Annotator } from './annotator';
import { claimFrame, extensionAlive } from './frame-slot';
import { intake, notShownReason } from './intake';

export interface FrameHooks {
  /** The settings read the gate started (gate.ts); read here when absent. */
  settings?: Promise<Settings>;
  /**
   * The gate has followed every change since its read and has read the
   * page already, in a task of its own: no second read, and no task hop
   * before the first highlights.
   */
  settingsCurrent?: boolean;
  /** The user asked for this page although its site is off. */
  annotateOnce?: boolean;
  /** Called with the frame's Annotator when it is made (a measuring build subscribes to its model). */
  onAnnotator?: (annotator: Annotator) => void;
}

const COUNTS_DEBOUNCE_MS = 300;
const isTop = window === window.top;

function warn(msg: string): void {
  console.warn(`Policy Lens: ${msg}`);
}

const ALIVE_CHECK_MS = 2000;

let matcher: Matcher | null = null;
const finder = (): Matcher => (matcher ??= loadMatcher(matcherData));

function main(hooks: FrameHooks): void {
  const supported = highlightApiAvailable();
  const store = createSettingsStore(browser.storage as unknown as StorageLike, warn);
  let settings: Settings | null = null;
  let annotateOnce = hooks.annotateOnce ?? false;
  let annotator: Annotator | null = null;
  let countsTimer: ReturnType<typeof setTimeout> | null = null;
  let lastSent = '';
  /** This copy was stopped (a newer one took over, or the extension is gone). */
  let stopped = false;

  const sendCounts = (): void => {
    countsTimer = null;
    if (!isTop) return;
    const msg: Message = { type: 'page-terms', ...report() };
    const key = JSON.stringify(msg);
    if (key === lastSent) return;
    lastSent = key;
    browser.runtime.sendMessage(msg).catch(() => {
      // No listener (background restarting): the next change sends again.
      lastSent = '';
    });
  };
  const countsChanged = (): void => {
    if (countsTimer !== null) clearTimeout(countsTimer);
    countsTimer = setTimeout(sendCounts, COUNTS_DEBOUNCE_MS);
  };

  const uiLoader = new UiLoader(() => {
    const msg: Message = { type: 'load-ui' };
    return browser.runtime.sendMessage(msg);
  }, warn);

  const getAnnotator = (): Annotator => {
    annotator ??= new Annotator({
      doc: document,
      finder: finder(),
      openReader: (paragraph, termId) => {
        const msg: Message = { type: 'open-reader', paragraph, termId };
        browser.runtime.sendMessage(msg).catch((e: unknown) => warn(`could not open the interview: ${String(e)}`));
      },
      onCounts: countsChanged,
      applyLook: (look, previous) => {
        const msg: Message = { type: 'apply-look', look, previous };
        browser.runtime.sendMessage(msg).catch((e: unknown) => warn(`could not apply the highlight style: ${String(e)}`));
      },
      ui: uiLoader,
      onChosen: (termId) => {
        const msg: Message = { type: 'term-chosen', termId };
        // Nobody listening (no side panel open) is fine.
        browser.runtime.sendMessage(msg).catch(() => {});
      },
    });
    hooks.onAnnotator?.(annotator);
    return annotator;
  };

  function report(): PageReport {
    const active = annotator?.active ?? false;
    if (!active || !annotator) return { counts: {}, held: {}, about: null, active, reading: false };
    return { counts: annotator.counts(), held: annotator.heldCounts(), about: annotator.contextVerdict.reason, active, reading: annotator.reading };
  }

  const shouldRun = (): boolean => supported && settings !== null && (annotateOnce || isActiveOn(settings, location.hostname));

  const apply = (): void => {
    try {
      if (!settings || stopped) return;
      const look = { style: settings.highlightStyle, color: settings.highlightColor };
      if (shouldRun()) {
        const a = getAnnotator();
        a.setDensity(settings.density);
        a.start(look);
      } else if (annotator?.active) annotator.stop();
      else {
        annotator?.discard();
        countsChanged();
      }
      annotator?.setLook(look);
    } catch (e) {
      warn(`could not apply settings: ${String(e)}`);
    }
  };

  const onMessage = (raw: unknown, sender: browser.Runtime.MessageSender): Promise<unknown> | undefined => {
    try {
      const msg = intake(raw, sender, browser.runtime.id, warn);
      if (!msg) return undefined;
      switch (msg.type) {
        case 'get-page-terms': {
          if (!isTop) return undefined;
          const reply: Replies['get-page-terms'] = report();
          const r = notShownReason(supported, settings, annotator?.active ?? false, location.hostname);
          if (r) reply.reason = r;
          const note = annotator?.active ? annotator.note : null;
          if (note) reply.note = note;
          return Promise.resolve(reply);
        }
        case 'reveal-term':
          if (!isTop || !annotator?.active) return undefined;
          return annotator.reveal(msg.termId).then((found): Replies['reveal-term'] => ({ found }));
        case 'mark-generic':
          // Every frame of the tab: the popup speaks of the page as a whole.
          if (!annotator?.active) return undefined;
          annotator.markGeneric();
          return Promise.resolve<Replies['mark-generic']>({ about: annotator.contextVerdict.reason });
        case 'show-lookup':
          return import('./lookup').then((m) => m.showLookup(msg, warn));
        case 'annotate-once':
          annotateOnce = true;
          apply();
          return Promise.resolve(undefined);
        default:
          return undefined;
      }
    } catch (e) {
      warn(`message handling failed: ${String(e)}`);
      return undefined;
    }
  };
  browser.runtime.onMessage.addListener(onMessage);

  // The gate (gate.ts) read the settings and handed them over. Where it
  // did not (the pipeline injected on its own), they are asked for now: then, while the
  // read is in flight (tens of milliseconds on a loading page), load the matcher and
  // match the first screen's text, so that the first highlights are shown
  // as soon as the settings arrive. In a task of its own, not the one that
  // evaluated this script. A site that turns out to be off has cost that
  // one short task, and nothing on the page changed.
  const early = hooks.settings ?? null;
  const loaded = early ? early.catch(() => store.load()) : store.load();
  if (supported) {
    setTimeout(() => {
      // Not asking scrollY: that would force the page's pending layout into this task (see Scanner.scanAll).
      if (settings === null && !stopped) getAnnotator().prepare();
    }, 0);
  }

  let changes = 0;
  const unsubscribe = store.subscribe((s) => {
    changes++;
    settings = s;
    apply();
  });

  // One copy per frame (frame-slot.ts). A copy the extension left behind
  // (updated, reloaded, removed) notices that its extension is gone and
  // stops: it would keep painting on settings it can no longer read.
  const teardown = (): void => {
    if (stopped) return;
    stopped = true;
    clearInterval(aliveTimer);
    if (countsTimer !== null) clearTimeout(countsTimer);
    unsubscribe();
    try {
      browser.runtime.onMessage.removeListener(onMessage);
    } catch {
      // The extension context is gone: so is the listener.
    }
    annotator?.stop();
    annotator?.discard();
    release?.();
  };
  const alive = (): boolean => extensionAlive(() => browser.runtime.id);
  const release = claimFrame('pipeline', teardown);
  const aliveTimer = setInterval(() => {
    if (!alive()) teardown();
  }, ALIVE_CHECK_MS);
  void loaded.then(async (s) => {
    // A change event that came first is newer than this read.
    if (changes === 0) settings = s;
    // The early read has usually arrived already: start in a task of our own,
    // not in the one that evaluated this script (every frame pays that one).
    if (!hooks.settingsCurrent) await yieldToMain();
    apply();
  });
  // A change made between the early read and subscribe() would be missed: read once more.
  if (early && !hooks.settingsCurrent) {
    const seen = changes;
    void Promise.all([loaded, store.load()]).then(([, now]) => {
      // A change event since is newer than this read.
      if (changes !== seen || JSON.stringify(now) === JSON.stringify(settings)) return;
      settings = now;
      apply();
    });
  }
}

/** Starts this frame's content script. */
export function startContentScript(hooks: FrameHooks = {}): void {
  try {
    main(hooks);
  } catch (e) {
    warn(`could not start: ${String(e)}`);
  }
}
