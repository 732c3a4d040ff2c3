/**
 * What matching in the background would have to beat: the round trip of
 * one message carrying a 40 KB article's text from the content script's
 * isolated world to the service worker and back, in a fresh tab. The
 * worker is running: automation keeps it alive (a DevTools client is
 * attached to it), so the cold start a reader meets after half a minute
 * away from listed sites comes on top of this. The background
 * rejects the message (an unknown type), so this times the messaging
 * alone, not any matching. A diagnostic: `npx tsx bench/message-roundtrip.ts`
 * (BENCH_SKIP_BUILD=1 reuses the bench build).
 */
import { resolve } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { launchWithExtension, type ExtensionSession } from '../tooling/extension';
import { startFixtureServer } from '../tooling/server';
import { BENCH_DIST, REPO, buildBench } from './build-bench';
import { ELSEWHERE, NEWS } from './config';
import { generatePage } from './generate-page';
import { summarize } from './stats';

const LOADS = Number(process.env.LOADS ?? 7);

/** The Policy Lens isolated world of the page's main frame. */
async function isolatedWorld(cdp: CDPSession, page: Page, url: string): Promise<number> {
  const contexts: { id: number; name: string; auxData?: { type?: string; isDefault?: boolean } }[] = [];
  cdp.on('Runtime.executionContextCreated', (e: { context: (typeof contexts)[number] }) => contexts.push(e.context));
  await cdp.send('Runtime.enable');
  await page.goto(url);
  for (let i = 0; i < 100; i++) {
    const c = contexts.find((x) => x.auxData?.type === 'isolated' && x.name === 'Policy Lens');
    if (c) return c.id;
    await page.waitForTimeout(50);
  }
  throw new Error('no Policy Lens isolated world in the page');
}

const ROUND_TRIP = `(async () => {
  const text = document.body.innerText;
  const t0 = performance.now();
  await chrome.runtime.sendMessage({ type: 'bench-roundtrip', text }).catch(() => undefined);
  return { ms: performance.now() - t0, chars: text.length };
})()`;

async function oneLoad(session: ExtensionSession, url: string): Promise<{ ms: number; chars: number }> {
  const page = await session.context.newPage();
  try {
    await page.goto(`http://${ELSEWHERE}/bench/blank.html`);
    const cdp = await session.context.newCDPSession(page);
    const world = await isolatedWorld(cdp, page, url);
    await page.waitForTimeout(300);
    const r = await cdp.send('Runtime.evaluate', { expression: ROUND_TRIP, contextId: world, awaitPromise: true, returnByValue: true });
    return r.result.value as { ms: number; chars: number };
  } finally {
    await page.close();
  }
}

async function main(): Promise<void> {
  const dist = process.env.BENCH_SKIP_BUILD === '1' ? BENCH_DIST : await buildBench();
  const server = await startFixtureServer(resolve(REPO, 'tests/fixtures'));
  server.route('/bench/blank.html', { body: '<!doctype html><title>blank</title><p>Another site.</p>' });
  server.route('/bench/page-a40k.html', { body: generatePage({ chars: 40_000, termEvery: 300 }).html });
  const session = await launchWithExtension({ port: server.port, dist, viewport: { width: 1280, height: 900 } });
  try {
    const url = `http://${NEWS}/bench/page-a40k.html`;
    const runs: number[] = [];
    let chars = 0;
    for (let i = 0; i < LOADS; i++) {
      const r = await oneLoad(session, url);
      runs.push(r.ms);
      chars = r.chars;
    }
    const s = summarize(runs);
    console.log(`${chars} chars, round trip median ${s?.median.toFixed(2)} ms [${s?.min.toFixed(2)}–${s?.max.toFixed(2)}] over ${LOADS} fresh tabs`);
  } finally {
    await session.close();
    await server.close();
  }
}
void main();
