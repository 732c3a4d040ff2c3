/**
 * `npm start`: build the extension, serve the demo news pages on loopback,
 * and open them in Chromium with Policy Lens loaded.
 *
 *   npm start                                   a browser window to try it in
 *   npm start -- --headless --screenshots DIR   no window; PNGs of the page,
 *                                               an open tooltip and the popup
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Page } from 'playwright-core';
import { build } from 'vite';
import type { ChromeForTests } from '../tooling/chrome-types';
import { launchWithExtension, type ExtensionSession } from '../tooling/extension';
import { findChrome, NoBrowserError } from '../tooling/find-chrome';
import { startFixtureServer } from '../tooling/server';

const { values } = parseArgs({
  options: {
    headless: { type: 'boolean', default: false },
    screenshots: { type: 'string' },
  },
});

const DEMO = [
  { host: 'english.news.cn', path: 'xinhua-interview.html' },
  { host: 'www.scmp.com', path: 'scmp-analysis.html' },
];

function say(line: string): void {
  process.stdout.write(`${line}\n`);
}

/** Centre of the first highlighted range on the page, if any. */
async function firstHighlightPoint(page: Page): Promise<{ x: number; y: number } | null> {
  return page.evaluate(() => {
    for (const [, hl] of CSS.highlights) {
      for (const r of hl as Iterable<AbstractRange>) {
        const range = document.createRange();
        range.setStart(r.startContainer, r.startOffset);
        range.setEnd(r.endContainer, r.endOffset);
        const rect = range.getClientRects()[0];
        if (rect && rect.width > 0 && rect.top >= 0 && rect.bottom <= innerHeight) {
          return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
        }
      }
    }
    return null;
  });
}

async function takeScreenshots(session: ExtensionSession, page: Page, dir: string): Promise<void> {
  mkdirSync(dir, { recursive: true });
  await page.waitForTimeout(800);
  await page.screenshot({ path: join(dir, 'page.png') });
  say(`  ${join(dir, 'page.png')}`);

  const point = await firstHighlightPoint(page);
  if (point) {
    await page.mouse.move(point.x, point.y + 30);
    await page.mouse.move(point.x, point.y, { steps: 4 });
    await page.waitForTimeout(900);
    await page.screenshot({ path: join(dir, 'tooltip.png') });
    say(`  ${join(dir, 'tooltip.png')}`);
  } else {
    say('  tooltip.png skipped: no highlighted term in view');
  }

  const pageUrl = page.url();
  const [tab] = await session.serviceWorker.evaluate(
    (url) => (globalThis as unknown as { chrome: ChromeForTests }).chrome.tabs.query({ url }),
    pageUrl,
  );
  const popup = await session.context.newPage();
  await popup.setViewportSize({ width: 420, height: 600 });
  await popup.goto(session.extensionUrl(`src/popup/index.html${tab?.id !== undefined ? `?tab=${tab.id}` : ''}`));
  await popup.waitForTimeout(600);
  await popup.screenshot({ path: join(dir, 'popup.png') });
  say(`  ${join(dir, 'popup.png')}`);
}

async function main(): Promise<number> {
  try {
    findChrome();
  } catch (e) {
    if (e instanceof NoBrowserError) {
      process.stderr.write(`${e.message}\n`);
      return 1;
    }
    throw e;
  }
  const headless = values.headless || values.screenshots !== undefined;
  if (!headless && process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    process.stderr.write('No display found: run "npm start -- --headless --screenshots out/" to see it as PNGs instead.\n');
    return 1;
  }

  say('Building the extension…');
  await build({ logLevel: 'warn' });
  const server = await startFixtureServer();
  const session = await launchWithExtension({ port: server.port, headless, viewport: headless ? { width: 1280, height: 900 } : null });
  try {
    const pages: Page[] = [];
    for (const d of DEMO) {
      const page = pages.length === 0 ? (session.context.pages()[0] ?? (await session.context.newPage())) : await session.context.newPage();
      await page.goto(session.newsUrl(d.host, d.path));
      pages.push(page);
    }
    const first = pages[0];
    if (!first) throw new Error('no demo page opened');
    await first.bringToFront();
    say(`Policy Lens ${session.extensionId} loaded; demo pages (served from 127.0.0.1:${server.port}):`);
    for (const d of DEMO) say(`  ${session.newsUrl(d.host, d.path)}`);

    if (values.screenshots !== undefined) {
      say('Screenshots:');
      await takeScreenshots(session, first, resolve(values.screenshots));
      return 0;
    }
    if (headless) return 0;
    say('Hover a highlighted term to see what it means. Close the browser window to stop.');
    await new Promise<void>((done) => session.context.once('close', () => done()));
    return 0;
  } finally {
    await session.close().catch(() => {});
    await server.close();
  }
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    process.stderr.write(`npm start failed: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(1);
  },
);
