import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTICLE, getTerm } from '../../glossary';
import { launchWithExtension, type ExtensionSession } from '../../tooling/extension';
import { startFixtureServer, type FixtureServer } from '../../tooling/server';

describe('reader page', () => {
  let server: FixtureServer;
  let session: ExtensionSession;

  beforeAll(async () => {
    server = await startFixtureServer();
    session = await launchWithExtension({ port: server.port });
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  async function openReader(hash: string): Promise<Page> {
    const page = await session.context.newPage();
    await page.goto(session.extensionUrl(`src/reader/index.html${hash}`));
    await page.locator('html[data-ready="true"]').waitFor({ timeout: 5000 });
    return page;
  }

  const inViewport = (page: Page, sel: string): Promise<boolean> =>
    page.locator(sel).evaluate((el) => {
      const r = el.getBoundingClientRect();
      return r.top >= 0 && r.bottom <= window.innerHeight;
    });

  it('renders the interview with numbered paragraphs and marked terms', async () => {
    const page = await openReader('');
    expect(await page.locator('h1.pl-article-title').textContent()).toBe(ARTICLE.title);
    expect(await page.locator('p.pl-para').count()).toBe(ARTICLE.paragraphs.length);
    expect(await page.locator('#p10 .pl-para-num').textContent()).toBe('10');
    expect(await page.locator('#p4 .pl-term[data-term="low-altitude-economy"]').textContent()).toBe('low-altitude economy');
    await page.close();
  });

  it('#p7 scrolls to paragraph 7 and marks it', async () => {
    const page = await openReader('#p7');
    await expect.poll(() => inViewport(page, '#p7'), { timeout: 3000 }).toBe(true);
    expect(await page.locator('.pl-para.pl-target').getAttribute('id')).toBe('p7');
    await page.close();
  });

  it('#term=<id> marks the first cited occurrence; hovering and focusing a term show its card; Esc closes', async () => {
    const page = await openReader('#term=little-giant-firms');
    const sel = '#p10 .pl-term.pl-target-term[data-term="little-giant-firms"]';
    await page.locator(sel).waitFor({ timeout: 3000 });
    await expect.poll(() => inViewport(page, sel), { timeout: 3000 }).toBe(true);
    expect(await page.locator('.pl-para.pl-target').getAttribute('id')).toBe('p10');

    await page.locator(sel).hover();
    const term = getTerm('little-giant-firms');
    await expect.poll(() => page.locator('.tippy-box .pl-card-name').textContent(), { timeout: 3000 }).toBe(term?.name);
    expect(await page.locator('.tippy-box .pl-card-definition').textContent()).toBe(term?.definition);
    await page.mouse.move(2, 2);
    await expect.poll(() => page.locator('.tippy-box').count(), { timeout: 3000 }).toBe(0);

    await page.locator('#p4 .pl-term[data-term="6g"]').focus();
    await expect.poll(() => page.locator('.tippy-box .pl-card-name').textContent(), { timeout: 3000 }).toBe('6G');
    await page.waitForTimeout(300);
    mkdirSync('test-results/screenshots', { recursive: true });
    await page.screenshot({ path: 'test-results/screenshots/reader.png' });
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('.tippy-box').count(), { timeout: 3000 }).toBe(0);
    await page.close();
  });
});
