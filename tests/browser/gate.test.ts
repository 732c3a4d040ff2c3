/**
 * The gate (src/content/wiring/gate.ts) in Chromium with the built
 * extension: on a page without terms the gate alone runs (the pipeline's
 * modules are never evaluated), and the pipeline starts the moment text
 * that may hold a term arrives.
 */
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionSession } from '../../tooling/extension';
import { startFixtureServer, type FixtureServer } from '../../tooling/server';
import { highlightTexts, sendToTab } from './page-helpers';

const PLAIN_ARTICLE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Rates</title></head><body>
<header><nav><a href="#">Markets</a> <a href="#">World</a></nav></header>
<article><h1>Central bank holds rates as inflation cools</h1>
${Array.from({ length: 40 }, (_, i) => `<p>Paragraph ${i}: officials said new investment in housing and low prices for energy kept the economy steady, while a little rain slowed the harvest.</p>`).join('\n')}
</article></body></html>`;

describe('the gate: a page without terms gets one pass and nothing more', () => {
  let server: FixtureServer;
  let session: ExtensionSession;

  beforeAll(async () => {
    server = await startFixtureServer();
    server.route('/gate/plain.html', { body: PLAIN_ARTICLE });
    session = await launchWithExtension({ port: server.port });
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  /** Opens path with every script the page's renderer parses recorded (extension scripts included), and the extension's isolated world at hand. */
  async function openRecording(path: string): Promise<{ page: Page; scripts: string[]; inWorld: (expr: string) => Promise<unknown> }> {
    const page = await session.context.newPage();
    const cdp: CDPSession = await session.context.newCDPSession(page);
    const scripts: string[] = [];
    const worlds: number[] = [];
    cdp.on('Debugger.scriptParsed', (e) => scripts.push(e.url));
    cdp.on('Runtime.executionContextCreated', (e) => {
      if (e.context.origin.startsWith('chrome-extension://') && (e.context.auxData as { frameId?: string } | undefined)?.frameId) worlds.push(e.context.id);
    });
    await cdp.send('Debugger.enable');
    await cdp.send('Runtime.enable');
    await page.goto(session.newsUrl('english.news.cn', path));
    const inWorld = async (expression: string): Promise<unknown> => {
      const id = worlds.at(-1);
      if (id === undefined) throw new Error('no isolated world of the extension in this page');
      const r = await cdp.send('Runtime.evaluate', { expression, contextId: id, returnByValue: true });
      return r.result.value;
    };
    return { page, scripts, inWorld };
  }

  /** Which copy runs in the frame (wiring/frame-slot.ts): the gate, or the pipeline it started. */
  const copyKind = "globalThis.__policyLensFrame?.kind ?? 'none'";

  it('runs only the gate on a page without terms (the pipeline never evaluated), answers the popup, and starts the pipeline when a term is added', async () => {
    const { page, scripts, inWorld } = await openRecording('gate/plain.html');
    await page.waitForLoadState('load');
    await expect.poll(() => scripts.some((u) => u.endsWith('/content-script.js')), { timeout: 5000 }).toBe(true);
    // Long enough for the pipeline to have started and painted, had the gate started it.
    await page.waitForTimeout(1500);
    expect(scripts.filter((u) => u.startsWith('chrome-extension://')).map((u) => u.replace(/^.*\//, ''))).toEqual(['content-script.js']);
    expect(await inWorld(copyKind)).toBe('gate');
    expect(await highlightTexts(page)).toEqual([]);

    const reply = (await sendToTab(session.serviceWorker, '*://english.news.cn/gate/*', { type: 'get-page-terms' })) as Record<string, unknown>;
    expect(reply).toEqual({ counts: {}, held: {}, about: null, active: true, reading: false });

    // A live blog adds a paragraph with a term: the gate reads the change and hands over.
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = 'Update: the ministry set out its plan for new industrialization.';
      document.querySelector('article')?.append(p);
    });
    await expect.poll(() => highlightTexts(page), { timeout: 8000 }).toEqual(['new industrialization']);
    expect(await inWorld(copyKind)).toBe('pipeline');
    // The pipeline answers now, with the count.
    const after = (await sendToTab(session.serviceWorker, '*://english.news.cn/gate/*', { type: 'get-page-terms' })) as { counts: Record<string, number> };
    expect(after.counts).toEqual({ 'new-industrialization': 1 });
    await page.close();
  });

  it('a word of a term split by markup, added in a text node of its own, is read with its block', async () => {
    const { page, inWorld } = await openRecording('gate/plain.html');
    await page.waitForLoadState('load');
    await page.waitForTimeout(800);
    expect(await inWorld(copyKind)).toBe('gate');
    // "low-altitude " is there already; the change adds only "economy", in a <b> of its own.
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = 'Drones open the low-altitude ';
      document.querySelector('article')?.append(p);
    });
    await page.waitForTimeout(400);
    await page.evaluate(() => {
      const b = document.createElement('b');
      b.textContent = 'economy';
      document.querySelector('article p:last-child')?.append(b);
    });
    await expect.poll(() => highlightTexts(page), { timeout: 8000 }).toEqual(['low-altitude economy']);
    await page.close();
  });
});
