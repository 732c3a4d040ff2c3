/** Gives the main thread back between slices of work (not requestIdleCallback: it can starve). */
interface SchedulerLike {
  yield?: () => Promise<void>;
}

let channel: MessageChannel | null = null;
const waiting: (() => void)[] = [];

export function yieldToMain(): Promise<void> {
  const sched = (globalThis as { scheduler?: SchedulerLike }).scheduler;
  if (sched?.yield) return sched.yield();
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
