/**
 * The user's highlight style, applied live through a constructable sheet in
 * document.adoptedStyleSheets: it holds ::highlight() rules only and does not
 * appear in the page's DOM. highlight.css (the manifest stylesheet) carries
 * the default look, so highlights still show if adopting fails.
 */
import type { HighlightStyle } from '../../core/settings';
import { HIGHLIGHT_ACTIVE, HIGHLIGHT_DARK, HIGHLIGHT_LIGHT } from './painter';

/** Set at build time (scripts/vite-content-script.ts highlightScope): ':root' for Chromium, '' for Firefox. */
declare const __PL_HIGHLIGHT_SCOPE__: string | undefined;
const SCOPE = typeof __PL_HIGHLIGHT_SCOPE__ === 'string' ? __PL_HIGHLIGHT_SCOPE__ : ':root';

export interface HighlightLook {
  style: HighlightStyle;
  /** 'auto' or #rrggbb. */
  color: string;
}

function hexToRgb(hex: string): [number, number, number] | null {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  return m ? [parseInt(m[1] as string, 16), parseInt(m[2] as string, 16), parseInt(m[3] as string, 16)] : null;
}

/** The ::highlight() rules for a look (scope: see highlightScope). Pure, so it is unit-tested. */
export function highlightCss(look: HighlightLook, scope = SCOPE): string {
  const custom = look.color === 'auto' ? null : hexToRgb(look.color);
  const rgb = (c: [number, number, number], a = 1): string => `rgb(${c[0]} ${c[1]} ${c[2]} / ${a})`;
  const lightC: [number, number, number] = custom ?? [194, 65, 12];
  const darkC: [number, number, number] = custom ?? [251, 191, 36];
  const rule = (name: string, c: [number, number, number], dark: boolean): string =>
    look.style === 'background'
      ? `${scope}::highlight(${name}) { background-color: ${rgb(custom ?? (dark ? [250, 204, 21] : [255, 214, 10]), dark ? 0.3 : 0.4)}; text-decoration: none; }`
      : `${scope}::highlight(${name}) { text-decoration: underline 2px ${rgb(c)}; text-underline-offset: 3px; background-color: transparent; }`;
  return [
    rule(HIGHLIGHT_LIGHT, lightC, false),
    rule(HIGHLIGHT_DARK, darkC, true),
    `${scope}::highlight(${HIGHLIGHT_ACTIVE}) { background-color: rgb(147 197 253); color: rgb(15 23 42); }`,
  ].join('\n');
}

export class HighlightStyler {
  private sheet: CSSStyleSheet | null = null;

  constructor(private readonly doc: Document) {}

  apply(look: HighlightLook): void {
    // The default look is highlight.css already. Adopting a sheet makes the
    // browser recalculate the whole page's style (hundreds of ms on a huge
    // page), so a sheet is adopted only for a look the user chose.
    if (look.style === 'background' && look.color === 'auto') {
      this.remove();
      return;
    }
    try {
      if (!this.sheet) this.sheet = new CSSStyleSheet();
      this.sheet.replaceSync(highlightCss(look));
      const current = this.doc.adoptedStyleSheets;
      if (!current.includes(this.sheet)) this.doc.adoptedStyleSheets = [...current, this.sheet];
    } catch (e) {
      console.warn(`Policy Lens: could not apply the highlight style: ${String(e)}`);
    }
  }

  remove(): void {
    const sheet = this.sheet;
    if (!sheet) return;
    try {
      const current = this.doc.adoptedStyleSheets;
      if (current.includes(sheet)) this.doc.adoptedStyleSheets = current.filter((s) => s !== sheet);
    } catch {
      // The page replaced adoptedStyleSheets: nothing of ours is left to remove.
    }
  }
}
