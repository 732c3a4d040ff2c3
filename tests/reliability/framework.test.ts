/**
 * Promise 2: framework pages keep working. A React app (react-dom from npm,
 * bundled here with Vite's build() API into a temp dir) is server-rendered
 * with react-dom/server and hydrated on the client after the extension has
 * scanned it; it then re-renders term-bearing text many times, inserting,
 * removing and reordering paragraphs. The same checks on a plain page whose
 * script keeps references to its own text nodes and edits, splits and
 * normalises them. No page error, no console error (React reports hydration
 * mismatches there), highlights follow the changes and match the final text.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { surfaceForms } from '../../glossary';
import { compileMatcher } from '../../src/core/matcher';
import { App, liveText, paragraphs } from '../fixtures/reliability/react-app';
import { launchWithExtension, type ExtensionSession } from '../../tooling/extension';
import type { FixtureServer } from '../../tooling/server';
import { paintedTexts, settle, SOAK, startServer, watchProblems, writeFigures } from './helpers';

const matcher = compileMatcher(surfaceForms());
const expectedStrings = (blocks: readonly string[]): string[] =>
  blocks.flatMap((t) => matcher.find(t).map((m) => t.slice(m.start, m.end))).sort();

const APP = { ticks: SOAK ? 1000 : 150, intervalMs: 16 };
const figures: Record<string, unknown> = {};

describe('framework and script-heavy pages keep working', () => {
  let server: FixtureServer;
  let session: ExtensionSession;
  let out = '';

  beforeAll(async () => {
    out = mkdtempSync(join(tmpdir(), 'pl-react-fixture-'));
    await build({
      configFile: false,
      logLevel: 'warn',
      mode: 'development',
      define: { 'process.env.NODE_ENV': JSON.stringify('development') },
      build: {
        outDir: out,
        emptyOutDir: true,
        minify: false,
        lib: { entry: resolve(import.meta.dirname, '../fixtures/reliability/react-client.ts'), formats: ['iife'], name: 'PlReact', fileName: () => 'app.js' },
      },
    });
    server = await startServer();
    server.route('/react/app.js', { body: readFileSync(join(out, 'app.js')), type: 'text/javascript; charset=utf-8' });
    const ssr = renderToString(createElement(App, APP));
    server.route(
      '/react/index.html',
      {
        body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>React fixture</title></head><body><div id="root">${ssr}</div><script>window.__plApp = ${JSON.stringify(APP)};</script><script src="/react/app.js"></script></body></html>`,
      },
    );
    session = await launchWithExtension({ port: server.port });
  });
  afterAll(async () => {
    writeFigures('framework', figures);
    await session?.close();
    await server?.close();
    if (out) rmSync(out, { recursive: true, force: true });
  });

  async function runApp(host: string): Promise<{ page: Page; problems: string[]; snapshots: number }> {
    const page = await session.context.newPage();
    const problems = watchProblems(page);
    await page.goto(session.newsUrl(host, 'react/index.html'));
    await page.waitForFunction(() => (window as unknown as { __hydrated?: boolean }).__hydrated === true, undefined, { timeout: 10_000 });
    // Highlights follow the re-renders: sample them while React works.
    const seen = new Set<string>();
    while (!(await page.evaluate(() => (window as unknown as { __reactDone?: boolean }).__reactDone === true))) {
      seen.add(JSON.stringify(await paintedTexts(page)));
      await page.waitForTimeout(100);
    }
    return { page, problems, snapshots: seen.size };
  }

  it('a server-rendered React app hydrates and re-renders with no error; highlights follow it', async () => {
    const control = await runApp('example.org');
    expect(control.problems, 'the fixture is clean without the extension').toEqual([]);
    await control.page.close();

    const { page, problems, snapshots } = await runApp('english.news.cn');
    const t = APP.ticks;
    const want = expectedStrings([liveText(t), ...paragraphs(t).map((p) => p.lead + p.em + p.tail), 'Done with satellite internet.']);
    const got = await settle(() => paintedTexts(page), 500);
    figures.reactRenders = t;
    figures.reactPaintedSnapshots = snapshots;
    figures.reactProblems = problems.length;
    expect(problems).toEqual([]);
    expect(got).toEqual(want);
    expect(snapshots, 'distinct highlight sets seen while React re-rendered').toBeGreaterThan(3);
    // React still owns its DOM: one more state change after ours goes through.
    expect(await page.locator('#final').textContent()).toBe('Done with satellite internet.');
    await page.close();
  });

  it('a plain page that keeps references to its own text nodes edits, splits and normalises them with no error', async () => {
    const rounds = SOAK ? 400 : 60;
    server.route('/plain/refs.html', {
      body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>refs</title></head><body>
<div id="feed"><p id="a">Alpha on humanoid robots.</p><p id="b">Beta on <b>low-altitude</b> economy.</p><p id="c">Gamma.</p></div>
<script>
const a = document.getElementById('a').firstChild;
const c = document.getElementById('c').firstChild;
const terms = ['integrated circuits', 'commercial aerospace', 'humanoid robots', 'new industrialization'];
let i = 0;
const errors = [];
setTimeout(function step() {
  a.data = 'Alpha ' + i + ' on ' + terms[i % 4] + '.';
  // Split the text node the page holds, edit both halves, then join them again.
  const tail = c.splitText(Math.min(3, c.data.length));
  tail.data = 'ma on ' + terms[(i + 1) % 4] + '.';
  c.parentNode.normalize();
  if (!c.isConnected || tail.isConnected) errors.push('node identity at ' + i);
  const p = document.createElement('p'); p.textContent = 'Extra ' + i + ' on ' + terms[(i + 2) % 4] + '.';
  document.getElementById('feed').appendChild(p);
  if (document.getElementById('feed').children.length > 6) document.getElementById('feed').children[3].remove();
  if (++i < ${rounds}) setTimeout(step, 20);
  else {
    c.data = 'Gamma on ' + terms[0] + '.';
    while (document.getElementById('feed').children.length > 3) document.getElementById('feed').lastElementChild.remove();
    if (a !== document.getElementById('a').firstChild) errors.push('a replaced');
    if (c !== document.getElementById('c').firstChild) errors.push('c replaced');
    if (errors.length) console.error(errors.join('; '));
    window.__plainDone = true;
  }
}, 800);
</script></body></html>`,
    });
    const page = await session.context.newPage();
    const problems = watchProblems(page);
    await page.goto(session.newsUrl('english.news.cn', 'plain/refs.html'));
    await page.waitForFunction(() => (window as unknown as { __plainDone?: boolean }).__plainDone === true, undefined, { timeout: 30_000 });
    const got = await settle(() => paintedTexts(page), 500);
    const last = rounds - 1;
    const terms = ['integrated circuits', 'commercial aerospace', 'humanoid robots', 'new industrialization'];
    const want = expectedStrings([`Alpha ${last} on ${terms[last % 4] as string}.`, 'Beta on low-altitude economy.', `Gamma on ${terms[0] as string}.`]);
    figures.plainRounds = rounds;
    figures.plainProblems = problems.length;
    expect(problems).toEqual([]);
    expect(got).toEqual(want);
    await page.close();
  });
});
