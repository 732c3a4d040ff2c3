import browser from 'webextension-polyfill';
import { describeRejected, parseMessage } from '../core/messages';

browser.runtime.onMessage.addListener((raw: unknown, sender: browser.Runtime.MessageSender) => {
  if (sender.id !== browser.runtime.id) return undefined;
  const msg = parseMessage(raw);
  if (!msg) {
    console.warn(`Policy Lens: rejected message ${describeRejected(raw)}`);
    return undefined;
  }
  return undefined;
});
