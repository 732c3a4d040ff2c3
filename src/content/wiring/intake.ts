/**
 * What the gate (gate.ts) and the pipeline (frame.ts) share in answering
 * the popup and the background: which messages they take, and why a frame
 * shows nothing.
 */
import type browser from 'webextension-polyfill';
import { describeRejected, parseMessage, type Message, type NotShownReason } from '../../core/messages';
import { isSiteOn, type Settings } from '../../core/settings';

/** A message from this extension, parsed; null (and logged) for anything else. */
export function intake(raw: unknown, sender: browser.Runtime.MessageSender, ownId: string, warn: (msg: string) => void): Message | null {
  if (sender.id !== ownId) return null;
  const msg = parseMessage(raw);
  if (!msg) warn(`rejected message ${describeRejected(raw)}`);
  return msg;
}

/** Why nothing shows on this frame, if nothing does (running: the frame is at work on the page). */
export function notShownReason(supported: boolean, settings: Settings | null, running: boolean, host: string): NotShownReason | undefined {
  if (!supported) return 'unsupported';
  if (!settings) return 'loading';
  if (running) return undefined;
  if (!settings.enabled) return 'paused';
  return isSiteOn(settings, host) ? undefined : 'off';
}
