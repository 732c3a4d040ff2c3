/**
 * What runs first in every frame of a listed page (content-script.js, from
 * document_start): starts the settings read at once, and once the document
 * is parsed, reads its text through the prefilter (page/first-pass.ts).
 * Only a page that may hold a term starts the pipeline (wiring/frame.ts):
 * the entry hands it in as a function, whose modules (the matcher, the
 * scanner, the painter) are evaluated only when it is called. Most news
 * pages hold no term, and there Policy Lens costs this and one pass.
 * Until the pipeline takes over, this answers the popup for the frame.
 */
import browser from 'webextension-polyfill';
import prefilterData from 'virtual:policy-lens-prefilter';
import type { Replies } from '../../core/messages';
import { loadPrefilter, type Prefilter } from '../../core/prefilter';
import { isActiveOn, type Settings } from '../../core/settings';
import { createSettingsStore, type StorageLike } from '../../core/settings-store';
import { FirstPass } from '../page/first-pass';
import { highlightApiAvailable } from '../shared/highlight-support';
import { yieldToMain } from '../shared/yield';
import { claimFrame, extensionAlive } from './frame-slot';
import { intake, notShownReason } from './intake';

/** What the pipeline starts from: what the gate already knows. */
export interface PipelineStart {
  settings: Promise<Settings>;
  /** The settings are the ones the gate has kept up to date (not a read still in flight). */
  settingsCurrent: boolean;
  /** The user asked for this page although its site is off. */
  annotateOnce: boolean;
}

export interface GateOptions {
  /** Starts the pipeline (frame.ts) in this frame; rejects if it could not be loaded. */
  startPipeline: (start: PipelineStart) => Promise<unknown>;
  /** The pass over the page text begins (settings read, document parsed). */
  onPass?: () => void;
  /** The page was read through and nothing in it may hold a term. */
  onClear?: () => void;
}

const isTop = window === window.top;

function warn(msg: string): void {
  console.warn(`Policy Lens: ${msg}`);
}

function domReady(doc: Document): Promise<void> {
  if (doc.readyState !== 'loading') return Promise.resolve();
  return new Promise((ok) => doc.addEventListener('DOMContentLoaded', () => ok(), { once: true }));
}

/** Loaded once per copy: a site switched off and on again keeps the second stages it compiled. */
let prefilter: Prefilter | null = null;

function main(hooks: GateOptions): void {
  // A pipeline already runs in this frame (injected again: annotate-once): it answers for itself.
  const release = claimFrame('gate', () => teardown(), () => extensionAlive(() => browser.runtime.id));
  if (!release) return;
  const supported = highlightApiAvailable();
  const store = createSettingsStore(browser.storage as unknown as StorageLike, warn);
  const read = store.load();
  let settings: Settings | null = null;
  let annotateOnce = false;
  let handedOver = false;
  let stopped = false;
  let pass: FirstPass | null = null;
  let changes = 0;

  const shouldRun = (): boolean => supported && settings !== null && (annotateOnce || isActiveOn(settings, location.hostname));

  const handOver = (): void => {
    if (handedOver || stopped) return;
    handedOver = true;
    pass?.stop();
    // It replaces this copy in the frame slot (frame-slot.ts), which stops this one.
    hooks.startPipeline({ settings: settings ? Promise.resolve(settings) : read, settingsCurrent: settings !== null, annotateOnce }).catch((e: unknown) => {
      warn(`could not start: ${String(e)}`);
      // A later change or message tries again, with a new pass.
      handedOver = false;
      pass = null;
    });
  };

  const apply = (): void => {
    if (!settings || stopped || handedOver) return;
    if (!shouldRun()) {
      pass?.stop();
      pass = null;
      return;
    }
    if (pass) return;
    const p = new FirstPass({ doc: document, prefilter: (prefilter ??= loadPrefilter(prefilterData)), onFound: handOver, onClear: hooks.onClear });
    pass = p;
    void domReady(document).then(async () => {
      // A task of its own, not the one that parsed the document or read the settings.
      await yieldToMain();
      if (pass !== p) return;
      hooks.onPass?.();
      p.start();
    });
  };

  const onMessage = (raw: unknown, sender: browser.Runtime.MessageSender): Promise<unknown> | undefined => {
    const msg = intake(raw, sender, browser.runtime.id, warn);
    if (!msg) return undefined;
    switch (msg.type) {
      case 'get-page-terms': {
        if (!isTop) return undefined;
        const active = shouldRun();
        const reply: Replies['get-page-terms'] = { counts: {}, held: {}, about: null, active, reading: active && (handedOver || pass === null || pass.reading) };
        const r = notShownReason(supported, settings, active, location.hostname);
        if (r) reply.reason = r;
        return Promise.resolve(reply);
      }
      case 'show-lookup':
        // The reader asked (context menu): the look-up's code is loaded only now.
        return import('./lookup').then((m) => m.showLookup(msg, warn));
      case 'annotate-once':
        // Asked for by the reader: no pass, the pipeline reads the page itself.
        annotateOnce = true;
        handOver();
        return Promise.resolve(undefined);
      default:
        // reveal-term, mark-generic: nothing was found here to show.
        return undefined;
    }
  };

  const unsubscribe = store.subscribe((s) => {
    changes++;
    settings = s;
    apply();
  });
  browser.runtime.onMessage.addListener(onMessage);
  void read.then(
    (s) => {
      // A change event that came first is newer than this read.
      if (changes === 0) settings = s;
      apply();
    },
    (e: unknown) => warn(`could not read the settings: ${String(e)}`),
  );

  function teardown(): void {
    if (stopped) return;
    stopped = true;
    pass?.stop();
    unsubscribe();
    try {
      browser.runtime.onMessage.removeListener(onMessage);
    } catch {
      // The extension context is gone: so is the listener.
    }
    release?.();
  }
}

/** Starts this frame's gate. */
export function startGate(hooks: GateOptions): void {
  try {
    main(hooks);
  } catch (e) {
    warn(`could not start: ${String(e)}`);
  }
}
