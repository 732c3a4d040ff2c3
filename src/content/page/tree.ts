/** Walking up the DOM across shadow roots. */

/** Whether a proper ancestor of node (across shadow roots) is in the set. */
export function insideAny(node: Node, set: ReadonlySet<Node>): boolean {
  if (set.size === 0) return false;
  for (let n: Node | null = parentAcross(node); n; n = parentAcross(n)) if (set.has(n)) return true;
  return false;
}

function parentAcross(n: Node): Node | null {
  return n.parentNode ?? (n instanceof ShadowRoot ? n.host : null);
}
