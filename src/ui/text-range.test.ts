// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { rangeOfText } from './text-range';

describe('rangeOfText', () => {
  const para = (): HTMLElement => {
    const p = document.createElement('p');
    const b = document.createElement('button');
    b.textContent = 'low-altitude economy';
    p.append('commercial aerospace and the ', b, ', among others.');
    return p;
  };
  it('spans text split by elements', () => {
    const r = rangeOfText(para(), 'aerospace and the low-altitude economy');
    expect(r?.toString()).toBe('aerospace and the low-altitude economy');
  });
  it('falls back to a case-insensitive match, and gives null when absent', () => {
    expect(rangeOfText(para(), 'Commercial Aerospace')?.toString()).toBe('commercial aerospace');
    expect(rangeOfText(para(), 'drones')).toBeNull();
    expect(rangeOfText(para(), '')).toBeNull();
  });
});
