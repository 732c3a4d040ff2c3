/**
 * Gives the main thread back between slices of work: a plain task, so the
 * page's own tasks and rendering go first when due. Not scheduler.yield():
 * its continuations outrank rendering, and a long page then showed no frame
 * for the whole scan. Not requestIdleCallback: it can starve.
 */
let channel: MessageChannel | null = null;
const waiting: (() => void)[] = [];

export function yieldToMain(): Promise<void> {
  if (typeof MessageChannel === 'undefined') return new Promise((ok) => setTimeout(ok, 0));
  if (!channel) {
    channel = new MessageChannel();
    channel.port1.onmessage = () => waiting.shift()?.();
  }
  return new Promise((ok) => {
    waiting.push(ok);
    channel?.port2.postMessage(0);
  });
}

export const now = (): number => performance.now();

/**
 * Resolves after the page's next rendering update (or after maxWaitMs, as
 * requestAnimationFrame does not run in background tabs), so work started
 * then finds style and layout clean instead of forcing them in our task.
 */
export function afterNextRender(win: Window | null, maxWaitMs = 200): Promise<void> {
  if (!win || typeof win.requestAnimationFrame !== 'function') return Promise.resolve();
  return new Promise((ok) => {
    let done = false;
    const finish = (): void => {
      if (done) return;
      done = true;
      ok();
    };
    win.requestAnimationFrame(() => setTimeout(finish, 0));
    setTimeout(finish, maxWaitMs);
  });
}
