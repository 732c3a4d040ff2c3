/**
 * A card from the keyboard: the next-term command (reveal-term, sent from
 * the service worker as the command sends it) puts focus on the next term's
 * card, which a live region names; Tab goes through the card's controls;
 * Esc closes it and gives focus back to where it was.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getTerm } from '../../glossary';
import { launchWithExtension, type ExtensionSession } from '../../tooling/extension';
import { startFixtureServer, type FixtureServer } from '../../tooling/server';
import { highlightTexts, sendToTab } from './page-helpers';
import { extensionSuite } from './suite';

const HOST = '[data-policy-lens-ui]';
const URL_PATTERN = 'http://english.news.cn/xinhua-interview.html';

interface FocusInfo {
  /** The page's focused element: its tag, id and whether it is our host. */
  page: string;
  host: boolean;
  /** Inside our shadow root: the focused element's class, role and name. */
  inner: { cls: string; role: string | null; label: string | null; tag: string; inCard: boolean } | null;
}

function focusInfo(page: Page): Promise<FocusInfo> {
  return page.evaluate(() => {
    const a = document.activeElement;
    const host = !!a?.hasAttribute('data-policy-lens-ui');
    const inner = host ? (a?.shadowRoot?.activeElement ?? null) : null;
    return {
      page: `${a?.tagName ?? ''}#${a?.id ?? ''}`,
      host,
      inner: inner
        ? {
            cls: inner.className,
            role: inner.getAttribute('role'),
            label: inner.getAttribute('aria-label'),
            tag: inner.tagName,
            inCard: !!inner.closest('.tippy-box'),
          }
        : null,
    };
  });
}

const liveText = (page: Page): Promise<string> => page.locator(`${HOST} .pl-live`).textContent().then((s) => s ?? '');

describe('the card from the keyboard', () => {
  const suite = extensionSuite();

  async function openArticle(): Promise<Page> {
    const page = suite.track(await suite.session.context.newPage());
    await page.goto(suite.session.newsUrl('english.news.cn', 'xinhua-interview.html'));
    await expect.poll(() => highlightTexts(page), { timeout: 8000 }).toContain('new industrialization');
    return page;
  }

  it('next term: focus on its card, named and announced; Tab walks its controls; Esc returns focus to the page element', async () => {
    const page = await openArticle();
    // The reader was on a page link when they pressed the command.
    await page.evaluate(() => {
      const a = document.querySelector('a');
      if (a) a.id = 'was-here';
      a?.focus();
    });
    expect((await focusInfo(page)).page).toBe('A#was-here');

    expect(await sendToTab(suite.session.serviceWorker, URL_PATTERN, { type: 'reveal-term' })).toEqual({ found: true });
    // The first term in document order: the article's first paragraph opens with new industrialization.
    const first = getTerm('new-industrialization');
    if (!first) throw new Error('glossary lacks new-industrialization');
    await expect.poll(() => page.locator(`${HOST} .pl-card-name`).textContent(), { timeout: 3000 }).toBe(first.name);
    const f = await focusInfo(page);
    expect(f.host).toBe(true);
    expect(f.inner).toMatchObject({ role: 'dialog', label: `Policy Lens: ${first.name}`, inCard: true });
    expect(f.inner?.cls).toContain('tippy-box');
    // Highlights are invisible to screen readers: the live region names the term.
    await expect.poll(() => liveText(page), { timeout: 2000 }).toBe(`Card: ${first.name} (${first.zh.simplified})`);
    const live = page.locator(`${HOST} .pl-live`);
    expect(await live.getAttribute('aria-live')).toBe('polite');
    // Visually hidden, not display:none (which would silence it).
    const liveBox = await live.evaluate((el) => {
      const r = el.getBoundingClientRect();
      return { w: r.width, h: r.height, display: getComputedStyle(el).display };
    });
    expect(liveBox.display).not.toBe('none');
    expect(liveBox.w * liveBox.h).toBeLessThanOrEqual(1);

    // Tab goes into the card and through its controls, never out of it before the last.
    const seen: string[] = [];
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('Tab');
      const now = await focusInfo(page);
      if (!now.inner?.inCard) break;
      seen.push(now.inner.cls || now.inner.tag);
      if (now.inner.cls.includes('pl-card-cite-button')) break;
    }
    expect(seen.length).toBeGreaterThan(1);
    expect(seen.some((c) => c.includes('pl-card-read'))).toBe(true);
    expect(seen.at(-1)).toContain('pl-card-cite-button');
    // The button works from the keyboard (Enter), and says so.
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator(`${HOST} .pl-card-cite-status`).textContent(), { timeout: 2000 }).toBe('Copied');

    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator(`${HOST} .pl-card`).count(), { timeout: 2000 }).toBe(0);
    expect((await focusInfo(page)).page).toBe('A#was-here');
  });

  it('the command again moves to the next term; from the body, Esc leaves focus on the body', async () => {
    const page = await openArticle();
    const names: string[] = [];
    for (let i = 0; i < 3; i++) {
      expect(await sendToTab(suite.session.serviceWorker, URL_PATTERN, { type: 'reveal-term' })).toEqual({ found: true });
      await expect.poll(async () => (await focusInfo(page)).inner?.role, { timeout: 3000 }).toBe('dialog');
      const active = await highlightTexts(page, 'policy-lens-active');
      expect(active).toHaveLength(1);
      const top = await page.evaluate(() => {
        const r = [...(CSS.highlights.get('policy-lens-active') as Iterable<AbstractRange> | undefined ?? [])][0];
        if (!r) return -1;
        const live = document.createRange();
        live.setStart(r.startContainer, r.startOffset);
        live.setEnd(r.endContainer, r.endOffset);
        return Math.round(live.getBoundingClientRect().top + scrollY);
      });
      names.push(`${active[0]}|${await page.locator(`${HOST} .pl-card-name`).textContent()}|${top}`);
      const label = (await focusInfo(page)).inner?.label ?? '';
      await expect.poll(() => liveText(page), { timeout: 2000 }).toContain(label.replace('Policy Lens: ', 'Card: '));
    }
    // Three occurrences in document order: the headline's new industrialization, paragraph 1's, then Chinese modernization.
    const parts = names.map((n) => n.split('|'));
    expect(parts.map((p) => p.slice(0, 2).join('|'))).toEqual([
      'new industrialization|new industrialization',
      'new industrialization|new industrialization',
      'Chinese modernization|Chinese modernization',
    ]);
    const tops = parts.map((p) => Number(p[2]));
    expect(tops[0]).toBeLessThan(tops[1] ?? 0);
    expect(tops[1]).toBeLessThanOrEqual(tops[2] ?? 0);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator(`${HOST} .pl-card`).count(), { timeout: 2000 }).toBe(0);
    expect((await focusInfo(page)).page).toBe('BODY#');
  });

  it('a page’s synthetic Escape does not close a card the keyboard opened', async () => {
    const page = await openArticle();
    await sendToTab(suite.session.serviceWorker, URL_PATTERN, { type: 'reveal-term' });
    await expect.poll(async () => (await focusInfo(page)).inner?.role, { timeout: 3000 }).toBe('dialog');
    await page.evaluate(() => window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })));
    await page.waitForTimeout(300);
    expect(await page.locator(`${HOST} .pl-card`).count()).toBe(1);
  });
});

describe('the card from the keyboard, in a Chinese browser', () => {
  let server: FixtureServer;
  let session: ExtensionSession;
  beforeAll(async () => {
    server = await startFixtureServer();
    session = await launchWithExtension({ port: server.port, locale: 'zh-CN' });
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  it('announces and names the card in Chinese, Chinese name first; the copy button and its confirmation are Chinese', async () => {
    const page = await session.context.newPage();
    await page.goto(session.newsUrl('english.news.cn', 'xinhua-interview.html'));
    await expect.poll(() => highlightTexts(page), { timeout: 8000 }).toContain('new industrialization');
    expect(await sendToTab(session.serviceWorker, URL_PATTERN, { type: 'reveal-term' })).toEqual({ found: true });
    await expect.poll(async () => (await focusInfo(page)).inner?.label, { timeout: 3000 }).toBe('Policy Lens 术语：新型工业化');
    await expect.poll(() => liveText(page), { timeout: 2000 }).toBe('术语卡片：新型工业化（new industrialization）');
    const button = page.locator(`${HOST} .pl-card-cite-button`);
    expect(await button.textContent()).toBe('复制引文');
    await button.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator(`${HOST} .pl-card-cite-status`).textContent(), { timeout: 2000 }).toBe('已复制');
    await page.close();
  });
});
