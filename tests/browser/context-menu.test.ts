/**
 * "Look up in Policy Lens" on a selection. The native context menu cannot
 * be clicked headless, so the test calls the menu's own click handler with
 * the info object the browser would pass (a hook only the test build has:
 * __plTestLookup in src/background/index.ts). On a site outside the list,
 * the menu click would grant activeTab; here the toolbar action grants it
 * the same way (CDP Extensions.triggerAction, a real user-invocation grant).
 */
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { SHOTS, extensionSuite } from './suite';

const suite = extensionSuite();
const HOST = '[data-policy-lens-ui]';

interface Chrome {
  tabs: { query(q: Record<string, unknown>): Promise<{ id?: number }[]> };
}

async function open(host: string): Promise<{ page: Page; tabId: number }> {
  const page = suite.track(await suite.session.context.newPage());
  await page.goto(suite.session.newsUrl(host, 'lookup/selection.html'));
  await page.bringToFront();
  // The active tab: a site outside the list hides its URL from the extension (no host permission).
  const tabId = await suite.session.serviceWorker.evaluate(async () => (await (globalThis as unknown as { chrome: Chrome }).chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id ?? -1);
  expect(tabId).toBeGreaterThan(0);
  return { page, tabId };
}

/** Selects `text` inside #id as a reader would (a real drag would do the same), and returns what the browser's menu would pass as selectionText. */
async function select(page: Page, id: string, text: string): Promise<string> {
  return page.evaluate(
    ({ id, text }) => {
      const node = document.getElementById(id)?.firstChild as Text;
      const at = node.data.indexOf(text);
      const r = document.createRange();
      r.setStart(node, at);
      r.setEnd(node, at + text.length);
      const sel = getSelection() as Selection;
      sel.removeAllRanges();
      sel.addRange(r);
      return sel.toString();
    },
    { id, text },
  );
}

function lookUp(tabId: number, selectionText: string): Promise<void> {
  return suite.session.serviceWorker.evaluate(
    ({ tabId, selectionText }) =>
      (globalThis as unknown as { __plTestLookup: (i: unknown, t: unknown) => Promise<void> }).__plTestLookup({ menuItemId: 'pl-lookup', selectionText, frameId: 0 }, { id: tabId }),
    { tabId, selectionText },
  );
}

/** What the look-up box shows: the card's term, or the listed entries. */
function shown(page: Page): Promise<{ card: string | null; list: string[]; none: string | null; near: boolean }> {
  return page.evaluate((sel) => {
    for (const host of document.querySelectorAll(sel)) {
      const root = host.shadowRoot;
      const box = root?.querySelector<HTMLElement>('.tippy-box');
      if (!root || !box || box.closest('[data-state="hidden"]')) continue;
      const card = root.querySelector<HTMLElement>('.pl-card[data-term]');
      const list = [...root.querySelectorAll<HTMLElement>('.pl-lookup-choice')].map((a) => a.dataset.term ?? '');
      const none = root.querySelector('.pl-lookup-none')?.textContent ?? null;
      // Next to the selection: the box's nearest edge within 40 px of it.
      const s = getSelection()?.getRangeAt(0).getBoundingClientRect();
      const b = box.getBoundingClientRect();
      const near = !!s && Math.min(Math.abs(b.bottom - s.top), Math.abs(b.top - s.bottom)) < 40;
      if (card || list.length || none) return { card: card?.dataset.term ?? null, list, none, near };
    }
    return { card: null, list: [], none: null, near: false };
  }, HOST);
}

describe('context menu: look up a selection', () => {
  it('offers the item on selections only', async () => {
    const manifest = await suite.session.serviceWorker.evaluate(() => (globalThis as unknown as { chrome: { runtime: { getManifest(): { permissions: string[] } } } }).chrome.runtime.getManifest());
    expect(manifest.permissions).toContain('contextMenus');
  });

  it('on a listed news site: the exact term’s card, next to the selection; a plural the matcher knows is exact too', async () => {
    const { page, tabId } = await open('english.news.cn');
    await lookUp(tabId, await select(page, 'exact', 'low-altitude economy'));
    await expect.poll(() => shown(page).then((s) => s.card)).toBe('low-altitude-economy');
    expect((await shown(page)).near).toBe(true);
    await page.waitForTimeout(300); // past the fade-in
    await page.screenshot({ path: resolve(SHOTS, 'lookup-card.png') });
    await page.keyboard.press('Escape');
    await expect.poll(() => shown(page).then((s) => s.card)).toBeNull();
    await lookUp(tabId, await select(page, 'plural', 'low altitude economies'));
    await expect.poll(() => shown(page).then((s) => s.card)).toBe('low-altitude-economy');
  });

  it('a misspelling lists the closest entries, the one meant first, and each opens its card', async () => {
    const { page, tabId } = await open('english.news.cn');
    await lookUp(tabId, await select(page, 'typo', 'low-altitute economy'));
    await expect.poll(() => shown(page).then((s) => s.list[0])).toBe('low-altitude-economy');
    const s = await shown(page);
    expect(s.card).toBeNull();
    expect(s.near).toBe(true);
    await page.waitForTimeout(300);
    await page.screenshot({ path: resolve(SHOTS, 'lookup-closest.png') });
    // A real click on the first entry opens its card in the same place.
    const box = await page.evaluate((sel) => {
      for (const h of document.querySelectorAll(sel)) {
        const a = h.shadowRoot?.querySelector('.pl-lookup-choice');
        if (a) {
          const r = a.getBoundingClientRect();
          return { x: r.left + 5, y: r.top + r.height / 2 };
        }
      }
      return null;
    }, HOST);
    expect(box).not.toBeNull();
    await page.mouse.click(box?.x ?? 0, box?.y ?? 0);
    await expect.poll(() => shown(page).then((x) => x.card)).toBe('low-altitude-economy');
  });

  it('says so when nothing is close', async () => {
    const { page, tabId } = await open('english.news.cn');
    await lookUp(tabId, await select(page, 'none', 'coffee was good'));
    await expect.poll(() => shown(page).then((s) => s.none)).toContain('coffee was good');
  });

  it('on a site outside the list (activeTab): injects the content script and shows the card', async () => {
    const { page, tabId } = await open('example.org');
    await page.waitForTimeout(300);
    expect(await page.evaluate((sel) => document.querySelectorAll(sel).length, HOST)).toBe(0);
    await grantActiveTab(page);
    await lookUp(tabId, await select(page, 'exact', 'low-altitude economy'));
    await expect.poll(() => shown(page).then((s) => s.card), { timeout: 8000 }).toBe('low-altitude-economy');
    // It looked up; it did not start annotating a site the reader has not switched on.
    expect(await page.evaluate(() => CSS.highlights.has('policy-lens'))).toBe(false);
  });
});

/** The user invokes the extension on this tab (the toolbar action), which grants activeTab as the menu click does. */
async function grantActiveTab(page: Page): Promise<void> {
  const browser = suite.session.context.browser();
  if (!browser) throw new Error('no browser to talk CDP to');
  const cdp = await browser.newBrowserCDPSession();
  const { targetInfos } = (await cdp.send('Target.getTargets' as never, { filter: [{ type: 'tab' }] } as never)) as unknown as { targetInfos: { targetId: string; url: string; type: string }[] };
  const target = targetInfos.find((t) => t.type === 'tab' && t.url === page.url());
  if (!target) throw new Error('no target for the page');
  await cdp.send('Extensions.triggerAction' as never, { id: suite.session.extensionId, targetId: target.targetId } as never);
  await cdp.detach();
}
