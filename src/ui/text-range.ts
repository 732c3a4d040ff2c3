/**
 * A Range over the first occurrence of a text inside an element whose text
 * is split across nodes (a paragraph with term buttons in it), so that a
 * sentence can be marked with the CSS Custom Highlight API without
 * wrapping anything. DOM only.
 */
export function rangeOfText(root: Element, needle: string): Range | null {
  const doc = root.ownerDocument;
  if (needle === '') return null;
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  const nodes: Text[] = [];
  let text = '';
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    nodes.push(n as Text);
    text += (n as Text).data;
  }
  let at = text.indexOf(needle);
  if (at < 0) at = text.toLowerCase().indexOf(needle.toLowerCase());
  if (at < 0) return null;
  const end = at + needle.length;
  const range = doc.createRange();
  let pos = 0;
  let started = false;
  for (const node of nodes) {
    const next = pos + node.data.length;
    if (!started && at < next) {
      range.setStart(node, at - pos);
      started = true;
    }
    if (started && end <= next) {
      range.setEnd(node, end - pos);
      return range;
    }
    pos = next;
  }
  return null;
}
