/**
 * Our only UI on the page: one plain host element, created the first time
 * a tooltip is needed, with a closed shadow root holding tippy's CSS, the
 * card CSS, one tippy instance and the mark of the active occurrence. The
 * instance is re-pointed at a term's rect through getReferenceClientRect.
 * Page CSS cannot reach inside; ours cannot leak out (constructable
 * sheets, so a strict page CSP does not block them); page scripts cannot
 * reach in: the root is closed and kept here only. The host is a <div>,
 * not a custom element, so a page cannot define its tag and take it over.
 */
import tippy, { type Instance } from 'tippy.js';
import { runCite } from '../../ui/cite-button';
import { uiLang } from '../../ui/i18n';
import tippyCss from 'tippy.js/dist/tippy.css?inline';
import cardCss from '../../ui/term-card.css?inline';
import boxCss from './tooltip.css?inline';

/**
 * Set at build time (scripts/vite-content-script.ts): true only in the build
 * the browser tests load, where the root is open and the host marked, so that
 * tests can read the card. The shipped build has neither.
 */
declare const __PL_TEST_HOOKS__: boolean | undefined;
const TEST_HOOKS = typeof __PL_TEST_HOOKS__ === 'boolean' && __PL_TEST_HOOKS__;

/** The key that copies the open card's citation. */
export const CITE_KEY = 'c';

export interface TooltipOptions {
  /** Called after the tooltip hid (by us or by tippy). */
  onHidden?: () => void;
}

export class Tooltip {
  private host: HTMLElement | null = null;
  private root: ShadowRoot | null = null;
  /** Polite live region: highlights are invisible to screen readers, so an opening card says its term. */
  private live: HTMLElement | null = null;
  private announceTimer: ReturnType<typeof setTimeout> | undefined;
  private instance: Instance | null = null;
  private getRect: () => DOMRect = () => new DOMRect();
  private shown = false;

  constructor(
    private readonly doc: Document,
    private readonly o: TooltipOptions = {},
  ) {}

  /** Whether n is our host (or inside it). */
  isOurs(n: Node | null): boolean {
    return !!n && !!this.host && (n === this.host || this.host.contains(n));
  }

  /** Whether an event happened inside our UI (events from the shadow root are retargeted to the host). */
  isEventOurs(e: Event): boolean {
    return !!this.host && e.composedPath().includes(this.host);
  }

  get isShown(): boolean {
    return this.shown;
  }

  private ensure(): Instance {
    if (this.instance && this.host?.isConnected) return this.instance;
    this.instance?.destroy();
    this.host?.remove();
    const host = this.doc.createElement('div');
    // Our element: inline !important beats any page rule, including `* {... !important}`.
    for (const [k, v] of [
      ['all', 'initial'],
      ['display', 'block'],
      ['position', 'fixed'],
      ['top', '0'],
      ['left', '0'],
      ['width', '0'],
      ['height', '0'],
      ['overflow', 'visible'],
      ['z-index', '2147483647'],
    ] as const) {
      host.style.setProperty(k, v, 'important');
    }
    const root = host.attachShadow({ mode: TEST_HOOKS ? 'open' : 'closed' });
    if (TEST_HOOKS) host.setAttribute('data-policy-lens-ui', '');
    const sheets: CSSStyleSheet[] = [];
    for (const css of [tippyCss, cardCss, boxCss]) {
      const s = new CSSStyleSheet();
      s.replaceSync(css);
      sheets.push(s);
    }
    root.adoptedStyleSheets = sheets;
    const layer = this.doc.createElement('div');
    layer.className = 'pl-layer';
    const anchor = this.doc.createElement('span');
    anchor.className = 'pl-anchor';
    layer.append(anchor);
    const live = this.doc.createElement('div');
    live.className = 'pl-live';
    live.setAttribute('aria-live', 'polite');
    live.setAttribute('role', 'status');
    // Our language, not the page's (which our host would otherwise pass on).
    live.lang = uiLang();
    root.append(layer, live);
    this.live = live;
    this.doc.documentElement.append(host);
    this.host = host;
    this.root = root;
    this.instance = tippy(anchor, {
      appendTo: layer,
      trigger: 'manual',
      interactive: true,
      hideOnClick: false,
      placement: 'top',
      arrow: true,
      maxWidth: 380,
      offset: [0, 10],
      // A short fade, none for readers who ask for reduced motion.
      duration: this.doc.defaultView?.matchMedia('(prefers-reduced-motion: reduce)').matches ? 0 : [120, 80],
      role: 'dialog',
      aria: { content: null, expanded: false },
      getReferenceClientRect: () => this.getRect(),
      popperOptions: {
        strategy: 'fixed',
        modifiers: [
          { name: 'flip', options: { fallbackPlacements: ['bottom', 'top'] } },
          { name: 'preventOverflow', options: { padding: 8, altAxis: false } },
        ],
      },
      onHidden: () => {
        this.shown = false;
        this.o.onHidden?.();
      },
    });
    return this.instance;
  }

  /** Shows content next to the rect getRect returns (called again while scrolling); announce is said in the live region. */
  show(content: HTMLElement, getRect: () => DOMRect, dark: boolean, label: string, announce?: string | Array<string | Node>): void {
    const inst = this.ensure();
    this.getRect = getRect;
    content.dataset.scheme = dark ? 'dark' : 'light';
    content.style.maxHeight = `${this.room(getRect())}px`;
    inst.setProps({ theme: dark ? 'pl pl-dark' : 'pl' });
    inst.setContent(content);
    // Opening the card's timeline or renderings makes it taller: place it again (flipping below when it no longer fits above).
    content.addEventListener('toggle', () => void inst.popperInstance?.update(), true);
    // The name belongs on the element with the dialog role (tippy's box), not on its unnamed wrapper.
    const box = inst.popper.querySelector<HTMLElement>('.tippy-box');
    box?.setAttribute('aria-label', label);
    this.shown = true;
    inst.show();
    void inst.popperInstance?.update();
    const live = this.live;
    if (announce !== undefined && live) {
      // Emptied now and filled a moment later: a region made with the first
      // card, or the same term twice in a row, is still announced.
      live.textContent = '';
      clearTimeout(this.announceTimer);
      this.announceTimer = setTimeout(() => live.replaceChildren(...(typeof announce === 'string' ? [announce] : announce)), 100);
    }
  }

  /**
   * Focus on the card itself (its dialog box), so a keyboard reader is in
   * it with its name announced and Tab goes on to its links and buttons.
   */
  focusCard(): boolean {
    const box = this.instance?.popper.querySelector<HTMLElement>('.tippy-box');
    if (!box || !this.shown) return false;
    box.tabIndex = -1;
    box.focus({ preventScroll: true });
    return true;
  }

  /**
   * A key pressed while the card is shown: C copies its citation, unless
   * the reader is typing in a field. True if the key was used.
   */
  onKey(e: KeyboardEvent): boolean {
    if (!this.shown || !this.root || e.ctrlKey || e.metaKey || e.altKey || e.isComposing || e.key.toLowerCase() !== CITE_KEY) return false;
    const target = e.composedPath()[0];
    if (target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) return false;
    return runCite(this.root);
  }

  /**
   * The height the card may take: the larger gap above or below the term,
   * less the arrow and a margin, so that flipping can always find a side
   * where it fits whole (longer cards scroll inside).
   */
  private room(rect: DOMRect): number {
    const vh = this.doc.defaultView?.innerHeight ?? 600;
    const gap = Math.max(rect.top, vh - rect.bottom) - 24;
    return Math.round(Math.max(160, Math.min(gap, 560)));
  }

  hide(): void {
    if (!this.instance || !this.shown) return;
    this.shown = false;
    this.instance.hide();
  }

  /** Whether focus is inside the tooltip. */
  hasFocus(): boolean {
    return !!this.root?.activeElement;
  }

  destroy(): void {
    clearTimeout(this.announceTimer);
    this.instance?.destroy();
    this.instance = null;
    this.host?.remove();
    this.host = null;
    this.root = null;
    this.live = null;
    this.shown = false;
  }
}
