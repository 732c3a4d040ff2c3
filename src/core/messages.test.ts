import { describe, expect, it } from 'vitest';
import { describeRejected, isTermCounts, parseMessage, parseReply } from './messages';

describe('parseMessage accepts the declared shapes', () => {
  it.each([
    [{ type: 'page-terms', counts: { 'low-altitude-economy': 3 }, held: {}, about: 'specific-term', active: true, reading: false }],
    [{ type: 'page-terms', counts: {}, held: { 'artificial-intelligence': 37 }, about: null, active: true, reading: true }],
    [{ type: 'page-terms', counts: {}, held: {}, about: null, active: false, reading: false }],
    [{ type: 'open-reader', paragraph: 7 }],
    [{ type: 'open-reader', termId: 'little-giant-firms' }],
    [{ type: 'open-reader' }],
    [{ type: 'get-page-terms' }],
    [{ type: 'reveal-term' }],
    [{ type: 'reveal-term', termId: '6g' }],
    [{ type: 'annotate-once' }],
    [{ type: 'load-ui' }],
    [{ type: 'mark-generic' }],
    [{ type: 'term-chosen', termId: 'low-altitude-economy' }],
    [{ type: 'show-lookup', termIds: ['low-altitude-economy'], exact: true }],
    [{ type: 'show-lookup', termIds: ['low-altitude-economy', 'new-industrialization'], exact: false }],
    [{ type: 'show-lookup', termIds: [], exact: false }],
  ])('%j', (msg) => expect(parseMessage(msg)).toEqual(msg));
});

describe('parseMessage rejects everything else', () => {
  it.each([
    [null],
    [undefined],
    ['page-terms'],
    [42],
    [[{ type: 'get-page-terms' }]],
    [{}],
    [{ type: 'unknown' }],
    [{ type: 'GET-PAGE-TERMS' }],
    [{ type: 'get-page-terms', extra: 1 }],
    [{ type: 'load-ui', files: ['x.js'] }],
    [{ type: 'page-terms', counts: { x: 1 } }],
    [{ type: 'page-terms', counts: { x: -1 }, active: true }],
    [{ type: 'page-terms', counts: { x: 1.5 }, active: true }],
    [{ type: 'page-terms', counts: { 'Bad Id': 1 }, active: true }],
    [{ type: 'page-terms', counts: [], active: true }],
    [{ type: 'page-terms', counts: { x: 1 }, active: 'yes' }],
    [{ type: 'page-terms', counts: { x: 1 }, held: {}, about: null, active: true, reading: false, extra: 1 }],
    [{ type: 'page-terms', counts: { x: 1 }, held: {}, about: null, active: true }],
    [{ type: 'page-terms', counts: { x: 1 }, held: { y: 0 }, about: null, active: true }],
    [{ type: 'page-terms', counts: { x: 1 }, held: {}, about: 'vibes', active: true }],
    [{ type: 'page-terms', counts: { x: 1 }, held: {}, active: true }],
    [{ type: 'mark-generic', termId: 'ai' }],
    [{ type: 'open-reader', paragraph: 0 }],
    [{ type: 'open-reader', paragraph: 2.5 }],
    [{ type: 'open-reader', paragraph: '3' }],
    [{ type: 'open-reader', termId: '../../etc' }],
    [{ type: 'reveal-term', termId: 'x'.repeat(65) }],
    [JSON.parse('{"type":"get-page-terms","__proto__":{"polluted":true}}')],
    [{ type: 'term-chosen' }],
    [{ type: 'term-chosen', termId: 'Bad Id' }],
    [{ type: 'term-chosen', termId: 'ai', paragraph: 3 }],
    [{ type: 'show-lookup', termIds: ['ai'] }],
    [{ type: 'show-lookup', termIds: 'ai', exact: true }],
    [{ type: 'show-lookup', termIds: [], exact: true }],
    [{ type: 'show-lookup', termIds: ['ai', '5g'], exact: true }],
    [{ type: 'show-lookup', termIds: ['ai', 'ai'], exact: false }],
    [{ type: 'show-lookup', termIds: ['ai', 7], exact: false }],
    [{ type: 'show-lookup', termIds: ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'], exact: false }],
    [{ type: 'show-lookup', termIds: ['ai'], exact: 'yes' }],
    [{ type: 'show-lookup', termIds: ['ai'], exact: true, rect: {} }],
  ])('%j', (msg) => expect(parseMessage(msg)).toBeNull());

  it('does not let a message pollute Object.prototype', () => {
    parseMessage(JSON.parse('{"type":"page-terms","counts":{"__proto__":{"p":1}},"active":true}'));
    expect(({} as Record<string, unknown>).p).toBeUndefined();
  });
});

describe('isTermCounts', () => {
  it('caps the number of terms', () => {
    const many = Object.fromEntries(Array.from({ length: 501 }, (_, i) => [`t${i}`, 1]));
    expect(isTermCounts(many)).toBe(false);
    expect(isTermCounts(Object.fromEntries(Object.entries(many).slice(0, 500)))).toBe(true);
  });
});

describe('describeRejected', () => {
  it('bounds its output and survives cycles', () => {
    expect(describeRejected({ type: 'x'.repeat(1000) }).length).toBeLessThanOrEqual(201);
    const cyc: Record<string, unknown> = {};
    cyc.self = cyc;
    expect(describeRejected(cyc)).toBe('[object Object]');
  });
});

describe('parseReply: get-page-terms', () => {
  it('accepts the contract shape', () => {
    const report = { counts: { a: 1 }, held: { b: 2 }, about: null, active: true, reading: false };
    expect(parseReply('get-page-terms', report)).toEqual(report);
    expect(parseReply('get-page-terms', { ...report, about: 'title' })).toEqual({ ...report, about: 'title' });
    expect(parseReply('get-page-terms', { counts: {}, held: {}, about: null, active: false, reading: false, reason: 'off' })).toEqual({ counts: {}, held: {}, about: null, active: false, reading: false, reason: 'off' });
    const capped = { ...report, note: 'more than 20000 occurrences; the rest are not highlighted' };
    expect(parseReply('get-page-terms', capped)).toEqual(capped);
  });
  const ok = { counts: {}, held: {}, about: null, active: true, reading: false };
  it.each([
    null,
    undefined,
    'x',
    [],
    { counts: {}, active: true },
    { ...ok, counts: [] },
    { ...ok, counts: { a: 0 } },
    { ...ok, held: { a: -1 } },
    { ...ok, held: undefined },
    { ...ok, about: 'because' },
    { ...ok, about: undefined },
    { ...ok, active: 1 },
    { ...ok, reading: 'no' },
    { ...ok, reason: 5 },
    { ...ok, reason: 'because' },
    { ...ok, note: 'x'.repeat(201) },
    { ...ok, extra: 1 },
  ])(
    'rejects %j',
    (raw) => expect(parseReply('get-page-terms', raw)).toBeNull(),
  );
});

describe('parseReply: the other answers', () => {
  it('reveal-term answers whether it found one', () => {
    expect(parseReply('reveal-term', { found: true })).toEqual({ found: true });
    expect(parseReply('reveal-term', { found: 'yes' })).toBeNull();
    expect(parseReply('reveal-term', { found: true, extra: 1 })).toBeNull();
    expect(parseReply('reveal-term', undefined)).toBeNull();
  });
  it('mark-generic answers why general terms are marked now', () => {
    expect(parseReply('mark-generic', { about: 'forced' })).toEqual({ about: 'forced' });
    expect(parseReply('mark-generic', { about: null })).toEqual({ about: null });
    expect(parseReply('mark-generic', { about: 'vibes' })).toBeNull();
  });
  it('show-lookup answers whether the frame showed it', () => {
    expect(parseReply('show-lookup', { shown: true })).toEqual({ shown: true });
    expect(parseReply('show-lookup', { shown: 1 })).toBeNull();
    expect(parseReply('show-lookup', undefined)).toBeNull();
  });
  it('messages that answer nothing read as undefined whatever comes back', () => {
    expect(parseReply('term-chosen', { x: 1 })).toBeUndefined();
    expect(parseReply('annotate-once', { active: true })).toBeUndefined();
    expect(parseReply('open-reader', undefined)).toBeUndefined();
  });
  it('a throwing getter reads as no answer', () => {
    const hostile = Object.defineProperty({}, 'found', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    expect(parseReply('reveal-term', hostile)).toBeNull();
  });
});
