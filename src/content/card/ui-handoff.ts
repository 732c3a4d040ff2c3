/**
 * How the injected card UI (content-ui.js) reaches the main content script:
 * both run in the extension's isolated world of the same frame, so they
 * share its global object, which the page cannot see. Either may come first.
 */
import type { CardUi } from './card-ui';

const KEY = '__policyLensCardUi';

interface Slot {
  ui: CardUi | null;
  waiting: ((ui: CardUi) => void)[];
}

function slot(): Slot {
  const g = globalThis as unknown as Record<string, Slot | undefined>;
  return (g[KEY] ??= { ui: null, waiting: [] });
}

/** Called by content-ui.js when it has been evaluated. */
export function offerUi(ui: CardUi): void {
  const s = slot();
  s.ui = ui;
  for (const w of s.waiting.splice(0)) w(ui);
}

/** The card UI if it is here already. */
export function takeUi(): CardUi | null {
  return slot().ui;
}

/** Resolves when the card UI is offered (at once if it is here). */
export function whenUi(): Promise<CardUi> {
  const s = slot();
  return s.ui ? Promise.resolve(s.ui) : new Promise((ok) => s.waiting.push(ok));
}
