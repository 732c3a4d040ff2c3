/**
 * Promises 6 and 7 in the browser.
 * - Malformed settings written straight into storage.sync / storage.local
 *   from the service worker: the content script still runs and paints,
 *   nothing throws (page or service worker), a valid neighbouring setting is
 *   kept. (popup.test.ts covers the popup with one such value.)
 * - Messages are checked: malformed messages sent to the content script
 *   from the service worker, messages and events from the page's own world,
 *   and messages from another installed extension change nothing (settings,
 *   badge, tabs, highlights, tooltip, scroll). (popup.test.ts covers
 *   malformed messages to the background from an extension page.)
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIST_DIR, launchWithExtension, type ExtensionSession } from '../../tooling/extension';
import type { FixtureServer } from '../../tooling/server';
import { clearStorage, paintedCount, paintedTexts, settle, startServer, waitForScanDone, writeFigures } from './helpers';

interface C {
  storage: Record<'sync' | 'local', { set(v: Record<string, unknown>): Promise<void>; get(k: null): Promise<Record<string, unknown>> }>;
  tabs: {
    query(q: { url?: string }): Promise<{ id?: number; url?: string }[]>;
    sendMessage(id: number, m: unknown, o: { frameId: number }): Promise<unknown>;
  };
  action: { getBadgeText(d: { tabId: number }): Promise<string> };
  runtime: { sendMessage(id: string, m: unknown): Promise<unknown> };
}

/** Bad stored values: [area, JSON of the items, what must survive]. JSON so "__proto__" is an own key, as storage would hold it. */
const BAD: { area: 'sync' | 'local'; json: string; keep: { highlightStyle?: string; enabled?: boolean } }[] = [
  { area: 'sync', json: '{"sites":"garbage","enabled":42,"highlightStyle":"underline","highlightColor":{}}', keep: { highlightStyle: 'underline' } },
  { area: 'sync', json: '{"sites":{"__proto__":false,"english.news.cn":"yes","constructor":1},"highlightStyle":"underline","__proto__":{"enabled":false}}', keep: { highlightStyle: 'underline' } },
  { area: 'sync', json: '{"enabled":"false","highlightColor":"red; } body { display: none","highlightStyle":["underline"],"unknown":{"deep":[1,2,3]}}', keep: { enabled: true } },
  { area: 'sync', json: '{"sites":["english.news.cn"],"enabled":null,"highlightStyle":"underline"}', keep: { highlightStyle: 'underline' } },
  { area: 'local', json: `{"sites":{${Array.from({ length: 10_000 }, (_, i) => `"s${i}.example.org":true`).join(',')}},"highlightStyle":"underline"}`, keep: { highlightStyle: 'underline' } },
  { area: 'local', json: '{"sites":{"english.news.cn":"false","english.news.cn ":false},"enabled":1e999,"highlightColor":"#GGGGGG"}', keep: {} },
  { area: 'sync', json: '{"sites":{"a":{"b":{"c":{"d":{}}}}},"highlightStyle":"underline\\u0000background","highlightColor":"#00ff00"}', keep: {} },
];

let figures: Record<string, unknown> = {};

describe('bad settings and unexpected messages', () => {
  let server: FixtureServer;
  let session: ExtensionSession;
  let other = '';
  const swProblems: string[] = [];

  beforeAll(async () => {
    server = await startServer();
    // A second extension, to send messages from outside.
    other = mkdtempSync(join(tmpdir(), 'pl-other-ext-'));
    writeFileSync(join(other, 'manifest.json'), JSON.stringify({ manifest_version: 3, name: 'Other', version: '1.0', background: { service_worker: 'sw.js' } }));
    writeFileSync(join(other, 'sw.js'), 'self.ready = true;\n');
    session = await launchWithExtension({
      port: server.port,
      extraArgs: [`--disable-extensions-except=${DIST_DIR},${other}`, `--load-extension=${DIST_DIR},${other}`],
    });
    session.serviceWorker.on('console', (m) => {
      if (m.type() === 'error') swProblems.push(m.text());
    });
  });
  afterAll(async () => {
    writeFigures('settings-messages', figures);
    await session?.close();
    await server?.close();
    if (other) rmSync(other, { recursive: true, force: true });
  });

  function pageProblems(page: Page): string[] {
    const out: string[] = [];
    page.on('pageerror', (e) => out.push(`pageerror: ${e.message}`));
    page.on('console', (m) => {
      const t = m.text();
      // Reporting a replaced value is the designed behaviour; anything else of ours, or any error, is not.
      if (m.type() === 'error' || (t.startsWith('Policy Lens') && !/settings: replaced by default|storage/.test(t))) out.push(`${m.type()}: ${t}`);
    });
    return out;
  }

  it('malformed values straight into storage: defaults come back, a valid neighbour is kept, nothing throws, the content script runs', async () => {
    let tried = 0;
    for (const bad of BAD) {
      await clearStorage(session.serviceWorker);
      await session.serviceWorker.evaluate(({ area, json }) => (globalThis as unknown as { chrome: C }).chrome.storage[area].set(JSON.parse(json) as Record<string, unknown>), { area: bad.area, json: bad.json });
      const page = await session.context.newPage();
      const problems = pageProblems(page);
      await page.goto(session.newsUrl('english.news.cn', 'page/split.html'));
      const label = bad.json.slice(0, 80);
      expect(await waitForScanDone(session, page), label).toBe(true);
      expect(await paintedCount(page), label).toBeGreaterThan(0);
      // A valid value next to the garbage survives: the underline (not the default look) is painted.
      if (bad.keep.highlightStyle === 'underline') {
        await expect
          .poll(() => page.evaluate(() => getComputedStyle(document.querySelector('p') as Element, '::highlight(policy-lens)').textDecorationLine), { timeout: 3000 })
          .toBe('underline');
      }
      expect(await page.evaluate(() => getComputedStyle(document.body).display), label).toBe('block');
      expect(problems, label).toEqual([]);
      await page.close();
      tried += Object.keys(JSON.parse(bad.json) as object).length;
    }
    await clearStorage(session.serviceWorker);
    expect(swProblems).toEqual([]);
    figures = { ...figures, badStoredValuesTried: tried, badStoredRecords: BAD.length };
  });

  it('messages of unknown type or shape to the content script, from the page world and from another extension change nothing', async () => {
    const page = await session.context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(e.message));
    const url = session.newsUrl('english.news.cn', 'xinhua-interview.html');
    await page.goto(url);
    await waitForScanDone(session, page);
    const before = await settle(() => paintedTexts(page));
    const tabId = await session.serviceWorker.evaluate(async (u) => (await (globalThis as unknown as { chrome: C }).chrome.tabs.query({ url: u }))[0]?.id ?? -1, url);
    const badge0 = await session.serviceWorker.evaluate((id) => (globalThis as unknown as { chrome: C }).chrome.action.getBadgeText({ tabId: id }), tabId);
    const stored0 = await session.serviceWorker.evaluate(() => Promise.all([(globalThis as unknown as { chrome: C }).chrome.storage.sync.get(null), (globalThis as unknown as { chrome: C }).chrome.storage.local.get(null)]));
    const tabs0 = session.context.pages().length;
    const state = (): Promise<{ scrollY: number; card: boolean; active: number }> =>
      page.evaluate(() => ({ scrollY: window.scrollY, card: !!document.querySelector('[data-policy-lens-ui]')?.shadowRoot?.querySelector('.pl-card'), active: CSS.highlights.get('policy-lens-active')?.size ?? 0 }));
    const state0 = await state();

    // 1. Malformed messages to the content script (the service worker is the only sender that can reach it).
    const bad: unknown[] = [
      { type: 'reveal-term', termId: '../../x' },
      { type: 'reveal-term', termId: 'smes', extra: true },
      { type: 'annotate-once', now: true },
      { type: 'get-page-terms', frameId: 3 },
      { type: 'page-terms', counts: {}, active: true },
      { type: 'mark-generic', now: true },
      { type: 'REVEAL-TERM' },
      { type: ['reveal-term'] },
      'reveal-term',
      null,
      42,
      [{ type: 'reveal-term' }],
      { type: 'reveal-term', termId: 'x'.repeat(100_000) },
    ];
    const replies = await session.serviceWorker.evaluate(
      async ({ id, msgs }) => {
        const out: string[] = [];
        for (const m of msgs) out.push(JSON.stringify(await (globalThis as unknown as { chrome: C }).chrome.tabs.sendMessage(id, m, { frameId: 0 }).catch((e: unknown) => `error: ${String(e)}`)) ?? 'undefined');
        return out;
      },
      { id: tabId, msgs: bad },
    );
    // None answered with data (get-page-terms / reveal-term replies would be objects).
    for (const r of replies) expect(r).not.toMatch(/counts|found|active/);

    // 2. The page's own world: no extension API to reach us, and window messages / events are not listened to.
    const pageWorld = await page.evaluate(
      async ({ extId }) => {
        const w = window as unknown as { chrome?: { runtime?: { sendMessage?: (id: string, m: unknown) => Promise<unknown> } } };
        let sent = 'no chrome.runtime.sendMessage';
        try {
          if (w.chrome?.runtime?.sendMessage) sent = String(await w.chrome.runtime.sendMessage(extId, { type: 'reveal-term' }));
        } catch (e) {
          sent = `threw: ${String(e)}`;
        }
        // Every window message seen while we wait: only our three posts may arrive, nothing answers them.
        const seen: string[] = [];
        const listen = (e: MessageEvent): void => void seen.push(JSON.stringify(e.data));
        window.addEventListener('message', listen);
        const posted = [{ type: 'reveal-term' }, { type: 'annotate-once' }, 'policy-lens:bench-report'];
        for (const m of posted) window.postMessage(m, '*');
        document.dispatchEvent(new CustomEvent('policy-lens', { detail: { type: 'reveal-term' } }));
        await new Promise((r) => setTimeout(r, 500));
        window.removeEventListener('message', listen);
        return { sent, seen, posted: posted.map((m) => JSON.stringify(m)) };
      },
      { extId: session.extensionId },
    );
    // Chromium exposes no chrome.runtime to a page unless the extension declares externally_connectable.
    expect(pageWorld.sent).toBe('no chrome.runtime.sendMessage');
    expect(pageWorld.seen).toEqual(pageWorld.posted);

    // 3. Another extension: the background has no onMessageExternal listener.
    const otherSw: Worker | undefined = session.context.serviceWorkers().find((w) => !w.url().includes(session.extensionId));
    expect(otherSw, 'the second extension is loaded').toBeDefined();
    const external = await (otherSw as Worker).evaluate(
      async ({ id, tabId }) => {
        const out: string[] = [];
        for (const m of [
          { type: 'page-terms', counts: { a: 1, b: 2 }, active: true },
          { type: 'open-reader', paragraph: 3 },
          { type: 'reveal-term' },
        ]) {
          out.push(await (globalThis as unknown as { chrome: C }).chrome.runtime.sendMessage(id, m).then((r) => `answered ${JSON.stringify(r)}`, (e: unknown) => `rejected: ${String(e)}`));
        }
        void tabId;
        return out;
      },
      { id: session.extensionId, tabId },
    );
    for (const r of external) expect(r).toMatch(/^rejected/);

    await page.waitForTimeout(800);
    expect(await state()).toEqual(state0);
    expect(await paintedTexts(page)).toEqual(before);
    expect(await session.serviceWorker.evaluate((id) => (globalThis as unknown as { chrome: C }).chrome.action.getBadgeText({ tabId: id }), tabId)).toBe(badge0);
    expect(await session.serviceWorker.evaluate(() => Promise.all([(globalThis as unknown as { chrome: C }).chrome.storage.sync.get(null), (globalThis as unknown as { chrome: C }).chrome.storage.local.get(null)]))).toEqual(stored0);
    expect(session.context.pages().length).toBe(tabs0);
    expect(problems).toEqual([]);
    figures = { ...figures, badMessagesToContentScript: bad.length, pageWorldAttempts: 5, externalExtensionMessages: external.length, externalRejected: external.filter((r) => r.startsWith('rejected')).length };
    await page.close();
  });
});
