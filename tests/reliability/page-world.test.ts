/**
 * What a hostile page can see and do, against the shipped build (a
 * production build made here, not the tests' build with its open card root):
 * synthetic input opens nothing, the page's world finds no mark, no
 * extension URL and no way into our shadow root, tampering with our
 * Highlight objects is undone, a site switched off stays off on all its
 * hosts, and quick toggles from two extension pages all land. Then, in the
 * tests' build, a second injection of the content script leaves one copy.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildChrome } from '../../scripts/package';
import { DIST_DIR, launchWithExtension, type ExtensionSession } from '../../tooling/extension';
import { pageExposure } from '../../tooling/page-exposure';
import type { FixtureServer } from '../../tooling/server';
import { hoverTerm, rangeBox } from '../browser/page-helpers';
import { clearStorage, paintedCount, settle, startServer, waitForScanDone, watchProblems, writeFigures } from './helpers';

interface C {
  storage: Record<'sync' | 'local', { get(k: null): Promise<Record<string, unknown>> }>;
  tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> };
  scripting: { executeScript(o: { target: { tabId: number }; files: string[] }): Promise<unknown> };
  runtime: { sendMessage(m: unknown): Promise<unknown>; getManifest(): { content_scripts?: { js?: string[] }[] } };
}

const SHOTS = join(import.meta.dirname, '../../test-results/screenshots');
const ACTIVE = 'policy-lens-active';
let figures: Record<string, unknown> = {};

afterAll(() => writeFigures('page-world', figures));

describe('what a hostile page can see and do (shipped build)', () => {
  let server: FixtureServer;
  let session: ExtensionSession;
  let prodDist: string;

  beforeAll(async () => {
    prodDist = mkdtempSync(join(tmpdir(), 'policy-lens-prod-'));
    await buildChrome(prodDist);
    server = await startServer();
    session = await launchWithExtension({ port: server.port, dist: prodDist });
    // The page's world gets there first: it takes our host tag and records every shadow root and mark made through its own prototypes.
    await session.context.addInitScript(() => {
      const seen = { attach: 0, marks: [] as string[] };
      (window as unknown as { __plSeen: typeof seen }).__plSeen = seen;
      const attach = Element.prototype.attachShadow;
      Element.prototype.attachShadow = function (init: ShadowRootInit) {
        seen.attach++;
        return attach.call(this, init);
      };
      const mark = performance.mark.bind(performance);
      performance.mark = (name: string, o?: PerformanceMarkOptions) => {
        seen.marks.push(name);
        return mark(name, o);
      };
      customElements.define(
        'policy-lens-ui',
        class extends HTMLElement {
          constructor() {
            super();
            throw new Error('taken by the page');
          }
        },
      );
    });
  }, 180_000);

  afterAll(async () => {
    await session?.close();
    await server?.close();
    if (prodDist) rmSync(prodDist, { recursive: true, force: true });
  });

  it('synthetic input opens no card and no tab; real input does, and the page finds no mark, no extension URL, no way into the card', async () => {
    const page = await session.context.newPage();
    const problems = watchProblems(page);
    const tabs0 = session.context.pages().length;
    await page.goto(session.newsUrl('english.news.cn', 'xinhua-interview.html'));
    expect(await waitForScanDone(session, page)).toBe(true);
    await settle(() => paintedCount(page));
    const box = await rangeBox(page, 'new industrialization');
    if (!box) throw new Error('no painted term to aim at');
    const x = box.x + box.width / 2;
    const y = box.y + box.height / 2;

    // Everything a script can dispatch at the term and at whatever the card would cover.
    const synthetic = await page.evaluate(
      async ({ x, y, active }) => {
        document.addEventListener('click', (e) => e.preventDefault(), true);
        const wait = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));
        const at = document.elementFromPoint(x, y) ?? document.body;
        const init = { clientX: x, clientY: y, bubbles: true, composed: true, cancelable: true };
        let sizes = 0;
        for (let round = 0; round < 5; round++) {
          at.dispatchEvent(new PointerEvent('pointerover', { ...init, pointerType: 'mouse' }));
          at.dispatchEvent(new PointerEvent('pointermove', { ...init, pointerType: 'mouse' }));
          at.dispatchEvent(new MouseEvent('mousemove', init));
          at.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
          await wait(400);
          sizes += CSS.highlights.get(active)?.size ?? 0;
          // Click and press keys over a grid around the term, where a card would be.
          for (let dy = -120; dy <= 360; dy += 40)
            for (let dx = -200; dx <= 200; dx += 40) {
              const t = document.elementFromPoint(x + dx, y + dy);
              if (!t) continue;
              t.dispatchEvent(new MouseEvent('click', { ...init, clientX: x + dx, clientY: y + dy }));
              t.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
            }
          for (const key of ['Enter', ' ', 'r', 'Tab']) document.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
        }
        await wait(500);
        return { sizes, activeNow: CSS.highlights.get(active)?.size ?? 0 };
      },
      { x, y, active: ACTIVE },
    );
    expect(synthetic).toEqual({ sizes: 0, activeNow: 0 });
    expect(session.context.pages().length).toBe(tabs0);

    // A real pointer opens the card, in spite of the page's own policy-lens-ui element and patched prototypes.
    await hoverTerm(page, 'new industrialization');
    await expect.poll(() => page.evaluate((a) => CSS.highlights.get(a)?.size ?? 0, ACTIVE), { timeout: 10_000 }).toBe(1);
    await page.waitForTimeout(400);
    await page.screenshot({ path: join(SHOTS, 'page-world-shipped-card.png') });
    const seen = await page.evaluate(pageExposure, session.extensionId);
    expect(seen).toEqual({ shadowRoots: 0, extensionUrls: [], expandos: [], marks: [], adoptedSheets: 0 });
    // Nothing went through the page's own (patched) prototypes either.
    const throughPage = await page.evaluate(() => (window as unknown as { __plSeen: { attach: number; marks: string[] } }).__plSeen);
    expect(throughPage).toEqual({ attach: 0, marks: [] });
    // The one thing the page can read of the user's look: the painted colour of a ::highlight() (README, Privacy).
    const readable = await page.evaluate(() => getComputedStyle(document.querySelector('p') as Element, '::highlight(policy-lens)').backgroundColor);

    // With the card open, the page presses keys and clicks everywhere again: still no tab.
    await page.evaluate(() => {
      for (const el of document.querySelectorAll('body *, html > *')) {
        el.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, cancelable: true }));
        el.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
      }
    });
    await page.waitForTimeout(800);
    expect(session.context.pages().length).toBe(tabs0);
    expect(problems).toEqual([]);
    figures = { ...figures, syntheticRounds: 5, tabsOpenedBySyntheticInput: session.context.pages().length - tabs0, pageWorld: { ...seen, throughPage }, highlightColourReadable: readable };
    await page.close();
  });

  it('carries none of the test build\'s hooks: no look-up handler on the background, no open card root or host marker in any script', async () => {
    expect(await session.serviceWorker.evaluate(() => typeof (globalThis as unknown as { __plTestLookup?: unknown }).__plTestLookup)).toBe('undefined');
    const scripts = readdirSync(prodDist, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(3);
    const withHooks = scripts.filter((f) => /__plTestLookup|data-policy-lens-ui/.test(readFileSync(join(prodDist, f), 'utf8')));
    expect(withHooks).toEqual([]);
  });

  it('ranges the page adds to our highlights, or clears from them, are put right', async () => {
    const page = await session.context.newPage();
    await page.goto(session.newsUrl('english.news.cn', 'xinhua-interview.html'));
    expect(await waitForScanDone(session, page)).toBe(true);
    const before = await settle(() => paintedCount(page));
    expect(before).toBeGreaterThan(0);
    await page.evaluate(() => {
      const hl = CSS.highlights.get('policy-lens') as Highlight;
      const r = new Range();
      r.selectNodeContents(document.querySelector('h1') ?? document.body);
      (window as unknown as { __plForeign: Range }).__plForeign = r;
      hl.add(r);
    });
    await expect.poll(() => page.evaluate(() => (CSS.highlights.get('policy-lens') as Highlight).has((window as unknown as { __plForeign: Range }).__plForeign)), { timeout: 10_000 }).toBe(false);
    expect(await paintedCount(page)).toBe(before);
    await page.evaluate(() => (CSS.highlights.get('policy-lens') as Highlight).clear());
    await expect.poll(() => paintedCount(page), { timeout: 10_000 }).toBe(before);
    await page.close();
  });

  it('"off" for a listed site holds on every host of it, and quick toggles from two extension pages all land', async () => {
    // www.bbc.co.uk is HSTS-preloaded (Chromium upgrades it to https, which the fixture server is not); src/core/site-key.test.ts covers it.
    const hosts = { 'global.chinadaily.com.cn': 'chinadaily.com.cn', 'graphics.reuters.com': 'reuters.com', 'english.xinhuanet.com': 'xinhuanet.com' };
    const pages: Page[] = [];
    for (const host of Object.keys(hosts)) {
      const p = await session.context.newPage();
      await p.goto(session.newsUrl(host, 'xinhua-interview.html'));
      // On before the switch: this host is read and painted, so "untouched" below means something.
      await expect.poll(() => paintedCount(p), { timeout: 15_000 }).toBeGreaterThan(0);
      pages.push(p);
    }
    const options = await session.context.newPage();
    await options.goto(session.extensionUrl('src/options/index.html'));
    await options.waitForSelector('body[data-ready="true"]');
    const popup = await session.openPopup();
    const [chinadaily, reuters, xinhuanet] = Object.values(hosts) as [string, string, string];
    // Two switches clicked in a row on the options page while the popup page sends two more: four read-modify-writes at once.
    const sent = popup.evaluate(
      (keys) => Promise.all(keys.map((key) => (globalThis as unknown as { chrome: C }).chrome.runtime.sendMessage({ type: 'update-settings', patch: { op: 'site', key, on: false } }))),
      [reuters, xinhuanet],
    );
    await options.locator(`#op-default-sites li[data-site="${chinadaily}"] [role="switch"]`).click();
    await options.locator(`#op-default-sites li[data-site="bbc.com"] [role="switch"]`).click();
    await sent;
    const sitesStored = async (): Promise<unknown> => {
      const [sync, local] = await session.serviceWorker.evaluate(() => Promise.all([(globalThis as unknown as { chrome: C }).chrome.storage.sync.get(null), (globalThis as unknown as { chrome: C }).chrome.storage.local.get(null)]));
      return (sync.sites ?? local.sites) as unknown;
    };
    await expect.poll(sitesStored, { timeout: 10_000 }).toEqual({ 'bbc.com': false, [chinadaily]: false, [reuters]: false, [xinhuanet]: false });
    for (const key of [...Object.values(hosts), 'bbc.com']) {
      await expect.poll(() => options.locator(`#op-default-sites li[data-site="${key}"] [role="switch"]`).getAttribute('aria-checked')).toBe('false');
    }
    // Open tabs cleared live; reloaded, each host stays untouched.
    for (const p of pages) await expect.poll(() => paintedCount(p), { timeout: 10_000 }).toBe(0);
    for (const p of pages) {
      await p.reload();
      await p.waitForTimeout(300);
    }
    await pages[pages.length - 1]?.waitForTimeout(1500);
    for (const p of pages) expect(await paintedCount(p), p.url()).toBe(0);
    figures = { ...figures, subdomainsOff: Object.keys(hosts), quickToggles: 4 };
    for (const p of [...pages, options, popup]) await p.close();
  });
});

describe('one running copy per frame (tests build)', () => {
  let server: FixtureServer;
  let session: ExtensionSession;

  beforeAll(async () => {
    server = await startServer();
    session = await launchWithExtension({ port: server.port, dist: DIST_DIR });
  });

  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  it('injecting the content script twice more, at once, leaves one tooltip host and the same highlights', async () => {
    await clearStorage(session.serviceWorker);
    const page = await session.context.newPage();
    const problems = watchProblems(page);
    const url = session.newsUrl('english.news.cn', 'xinhua-interview.html');
    await page.goto(url);
    expect(await waitForScanDone(session, page)).toBe(true);
    const before = await settle(() => paintedCount(page));
    await session.serviceWorker.evaluate(async (u) => {
      const c = (globalThis as unknown as { chrome: C }).chrome;
      const tab = (await c.tabs.query({})).find((t) => t.url === u);
      const files = (c.runtime.getManifest().content_scripts ?? []).flatMap((s) => s.js ?? []).filter((f) => !f.includes('start'));
      if (tab?.id === undefined || files.length === 0) throw new Error('no tab or no content script');
      const id = tab.id;
      await Promise.all([c.scripting.executeScript({ target: { tabId: id }, files }), c.scripting.executeScript({ target: { tabId: id }, files })]);
    }, url);
    expect(await waitForScanDone(session, page)).toBe(true);
    expect(await settle(() => paintedCount(page))).toBe(before);
    await hoverTerm(page, 'new industrialization');
    await expect.poll(() => page.evaluate(() => !!document.querySelector('[data-policy-lens-ui]')?.shadowRoot?.querySelector('.pl-card')), { timeout: 10_000 }).toBe(true);
    expect(await page.evaluate(() => document.querySelectorAll('[data-policy-lens-ui]').length)).toBe(1);
    expect(await page.evaluate((a) => CSS.highlights.get(a)?.size ?? 0, ACTIVE)).toBe(1);
    expect(problems).toEqual([]);
    figures = { ...figures, injections: 3, tooltipHosts: 1, paintedBeforeAndAfter: before };
    await page.close();
  });
});
