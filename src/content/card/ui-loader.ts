/**
 * Gets the card UI (card-ui.ts) into this frame once: asks the background to
 * inject content-ui.js, then waits for the script to offer itself. A request
 * that fails or goes unanswered (the background restarting) is forgotten
 * after a while, so a later hover asks again.
 */
import type { CardUi } from './card-ui';
import { takeUi, whenUi } from './ui-handoff';

const UI_WAIT_MS = 5000;

export class UiLoader {
  private loading: Promise<CardUi | null> | null = null;

  constructor(
    /** Asks for content-ui.js to be injected into this frame. */
    private readonly request: () => Promise<unknown>,
    private readonly warn: (msg: string) => void,
    private readonly waitMs = UI_WAIT_MS,
  ) {}

  /** The card UI, if it has arrived. */
  get current(): CardUi | null {
    return takeUi();
  }

  /** Resolves with the card UI, or null if it did not come. */
  load(): Promise<CardUi | null> {
    const here = takeUi();
    if (here) return Promise.resolve(here);
    if (!this.loading) {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const timeout = new Promise<null>((ok) => {
        timer = setTimeout(() => ok(null), this.waitMs);
      });
      this.request().catch((e: unknown) => this.warn(`could not load the tooltip: ${String(e)}`));
      this.loading = Promise.race([whenUi(), timeout]).then((ui) => {
        clearTimeout(timer);
        if (!ui) {
          this.warn('the tooltip did not load');
          this.loading = null;
        }
        return ui;
      });
    }
    return this.loading;
  }
}
