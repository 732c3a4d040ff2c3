/**
 * Whether text sits on a dark background: the nearest ancestor with an
 * opaque background colour decides; without one, a light text colour means
 * a dark page. Cached per element (computed style is not free).
 */
const cache = new WeakMap<Element, boolean>();

export function parseRgb(s: string): [number, number, number, number] | null {
  const m = /rgba?\(\s*([\d.]+)[ ,]+([\d.]+)[ ,]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)/.exec(s);
  if (!m) return null;
  let a = 1;
  if (m[4] !== undefined) a = m[4].endsWith('%') ? parseFloat(m[4]) / 100 : parseFloat(m[4]);
  return [parseFloat(m[1] as string), parseFloat(m[2] as string), parseFloat(m[3] as string), a];
}

/** WCAG relative luminance of an sRGB colour (0..1). */
export function luminance(r: number, g: number, b: number): number {
  const f = (c: number): number => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
}

/**
 * Tone of the nearest opaque background at or above each element: true
 * dark, false light, null none up to the root. Kept for every element a
 * walk passes, so a page nested thousands deep costs one walk, not one per
 * block (thousands of getComputedStyle calls each).
 */
const backgrounds = new WeakMap<Element, boolean | null>();

function backgroundTone(el: Element, view: Window): boolean | null {
  const path: Element[] = [];
  let tone: boolean | null = null;
  for (let e: Element | null = el; e; e = e.parentElement) {
    const known = backgrounds.get(e);
    if (known !== undefined) {
      tone = known;
      break;
    }
    path.push(e);
    const c = parseRgb(view.getComputedStyle(e).backgroundColor);
    if (c && c[3] >= 0.5) {
      tone = luminance(c[0], c[1], c[2]) < 0.2;
      break;
    }
  }
  for (const e of path) backgrounds.set(e, tone);
  return tone;
}

export function isOnDarkBackground(el: Element): boolean {
  const hit = cache.get(el);
  if (hit !== undefined) return hit;
  const view = el.ownerDocument.defaultView;
  let dark = false;
  if (view) {
    const tone = backgroundTone(el, view);
    if (tone !== null) dark = tone;
    else {
      // No background anywhere: a light text colour means a dark page.
      const fg = parseRgb(view.getComputedStyle(el).color);
      dark = fg ? luminance(fg[0], fg[1], fg[2]) > 0.5 : false;
    }
  }
  cache.set(el, dark);
  return dark;
}
