import { describe, expect, it } from 'vitest';
import { contrast, mix, nearestReadable, over } from './contrast';

describe('contrast', () => {
  it('gives WCAG ratios: 21 for black on white, 1 for a colour on itself, symmetric', () => {
    expect(contrast([0, 0, 0], [255, 255, 255])).toBeCloseTo(21, 5);
    expect(contrast([120, 30, 200], [120, 30, 200])).toBe(1);
    expect(contrast([118, 118, 118], [255, 255, 255])).toBeCloseTo(4.54, 2);
    expect(contrast([255, 255, 255], [118, 118, 118])).toBe(contrast([118, 118, 118], [255, 255, 255]));
  });
  it('composites a tint and mixes colours channel by channel', () => {
    expect(over([255, 0, 0], 0.4, [255, 255, 255])).toEqual([255, 153, 153]);
    expect(mix([0, 100, 200], [255, 255, 255], 0.5)).toEqual([128, 178, 228]);
  });
  it('finds the first readable colour on the way, or the end of the way', () => {
    const ok = (c: readonly number[]): boolean => contrast(c as [number, number, number], [255, 255, 255]) >= 4.5;
    const steps = Array.from({ length: 21 }, (_, k) => mix([200, 200, 0], [0, 0, 0], k / 20));
    const got = nearestReadable([200, 200, 0], [0, 0, 0], ok);
    const k = steps.findIndex((c) => c.join() === got.join());
    expect(k).toBeGreaterThan(0);
    expect(ok(got)).toBe(true);
    expect(ok(steps[k - 1]!)).toBe(false);
    expect(nearestReadable([10, 10, 10], [0, 0, 0], ok)).toEqual([10, 10, 10]);
    expect(nearestReadable([255, 255, 255], [250, 250, 250], ok)).toEqual([250, 250, 250]);
  });
});
