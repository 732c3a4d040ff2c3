/**
 * How highlights look: the user's choice (style and colour) and the
 * ::highlight() rules it stands for. Pure: the background inserts the rules
 * into a frame (scripting.insertCSS), where no page script can read them,
 * and highlight.css (the manifest stylesheet) carries the default look.
 */
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

function hexToRgb(hex: string): [number, number, number] | null {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  return m ? [parseInt(m[1] as string, 16), parseInt(m[2] as string, 16), parseInt(m[3] as string, 16)] : null;
}

/**
 * The ::highlight() rules for a look. scope: ':root' where highlight styles
 * inherit down the tree (Chromium), '' where they do not (Firefox); see
 * scripts/vite-content-script.ts highlightScope.
 */
export function highlightCss(look: HighlightLook, scope: string): string {
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
