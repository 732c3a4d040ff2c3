/**
 * One running copy per frame: the gate (gate.ts) or the pipeline
 * (frame.ts), in a global of the extension's isolated world, which pages
 * cannot see. A newer copy stops the one before it, so a second injection
 * (annotate-once twice, the key pressed while injecting) leaves the page as
 * one copy would. The pipeline replaces the gate when it starts; a gate
 * injected while a live pipeline runs steps aside.
 */
const FRAME_SLOT = '__policyLensFrame';

export type CopyKind = 'gate' | 'pipeline';

interface Copy {
  kind: CopyKind;
  stop(): void;
}

type Slot = Record<typeof FRAME_SLOT, Copy | undefined>;

/** False once the extension that injected a copy was updated, reloaded or removed. */
export function extensionAlive(runtimeId: () => unknown): boolean {
  try {
    return typeof runtimeId() === 'string';
  } catch {
    return false;
  }
}

/**
 * Makes this copy the frame's running one, stopping the one before, and
 * returns its release (call it when stopping). Null for a gate while a
 * pipeline runs that is still alive: that one answers for the frame.
 */
export function claimFrame(kind: CopyKind, stop: () => void, pipelineAlive: () => boolean = () => true): (() => void) | null {
  const g = globalThis as unknown as Slot;
  const current = g[FRAME_SLOT];
  if (kind === 'gate' && current?.kind === 'pipeline' && pipelineAlive()) return null;
  current?.stop();
  const copy: Copy = { kind, stop };
  g[FRAME_SLOT] = copy;
  return () => {
    if (g[FRAME_SLOT] === copy) delete g[FRAME_SLOT];
  };
}
