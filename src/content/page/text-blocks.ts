/**
 * Page text as blocks: the text nodes of the nearest block-level ancestor
 * joined into one string, with an offset table back to (node, offset).
 * Block-level is decided by tag name (no getComputedStyle: too slow on big
 * pages). Read-only: nothing here touches the page's DOM.
 */

/** Elements that start a new block. */
const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'CAPTION', 'CENTER', 'DD', 'DETAILS', 'DIALOG', 'DIV', 'DL', 'DT',
  'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HGROUP', 'HR', 'HTML',
  'LEGEND', 'LI', 'MAIN', 'MENU', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH',
  'THEAD', 'TR', 'UL',
]);

/** CSS selector matching any block element (for quick native checks). */
export const BLOCK_SELECTOR = [...BLOCK_TAGS].map((t) => t.toLowerCase()).join(',');

/** Elements whose content is never page prose (or is not ours to read). */
const SKIP_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'OPTGROUP', 'BUTTON', 'IFRAME',
  'FRAME', 'OBJECT', 'EMBED', 'CANVAS', 'VIDEO', 'AUDIO', 'SVG', 'MATH', 'HEAD', 'TITLE', 'META', 'LINK', 'IMG',
]);

export interface TextBlock {
  /** The block element (or shadow root) the text belongs to. */
  owner: Element | ShadowRoot;
  text: string;
  nodes: Text[];
  /** starts[i] = offset of nodes[i] in text (ascending). */
  starts: number[];
}

export interface CollectOptions {
  /** Elements to skip with their subtrees. */
  skip?: (el: Element) => boolean;
  /** Only the root's own run: nested blocks and shadow roots are not entered. */
  ownOnly?: boolean;
  /** Told of every open shadow root entered (the observer watches each). */
  onShadowRoot?: (root: ShadowRoot) => void;
}

const INLINE = 0;
const BLOCK = 1;
const SKIP = 2;
const BREAK = 3;
type Kind = typeof INLINE | typeof BLOCK | typeof SKIP | typeof BREAK;

/**
 * Elements that may host a shadow root (attachShadow's list; custom
 * elements, whose names contain a hyphen, too). Only these are asked for
 * .shadowRoot: one DOM call fewer for every link, emphasis and list item.
 */
const SHADOW_HOSTS = new Set([
  'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'DIV', 'FOOTER', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'MAIN', 'NAV', 'P',
  'SECTION', 'SPAN',
]);
const shadowCapable = new Map<string, boolean>();

function mayHostShadow(tagName: string): boolean {
  let v = shadowCapable.get(tagName);
  if (v === undefined) {
    v = tagName.includes('-') || SHADOW_HOSTS.has(tagName.toUpperCase());
    shadowCapable.set(tagName, v);
  }
  return v;
}

/** Kind by tagName as the DOM gives it (upper case for HTML, as written for SVG and XML): one look-up per element on the hot path. */
const kinds = new Map<string, Kind>();

function kindOf(tagName: string): Kind {
  let k = kinds.get(tagName);
  if (k === undefined) {
    const t = tagName.toUpperCase();
    k = t === 'BR' ? BREAK : SKIP_TAGS.has(t) ? SKIP : BLOCK_TAGS.has(t) ? BLOCK : INLINE;
    kinds.set(tagName, k);
  }
  return k;
}

export function isBlockElement(el: Element): boolean {
  return kindOf(el.tagName) === BLOCK;
}

/** Whether the element's attributes exclude its subtree (hidden, editable). */
function skippedByAttributes(el: Element): boolean {
  // Most elements have no attributes: one call instead of two.
  if (!el.hasAttributes()) return false;
  if (el.hasAttribute('hidden')) return true;
  const ce = el.getAttribute('contenteditable');
  return ce !== null && ce.toLowerCase() !== 'false';
}

/** Whether el's subtree is never scanned (form fields, code, editable and hidden regions). */
function isSkippedElement(el: Element): boolean {
  return kindOf(el.tagName) === SKIP || skippedByAttributes(el);
}

const NON_SPACE = /\S/;

/**
 * What stands in the block text for a nested block, a skipped element or a
 * shadow root: U+FFFC OBJECT REPLACEMENT CHARACTER, which the matcher reads
 * as punctuation, so a phrase never runs across it ("supply chain <textarea>…
 * </textarea> resilience" is not "supply chain resilience": its range would
 * cover the field). A <br> is a line break inside prose: "\n", which phrases
 * may cross. Either keeps the words on both sides apart.
 */
export const WALL = '\uFFFC';

/**
 * One block's text as it is collected. The text is only appended to: reading
 * it back (endsWith, a regex) would make V8 flatten the rope built so far,
 * once per break, so what the checks need is tracked in flags instead.
 */
class Builder {
  text = '';
  nodes: Text[] = [];
  starts: number[] = [];
  /** The text is empty or ends with a break (a wall counts). */
  private atBreak = true;
  /** The text is empty or ends with a wall. */
  private atWall = true;
  private hasNonSpace = false;
  constructor(readonly owner: Element | ShadowRoot) {}
  add(t: Text): void {
    const d = t.data;
    if (d.length === 0) return;
    this.nodes.push(t);
    this.starts.push(this.text.length);
    this.text += d;
    this.atBreak = d.charCodeAt(d.length - 1) === 10;
    this.atWall = false;
    if (!this.hasNonSpace) this.hasNonSpace = NON_SPACE.test(d);
  }
  /** A line break (<br>): words on either side never join; a phrase may cross it. */
  brk(): void {
    if (this.atBreak) return;
    this.text += '\n';
    this.atBreak = true;
  }
  /** A wall (nested block, skipped element, shadow root): nothing matches across it. */
  wall(): void {
    if (this.atWall) return;
    this.text += WALL;
    this.atBreak = true;
    this.atWall = true;
  }
  done(): TextBlock | null {
    return this.hasNonSpace ? { owner: this.owner, text: this.text, nodes: this.nodes, starts: this.starts } : null;
  }
}

/**
 * Inline elements a leaf block may hold for its text to be its textContent:
 * none is a block, skipped, a <br> or a possible shadow host (span is
 * checked for one separately). Anything else, a hidden or editable region
 * included, sends the block down the node-by-node walk.
 */
const NOT_LEAF = `:not(${['a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'code', 'data', 'del', 'dfn', 'em', 'font', 'i', 'ins', 'kbd', 'mark', 'q', 's', 'samp', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'var', 'wbr'].join(', ')}), [hidden], [contenteditable]`;
/** NodeFilter.SHOW_TEXT | SHOW_CDATA_SECTION: what textContent joins. */
const SHOW_TEXTS = 0x4 | 0x8;

/** Where a block's text lies in the DOM: starts[i] is the offset of nodes[i] in the block text. */
export interface NodeIndex {
  readonly nodes: readonly Text[];
  readonly starts: readonly number[];
}

/**
 * A leaf block's node index, listed by a TreeWalker when first asked. Its
 * matches keep this (not the block text) and ask only when a range is
 * needed: painting near the viewport, hovering, navigating. On a long page
 * most matches are only ever counted, and listing every block's text nodes
 * costs about as much again as reading the page.
 */
export class DeferredNodeIndex implements NodeIndex {
  private table: { nodes: Text[]; starts: number[] } | null = null;
  constructor(
    readonly owner: Element,
    /** The block text's length when it was read. */
    private readonly length: number,
  ) {}
  get nodes(): Text[] {
    return (this.table ??= this.build()).nodes;
  }
  get starts(): number[] {
    return (this.table ??= this.build()).starts;
  }
  private build(): { nodes: Text[]; starts: number[] } {
    const nodes: Text[] = [];
    const starts: number[] = [];
    const w = this.owner.ownerDocument.createTreeWalker(this.owner, SHOW_TEXTS);
    let at = 0;
    for (let n = w.nextNode(); n; n = w.nextNode()) {
      const len = (n as Text).length;
      if (len === 0) continue;
      nodes.push(n as Text);
      starts.push(at);
      at += len;
    }
    // Edited since it was read: its offsets may point at other words. Locate
    // nothing; the observer's re-scan replaces these matches.
    if (at !== this.length) return { nodes: [], starts: [] };
    return { nodes, starts };
  }
}

/**
 * A block whose text is one native textContent read: the walk never makes a
 * script object for its inline elements or text nodes, which on a large
 * page is most of what it would otherwise allocate (and the scavenger then
 * processes). Its node index is deferred (see DeferredNodeIndex).
 */
class LeafBlock implements TextBlock {
  readonly index: DeferredNodeIndex;
  constructor(
    readonly owner: Element,
    readonly text: string,
  ) {
    this.index = new DeferredNodeIndex(owner, text.length);
  }
  get nodes(): Text[] {
    return this.index.nodes;
  }
  get starts(): number[] {
    return this.index.starts;
  }
}

/** The block's node index if it is still to be listed (a leaf block's), else null: the walk listed it already. */
export function deferredIndex(block: TextBlock): DeferredNodeIndex | null {
  return block instanceof LeafBlock ? block.index : null;
}

/** The element as a leaf block (its text is its textContent), or undefined if it needs the walk; null if it holds no text. */
function asLeaf(el: Element): LeafBlock | null | undefined {
  if (el.querySelector(NOT_LEAF) !== null) return undefined;
  // querySelector, not getElementsByTagName: a live collection is cached on
  // the element, which then keeps extra data for as long as it lives (on a
  // long page, a large share of what Policy Lens adds to the Blink heap).
  if (el.querySelector('span') !== null) for (const span of el.querySelectorAll('span')) if (span.shadowRoot) return undefined;
  const text = el.textContent ?? '';
  return NON_SPACE.test(text) ? new LeafBlock(el, text) : null;
}

/** Nodes visited without a block to yield before iterateBlocks yields null (a chance to check the clock). */
export const NODES_PER_PAUSE = 2048;

/**
 * Yields the blocks under root (root itself counts as a block owner) in
 * document order of their first text. A generator so callers can slice the
 * work; it also yields null after every NODES_PER_PAUSE nodes that made no
 * block (empty wrappers, skipped regions), so that a long run of them never
 * keeps one slice going. Descends into open shadow roots (each is its own block owner).
 * Iterative, with an explicit stack: pages nest elements thousands deep,
 * deeper than the call stack allows recursion (or nested generators) to go.
 */
export function* iterateBlocks(root: Element | ShadowRoot, opts: CollectOptions = {}): Generator<TextBlock | null, void, undefined> {
  const skip = opts.skip;
  const ownOnly = opts.ownOnly === true;
  if (root instanceof Element && (isSkippedElement(root) || (skip && skip(root)))) return;
  // The caller's skip() needs every element in hand: no leaf shortcut then.
  const leaves = !skip;
  if (leaves && root instanceof Element && !(root instanceof HTMLElement && root.shadowRoot)) {
    const leaf = asLeaf(root);
    if (leaf !== undefined) {
      if (leaf) yield leaf;
      return;
    }
  }
  interface Cursor {
    /** Next child to visit. */
    next: Node | null;
    /** The run text goes into. */
    b: Builder;
    /** A block owner's cursor: its block is yielded when it ends (after its nested blocks). */
    owns: boolean;
    /** The enclosing run, which gets a break after this nested block. */
    after: Builder | null;
  }
  // Cursors are reused by depth: one object per level, not one per element visited.
  const stack: Cursor[] = [];
  let depth = 0;
  const push = (next: Node | null, b: Builder, owns: boolean, after: Builder | null): void => {
    const c = stack[depth];
    if (c) {
      c.next = next;
      c.b = b;
      c.owns = owns;
      c.after = after;
    } else stack[depth] = { next, b, owns, after };
    depth++;
  };
  push(root.firstChild, new Builder(root), true, null);
  let visited = 0;
  while (depth > 0) {
    const top = stack[depth - 1] as Cursor;
    const child = top.next;
    if (!child) {
      depth--;
      if (top.owns) {
        const blk = top.b.done();
        const after = top.after;
        if (blk) {
          visited = 0;
          yield blk;
        }
        after?.wall();
      }
      continue;
    }
    if (++visited >= NODES_PER_PAUSE) {
      visited = 0;
      yield null;
    }
    top.next = child.nextSibling;
    const b = top.b;
    if (child.nodeType === 3) {
      b.add(child as Text);
      continue;
    }
    if (child.nodeType !== 1) continue;
    const el = child as Element;
    const tag = el.tagName;
    const kind = kindOf(tag);
    if (kind === BREAK) {
      b.brk();
      continue;
    }
    if (kind === SKIP || skippedByAttributes(el) || (skip && skip(el))) {
      b.wall();
      continue;
    }
    // Pushed in reverse: the shadow root's blocks come first, then the element's own content.
    if (kind === BLOCK) {
      // The same text whether the nested block is entered or not (ownOnly re-scans).
      b.wall();
      if (ownOnly) b.wall();
      else {
        const leaf = leaves && !(mayHostShadow(tag) && (el as HTMLElement).shadowRoot) ? asLeaf(el) : undefined;
        if (leaf === undefined) push(el.firstChild, new Builder(el), true, b);
        else {
          if (leaf) {
            visited = 0;
            yield leaf;
          }
          b.wall();
          continue;
        }
      }
    } else {
      push(el.firstChild, b, false, null);
    }
    const shadow = mayHostShadow(tag) ? (el as HTMLElement).shadowRoot : null;
    if (shadow) {
      b.wall();
      if (!ownOnly) {
        opts.onShadowRoot?.(shadow);
        push(shadow.firstChild, new Builder(shadow), true, null);
      }
    }
  }
}

/** The (node, offset) a block offset falls in; an offset at a node boundary maps to the end of the earlier node when atEnd. */
export function positionAt(block: NodeIndex, offset: number, atEnd = false): { node: Text; offset: number } | null {
  const { starts, nodes } = block;
  if (nodes.length === 0) return null;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    const s = starts[mid] as number;
    if (s < offset || (!atEnd && s === offset)) lo = mid;
    else hi = mid - 1;
  }
  const node = nodes[lo] as Text;
  const local = Math.max(0, Math.min(offset - (starts[lo] as number), node.length));
  return { node, offset: local };
}

/** The nearest block owner of a node (what a mutation inside it must re-scan). */
export function blockOwnerOf(node: Node): Element | ShadowRoot | null {
  let n: Node | null = node.nodeType === 1 ? node : node.parentNode;
  while (n) {
    if (n.nodeType === 11) return n as ShadowRoot;
    if (n.nodeType === 1 && isBlockElement(n as Element)) return n as Element;
    n = n.parentNode;
  }
  return null;
}

/** Whether a block matched earlier still has the same text in the same nodes. */
export function readsSame(before: TextBlock | undefined, now: TextBlock): boolean {
  if (!before || before.text !== now.text || before.nodes.length !== now.nodes.length) return false;
  for (let i = 0; i < now.nodes.length; i++) if (before.nodes[i] !== now.nodes[i]) return false;
  return true;
}
