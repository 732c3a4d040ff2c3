/**
 * The side panel beside an article. Headless Chromium shows no side panel
 * UI, so the panel page opens in a window of its own (?window= names the
 * browser window it follows, as a real side panel follows its own) while
 * the article is the active tab of the normal window.
 */
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { TERMS } from '../../glossary/core';
import { axeViolations } from './axe';
import { SHOTS, extensionSuite } from './suite';

const suite = extensionSuite();

interface Chrome {
  tabs: { query(q: Record<string, unknown>): Promise<{ id?: number; windowId?: number }[]>; sendMessage(id: number, m: unknown, o: unknown): Promise<{ counts: Record<string, number> }> };
  windows: { create(o: Record<string, unknown>): Promise<{ id?: number }> };
}

async function openArticle(path: string, host = 'english.news.cn'): Promise<{ page: Page; tabId: number; windowId: number }> {
  const page = suite.track(await suite.session.context.newPage());
  await page.goto(suite.session.newsUrl(host, path));
  await page.bringToFront();
  await page.waitForFunction(() => (CSS.highlights.get('policy-lens')?.size ?? 0) > 0, undefined, { timeout: 10_000 });
  const t = await suite.session.serviceWorker.evaluate(async (u) => (await (globalThis as unknown as { chrome: Chrome }).chrome.tabs.query({ url: u }))[0], page.url());
  return { page, tabId: t?.id ?? -1, windowId: t?.windowId ?? -1 };
}

async function openPanel(windowId: number): Promise<Page> {
  const url = suite.session.extensionUrl(`src/sidepanel/index.html?window=${windowId}`);
  const opened = suite.session.context.waitForEvent('page', (p) => p.url().includes('/src/sidepanel/'));
  await suite.session.serviceWorker.evaluate((u) => void (globalThis as unknown as { chrome: Chrome }).chrome.windows.create({ type: 'popup', url: u, width: 400, height: 900 }), url);
  const panel = suite.track(await opened);
  await panel.setViewportSize({ width: 400, height: 900 });
  await panel.waitForSelector('body[data-ready="true"]');
  return panel;
}

/** The centre of the first painted occurrence of any of the terms (by name), and that term; the later cited the better (more to scroll). */
async function termOnPage(page: Page): Promise<{ id: string; x: number; y: number }> {
  const candidates = [...TERMS].sort((a, b) => (b.citations[0]?.paragraph ?? 0) - (a.citations[0]?.paragraph ?? 0)).map((t) => ({ id: t.id, name: t.name.toLowerCase() }));
  const hit = await page.evaluate((cands) => {
    for (const c of cands) {
      for (const r of (CSS.highlights.get('policy-lens') ?? []) as Iterable<AbstractRange>) {
        const live = document.createRange();
        live.setStart(r.startContainer, r.startOffset);
        live.setEnd(r.endContainer, r.endOffset);
        if (live.toString().toLowerCase() !== c.name) continue;
        live.startContainer.parentElement?.scrollIntoView({ block: 'center' });
        const b = live.getClientRects()[0];
        if (b) return { id: c.id, x: b.left + b.width / 2, y: b.top + b.height / 2 };
      }
    }
    return null;
  }, candidates);
  if (!hit) throw new Error('no glossary term painted on the page');
  return hit;
}

/** What the panel shows now. */
function panelState(panel: Page): Promise<{ card: string | null; target: string | null; inView: boolean; quote: string | null; following: string }> {
  return panel.evaluate(() => {
    const card = document.querySelector<HTMLElement>('.pl-chosen .pl-card')?.dataset.term ?? null;
    const para = document.querySelector<HTMLElement>('.pl-article .pl-target');
    const scroller = para?.closest('.pl-tabpanel');
    let inView = false;
    if (para && scroller) {
      const p = para.getBoundingClientRect();
      const s = scroller.getBoundingClientRect();
      inView = p.top >= s.top - 1 && p.top < s.bottom && p.bottom > s.top;
    }
    let quote: string | null = null;
    for (const r of (CSS.highlights.get('pl-panel-quote') ?? []) as Iterable<Range>) quote = r.toString();
    return { card, target: para?.id ?? null, inView, quote, following: document.querySelector('.pl-panel-following')?.textContent ?? '' };
  });
}

const termsListed = (panel: Page): Promise<string[]> => panel.locator('.pl-term-choice').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.term ?? '').sort());

describe('side panel', () => {
  it('follows a term chosen on the page, lists the tab’s terms, and follows the active tab', async () => {
    const a = await openArticle('xinhua-interview.html');
    const panel = await openPanel(a.windowId);
    expect(await panel.locator('.pl-chosen-hint').isVisible()).toBe(true);

    const term = await termOnPage(a.page);
    const meant = TERMS.find((t) => t.id === term.id);
    const n = meant?.citations[0]?.paragraph ?? 1;
    // A hover is not a choice: the panel stays as it was.
    await a.page.mouse.move(term.x, term.y);
    await a.page.waitForTimeout(600);
    expect((await panelState(panel)).card).toBeNull();
    await a.page.mouse.click(term.x, term.y);
    await expect.poll(() => panelState(panel).then((s) => s.card)).toBe(term.id);
    await expect.poll(() => panelState(panel).then((s) => s.inView), { timeout: 5000 }).toBe(true);
    const s = await panelState(panel);
    expect(s.target).toBe(`p${n}`);
    expect(s.quote).toBe(meant?.citations[0]?.quote);

    // The tab's terms: what its content script reports.
    const report = await suite.session.serviceWorker.evaluate((id) => (globalThis as unknown as { chrome: Chrome }).chrome.tabs.sendMessage(id, { type: 'get-page-terms' }, { frameId: 0 }), a.tabId);
    await panel.locator('#pl-panel-tab-page').click();
    await expect.poll(() => termsListed(panel)).toEqual(Object.keys(report.counts).sort());
    expect(await axeViolations(panel)).toEqual([]);
    await panel.locator('#pl-panel-tab-interview').click();
    expect(await axeViolations(panel)).toEqual([]);

    // Side by side: the article at 900 px, the panel at 400.
    await a.page.setViewportSize({ width: 900, height: 900 });
    await panel.waitForTimeout(400);
    const left = (await a.page.screenshot()).toString('base64');
    const right = (await panel.screenshot()).toString('base64');
    const sheet = suite.track(await suite.session.context.newPage());
    await sheet.setViewportSize({ width: 1302, height: 900 });
    await sheet.setContent(
      `<body style="margin:0;display:flex;gap:2px;background:#888"><img src="data:image/png;base64,${left}" width="900" height="900"><img src="data:image/png;base64,${right}" width="400" height="900"></body>`,
    );
    await sheet.screenshot({ path: resolve(SHOTS, 'side-panel.png') });
    await sheet.close();

    // Another tab with other terms becomes active: the panel follows it.
    await a.page.bringToFront();
    const b = await openArticle('scmp-analysis.html', 'www.scmp.com');
    expect(b.windowId).toBe(a.windowId);
    const reportB = await suite.session.serviceWorker.evaluate((id) => (globalThis as unknown as { chrome: Chrome }).chrome.tabs.sendMessage(id, { type: 'get-page-terms' }, { frameId: 0 }), b.tabId);
    expect(Object.keys(reportB.counts).sort()).not.toEqual(Object.keys(report.counts).sort());
    await panel.locator('#pl-panel-tab-page').click();
    await expect.poll(() => termsListed(panel)).toEqual(Object.keys(reportB.counts).sort());
    await expect.poll(() => panelState(panel).then((x) => x.following)).toContain(await b.page.title());
    // Nothing chosen on this tab yet.
    expect((await panelState(panel)).card).toBeNull();
    const termB = await termOnPage(b.page);
    await b.page.mouse.click(termB.x, termB.y);
    await expect.poll(() => panelState(panel).then((x) => x.card)).toBe(termB.id);

    // A term chosen on the tab the panel no longer shows is not followed.
    const other = await termOnPage(a.page);
    await a.page.mouse.click(other.x, other.y);
    await panel.waitForTimeout(500);
    expect((await panelState(panel)).card).toBe(termB.id);
  });
});
