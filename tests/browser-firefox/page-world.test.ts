/**
 * The shipped Firefox build (production, no test hook) against a page's own
 * script: where Firefox differs from Chromium. The extension URL there is
 * moz-extension://<per-install UUID>, an identifier stable across every
 * site, so none may reach the page; content-script objects reach the page
 * through Xrays, so the closed card root must stay closed from its side;
 * synthetic input must open nothing.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFirefox } from '../../scripts/package';
import { EXTENSION_UUID, launchFirefoxWithExtension, rangeBox, waitFor, type FirefoxSession } from '../../tooling/firefox';
import { pageExposure } from '../../tooling/page-exposure';
import { startFixtureServer, type FixtureServer } from '../../tooling/server';

const SCREENSHOTS = 'test-results/screenshots';
const ACTIVE = 'policy-lens-active';

const activeSize = (page: Page): Promise<number> => page.evaluate((a: string) => CSS.highlights.get(a)?.size ?? 0, ACTIVE);

describe('the shipped Firefox build, seen from the page', () => {
  let server: FixtureServer;
  let session: FirefoxSession;
  let dist: string;

  beforeAll(async () => {
    dist = mkdtempSync(join(tmpdir(), 'policy-lens-firefox-prod-'));
    await buildFirefox(dist, 'production');
    server = await startFixtureServer();
    session = await launchFirefoxWithExtension({ port: server.port, extension: dist });
  }, 120_000);
  afterAll(async () => {
    await session?.close();
    await server?.close();
    if (dist) rmSync(dist, { recursive: true, force: true });
  });

  it('synthetic input opens nothing; with the card open the page finds no moz-extension URL, no shadow root and no mark', async () => {
    const page = await session.newPage();
    await page.goto(session.newsUrl('english.news.cn', 'xinhua-interview.html'), { waitUntil: 'load' });
    const box = await waitFor(() => rangeBox(page, 'low-altitude economy'), (b) => b !== null, 15_000, 'a painted term');
    if (!box) throw new Error('no painted range');
    const x = box.x + box.width / 2;
    const y = box.y + box.height / 2;
    const tabs0 = (await session.browser.pages()).length;

    const synthetic = await page.evaluate(
      async (x: number, y: number, active: string) => {
        document.addEventListener('click', (e) => e.preventDefault(), true);
        const at = document.elementFromPoint(x, y) ?? document.body;
        const init = { clientX: x, clientY: y, bubbles: true, composed: true, cancelable: true };
        let seen = 0;
        for (let round = 0; round < 3; round++) {
          at.dispatchEvent(new PointerEvent('pointermove', { ...init, pointerType: 'mouse' }));
          at.dispatchEvent(new MouseEvent('mousemove', init));
          await new Promise((r) => setTimeout(r, 400));
          seen += CSS.highlights.get(active)?.size ?? 0;
          for (const key of ['Enter', ' ']) at.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
          at.dispatchEvent(new MouseEvent('click', init));
        }
        return seen;
      },
      x,
      y,
      ACTIVE,
    );
    expect(synthetic).toBe(0);
    expect(await activeSize(page)).toBe(0);

    await page.mouse.move(x, y, { steps: 4 });
    await waitFor(() => activeSize(page), (n) => n === 1, 10_000, 'the card for a real pointer');
    await new Promise((r) => setTimeout(r, 400));
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: `${SCREENSHOTS}/firefox-shipped-card.png` });
    const seen = await page.evaluate(pageExposure, EXTENSION_UUID);
    expect(seen).toEqual({ shadowRoots: 0, extensionUrls: [], expandos: [], marks: [], adoptedSheets: 0 });

    // With the card open, clicks and Enter on every element of the page: no tab opens.
    await page.evaluate(() => {
      for (const el of document.querySelectorAll('body *, html > *')) {
        el.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, cancelable: true }));
        el.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
      }
    });
    await new Promise((r) => setTimeout(r, 800));
    expect((await session.browser.pages()).length).toBe(tabs0);
    await page.close();
  });
});
