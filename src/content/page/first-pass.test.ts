// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { surfaceForms } from '../../../glossary/core';
import { loadPrefilter } from '../../core/prefilter';
import { prefilterData } from '../../core/prefilter-build';
import { FirstPass } from './first-pass';

const prefilter = loadPrefilter(prefilterData(surfaceForms()));

interface Run {
  pass: FirstPass;
  found: () => number;
  cleared: () => number;
  tested: string[];
}

const passes: FirstPass[] = [];
afterEach(() => {
  for (const p of passes.splice(0)) p.stop();
  document.body.replaceChildren();
});

function run(html: string): Run {
  const parsed = new DOMParser().parseFromString(`<!doctype html><body>${html}</body>`, 'text/html');
  document.body.replaceWith(document.importNode(parsed.body, true));
  let found = 0;
  let cleared = 0;
  const tested: string[] = [];
  const pass = new FirstPass({
    doc: document,
    prefilter: { test: (t) => (tested.push(t), prefilter.test(t)) },
    onFound: () => found++,
    onClear: () => cleared++,
  });
  passes.push(pass);
  pass.start();
  return { pass, found: () => found, cleared: () => cleared, tested };
}

const settle = (ms = 0): Promise<void> => new Promise((ok) => setTimeout(ok, ms));
/** Longer than the pass waits before it reads a burst of changes. */
const AFTER_CHANGES = 400;

describe('FirstPass', () => {
  it('reads a page without terms through, block by block, and says so once', async () => {
    const r = run('<h1>Rates on hold</h1><p>Officials said new investment kept prices low.</p><p>A little rain slowed the harvest.</p><script>var t = "new industrialization";</script>');
    await settle(50);
    expect(r.found()).toBe(0);
    expect(r.cleared()).toBe(1);
    expect(r.pass.reading).toBe(false);
    // The scanner's blocks: the script's text is not page prose.
    expect(r.tested.map((t) => t.trim())).toEqual(['Rates on hold', 'Officials said new investment kept prices low.', 'A little rain slowed the harvest.']);
  });

  it('stops at the first block that may hold a term, and reads no further', async () => {
    const r = run('<p>Nothing here.</p><p>The plan for new industrialization.</p><p>Never read.</p>');
    await settle(50);
    expect(r.found()).toBe(1);
    expect(r.cleared()).toBe(0);
    expect(r.tested.map((t) => t.trim())).toEqual(['Nothing here.', 'The plan for new industrialization.']);
  });

  it('joins a term split by inline markup, as the scanner does', async () => {
    const r = run('<p>Drones open the low-<em>altitude</em> <b>econ</b>omy.</p>');
    await settle(50);
    expect(r.found()).toBe(1);
  });

  it('after a clear read, finds a term in a block added later, and in a text change that completes one', async () => {
    const r = run('<article><p>Quiet.</p><p id="p">Drones open the low-altitude </p></article>');
    await settle(50);
    expect(r.cleared()).toBe(1);
    const p = document.getElementById('p');
    if (!p) throw new Error('no #p');
    p.append(document.createTextNode('skies.'));
    await settle(AFTER_CHANGES);
    expect(r.found()).toBe(0);
    // The changed block is read whole: "economy" alone is no term, with what precedes it it is.
    const b = document.createElement('b');
    b.textContent = ' economy';
    p.firstChild?.replaceWith(document.createTextNode('Drones open the low-altitude'));
    p.lastChild?.replaceWith(b);
    await settle(AFTER_CHANGES);
    expect(r.found()).toBe(1);
  });

  it('reads a burst of changes once, and nothing after stop()', async () => {
    const r = run('<article id="a"><p>Quiet.</p></article>');
    await settle(50);
    const a = document.getElementById('a');
    if (!a) throw new Error('no #a');
    const before = r.tested.length;
    for (let i = 0; i < 50; i++) {
      const p = document.createElement('p');
      p.textContent = `Update ${i}.`;
      a.append(p);
    }
    await settle(AFTER_CHANGES);
    // The 50 new paragraphs, each once (the article's own run, re-read too, holds no text).
    expect(r.tested.length - before).toBe(50);
    r.pass.stop();
    const p = document.createElement('p');
    p.textContent = 'Then new industrialization.';
    a.append(p);
    await settle(AFTER_CHANGES);
    expect(r.found()).toBe(0);
  });
});
