/**
 * How highlights look: the user's choice (style and colour) and the
 * ::highlight() rules it stands for. Pure: the background inserts the rules
 * into a frame (scripting.insertCSS), where no page script can read them,
 * and highlight.css (the manifest stylesheet) carries the default look.
 */
import { contrast, nearestReadable, over, type Rgb } from './contrast';
import type { HighlightStyle } from './settings';

export const HIGHLIGHT_LIGHT = 'policy-lens';
export const HIGHLIGHT_DARK = 'policy-lens-dark';
export const HIGHLIGHT_ACTIVE = 'policy-lens-active';

export interface HighlightLook {
  style: HighlightStyle;
  /** 'auto' or #rrggbb. */
  color: string;
}

const COLOR_RE = /^#[0-9a-f]{6}$/i;

/** The look highlight.css paints already: no rules to insert. */
export function isDefaultLook(look: HighlightLook): boolean {
  return look.style === 'background' && look.color === 'auto';
}

/** The look, if raw is exactly one; otherwise null. */
export function parseLook(raw: unknown): HighlightLook | null {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return null;
  const { style, color, ...rest } = raw as Record<string, unknown>;
  if (Object.keys(rest).length > 0 || (style !== 'background' && style !== 'underline')) return null;
  if (typeof color !== 'string' || (color !== 'auto' && !COLOR_RE.test(color))) return null;
  return { style, color: color.toLowerCase() };
}

function hexToRgb(hex: string): Rgb | null {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  return m ? [parseInt(m[1] as string, 16), parseInt(m[2] as string, 16), parseInt(m[3] as string, 16)] : null;
}

/**
 * The page a chosen colour must stay readable on, per tone: the harder end
 * of what news pages use (text a little lighter than black on white, a
 * little darker than white on near-black), with a margin over WCAG's 4.5:1
 * for text on a tint and 3:1 for an underline against the page.
 */
const PAGE = {
  light: { bg: [255, 255, 255], text: [51, 51, 51] },
  dark: { bg: [36, 36, 36], text: [204, 204, 204] },
} as const satisfies Record<string, { bg: Rgb; text: Rgb }>;
const TEXT_ON_TINT = 4.8;
const LINE_ON_PAGE = 3.3;
const BLACK: Rgb = [0, 0, 0];
const WHITE: Rgb = [255, 255, 255];

/** How a look paints a term: a tint (colour at alpha) or an underline colour, on a light or a dark page. */
export type LookPaint = { kind: 'background'; rgb: Rgb; alpha: number } | { kind: 'underline'; rgb: Rgb };

/**
 * What a look paints on a page of this tone. The automatic colours are
 * readable as they are; a chosen colour is moved, only as far as needed,
 * toward the page (a tint) or away from it (an underline) until the text
 * over the tint, or the line against the page, keeps its contrast.
 */
export function lookPaint(look: HighlightLook, dark: boolean): LookPaint {
  const chosen = look.color === 'auto' ? null : hexToRgb(look.color);
  const page = dark ? PAGE.dark : PAGE.light;
  if (look.style === 'background') {
    const alpha = dark ? 0.3 : 0.4;
    const auto: Rgb = dark ? [250, 204, 21] : [255, 214, 10];
    const rgb = chosen ? nearestReadable(chosen, dark ? BLACK : WHITE, (c) => contrast(page.text, over(c, alpha, page.bg)) >= TEXT_ON_TINT) : auto;
    return { kind: 'background', rgb, alpha };
  }
  const auto: Rgb = dark ? [251, 191, 36] : [194, 65, 12];
  const rgb = chosen ? nearestReadable(chosen, dark ? WHITE : BLACK, (c) => contrast(c, page.bg) >= LINE_ON_PAGE) : auto;
  return { kind: 'underline', rgb };
}

/** The declarations of a look's paint, as a ::highlight() rule takes them. */
export function paintDeclarations(p: LookPaint): string {
  const [r, g, b] = p.rgb;
  return p.kind === 'background'
    ? `background-color: rgb(${r} ${g} ${b} / ${p.alpha}); text-decoration: none;`
    : `text-decoration: underline 2px rgb(${r} ${g} ${b} / 1); text-underline-offset: 3px; background-color: transparent;`;
}

/**
 * The ::highlight() rules for a look. scope: ':root' where highlight styles
 * inherit down the tree (Chromium), '' where they do not (Firefox); see
 * scripts/vite-content-script.ts highlightScope.
 */
export function highlightCss(look: HighlightLook, scope: string): string {
  return [
    `${scope}::highlight(${HIGHLIGHT_LIGHT}) { ${paintDeclarations(lookPaint(look, false))} }`,
    `${scope}::highlight(${HIGHLIGHT_DARK}) { ${paintDeclarations(lookPaint(look, true))} }`,
    `${scope}::highlight(${HIGHLIGHT_ACTIVE}) { background-color: rgb(147 197 253); color: rgb(15 23 42); }`,
  ].join('\n');
}
