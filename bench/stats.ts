/** Small statistics and formatting helpers for the benchmarks. */

export interface Summary {
  n: number;
  median: number;
  min: number;
  max: number;
}

export function quantile(xs: readonly number[], q: number): number {
  if (xs.length === 0) return Number.NaN;
  const s = [...xs].sort((a, b) => a - b);
  const pos = (s.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  const a = s[lo] as number;
  const b = s[hi] as number;
  return a + (b - a) * (pos - lo);
}

export function summarize(xs: readonly number[]): Summary | null {
  if (xs.length === 0) return null;
  return { n: xs.length, median: quantile(xs, 0.5), min: Math.min(...xs), max: Math.max(...xs) };
}

/** Milliseconds with sensible precision. */
export function ms(x: number): string {
  if (!Number.isFinite(x)) return 'n/a';
  if (x >= 1000) return `${(x / 1000).toFixed(2)} s`;
  if (x >= 100) return `${x.toFixed(0)} ms`;
  if (x >= 10) return `${x.toFixed(1)} ms`;
  if (x >= 1) return `${x.toFixed(2)} ms`;
  return `${x.toFixed(3)} ms`;
}

export function fmtSummary(s: Summary | null): string {
  if (!s) return 'n/a';
  if (s.n === 1) return `${ms(s.median)} (n=1)`;
  return `${ms(s.median)} [${ms(s.min)}–${ms(s.max)}]`;
}

export function ratio(a: number | null | undefined, b: number | null | undefined): string {
  if (a == null || b == null || !Number.isFinite(a) || !Number.isFinite(b) || b === 0) return '–';
  const r = a / b;
  if (r < 0.01) return `1/${(1 / r).toFixed(0)}`;
  return r >= 100 ? `${r.toFixed(0)}×` : r >= 10 ? `${r.toFixed(1)}×` : `${r.toFixed(2)}×`;
}

export function mb(bytes: number): string {
  if (!Number.isFinite(bytes)) return 'n/a';
  return `${(bytes / 1048576).toFixed(2)} MB`;
}

/** The median, or null for no samples. */
export const med = (xs: number[]): number | null => (xs.length ? quantile(xs, 0.5) : null);
