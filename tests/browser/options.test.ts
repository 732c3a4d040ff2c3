/**
 * The options page against the built extension: site switches (default and
 * user-added, removable), highlight style and colour with the preview,
 * restore defaults. Every change is a storage write that open tabs follow.
 */
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SITES } from '../../src/core/default-sites';
import type { ChromeForTests } from '../../tooling/chrome-types';
import { highlightCount } from './page-helpers';
import { extensionSuite, SHOTS } from './suite';


interface Chrome extends ChromeForTests {
  storage: ChromeForTests['storage'] & { sync: ChromeForTests['storage']['sync'] & { clear(): Promise<void> }; local: ChromeForTests['storage']['local'] & { clear(): Promise<void> } };
}

const suite = extensionSuite();

function stored(): Promise<Record<string, unknown>> {
  return suite.session.serviceWorker.evaluate(() => (globalThis as unknown as { chrome: Chrome }).chrome.storage.sync.get(null));
}

async function openOptions(): Promise<Page> {
  const page = await suite.session.context.newPage();
  suite.track(page);
  await page.goto(suite.session.extensionUrl('src/options/index.html'));
  await page.waitForSelector('body[data-ready="true"]');
  return page;
}



describe('options page', () => {
  it('lists every default site switched on, and switching one off clears its open tab live', async () => {
    const news = await suite.session.context.newPage();
    suite.track(news);
    await news.goto(suite.session.newsUrl('www.scmp.com', 'scmp-analysis.html'));
    await expect.poll(() => highlightCount(news), { timeout: 10_000 }).toBeGreaterThan(0);

    const page = await openOptions();
    const rows = page.locator('#op-default-sites li');
    expect(await rows.count()).toBe(DEFAULT_SITES.length);
    const states = await page.$$eval('#op-default-sites [role="switch"]', (els) => els.map((e) => e.getAttribute('aria-checked')));
    expect(states.every((s) => s === 'true')).toBe(true);

    const scmp = page.locator('#op-default-sites li[data-site="scmp.com"] [role="switch"]');
    await scmp.click();
    await expect.poll(() => scmp.getAttribute('aria-checked')).toBe('false');
    expect((await stored()).sites).toEqual({ 'scmp.com': false });
    await expect.poll(() => highlightCount(news)).toBe(0);
    // Keyboard: Space on the focused switch turns it back on.
    await scmp.focus();
    await page.keyboard.press('Space');
    await expect.poll(() => highlightCount(news), { timeout: 10_000 }).toBeGreaterThan(0);
    expect((await stored()).sites).toEqual({ 'scmp.com': true });
  });

  it('shows the user’s own sites with their state and removes them', async () => {
    await suite.session.serviceWorker.evaluate(() => (globalThis as unknown as { chrome: Chrome }).chrome.storage.sync.set({ sites: { 'example.org': true, 'blog.example.net': false, 'scmp.com': false } }));
    const page = await openOptions();
    const user = await page.$$eval('#op-user-sites li', (els) =>
      els.map((e) => [(e as HTMLElement).dataset.site, e.querySelector('[role="switch"]')?.getAttribute('aria-checked')]),
    );
    // Default sites never show up as the user's own.
    expect(user).toEqual([
      ['blog.example.net', 'false'],
      ['example.org', 'true'],
    ]);
    expect(await page.locator('#op-default-sites li[data-site="scmp.com"] [role="switch"]').getAttribute('aria-checked')).toBe('false');
    await page.getByRole('button', { name: 'Remove example.org' }).click();
    await expect.poll(async () => (await stored()).sites).toEqual({ 'blog.example.net': false, 'scmp.com': false });
    await expect.poll(() => page.locator('#op-user-sites li').count()).toBe(1);
    // Storage written elsewhere shows up here live.
    await suite.session.serviceWorker.evaluate(() => (globalThis as unknown as { chrome: Chrome }).chrome.storage.sync.set({ sites: {} }));
    await expect.poll(() => page.locator('#op-user-sites li').count()).toBe(0);
    expect(await page.locator('.op-muted', { hasText: 'None yet' }).isVisible()).toBe(true);
  });

  it('changes style and colour, with a live preview, and restores defaults', async () => {
    const page = await openOptions();
    const preview = page.locator('.op-preview');
    expect(await preview.getAttribute('data-style')).toBe('background');
    await page.getByLabel('An underline').check();
    await expect.poll(async () => (await stored()).highlightStyle).toBe('underline');
    expect(await preview.getAttribute('data-style')).toBe('underline');
    // The preview paints with the Highlight API, like pages do.
    expect(await page.evaluate(() => CSS.highlights.get('op-preview')?.size)).toBe(1);

    await page.locator('#op-color').evaluate((el) => {
      const input = el as HTMLInputElement;
      input.value = '#2255aa';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await expect.poll(async () => (await stored()).highlightColor).toBe('#2255aa');
    expect(await page.getByLabel('My colour').isChecked()).toBe(true);
    expect(await preview.getAttribute('data-color')).toBe('#2255aa');
    await page.screenshot({ path: resolve(SHOTS, 'options.png'), fullPage: false });

    await page.getByLabel('Automatic (follows light or dark pages)').check();
    await expect.poll(async () => (await stored()).highlightColor).toBe('auto');

    // Every occurrence, or each term's first only.
    expect(await page.getByLabel('Every occurrence').isChecked()).toBe(true);
    await page.getByLabel(/Only the first of each term/).check();
    await expect.poll(async () => (await stored()).density).toBe('first');

    page.once('dialog', (d) => void d.accept());
    await page.getByRole('button', { name: 'Restore defaults' }).click();
    await expect.poll(() => stored()).toEqual({});
    await expect.poll(() => page.getByLabel('A background colour').isChecked()).toBe(true);
    await expect.poll(() => page.getByLabel('Every occurrence').isChecked()).toBe(true);
  });

  it('an unreadable stored value does not break the page', async () => {
    await suite.session.serviceWorker.evaluate(() => (globalThis as unknown as { chrome: Chrome }).chrome.storage.sync.set({ sites: ['x'], enabled: 'yes', highlightStyle: 'wavy', highlightColor: 12 }));
    const page = await openOptions();
    expect(await page.locator('#op-default-sites [role="switch"][aria-checked="true"]').count()).toBe(DEFAULT_SITES.length);
    expect(await page.getByLabel('A background colour').isChecked()).toBe(true);
  });
});
