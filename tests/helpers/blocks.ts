/** Test helpers over text-blocks.ts: every block at once, and a node's offset in its block. */
import { iterateBlocks, type CollectOptions, type TextBlock } from '../../src/content/page/text-blocks';

export function collectBlocks(root: Element | ShadowRoot, opts: CollectOptions = {}): TextBlock[] {
  const out: TextBlock[] = [];
  for (const b of iterateBlocks(root, opts)) if (b) out.push(b);
  return out;
}

/** The block offset of (node, offset), or -1 if node is not in the block. */
export function offsetOf(block: TextBlock, node: Text, offset: number): number {
  const i = block.nodes.indexOf(node);
  if (i < 0) return -1;
  return (block.starts[i] as number) + offset;
}
