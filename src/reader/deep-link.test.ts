import { describe, expect, it } from 'vitest';
import { parseDeepLink } from './deep-link';

describe('parseDeepLink', () => {
  it.each([
    ['#p7', { paragraph: 7 }],
    ['#term=low-altitude-economy', { termId: 'low-altitude-economy' }],
    ['#p', {}],
    ['#term=<x>', {}],
    ['', {}],
    ['#p7x', {}],
  ])('%s', (hash, want) => expect(parseDeepLink(hash)).toEqual(want));
});
