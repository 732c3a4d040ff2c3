import { describe, expect, it } from 'vitest';
import { OpenLimiter } from './open-limit';

describe('OpenLimiter', () => {
  it('lets a tab open a few, then refuses until the window has passed', () => {
    const l = new OpenLimiter({ perWindow: 3, windowMs: 60_000 });
    expect([0, 1, 2, 3, 4].map((i) => l.allow(7, i * 100))).toEqual([true, true, true, false, false]);
    expect(l.allow(7, 59_999)).toBe(false);
    expect(l.allow(7, 60_000)).toBe(true);
  });

  it('counts each tab apart, and a forgotten tab starts again', () => {
    const l = new OpenLimiter({ perWindow: 1, windowMs: 1000 });
    expect(l.allow(1, 0)).toBe(true);
    expect(l.allow(2, 0)).toBe(true);
    expect(l.allow(1, 1)).toBe(false);
    l.forget(1);
    expect(l.allow(1, 2)).toBe(true);
  });

  it('a loop of requests opens no more than the limit', () => {
    const l = new OpenLimiter({ perWindow: 3, windowMs: 60_000 });
    let opened = 0;
    for (let i = 0; i < 10_000; i++) if (l.allow(5, i)) opened++;
    expect(opened).toBe(3);
  });
});
