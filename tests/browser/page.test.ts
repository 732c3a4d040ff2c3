import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getTerm } from '../../glossary';
import { launchWithExtension, type ExtensionSession } from '../../tooling/extension';
import { startFixtureServer, type FixtureServer } from '../../tooling/server';
import {
  captureDomBeforeScripts,
  clearSettings,
  domDiff,
  expectedTexts,
  highlightTexts,
  hoverTerm,
  rangeBox,
  sendToTab,
  setSettings,
} from './page-helpers';

const SHOTS = 'test-results/screenshots';
const CARD = '[data-policy-lens-ui] .pl-card';

describe('content script on news pages', () => {
  let server: FixtureServer;
  let session: ExtensionSession;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    server = await startFixtureServer();
    session = await launchWithExtension({ port: server.port });
    await captureDomBeforeScripts(session.context);
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  async function open(host: string, path: string): Promise<Page> {
    const page = await session.context.newPage();
    await page.goto(session.newsUrl(host, path));
    return page;
  }

  async function expectPainted(page: Page): Promise<void> {
    const want = await expectedTexts(page);
    expect(want.length).toBeGreaterThan(0);
    await expect.poll(() => highlightTexts(page), { timeout: 8000 }).toEqual(want);
  }

  it('highlights every term in the Xinhua article, leaves the DOM unchanged, and explains a term on hover', async () => {
    const page = await open('english.news.cn', 'xinhua-interview.html');
    await expect.poll(() => highlightTexts(page), { timeout: 8000 }).toEqual(
      expect.arrayContaining(['new industrialization', 'Chinese modernization', 'low-altitude economy', 'humanoid robots', '6G', 'SMEs', 'little giant" firms']),
    );
    const texts = await highlightTexts(page);
    // Paragraph 4 alone has 8 terms; the article has dozens.
    expect(texts.length).toBeGreaterThan(40);
    // Nothing outside the glossary: nav links, the masthead and the footer hold no terms.
    expect(texts).not.toContain('XINHUA');

    // Scanning and painting changed nothing in the DOM.
    const before = await domDiff(page);
    expect(before.hosts).toBe(0);
    expect(before.same, JSON.stringify(before)).toBe(true);

    const term = getTerm('low-altitude-economy');
    if (!term) throw new Error('glossary lacks low-altitude-economy');
    const box = await hoverTerm(page, 'low-altitude economy');
    await page.locator(CARD).waitFor({ timeout: 3000 });
    expect(await page.locator(`${CARD} .pl-card-name`).textContent()).toBe(term.name);
    expect(await page.locator(`${CARD} .pl-card-definition`).textContent()).toBe(term.definition);
    expect(await page.locator(`${CARD} figcaption`).textContent()).toContain('Jin Zhuanglong, Xinhua interview, 31 Aug 2024');
    expect(await page.locator(`${CARD} .pl-card-hanzi`).first().textContent()).toBe('低空经济');
    // The hovered occurrence is also marked as active.
    expect(await highlightTexts(page, 'policy-lens-active')).toEqual(['low-altitude economy']);

    // The tooltip never covers the term.
    const tip = await page.locator('[data-policy-lens-ui] .tippy-box').boundingBox();
    expect(tip).not.toBeNull();
    if (tip) {
      const overlaps = tip.x < box.x + box.width && box.x < tip.x + tip.width && tip.y < box.y + box.height && box.y < tip.y + tip.height;
      expect(overlaps).toBe(false);
    }
    await page.waitForTimeout(300); // let tippy's fade-in finish
    await page.screenshot({ path: `${SHOTS}/tooltip-light.png` });

    // Only our one host element was added.
    const after = await domDiff(page);
    expect(after.hosts).toBe(1);
    expect(after.same, JSON.stringify(after)).toBe(true);

    // The pointer can move into the tooltip without it closing.
    if (tip) await page.mouse.move(tip.x + tip.width / 2, tip.y + tip.height / 2, { steps: 6 });
    await page.waitForTimeout(600);
    expect(await page.locator(CARD).count()).toBe(1);

    // Moving away closes it.
    await page.mouse.move(5, 880, { steps: 3 });
    await expect.poll(() => page.locator(CARD).count(), { timeout: 3000 }).toBe(0);
    expect(await highlightTexts(page, 'policy-lens-active')).toEqual([]);
    await page.close();
  });

  it('does not open the tooltip beside a term, only over its glyphs, and shows a different term on the next one', async () => {
    const page = await open('english.news.cn', 'xinhua-interview.html');
    await expect.poll(() => highlightTexts(page), { timeout: 8000 }).toContain('humanoid robots');
    const box = await rangeBox(page, 'humanoid robots');
    if (!box) throw new Error('no box');
    // Just below the line box: not on the glyphs.
    await page.mouse.move(box.x + box.width / 2, box.y + box.height + 14);
    await page.waitForTimeout(600);
    expect(await page.locator(CARD).count()).toBe(0);
    await hoverTerm(page, 'humanoid robots');
    await expect.poll(() => page.locator(`${CARD} .pl-card-name`).textContent(), { timeout: 3000 }).toBe('humanoid robots');
    await hoverTerm(page, '6G');
    await expect.poll(() => page.locator(`${CARD} .pl-card-name`).textContent(), { timeout: 3000 }).toBe('6G');
    await page.close();
  });

  it('closes on Esc, and "Read in the interview" opens the reader at the cited paragraph', async () => {
    const page = await open('english.news.cn', 'xinhua-interview.html');
    await expect.poll(() => highlightTexts(page), { timeout: 8000 }).toContain('humanoid robots');
    await hoverTerm(page, 'humanoid robots');
    await page.locator(CARD).waitFor({ timeout: 3000 });
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator(CARD).count(), { timeout: 2000 }).toBe(0);

    await page.mouse.move(1, 1);
    await hoverTerm(page, 'low-altitude economy');
    await page.locator(CARD).waitFor({ timeout: 3000 });
    const [reader] = await Promise.all([
      session.context.waitForEvent('page', { timeout: 5000 }),
      page.locator(`${CARD} .pl-card-read`).click(),
    ]);
    await reader.waitForLoadState();
    expect(reader.url()).toMatch(/^chrome-extension:\/\/[a-p]{32}\/src\/reader\/index\.html#(p4|term=low-altitude-economy)$/);
    await reader.locator('#p4.pl-target').waitFor({ timeout: 5000 });
    await reader.close();
    await page.close();
  });

  it('joins terms split across inline elements and skips code, fields, editable and hidden regions', async () => {
    const page = await open('english.news.cn', 'page/split.html');
    await expectPainted(page);
    const reply = await sendToTab(session.serviceWorker, 'http://english.news.cn/page/split.html', { type: 'get-page-terms' });
    expect(reply).toEqual({
      active: true,
      // english.news.cn is Xinhua: general terms (SMEs, 5G…) are marked there.
      about: 'outlet',
      held: {},
      reading: false,
      counts: {
        'little-giant-firms': 1,
        'low-altitude-economy': 1,
        'new-industrialization': 1,
        smes: 1,
        'integrated-circuits': 1,
        'medical-equipment': 1,
        '5g': 1,
        '6g': 1,
      },
    });
    const diff = await domDiff(page);
    expect(diff.same, JSON.stringify(diff)).toBe(true);
    await page.close();
  });

  it('highlights Chinese-language text', async () => {
    const page = await open('www.news.cn', 'page/chinese.html');
    await expectPainted(page);
    await hoverTerm(page, '低空经济');
    await expect.poll(() => page.locator(`${CARD} .pl-card-name`).textContent(), { timeout: 3000 }).toBe('low-altitude economy');
    await page.close();
  });

  it('follows text added and rewritten after load', async () => {
    const page = await open('english.news.cn', 'page/dynamic.html');
    await expect.poll(() => highlightTexts(page), { timeout: 5000 }).toEqual(['humanoid robots']);
    await page.waitForFunction(() => (window as unknown as { __mutationsDone?: boolean }).__mutationsDone === true);
    await expectPainted(page);
    await page.close();
  });

  it('runs in a same-origin iframe, each frame painting its own terms', async () => {
    const page = await open('english.news.cn', 'page/iframe.html');
    await expectPainted(page);
    const inner = page.frames().find((f) => f.url().endsWith('/iframe-inner.html'));
    if (!inner) throw new Error('no inner frame');
    await expect.poll(() => highlightTexts(inner), { timeout: 8000 }).toEqual(await expectedTexts(inner));
    await page.close();
  });

  it('uses the dark variant on a dark page, the light one on a light box, and a dark tooltip', async () => {
    const page = await open('english.news.cn', 'page/dark.html');
    await expectPainted(page);
    // The head start paints before the page has rendered (no style reads then); the tone settles once blocks are measured.
    await expect.poll(() => highlightTexts(page, 'policy-lens-dark'), { timeout: 3000 }).toEqual(['commercial aerospace', 'humanoid robots', 'low-altitude economy']);
    expect(await highlightTexts(page, 'policy-lens')).toEqual(['integrated circuits']);
    await hoverTerm(page, 'low-altitude economy');
    await page.locator(CARD).waitFor({ timeout: 3000 });
    expect(await page.locator('[data-policy-lens-ui] .tippy-box').getAttribute('data-theme')).toContain('pl-dark');
    await page.waitForTimeout(300); // let tippy's fade-in finish
    await page.screenshot({ path: `${SHOTS}/tooltip-dark.png` });
    await page.close();
  });

  it('keeps its tooltip readable on a page with hostile universal CSS', async () => {
    const page = await open('english.news.cn', 'page/hostile.html');
    await expectPainted(page);
    await hoverTerm(page, 'humanoid robots');
    await page.locator(CARD).waitFor({ timeout: 3000 });
    const style = await page.locator(`${CARD} .pl-card-name`).evaluate((el) => {
      const cs = getComputedStyle(el);
      return { font: cs.fontFamily, color: cs.color, transform: cs.textTransform, size: cs.fontSize };
    });
    expect(style.font).not.toMatch(/Comic/);
    expect(style.color).not.toBe('rgb(0, 255, 0)');
    expect(style.transform).toBe('none');
    expect(style.size).toBe('16px');
    expect(await page.locator('[data-policy-lens-ui] .tippy-box').isVisible()).toBe(true);
    await page.waitForTimeout(300); // let tippy's fade-in finish
    await page.screenshot({ path: `${SHOTS}/tooltip-hostile.png` });
    await page.close();
  });

  it('paints again when the page clears CSS.highlights', async () => {
    const page = await open('english.news.cn', 'page/split.html');
    await expectPainted(page);
    await page.evaluate(() => CSS.highlights.clear());
    expect(await highlightTexts(page)).toEqual([]);
    await expectPainted(page);
    await page.close();
  });

  it('styles its tooltip on a page whose CSP forbids every style (constructable sheets)', async () => {
    server.headersFor('/page/csp.html', { 'Content-Security-Policy': "default-src 'none'; style-src 'none'; script-src 'none'" });
    const page = await open('english.news.cn', 'page/csp.html');
    await expectPainted(page);
    await hoverTerm(page, 'humanoid robots');
    await page.locator(CARD).waitFor({ timeout: 3000 });
    const look = await page.locator('[data-policy-lens-ui] .tippy-box').evaluate((el) => {
      const cs = getComputedStyle(el);
      return { bg: cs.backgroundColor, radius: cs.borderRadius, pos: getComputedStyle(el.parentElement as Element).position };
    });
    expect(look).toEqual({ bg: 'rgb(255, 255, 255)', radius: '8px', pos: 'fixed' });
    await page.close();
  });

  it('switching the site off removes every highlight and the tooltip, live; switching on paints again', async () => {
    const page = await open('english.news.cn', 'page/split.html');
    await expectPainted(page);
    await hoverTerm(page, 'low-altitude economy');
    await page.locator(CARD).waitFor({ timeout: 3000 });
    try {
      await setSettings(session.serviceWorker, { sites: { 'english.news.cn': false } });
      await expect.poll(() => highlightTexts(page), { timeout: 3000 }).toEqual([]);
      expect(await page.locator(CARD).count()).toBe(0);
      expect(await page.evaluate(() => CSS.highlights.has('policy-lens'))).toBe(false);
      const off = await sendToTab(session.serviceWorker, 'http://english.news.cn/page/split.html', { type: 'get-page-terms' });
      expect(off).toEqual({ active: false, counts: {}, held: {}, about: null, reading: false, reason: 'off' });
      await setSettings(session.serviceWorker, { sites: { 'english.news.cn': true } });
      await expectPainted(page);
    } finally {
      await clearSettings(session.serviceWorker);
    }
    await page.close();
  });

  it('applies the user\'s colour live, in a stylesheet the page cannot read', async () => {
    const page = await open('english.news.cn', 'page/split.html');
    await expectPainted(page);
    const look = (): Promise<{ bg: string; pageSheets: string }> =>
      page.evaluate(() => {
        const p = document.querySelector('p') as Element;
        const sheets = [...document.adoptedStyleSheets, ...document.styleSheets].map((s) => [...s.cssRules].map((r) => r.cssText).join('\n'));
        return { bg: getComputedStyle(p, '::highlight(policy-lens)').backgroundColor, pageSheets: sheets.join('\n') };
      });
    const before = await look();
    try {
      await setSettings(session.serviceWorker, { highlightStyle: 'background', highlightColor: '#22aa44' });
      await expect.poll(async () => (await look()).bg, { timeout: 3000 }).toMatch(/rgba?\(34,? 170,? 68/);
      // Painted from a sheet the background inserted (scripting.insertCSS): nothing of it in the page's own view.
      const now = await look();
      expect(now.pageSheets).not.toContain('policy-lens');
      expect(now.pageSheets).not.toMatch(/34,? 170,? 68|22aa44/i);
    } finally {
      await clearSettings(session.serviceWorker);
    }
    // Back to the default look (the manifest stylesheet's): the inserted rules are taken out again.
    await expect.poll(async () => (await look()).bg, { timeout: 3000 }).toBe(before.bg);
    expect(before.bg).not.toMatch(/34,? 170,? 68/);
    await page.close();
  });

  it('reveal-term scrolls to the next occurrence, opens its card with focus on the card; Esc returns focus', async () => {
    const page = await open('english.news.cn', 'xinhua-interview.html');
    await expect.poll(() => highlightTexts(page), { timeout: 8000 }).toContain('humanoid robots');
    const url = 'http://english.news.cn/xinhua-interview.html';
    const res = await sendToTab(session.serviceWorker, url, { type: 'reveal-term', termId: 'smes' });
    expect(res).toEqual({ found: true });
    await expect.poll(() => page.locator(`${CARD} .pl-card-name`).textContent(), { timeout: 3000 }).toBe('small and medium-sized enterprises');
    const focused = await page.evaluate(() => {
      const host = document.activeElement;
      return host?.hasAttribute('data-policy-lens-ui') ? (host.shadowRoot?.activeElement?.className ?? '') : '';
    });
    expect(focused).toContain('tippy-box');
    const active1 = await highlightTexts(page, 'policy-lens-active');
    expect(active1).toHaveLength(1);
    expect(active1[0]).toMatch(/^(small and medium-sized enterprises|SMEs)$/);
    // Next occurrence of the same term.
    await sendToTab(session.serviceWorker, url, { type: 'reveal-term', termId: 'smes' });
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator(CARD).count(), { timeout: 2000 }).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('BODY');
    await page.close();
  });
  it('on a long page paints only what is near the viewport, paints the rest as the reader scrolls, and still counts every occurrence', async () => {
    const N = 200;
    const paras = Array.from({ length: N }, (_, i) => `<p data-i="${i}">Paragraph ${i} reports on humanoid robots.</p>`).join('');
    server.route('/page/long.html', { body: `<!doctype html><html><head><meta charset="utf-8"><title>long</title><style>p { margin: 0 0 400px }</style></head><body><article>${paras}</article></body></html>` });
    const page = await open('english.news.cn', 'page/long.html');
    // Which paragraphs have a painted range.
    const paintedParas = (): Promise<number[]> =>
      page.evaluate((names) => {
        const out = new Set<number>();
        for (const n of names) for (const r of (CSS.highlights.get(n) ?? []) as Iterable<AbstractRange>) out.add(Number(r.startContainer.parentElement?.dataset.i));
        return [...out].sort((a, b) => a - b);
      }, ['policy-lens', 'policy-lens-dark']);
    await expect.poll(async () => (await paintedParas())[0], { timeout: 8000 }).toBe(0);
    // The head start shows what it matched before anything is measured; the band applies once the blocks are placed.
    await expect.poll(async () => (await paintedParas()).length, { timeout: 8000 }).toBeGreaterThan(2);
    await expect.poll(async () => Math.max(...(await paintedParas())), { timeout: 8000 }).toBeLessThan(40);
    const top = await paintedParas();
    // 420 px a paragraph, 900 px a screen: the band is a few screens, far from all 200.
    expect(top.length).toBeGreaterThan(2);
    expect(top.length).toBeLessThan(40);
    expect(Math.max(...top)).toBeLessThan(40);

    // Counts (popup, badge) cover the whole page, painted or not.
    const reply = (await sendToTab(session.serviceWorker, 'http://english.news.cn/page/long.html', { type: 'get-page-terms' })) as { counts: Record<string, number> };
    expect(reply.counts['humanoid-robots']).toBe(N);

    // Scrolled to the end: the last paragraphs are painted and the first ones no longer are.
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await expect.poll(async () => (await paintedParas()).includes(N - 1), { timeout: 5000 }).toBe(true);
    const bottom = await paintedParas();
    expect(bottom).not.toContain(0);
    expect(bottom.length).toBeLessThan(40);

    // A term painted after scrolling answers the pointer.
    const last = `Paragraph ${N - 1}`;
    const box = await page.evaluate((last) => {
      const p = [...document.querySelectorAll('p')].find((e) => e.textContent?.startsWith(last));
      const t = p?.firstChild as Text | undefined;
      if (!t) return null;
      const r = document.createRange();
      const at = t.data.indexOf('humanoid');
      r.setStart(t, at);
      r.setEnd(t, at + 'humanoid robots'.length);
      const b = r.getBoundingClientRect();
      return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
    }, last);
    expect(box).not.toBeNull();
    if (box) await page.mouse.move(box.x, box.y, { steps: 4 });
    await page.locator(CARD).waitFor({ timeout: 3000 });
    expect(await page.locator(`${CARD} .pl-card-name`).textContent()).toBe(getTerm('humanoid-robots')?.name);
    await page.close();
  });

  it('a term pointed at before the card UI has arrived (the scan still running) opens its card', async () => {
    // About 5 MB, on a CPU slowed 6×: the scan runs for a second or more after the first highlights show, however quiet the machine.
    const filler = 'The ministry said output rose in the quarter as factories added capacity and orders held up across regions. '.repeat(17);
    const paras = Array.from({ length: 2600 }, (_, i) => `<p>Paragraph ${i}: ${filler}It backs the low-altitude economy.</p>`).join('');
    server.route('/page/early-hover.html', { body: `<!doctype html><html><head><meta charset="utf-8"><title>early</title></head><body><article>${paras}</article></body></html>` });
    const page = await session.context.newPage();
    const cdp = await session.context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 6 });
    await page.goto(session.newsUrl('english.news.cn', 'page/early-hover.html'), { waitUntil: 'domcontentloaded' });
    await page.waitForFunction(() => (CSS.highlights.get('policy-lens')?.size ?? 0) > 0, undefined, { polling: 5, timeout: 8000 });
    const box = await page.evaluate(() => {
      for (const r of CSS.highlights.get('policy-lens') as unknown as Iterable<AbstractRange>) {
        const range = document.createRange();
        range.setStart(r.startContainer, r.startOffset);
        range.setEnd(r.endContainer, r.endOffset);
        const b = range.getClientRects()[0];
        if (b && b.top > 0 && b.bottom < innerHeight) return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
      }
      return null;
    });
    expect(box).not.toBeNull();
    if (box) await page.mouse.move(box.x, box.y, { steps: 2 });
    // Asked after the pointer moved: still reading means the pointer came while the scan ran (the card UI is fetched only after it).
    const during = (await sendToTab(session.serviceWorker, session.newsUrl('english.news.cn', 'page/early-hover.html'), { type: 'get-page-terms' })) as { reading: boolean };
    expect(during.reading).toBe(true);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    await page.locator(CARD).waitFor({ timeout: 5000 });
    expect(await page.locator(`${CARD} .pl-card-name`).textContent()).toBe(getTerm('low-altitude-economy')?.name);
    await page.close();
  });

  it('on a page opened scrolled down (a link to an anchor) paints the terms in view, not the ones at the top', async () => {
    const N = 200;
    const paras = Array.from({ length: N }, (_, i) => `<p id="p${i}" data-i="${i}">Paragraph ${i} reports on humanoid robots.</p>`).join('');
    server.route('/page/anchored.html', { body: `<!doctype html><html><head><meta charset="utf-8"><title>anchored</title><style>p { margin: 0 0 400px }</style></head><body><article>${paras}</article></body></html>` });
    const page = await open('english.news.cn', 'page/anchored.html#p150');
    const painted = (): Promise<number[]> =>
      page.evaluate((names) => {
        const out = new Set<number>();
        for (const n of names) for (const r of (CSS.highlights.get(n) ?? []) as Iterable<AbstractRange>) out.add(Number(r.startContainer.parentElement?.dataset.i));
        return [...out];
      }, ['policy-lens', 'policy-lens-dark']);
    // The head start assumed the top; once the page is measured, those are dropped.
    // The lowest painted paragraph, -1 while nothing is painted (Math.min of nothing is Infinity, which would pass at once).
    const lowest = async (): Promise<number> => {
      const p = await painted();
      return p.length > 0 ? Math.min(...p) : -1;
    };
    await expect.poll(lowest, { timeout: 8000 }).toBeGreaterThan(100);
    const state = await page.evaluate((names) => {
      const painted = new Set<number>();
      let inView = 0;
      for (const n of names) {
        for (const r of (CSS.highlights.get(n) ?? []) as Iterable<AbstractRange>) {
          painted.add(Number(r.startContainer.parentElement?.dataset.i));
          const range = document.createRange();
          range.setStart(r.startContainer, r.startOffset);
          range.setEnd(r.endContainer, r.endOffset);
          const b = range.getBoundingClientRect();
          if (b.bottom > 0 && b.top < innerHeight) inView++;
        }
      }
      return { scrollY, painted: [...painted].sort((a, b) => a - b), inView };
    }, ['policy-lens', 'policy-lens-dark']);
    // 420 px a paragraph: the anchor is some 63,000 px down.
    expect(state.scrollY).toBeGreaterThan(50_000);
    expect(state.inView).toBeGreaterThan(0);
    expect(state.painted).toContain(150);
    // The head start assumed the top; once the page was measured, those were dropped.
    expect(Math.min(...state.painted)).toBeGreaterThan(100);
    await page.close();
  });

  it('settles when many blocks with terms have no box (undisplayed): they are measured from script once, not again and again', async () => {
    const hidden = Array.from({ length: 80 }, (_, i) => `<p class="h">Hidden ${i} on humanoid robots.</p>`).join('');
    const shown = Array.from({ length: 40 }, (_, i) => `<p>Shown ${i} on the low-altitude economy.</p>`).join('');
    server.route('/page/undisplayed.html', { body: `<!doctype html><html><head><meta charset="utf-8"><title>undisplayed</title><style>.h { display: none }</style></head><body><article>${hidden}${shown}</article></body></html>` });
    const t0 = Date.now();
    const page = await open('english.news.cn', 'page/undisplayed.html');
    const want = Array.from({ length: 40 }, () => 'low-altitude economy');
    await expect.poll(() => highlightTexts(page), { timeout: 8000 }).toEqual(want);
    expect(Date.now() - t0).toBeLessThan(8000);
    // Settled: over the next second the page runs next to no script (no measuring again and again).
    const cdp = await session.context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const scriptSeconds = async (): Promise<number> => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ScriptDuration')?.value ?? 0;
    await page.waitForTimeout(300);
    const before = await scriptSeconds();
    await page.waitForTimeout(1000);
    expect(((await scriptSeconds()) - before) * 1000).toBeLessThan(50);
    expect(await highlightTexts(page)).toEqual(want);
    await cdp.detach();
    await page.close();
  });

  it('a term in text that overflows its narrow block sideways still opens its card', async () => {
    // Enough blocks for them to be measured together in one frame (block-places.ts), whose boxes leave out overflow.
    const paras = Array.from({ length: 60 }, (_, i) => `<p>Filler ${i} on humanoid robots.</p>`).join('');
    const narrow = '<p id="narrow" style="width:120px;white-space:nowrap">Officials said again that the low-altitude economy grows.</p>';
    server.route('/page/overflow.html', { body: `<!doctype html><html><head><meta charset="utf-8"><title>overflow</title></head><body><article>${narrow}${paras}</article></body></html>` });
    const page = await open('english.news.cn', 'page/overflow.html');
    const box = await page.evaluate(() => {
      const t = document.getElementById('narrow')?.firstChild as Text;
      const r = document.createRange();
      const at = t.data.indexOf('low-altitude');
      r.setStart(t, at);
      r.setEnd(t, at + 'low-altitude economy'.length);
      const b = r.getBoundingClientRect();
      const p = (t.parentElement as HTMLElement).getBoundingClientRect();
      return { x: b.x + b.width / 2, y: b.y + b.height / 2, blockRight: p.right };
    });
    // The term is drawn outside its block's box.
    expect(box.x).toBeGreaterThan(box.blockRight + 50);
    await expect.poll(() => page.evaluate(() => [...((CSS.highlights.get('policy-lens') ?? []) as Iterable<AbstractRange>)].some((r) => r.startContainer.parentElement?.id === 'narrow')), { timeout: 8000 }).toBe(true);
    await page.mouse.move(box.x, box.y, { steps: 4 });
    await page.locator(CARD).waitFor({ timeout: 3000 });
    expect(await page.locator(`${CARD} .pl-card-name`).textContent()).toBe(getTerm('low-altitude-economy')?.name);
    await page.close();
  });
});
