/**
 * Random article-like pages for the DOM property test: a tree model
 * (fast-check arbitraries), the page that builds it with DOM calls (so
 * empty and adjacent text nodes exist, which HTML parsing cannot make), and
 * an independent oracle: the block texts the model implies, by the rules
 * the design states (block tags start blocks; <br> and skipped elements
 * break a run; script/style/form fields/hidden/contenteditable are skipped).
 */
import fc from 'fast-check';

export type Kind = 'block' | 'inline' | 'skip' | 'br';

export type GenNode =
  | { t: 'text'; s: string }
  | { t: 'empty' }
  | { t: 'comment'; s: string }
  | { t: 'el'; tag: string; kind: Kind; attr?: [string, string]; kids: GenNode[] };

const BLOCKS = ['div', 'p', 'section', 'blockquote', 'h3', 'li', 'article', 'aside', 'figcaption', 'td'];
const INLINES = ['span', 'em', 'b', 'a', 'i', 'code', 'small', 'mark', 'sub', 'sup', 'abbr', 'q', 'label', 'time'];
/** Skipped by tag, or by attribute on an ordinary tag. */
const SKIPS: { tag: string; attr?: [string, string] }[] = [
  { tag: 'button' },
  { tag: 'textarea' },
  { tag: 'script', attr: ['type', 'text/plain'] },
  { tag: 'noscript' },
  { tag: 'select' },
  { tag: 'span', attr: ['hidden', ''] },
  { tag: 'div', attr: ['contenteditable', 'true'] },
  { tag: 'p', attr: ['contenteditable', ''] },
];

/** Odd characters: controls, zero-width, bidi, combining marks, lone surrogates, wide spaces, markup look-alikes. */
const ODD = ['\u200b', '\u00ad', '\u0301', '\u202e', '\u2066', '\ufeff', '\n', '\t', '\r', ' ', '\u00a0', '\u3000', '\ud800', '\udfff', '\u0000', '<', '&amp;', '"', '-', '—', '😀', '👩‍🔬', 'ß', 'İ', '経', '济'];

const oddChar = fc.constantFrom(...ODD);
const anyChar = fc.string({ unit: 'binary', minLength: 1, maxLength: 1 });
const wordChar = fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz ABCDE .,;'.split(''));

export const filler = fc
  .array(fc.oneof({ weight: 5, arbitrary: wordChar }, { weight: 2, arbitrary: anyChar }, { weight: 2, arbitrary: oddChar }), { maxLength: 14 })
  .map((a) => a.join(''));

/** A term split into pieces; the middle pieces wrapped in (possibly nested) inline elements. */
function termArb(forms: readonly string[]): fc.Arbitrary<GenNode[]> {
  return fc
    .record({
      form: fc.constantFrom(...forms),
      cuts: fc.array(fc.nat(), { maxLength: 3 }),
      wraps: fc.array(fc.constantFrom(...INLINES), { minLength: 4, maxLength: 4 }),
      nest: fc.boolean(),
      pad: fc.constantFrom(' ', '', '\n', ' (', '“'),
    })
    .map(({ form, cuts, wraps, nest, pad }) => {
      const pts = [...new Set(cuts.map((c) => c % (form.length + 1)))].sort((a, b) => a - b);
      const pieces: string[] = [];
      let at = 0;
      for (const p of pts) {
        pieces.push(form.slice(at, p));
        at = p;
      }
      pieces.push(form.slice(at));
      const out: GenNode[] = [{ t: 'text', s: pad }];
      pieces.forEach((s, i) => {
        const text: GenNode = s === '' ? { t: 'empty' } : { t: 'text', s };
        if (i % 2 === 0) out.push(text);
        else {
          const inner: GenNode = { t: 'el', tag: wraps[i % 4] as string, kind: 'inline', kids: [text] };
          out.push(nest ? { t: 'el', tag: wraps[(i + 1) % 4] as string, kind: 'inline', kids: [inner, { t: 'empty' }] } : inner);
        }
      });
      out.push({ t: 'text', s: pad === '“' ? '”' : ' ' });
      return out;
    });
}

export function caseArb(forms: readonly string[], maxDepth = 4): fc.Arbitrary<GenNode[]> {
  const term = termArb(forms);
  const leaf: fc.Arbitrary<GenNode[]> = fc.oneof(
    { weight: 4, arbitrary: filler.map((s): GenNode[] => [{ t: 'text', s }]) },
    { weight: 5, arbitrary: term },
    { weight: 1, arbitrary: fc.constant<GenNode[]>([{ t: 'empty' }]) },
    { weight: 1, arbitrary: filler.map((s): GenNode[] => [{ t: 'comment', s: s.replace(/--|>|-$/g, '_') }]) },
    { weight: 1, arbitrary: fc.constant<GenNode[]>([{ t: 'el', tag: 'br', kind: 'br', kids: [] }]) },
  );
  const tree = fc.letrec<{ nodes: GenNode[] }>((tie) => ({
    nodes: fc
      .array(
        fc.oneof(
          { depthSize: 'small', withCrossShrink: true },
          leaf,
          fc.record({ tag: fc.constantFrom(...BLOCKS), kids: tie('nodes') }).map(({ tag, kids }): GenNode[] => [{ t: 'el', tag, kind: 'block', kids }]),
          fc.record({ tag: fc.constantFrom(...INLINES), kids: tie('nodes') }).map(({ tag, kids }): GenNode[] => [{ t: 'el', tag, kind: 'inline', kids }]),
          fc
            .record({ skip: fc.constantFrom(...SKIPS), kids: term })
            .map(({ skip, kids }): GenNode[] => [{ t: 'el', tag: skip.tag, kind: 'skip', ...(skip.attr ? { attr: skip.attr } : {}), kids }]),
        ),
        { maxLength: 5, depthIdentifier: 'article' },
      )
      .map((groups) => groups.flat()),
  }));
  return fc.array(tree.nodes, { minLength: 1, maxLength: maxDepth }).map((g) => g.flat());
}

/** The block texts the model implies for a case container (itself a block, <section>). */
export function oracleBlocks(kids: readonly GenNode[]): string[] {
  const out: string[] = [];
  const block = (children: readonly GenNode[]): void => {
    let text = '';
    let hasNodes = false;
    // As text-blocks.ts: "\n" for <br>, a wall (U+FFFC) for skipped elements and nested blocks.
    let atWall = true;
    const brk = (): void => {
      if (text.length > 0 && !text.endsWith('\n') && !atWall) text += '\n';
    };
    const wall = (): void => {
      if (text.length > 0 && !atWall) text += '\uFFFC';
      atWall = true;
    };
    const walk = (nodes: readonly GenNode[]): void => {
      for (const n of nodes) {
        if (n.t === 'text') {
          if (n.s.length > 0) {
            text += n.s;
            hasNodes = true;
            atWall = false;
          }
        } else if (n.t === 'el') {
          if (n.kind === 'br') brk();
          else if (n.kind === 'skip') wall();
          else if (n.kind === 'block') {
            wall();
            block(n.kids);
            wall();
          } else walk(n.kids);
        }
      }
    };
    walk(children);
    if (hasNodes && /\S/.test(text)) out.push(text);
  };
  block(kids);
  return out;
}

/** Script that builds one case's nodes under a container (runs in the page). */
export const BUILD_SCRIPT = `
function plBuild(parent, nodes) {
  for (const n of nodes) {
    if (n.t === 'text') parent.appendChild(document.createTextNode(n.s));
    else if (n.t === 'empty') parent.appendChild(document.createTextNode(''));
    else if (n.t === 'comment') parent.appendChild(document.createComment(n.s));
    else {
      const el = document.createElement(n.tag);
      if (n.attr) el.setAttribute(n.attr[0], n.attr[1]);
      if (n.tag === 'a') el.setAttribute('href', '#x');
      plBuild(el, n.kids);
      parent.appendChild(el);
    }
  }
}`;

/** A structural serialisation that, unlike outerHTML, sees empty and adjacent text nodes and comments. */
export const SNAPSHOT_SCRIPT = `
function plStruct(node) {
  const parts = [];
  const walk = (n) => {
    if (n.nodeType === 1 && n.hasAttribute('data-policy-lens-ui')) return;
    if (n.nodeType === 3) { parts.push('T' + JSON.stringify(n.data)); return; }
    if (n.nodeType === 8) { parts.push('C' + JSON.stringify(n.data)); return; }
    if (n.nodeType !== 1) { parts.push('N' + n.nodeType); return; }
    parts.push('<' + n.localName + [...n.attributes].map((a) => ' ' + a.name + '=' + JSON.stringify(a.value)).join(''));
    for (let c = n.firstChild; c; c = c.nextSibling) walk(c);
    parts.push('>');
  };
  walk(node);
  return parts.join('');
}
function plHtml() {
  const clone = document.documentElement.cloneNode(true);
  for (const h of clone.querySelectorAll('[data-policy-lens-ui]')) h.remove();
  return clone.outerHTML;
}
document.addEventListener('DOMContentLoaded', () => {
  window.__plBefore = plHtml();
  window.__plBeforeStruct = plStruct(document.documentElement);
  window.__plCaseStruct = [...document.querySelectorAll('section[data-case]')].map(plStruct);
});`;

const scriptJson = (v: unknown): string => JSON.stringify(v).replace(/</g, '\\u003c');

/** One page holding several cases, each in its own <section data-case>. */
export function pageHtml(cases: readonly GenNode[][]): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Generated article</title>
<script>${SNAPSHOT_SCRIPT}</script>
<style>body { font: 16px/1.5 serif; margin: 8px; } section { border-top: 1px solid #ccc; }</style></head>
<body><main id="cases"></main>
<script>${BUILD_SCRIPT}
const cases = ${scriptJson(cases)};
const main = document.getElementById('cases');
cases.forEach((nodes, i) => {
  const s = document.createElement('section');
  s.setAttribute('data-case', String(i));
  plBuild(s, nodes);
  main.appendChild(s);
});
</script></body></html>`;
}
