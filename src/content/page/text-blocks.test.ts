// @vitest-environment happy-dom
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { surfaceForms } from '../../../glossary/core';
import { collectBlocks, offsetOf } from '../../../tests/helpers/blocks';
import { compileMatcher } from '../../core/matcher';
import { blockOwnerOf, iterateBlocks, NODES_PER_PAUSE, positionAt, WALL, type TextBlock } from './text-blocks';

function body(html: string): HTMLElement {
  const doc = document.implementation.createHTMLDocument('t');
  const parser = new DOMParser();
  const parsed = parser.parseFromString(`<!doctype html><body>${html}</body>`, 'text/html');
  doc.body.replaceWith(doc.importNode(parsed.body, true));
  return doc.body;
}

function texts(blocks: TextBlock[]): string[] {
  return blocks.map((b) => b.text.trim());
}

/** The text a block range covers, read back through the offset table. */
function slice(block: TextBlock, start: number, end: number): string {
  const s = positionAt(block, start);
  const e = positionAt(block, end, true);
  if (!s || !e) throw new Error('no position');
  // Read the DOM text between the two positions (happy-dom's Range#toString is unreliable across nodes).
  const i = block.nodes.indexOf(s.node);
  const j = block.nodes.indexOf(e.node);
  if (i === j) return s.node.data.slice(s.offset, e.offset);
  let out = s.node.data.slice(s.offset);
  for (let k = i + 1; k < j; k++) out += (block.nodes[k] as Text).data;
  return out + e.node.data.slice(0, e.offset);
}

describe('collectBlocks', () => {
  it('joins inline elements into one block string and maps offsets back to nodes', () => {
    const root = body('<p>China has <a href="#">little giant</a> firms.</p>');
    const [b] = collectBlocks(root);
    if (!b) throw new Error('no block');
    expect(b.text).toBe('China has little giant firms.');
    expect(b.nodes).toHaveLength(3);
    const start = b.text.indexOf('little');
    const end = b.text.indexOf('firms') + 'firms'.length;
    expect(slice(b, start, end)).toBe('little giant firms');
    const s = positionAt(b, start);
    expect(s?.node.data).toBe('little giant');
    expect(s?.offset).toBe(0);
    // An end at a node boundary stays in the earlier node.
    const e = positionAt(b, start + 'little giant'.length, true);
    expect(e?.node.data).toBe('little giant');
    expect(e?.offset).toBe('little giant'.length);
    expect(offsetOf(b, b.nodes[2] as Text, 1)).toBe(b.starts[2]! + 1);
  });

  it('joins a word split by <em>', () => {
    const [b] = collectBlocks(body('<p>The low-<em>altitude</em> economy grows.</p>'));
    expect(b?.text).toBe('The low-altitude economy grows.');
    const i = b!.text.indexOf('low');
    expect(slice(b!, i, i + 'low-altitude economy'.length)).toBe('low-altitude economy');
  });

  it('makes nested block elements separate blocks, and separates text around them', () => {
    const blocks = collectBlocks(body('<div>digital<div>economy</div>tail</div><ul><li>one</li><li>two</li></ul>'));
    const t = texts(blocks);
    expect(t).toContain('economy');
    expect(t).toContain('one');
    expect(t).toContain('two');
    const outer = blocks.find((b) => b.text.startsWith('digital'));
    expect(outer?.text).toBe('digital\uFFFCtail');
    expect(outer?.text).not.toContain('digitaleconomy');
  });

  it('lets a phrase cross a <br>, never a form field, a hidden region or a nested block', () => {
    const m = compileMatcher(surfaceForms());
    const found = (html: string): string[] =>
      collectBlocks(body(html)).flatMap((b) => m.find(b.text).map((x) => b.text.slice(x.start, x.end)));
    expect(found('<p>the low-altitude<br>economy</p>')).toEqual(['low-altitude\neconomy']);
    expect(found('<p>supply chain <textarea>x</textarea> resilience</p>')).toEqual(['supply chain']);
    expect(found('<p>supply chain <span hidden>x</span>resilience</p>')).toEqual(['supply chain']);
    const [outer] = collectBlocks(body('<div>supply chain <p>aside</p> resilience</div>')).filter((b) => b.text.startsWith('supply'));
    expect(outer?.text).toBe(`supply chain ${WALL} resilience`);
    expect(m.find(outer?.text ?? '').map((x) => x.termId)).not.toContain('chain-resilience');
  });

  it('treats <br> as a break', () => {
    const [b] = collectBlocks(body('<p>humanoid<br>robots</p>'));
    expect(b?.text).toBe('humanoid\nrobots');
  });

  it('skips script, style, noscript, template, form fields, buttons, hidden and editable regions', () => {
    const root = body(
      '<p>keep one</p><script>var x = "low-altitude economy";</script><style>p{}</style><noscript>ns</noscript>' +
        '<template><p>tpl</p></template><textarea>ta</textarea><select><option>opt</option></select><button>btn</button>' +
        '<div hidden>hid</div><div contenteditable="true"><p>edit</p></div><div contenteditable="false"><p>keep two</p></div>',
    );
    const all = collectBlocks(root).map((b) => b.text).join('|');
    expect(all).toContain('keep one');
    expect(all).toContain('keep two');
    for (const gone of ['low-altitude', 'p{}', 'ns', 'tpl', 'ta', 'opt', 'btn', 'hid', 'edit']) expect(all).not.toContain(gone);
  });

  it('skips our own host element', () => {
    const root = body('<p>page text</p><policy-lens-ui>tooltip text</policy-lens-ui>');
    for (const opts of [{ skip: (el: Element) => el.tagName.toLowerCase() === 'policy-lens-ui' }]) {
      const all = collectBlocks(root, opts).map((b) => b.text);
      expect(all.join('|')).toContain('page text');
      expect(all.join('|')).not.toContain('tooltip text');
    }
    expect(collectBlocks(root).map((b) => b.text).join('|')).toContain('tooltip text');
  });

  it('descends into open shadow roots as separate blocks', () => {
    const root = body('<p>light</p><div id="h"></div>');
    const host = root.querySelector('#h') as HTMLElement;
    const shadow = host.attachShadow({ mode: 'open' });
    const p = root.ownerDocument.createElement('p');
    p.textContent = 'inside the shadow';
    shadow.append(p);
    const blocks = collectBlocks(root);
    const inShadow = blocks.find((b) => b.text === 'inside the shadow');
    expect(inShadow).toBeDefined();
    expect(inShadow?.nodes[0]?.parentNode).toBe(p);
  });

  it('ownOnly reads only the root run', () => {
    const root = body('<div id="d">own <p>nested</p> run</div>');
    const d = root.querySelector('#d') as HTMLElement;
    const blocks = collectBlocks(d, { ownOnly: true });
    expect(blocks.map((b) => b.text)).toEqual(['own \uFFFC run']);
  });

  it('yields null during a long run of nodes that make no block, and the blocks are unchanged', () => {
    // A <br> keeps each div off the leaf shortcut, so the walk visits both nodes.
    const empties = '<div><br></div>'.repeat(NODES_PER_PAUSE * 2);
    const root = body(`<p>before</p>${empties}<p>after</p>`);
    const out = [...iterateBlocks(root)];
    const nulls = out.filter((b) => b === null).length;
    // About one per NODES_PER_PAUSE nodes: 4 × NODES_PER_PAUSE nodes between the two paragraphs.
    expect(nulls).toBeGreaterThanOrEqual(3);
    expect(nulls).toBeLessThanOrEqual(5);
    expect(out.filter((b) => b !== null).map((b) => b.text)).toEqual(['before', 'after']);
    expect(texts(collectBlocks(root))).toEqual(['before', 'after']);
  });

  it('reads a block of plain inline markup natively (textContent), and its node table as the walk would', () => {
    const root = body('<p id="p">A <a href="#">little <em>giant</em></a> <span>firm</span>s<!-- c --> here</p>');
    const [b] = collectBlocks(root);
    // skip() turns the shortcut off: the node-by-node walk, for comparison.
    const [walked] = collectBlocks(root, { skip: () => false });
    expect(b?.constructor.name).toBe('LeafBlock');
    expect(walked?.constructor.name).not.toBe('LeafBlock');
    expect(b?.text).toBe('A little giant firms here');
    expect(b?.nodes).toEqual(walked?.nodes);
    expect(b?.starts).toEqual(walked?.starts);
  });

  it('leaves a block to the walk when a span inside it hosts a shadow root', () => {
    const root = body('<p>outside <span id="h">light</span> text</p>');
    const host = root.querySelector('#h') as HTMLElement;
    host.attachShadow({ mode: 'open' }).append('shadow words');
    expect(texts(collectBlocks(root))).toEqual(['shadow words', `outside ${WALL}light text`]);
  });

  it('any markup: the same blocks, texts, nodes and offsets with and without the shortcut', () => {
    const inline = fc.constantFrom('a', 'em', 'span', 'b', 'code', 'q');
    const other = fc.constantFrom('<br>', '<script>x()</script>', '<img alt="i">', '<span hidden>h</span>', '<i contenteditable>e</i>', '<my-el>c</my-el>', '<div>d</div>', '<!-- c -->', '');
    const word = fc.constantFrom('giant', 'little', ' ', 'chain ', 'supply', '\n', '');
    const frag: fc.Arbitrary<string> = fc.letrec((tie) => ({
      node: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        word,
        other,
        fc.tuple(inline, fc.array(tie('node'), { maxLength: 3 })).map(([t, kids]) => `<${t}>${kids.join('')}</${t}>`),
      ),
    })).node as fc.Arbitrary<string>;
    const block = fc.tuple(fc.constantFrom('p', 'li', 'h2', 'div'), fc.array(frag, { maxLength: 6 })).map(([t, kids]) => `<${t}>${kids.join('')}</${t}>`);
    fc.assert(
      fc.property(fc.array(block, { minLength: 1, maxLength: 5 }), (blocks) => {
        const root = body(`<article>${blocks.join('')}</article>`);
        const fast = collectBlocks(root);
        const slow = collectBlocks(root, { skip: () => false });
        expect(fast.map((b) => [b.owner, b.text, b.nodes, b.starts])).toEqual(slow.map((b) => [b.owner, b.text, b.nodes, b.starts]));
      }),
      { numRuns: 300 },
    );
  });

  it('finds the block owner of a text node', () => {
    const root = body('<p id="p">a <b>bold</b> word</p>');
    const bold = root.querySelector('b')?.firstChild as Text;
    expect(blockOwnerOf(bold)).toBe(root.querySelector('#p'));
  });
});
