/**
 * WCAG 2 contrast arithmetic on sRGB colours, pure. Used to keep a colour
 * the reader picks for highlights readable on light and dark pages.
 */
export type Rgb = readonly [number, number, number];

function luminance(c: Rgb): number {
  const [r, g, b] = c.map((v) => {
    const s = v / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The contrast ratio of two colours, 1 to 21. */
export function contrast(a: Rgb, b: Rgb): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** `tint` at `alpha` composited over `under`. */
export function over(tint: Rgb, alpha: number, under: Rgb): Rgb {
  return [0, 1, 2].map((i) => alpha * tint[i]! + (1 - alpha) * under[i]!) as unknown as Rgb;
}

/** `c` moved a share `t` (0–1) of the way to `toward`, rounded to whole channels. */
export function mix(c: Rgb, toward: Rgb, t: number): Rgb {
  return [0, 1, 2].map((i) => Math.round(c[i]! + (toward[i]! - c[i]!) * t)) as unknown as Rgb;
}

/** The first colour on the way from `c` to `toward` (in 5 % steps) that `ok` accepts; `toward` if none. */
export function nearestReadable(c: Rgb, toward: Rgb, ok: (c: Rgb) => boolean): Rgb {
  for (let step = 0; step <= 20; step++) {
    const m = mix(c, toward, step / 20);
    if (ok(m)) return m;
  }
  return toward;
}
