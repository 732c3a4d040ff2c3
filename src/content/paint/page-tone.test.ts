// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { isOnDarkBackground, luminance, parseRgb } from './page-tone';

/** depth nested divs under a box with the given background; returns the innermost div. */
function nest(depth: number, background: string): HTMLElement {
  const box = document.createElement('section');
  box.style.backgroundColor = background;
  let at: HTMLElement = box;
  for (let i = 0; i < depth; i++) at = at.appendChild(document.createElement('div'));
  document.body.replaceChildren(box);
  return at;
}

describe('isOnDarkBackground', () => {
  it('takes the nearest opaque background, however deep', () => {
    const inner = nest(50, 'rgb(10, 12, 14)');
    const a = inner.appendChild(document.createElement('p'));
    expect(isOnDarkBackground(a)).toBe(true);
    const light = nest(3, 'rgb(250, 250, 250)');
    expect(isOnDarkBackground(light.appendChild(document.createElement('p')))).toBe(false);
  });

  it('walks a deep chain once: a second block under it reads one style, not the whole chain', () => {
    const inner = nest(2000, 'rgb(10, 12, 14)');
    const spy = vi.spyOn(window, 'getComputedStyle');
    expect(isOnDarkBackground(inner.appendChild(document.createElement('p')))).toBe(true);
    const first = spy.mock.calls.length;
    expect(first).toBeGreaterThan(2000);
    expect(isOnDarkBackground(inner.appendChild(document.createElement('p')))).toBe(true);
    expect(spy.mock.calls.length - first).toBe(1);
    spy.mockRestore();
  });

  it('with no background anywhere, light text means a dark page', () => {
    const inner = nest(5, 'transparent');
    const p = inner.appendChild(document.createElement('p'));
    p.style.color = 'rgb(240, 240, 240)';
    expect(isOnDarkBackground(p)).toBe(true);
    const q = inner.appendChild(document.createElement('p'));
    q.style.color = 'rgb(20, 20, 20)';
    expect(isOnDarkBackground(q)).toBe(false);
  });
});

describe('background tone', () => {
  it('parses computed colours', () => {
    expect(parseRgb('rgb(18, 20, 23)')).toEqual([18, 20, 23, 1]);
    expect(parseRgb('rgba(0, 0, 0, 0)')).toEqual([0, 0, 0, 0]);
    expect(parseRgb('transparent')).toBeNull();
  });
  it('computes luminance', () => {
    expect(luminance(255, 255, 255)).toBeCloseTo(1);
    expect(luminance(0, 0, 0)).toBe(0);
    expect(luminance(18, 20, 23)).toBeLessThan(0.2);
  });
});
