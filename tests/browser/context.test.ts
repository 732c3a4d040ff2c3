/**
 * Generic terms only where the page is about China, in the built extension:
 * articles about British SMEs, Apple's supply chain, AI tools, a Little
 * Giant ladder and UK gigabit broadband get no mark at all; an article about
 * China's industry ministry with the same words gets every one. The popup
 * says what was left unmarked and marks it on request; "first mentions
 * only" paints each term once while every occurrence still opens its card.
 */
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { getTerm } from '../../glossary';
import { expectedTexts, highlightCount, highlightTexts, hoverTerm, sendToTab, setSettings } from './page-helpers';
import { extensionSuite, SHOTS } from './suite';

const CARD = '[data-policy-lens-ui] .pl-card';

interface Report {
  counts: Record<string, number>;
  held: Record<string, number>;
  about: string | null;
  active: boolean;
  reading: boolean;
}

const suite = extensionSuite();

async function open(host: string, file: string, query = ''): Promise<{ page: Page; url: string }> {
  const page = suite.track(await suite.session.context.newPage());
  const url = suite.session.newsUrl(host, `context/${file}${query}`);
  await page.goto(url);
  return { page, url };
}

function report(url: string): Promise<Report | null> {
  return sendToTab(suite.session.serviceWorker, url, { type: 'get-page-terms' }).catch(() => null) as Promise<Report | null>;
}

/** Client rect of the nth occurrence of text inside the element with this id, painted or not. */
function occurrenceBox(page: Page, id: string, text: string, nth = 0): Promise<{ x: number; y: number; width: number; height: number } | null> {
  return page.evaluate(
    ({ id, text, nth }) => {
      const root = document.getElementById(id);
      if (!root) return null;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      let seen = 0;
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const data = (n as Text).data;
        for (let at = data.indexOf(text); at !== -1; at = data.indexOf(text, at + 1)) {
          if (seen++ < nth) continue;
          const r = document.createRange();
          r.setStart(n, at);
          r.setEnd(n, at + text.length);
          const b = r.getClientRects()[0];
          return b ? { x: b.x, y: b.y, width: b.width, height: b.height } : null;
        }
      }
      return null;
    },
    { id, text, nth },
  );
}

const OFF_TOPIC: [string, string, string][] = [
  ['British SMEs', 'apnews.com', 'uk-smes.html'],
  ["Apple's supply chain (China named once)", 'www.reuters.com', 'apple-supply-chain.html'],
  ['AI tools', 'www.cnbc.com', 'ai-tools.html'],
  ['the Little Giant ladder', 'thediplomat.com', 'ladder.html'],
  ['gigabit broadband in the UK', 'apnews.com', 'uk-gigabit.html'],
];

describe('general terms on pages that are not about China', () => {
  it.each(OFF_TOPIC)('%s: no marks at all, and the general terms are reported as left unmarked', async (_name, host, file) => {
    const { page, url } = await open(host, file);
    const held = await page.evaluate(() => JSON.parse(document.getElementById('pl-held')?.textContent ?? '{}') as Record<string, number>);
    expect(Object.keys(held).length).toBeGreaterThan(0);
    // The scan is done when the page reports every held occurrence.
    await expect.poll(async () => (await report(url))?.held, { timeout: 8000 }).toEqual(held);
    expect(await report(url)).toEqual({ counts: {}, held, about: null, active: true, reading: false });
    await page.waitForTimeout(300);
    expect(await highlightCount(page)).toBe(0);
  });

  it('pointing at a generic word there opens no card', async () => {
    const { page, url } = await open('www.cnbc.com', 'ai-tools.html');
    await expect.poll(async () => (await report(url))?.held['artificial-intelligence'], { timeout: 8000 }).toBe(4);
    const box = await page.evaluate(() => {
      const p = document.querySelectorAll('article p')[1];
      const text = p?.firstChild as Text;
      const r = document.createRange();
      const at = text.data.indexOf('AI');
      r.setStart(text, at);
      r.setEnd(text, at + 2);
      const b = r.getBoundingClientRect();
      return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
    });
    await page.mouse.move(box.x, box.y, { steps: 3 });
    await page.waitForTimeout(900);
    expect(await page.locator(CARD).count()).toBe(0);
  });
});

describe('the same general terms in an article about China', () => {
  it("marks every one on an article about China's industry ministry, and says why", async () => {
    const { page, url } = await open('www.reuters.com', 'miit-ministry.html');
    const want = await expectedTexts(page);
    await expect.poll(() => highlightTexts(page), { timeout: 8000 }).toEqual(want);
    const r = await report(url);
    expect(r?.about).toBe('title');
    expect(r?.held).toEqual({});
    expect(r?.counts).toMatchObject({ 'artificial-intelligence': 3, smes: 2, 'little-giant-firms': 1, 'gigabit-optical-networks': 1 });
  });

  it('the card keeps the interview apart from background, dates its figure and folds its timeline', async () => {
    const { page } = await open('www.reuters.com', 'miit-ministry.html');
    await expect.poll(() => highlightTexts(page), { timeout: 8000 }).toContain('little giants');
    await hoverTerm(page, 'little giants');
    await page.locator(CARD).waitFor({ timeout: 3000 });
    // After tippy's fade-in.
    await page.waitForTimeout(300);
    const lg = getTerm('little-giant-firms');
    expect(await page.locator(`${CARD} .pl-card-definition`).textContent()).toBe(lg?.definition);
    expect(await page.locator(`${CARD} .pl-card-interview .pl-card-label`).textContent()).toBe('In the interview, 31 Aug 2024');
    expect(await page.locator(`${CARD} .pl-card-figure`).textContent()).toBe('12,000 firms — cultivated as "little giants", by Aug 2024, per Jin (¶10)');
    await page.screenshot({ path: resolve(SHOTS, 'card-little-giant.png') });
    const timeline = page.locator(`${CARD} details.pl-card-timeline`);
    expect(await timeline.getAttribute('open')).toBeNull();
    await page.locator(`${CARD} .pl-card-timeline > summary`).click();
    await expect.poll(() => timeline.getAttribute('open')).toBe('');
    await page.waitForTimeout(100);
    expect(await page.locator(`${CARD} .pl-card-event`).allTextContents()).toContain('Jun 2019 First batch named: 248 firms');
    // Taller now, the whole card is still inside the window.
    const box = await page.locator('[data-policy-lens-ui] .tippy-box').boundingBox();
    const vh = page.viewportSize()?.height ?? 0;
    expect(box && box.y >= 0 && box.y + box.height <= vh, JSON.stringify(box)).toBe(true);
    await page.screenshot({ path: resolve(SHOTS, 'card-little-giant-timeline.png') });
  });
});

describe('the popup and "mark them anyway"', () => {
  it('says which general terms were left unmarked and why, and one click marks them on this page only', async () => {
    const { page, url } = await open('apnews.com', 'uk-smes.html');
    await expect.poll(async () => (await report(url))?.held.smes, { timeout: 8000 }).toBe(3);
    const tabId = await suite.session.serviceWorker.evaluate(
      async (u) => (await (globalThis as unknown as { chrome: { tabs: { query(q: { url: string }): Promise<{ id?: number }[]> } } }).chrome.tabs.query({ url: u }))[0]?.id ?? -1,
      url,
    );
    const popup = suite.track(await suite.session.context.newPage());
    await popup.setViewportSize({ width: 400, height: 580 });
    await popup.goto(suite.session.extensionUrl(`src/popup/index.html?tab=${tabId}`));
    await popup.waitForSelector('body[data-ready="true"]', { timeout: 10_000 });
    expect(await popup.locator('.pl-empty').getAttribute('data-status')).toBe('held');
    expect(await popup.locator('.pl-held-text').textContent()).toBe(
      '4 general terms left unmarked: small and medium-sized enterprises (3), artificial intelligence (2), digital transformation (1), industrial and supply chains (1).',
    );
    expect(await popup.locator('.pl-held-why').textContent()).toMatch(/nothing on this page says it is about China/);
    await popup.screenshot({ path: resolve(SHOTS, 'popup-held.png') });

    await popup.locator('.pl-held-mark').click();
    await expect
      .poll(() => highlightTexts(page), { timeout: 5000 })
      .toEqual(['AI', 'AI', 'SMEs', 'SMEs', 'digital transformation', 'small and medium-sized enterprises', 'supply chain']);
    await expect.poll(() => popup.locator('.pl-term-choice').count()).toBe(4);
    expect(await popup.locator('.pl-about').textContent()).toBe('General terms are marked because you asked for them on this page.');
    expect((await report(url))?.about).toBe('forced');
    await popup.screenshot({ path: resolve(SHOTS, 'popup-marked-anyway.png') });

    // Only this page: the same article in another tab still holds them back.
    const other = await open('apnews.com', 'uk-smes.html', '?again');
    await expect.poll(async () => (await report(other.url))?.held.smes, { timeout: 8000 }).toBe(3);
    expect(await highlightCount(other.page)).toBe(0);
  });
});

describe('first mentions only', () => {
  it('paints the first occurrence of each term, while a later one still opens its card; back to all', async () => {
    const { page } = await open('www.reuters.com', 'miit-ministry.html');
    const all = await expectedTexts(page);
    await expect.poll(() => highlightTexts(page), { timeout: 8000 }).toEqual(all);

    await setSettings(suite.session.serviceWorker, { density: 'first' });
    const firsts = [...new Set(all)].sort();
    await expect.poll(() => highlightTexts(page), { timeout: 5000 }).toEqual(firsts);
    // The first "AI" is in the headline: the one in the last paragraph is not painted.
    const box = await occurrenceBox(page, 'p3', 'AI');
    if (!box) throw new Error('no "AI" in the last paragraph');
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 4 });
    await page.locator(CARD).waitFor({ timeout: 3000 });
    expect(await page.locator(`${CARD} .pl-card-name`).textContent()).toBe('artificial intelligence');
    expect(await highlightTexts(page, 'policy-lens-active')).toEqual(['AI']);
    await page.screenshot({ path: resolve(SHOTS, 'first-mentions-only.png') });

    await setSettings(suite.session.serviceWorker, { density: 'all' });
    await expect.poll(() => highlightTexts(page), { timeout: 5000 }).toEqual(all);
  });
});
