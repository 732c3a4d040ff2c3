/**
 * axe-core in the built extension's real pages, light and dark: the popup
 * (each view, with a card open where a view opens one), the options page,
 * the reader (with a card open), the side panel and an open card on a news page (inside our
 * shadow root, open in test builds). 0 violations. Then the highlights:
 * the text a highlight paints over must keep 4.5:1 against the tint under it,
 * for each preset look on a light and a dark page.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { contrast as ratioOf, over as composite } from '../../src/core/contrast';
import { axeViolations, type AxeFinding } from './axe';
import { highlightTexts, hoverTerm, setSettings } from './page-helpers';
import { extensionSuite } from './suite';

const SCHEMES = ['light', 'dark'] as const;
type Scheme = (typeof SCHEMES)[number];
const HOST = '[data-policy-lens-ui]';

const show = (v: AxeFinding[]): string => JSON.stringify(v, null, 1);
/** The places with findings, and what they are ('{}' when there are none). */
const showAll = (r: Record<string, AxeFinding[]>): string => JSON.stringify(Object.fromEntries(Object.entries(r).filter(([, v]) => v.length > 0)), null, 1);

describe('accessibility (axe-core)', () => {
  const suite = extensionSuite();

  async function newPage(scheme: Scheme): Promise<Page> {
    const page = suite.track(await suite.session.context.newPage());
    await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
    return page;
  }

  async function openNews(scheme: Scheme, path = 'xinhua-interview.html'): Promise<{ page: Page; tabId: number }> {
    const page = await newPage(scheme);
    const url = suite.session.newsUrl('english.news.cn', path);
    await page.goto(url);
    // In front: a tab left behind another window (the side panel's) paints only what its first frame reached.
    await page.bringToFront();
    await expect.poll(() => highlightTexts(page).then((t) => t.length), { timeout: 8000 }).toBeGreaterThan(0);
    const tabId = await suite.session.serviceWorker.evaluate(async (u) => {
      const c = (globalThis as unknown as { chrome: { tabs: { query(q: { url: string }): Promise<{ id?: number }[]> } } }).chrome;
      return (await c.tabs.query({ url: u }))[0]?.id ?? -1;
    }, url);
    return { page, tabId };
  }

  async function popup(scheme: Scheme, tabId: number, view: string): Promise<Page> {
    const page = await newPage(scheme);
    await page.setViewportSize({ width: 400, height: 580 });
    await page.goto(suite.session.extensionUrl(`src/popup/index.html?tab=${tabId}&view=${view}`));
    await page.waitForSelector('body[data-ready="true"]', { timeout: 10_000 });
    return page;
  }

  for (const scheme of SCHEMES) {
    it(`popup, every view (${scheme})`, async () => {
      const { tabId } = await openNews(scheme);
      const found: Record<string, AxeFinding[]> = {};
      for (const view of ['page', 'interview', 'glossary']) {
        const p = await popup(scheme, tabId, view);
        if (view === 'page') await p.locator('.pl-term-choice').first().waitFor({ timeout: 5000 });
        found[`${view} view`] = await axeViolations(p);
        if (view === 'interview') {
          // A term's card open, by keyboard focus.
          await p.locator('.pl-term[data-term]').first().focus();
          await p.locator('.pl-popover:not([hidden]) .pl-card').waitFor({ timeout: 3000 });
          found['interview view with a card'] = await axeViolations(p);
        }
        if (view === 'glossary') {
          await p.locator('.pl-gloss-item summary, .pl-gloss-item button').first().click();
          await p.locator('.pl-gloss-item .pl-card').first().waitFor({ timeout: 3000 });
          found['glossary view with a card'] = await axeViolations(p);
        }
        await p.close();
      }
      expect(showAll(found)).toBe('{}');
    });

    it(`options page (${scheme})`, async () => {
      const p = await newPage(scheme);
      await p.goto(suite.session.extensionUrl('src/options/index.html'));
      await p.locator('input').first().waitFor({ timeout: 5000 });
      expect(show(await axeViolations(p))).toBe('[]');
    });

    it(`reader, with a card open (${scheme})`, async () => {
      const p = await newPage(scheme);
      await p.goto(suite.session.extensionUrl('src/reader/index.html'));
      await p.locator('html[data-ready="true"]').waitFor({ timeout: 5000 });
      const found: Record<string, AxeFinding[]> = { reader: await axeViolations(p) };
      await p.locator('#p4 .pl-term[data-term="low-altitude-economy"]').hover();
      await p.locator('.tippy-box .pl-card').waitFor({ timeout: 3000 });
      // Contrast is judged on the card as it stands, not half faded in.
      await expect.poll(() => p.locator('.tippy-box').evaluate((el) => getComputedStyle(el).opacity), { timeout: 3000 }).toBe('1');
      found['reader with a card'] = await axeViolations(p);
      expect(showAll(found)).toBe('{}');
    });

    it(`side panel, both views, with a chosen term's card (${scheme})`, async () => {
      const { page, tabId } = await openNews(scheme);
      await page.bringToFront();
      const windowId = await suite.session.serviceWorker.evaluate(async (id) => {
        const c = (globalThis as unknown as { chrome: { tabs: { get(id: number): Promise<{ windowId: number }> } } }).chrome;
        return (await c.tabs.get(id)).windowId;
      }, tabId);
      const url = suite.session.extensionUrl(`src/sidepanel/index.html?window=${windowId}`);
      const opened = suite.session.context.waitForEvent('page', (p) => p.url().includes('/src/sidepanel/'));
      await suite.session.serviceWorker.evaluate((u) => {
        const c = (globalThis as unknown as { chrome: { windows: { create(o: unknown): Promise<unknown> } } }).chrome;
        void c.windows.create({ type: 'popup', url: u, width: 400, height: 900 });
      }, url);
      const panel = suite.track(await opened);
      await panel.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
      await panel.waitForSelector('body[data-ready="true"]');
      const found: Record<string, AxeFinding[]> = { interview: await axeViolations(panel) };
      const box = await hoverTerm(page, 'low-altitude economy');
      await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
      await panel.locator('.pl-chosen .pl-card').waitFor({ timeout: 5000 });
      found['interview with the chosen card'] = await axeViolations(panel);
      await panel.locator('#pl-panel-tab-page').click();
      await panel.locator('.pl-term-choice').first().waitFor({ timeout: 5000 });
      found['on this page'] = await axeViolations(panel);
      expect(showAll(found)).toBe('{}');
    });

    it(`an open card on a news page, inside our shadow root (${scheme} page)`, async () => {
      // The card follows the page's own tone: a dark page gets the dark card.
      const { page } = await openNews(scheme, scheme === 'dark' ? 'page/dark.html' : 'xinhua-interview.html');
      await expect.poll(() => highlightTexts(page), { timeout: 5000 }).toContain('low-altitude economy');
      await hoverTerm(page, 'low-altitude economy');
      await page.locator(`${HOST} .pl-card`).waitFor({ timeout: 3000 });
      expect(await page.locator(`${HOST} .pl-card`).getAttribute('data-scheme')).toBe(scheme);
      await expect.poll(() => page.locator(`${HOST} .tippy-box`).evaluate((el) => getComputedStyle(el).opacity), { timeout: 3000 }).toBe('1');
      // The whole document (axe judges our nodes in place), keeping the findings on our nodes:
      // the fixture page's own are not ours to fix.
      const ours = (t: string): boolean => t.includes('data-policy-lens-ui');
      const found = (await axeViolations(page)).map((v) => ({ ...v, targets: v.targets.filter(ours) })).filter((v) => v.targets.length > 0);
      expect(show(found)).toBe('[]');
      // axe judged the card's roles and names (it passed rules on our nodes)…
      const judged = await page.evaluate(async () => {
        const axe = (globalThis as unknown as { axe: { run(c: unknown, o: unknown): Promise<{ passes: { id: string; nodes: { target: unknown[] }[] }[] }> } }).axe;
        const r = await axe.run(document, { resultTypes: ['passes'] });
        return r.passes.filter((p) => p.nodes.some((n) => JSON.stringify(n.target).includes('data-policy-lens-ui'))).map((p) => p.id);
      });
      expect(judged).toEqual(expect.arrayContaining(['aria-dialog-name', 'button-name']));
      // …but leaves contrast undecided there: its element stack holds nothing inside a
      // zero-size fixed host. So every text of the card is measured here instead.
      const low = await cardContrastFailures(page);
      expect(low.length, JSON.stringify(low, null, 1)).toBe(0);
    });
  }
});

/**
 * Every element of the open card with text of its own, and its contrast
 * against the first opaque background behind it (WCAG: 4.5:1, 3:1 for large
 * text); returns those below. Fails if it measured nothing.
 */
async function cardContrastFailures(page: Page): Promise<{ el: string; text: string; fg: string; bg: string; ratio: number }[]> {
  const seen = await page.evaluate(() => {
    const root = document.querySelector('[data-policy-lens-ui]')?.shadowRoot;
    const out: { el: string; text: string; fg: string; bg: string; px: number; bold: boolean }[] = [];
    for (const el of root?.querySelectorAll<HTMLElement>('.tippy-box *') ?? []) {
      const own = [...el.childNodes].filter((n) => n.nodeType === 3 && n.textContent?.trim()).map((n) => n.textContent?.trim() ?? '').join(' ');
      const r = el.getBoundingClientRect();
      if (!own || r.width === 0 || r.height === 0) continue;
      let bg = 'rgba(0, 0, 0, 0)';
      for (let e: Element | null = el; e; e = e.parentElement) {
        const c = getComputedStyle(e).backgroundColor;
        if (!/rgba\(.*, 0\)$|transparent/.test(c)) {
          bg = c;
          break;
        }
      }
      const cs = getComputedStyle(el);
      out.push({ el: `${el.tagName.toLowerCase()}.${el.className}`, text: own.slice(0, 30), fg: cs.color, bg, px: parseFloat(cs.fontSize), bold: Number(cs.fontWeight) >= 700 });
    }
    return out;
  });
  expect(seen.length).toBeGreaterThan(8);
  return seen
    .map((x) => ({ ...x, ratio: contrast(over(parseColor(x.fg), parseColor(x.bg)), parseColor(x.bg)) }))
    .filter((x) => x.ratio < (x.px >= 24 || (x.bold && x.px >= 18.66) ? 3 : 4.5))
    .map(({ el, text, fg, bg, ratio }) => ({ el, text, fg, bg, ratio: Math.round(ratio * 100) / 100 }));
}

/** WCAG contrast of two sRGB colours (the product's own arithmetic, unit-tested in src/core/contrast.test.ts). */
const contrast = (a: number[], b: number[]): number => ratioOf([a[0] ?? 0, a[1] ?? 0, a[2] ?? 0], [b[0] ?? 0, b[1] ?? 0, b[2] ?? 0]);

/** "rgb(1, 2, 3)" / "rgba(1, 2, 3, 0.4)" / "rgb(1 2 3 / 0.4)" → [r, g, b, a]. */
function parseColor(s: string): [number, number, number, number] {
  const n = (s.match(/[\d.]+/g) ?? []).map(Number);
  return [n[0] ?? 0, n[1] ?? 0, n[2] ?? 0, n[3] ?? 1];
}

/** The tint composited over the page's background. */
const over = (tint: [number, number, number, number], bg: number[]): number[] => [...composite([tint[0], tint[1], tint[2]], tint[3], [bg[0] ?? 0, bg[1] ?? 0, bg[2] ?? 0])];

describe('highlight contrast, each preset look', () => {
  const suite = extensionSuite();
  const LOOKS = [
    { highlightStyle: 'background', highlightColor: 'auto' },
    { highlightStyle: 'underline', highlightColor: 'auto' },
    // The options page's colour picker starts at this colour.
    { highlightStyle: 'background', highlightColor: '#c2410c' },
    { highlightStyle: 'underline', highlightColor: '#c2410c' },
    // Colours a reader may pick that would not hold as they are: kept readable on both tones.
    { highlightStyle: 'underline', highlightColor: '#fde047' },
    { highlightStyle: 'underline', highlightColor: '#1e3a8a' },
    { highlightStyle: 'background', highlightColor: '#ffffff' },
  ] as const;

  for (const look of LOOKS) {
    it(`${look.highlightStyle} / ${look.highlightColor}: text over the tint ≥ 4.5:1, an underline ≥ 3:1, on a light and a dark page`, async () => {
      await setSettings(suite.session.serviceWorker, { ...look });
      for (const path of ['xinhua-interview.html', 'page/dark.html']) {
        const page = suite.track(await suite.session.context.newPage());
        await page.goto(suite.session.newsUrl('english.news.cn', path));
        await expect.poll(() => highlightTexts(page).then((t) => t.length), { timeout: 8000 }).toBeGreaterThan(0);
        // The first paint, before the page has rendered, is light; the tone settles in the next frame.
        if (path === 'page/dark.html') await expect.poll(() => page.evaluate(() => CSS.highlights.get('policy-lens-dark')?.size ?? 0), { timeout: 3000 }).toBe(3);
        // The rules the background inserted for the look: wait until the painted term shows them.
        const read = (): Promise<{ name: string; text: string; bg: string; hlBg: string; deco: string; decoColor: string }[]> =>
          page.evaluate(() => {
            const out: { name: string; text: string; bg: string; hlBg: string; deco: string; decoColor: string }[] = [];
            const pageBg = (el: Element | null): string => {
              for (let e = el; e; e = e.parentElement) {
                const c = getComputedStyle(e).backgroundColor;
                if (c && !/rgba\(0, 0, 0, 0\)|transparent/.test(c)) return c;
              }
              return 'rgb(255, 255, 255)';
            };
            for (const name of ['policy-lens', 'policy-lens-dark', 'policy-lens-active']) {
              const r = [...((CSS.highlights.get(name) as Iterable<AbstractRange> | undefined) ?? [])][0];
              const el = r?.startContainer.parentElement;
              if (!el) continue;
              const hl = getComputedStyle(el, `::highlight(${name})`);
              out.push({
                name,
                text: getComputedStyle(el).color,
                bg: pageBg(el),
                hlBg: hl.backgroundColor,
                deco: hl.textDecorationLine,
                decoColor: hl.textDecorationColor,
                ...(hl.color && name === 'policy-lens-active' ? { text: hl.color } : {}),
              });
            }
            return out;
          });
        if (look.highlightStyle === 'underline') await expect.poll(async () => (await read()).some((x) => x.deco.includes('underline')), { timeout: 3000 }).toBe(true);
        else if (look.highlightColor !== 'auto') await expect.poll(async () => (await read()).some((x) => x.name !== 'policy-lens-active' && !x.hlBg.startsWith('rgba(255, 214, 10') && !x.hlBg.startsWith('rgba(250, 204, 21')), { timeout: 3000 }).toBe(true);
        const got = await read();
        expect(got.length, path).toBeGreaterThan(0);
        for (const x of got) {
          const bg = parseColor(x.bg);
          const tint = parseColor(x.hlBg);
          const under = tint[3] > 0 ? over(tint, bg) : bg;
          const ratio = contrast(parseColor(x.text), under);
          expect(ratio, `${path} ${x.name}: ${x.text} on ${x.hlBg} over ${x.bg}`).toBeGreaterThanOrEqual(4.5);
          if (x.deco.includes('underline') && x.name !== 'policy-lens-active') {
            const line = contrast(parseColor(x.decoColor), bg);
            expect(line, `${path} ${x.name}: underline ${x.decoColor} on ${x.bg}`).toBeGreaterThanOrEqual(3);
          }
        }
        // The term under the pointer is painted opaque with its own text colour: check it too.
        await hoverTerm(page, path === 'page/dark.html' ? 'humanoid robots' : 'low-altitude economy');
        await page.locator(`${HOST} .pl-card`).waitFor({ timeout: 3000 });
        const active = (await read()).find((x) => x.name === 'policy-lens-active');
        expect(active, path).toBeDefined();
        if (active) expect(contrast(parseColor(active.text), parseColor(active.hlBg).slice(0, 3)), path).toBeGreaterThanOrEqual(4.5);
        await page.close();
      }
    });
  }
});
