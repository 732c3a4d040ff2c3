/**
 * Copy as citation, in the built extension: the card's button and the C key
 * put the exact citation on the clipboard as plain text and HTML, on an
 * http news page (no navigator.clipboard there) and in the reader; a page's
 * synthetic click or key does nothing; typing C in a field stays typing.
 * The clipboard is read back by pasting into another page, as a reader's
 * editor would.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ARTICLE_URL, getTerm } from '../../glossary';
import { buildCitation } from '../../src/core/citation';
import { highlightTexts, hoverTerm } from './page-helpers';
import { extensionSuite, SHOTS } from './suite';

const HOST = '[data-policy-lens-ui]';
const CARD = `${HOST} .pl-card`;

function citationOf(id: string): { text: string; html: string } {
  const t = getTerm(id);
  const c = t ? buildCitation(t) : null;
  if (!c) throw new Error(`no citation for ${id}`);
  return c;
}

describe('copy as citation', () => {
  const suite = extensionSuite();

  /**
   * A page that reads the clipboard the way a reader's editor does: Ctrl+V
   * into a contenteditable, whose paste event holds both flavours. It needs
   * no clipboard permission and works on http (no navigator.clipboard).
   */
  async function clipboardPage(): Promise<Page> {
    const { session, server } = suite;
    server.route('/clip.html', {
      body:
        '<!doctype html><meta charset="utf-8"><title>clip</title><div id="ed" contenteditable="true" style="min-height:40px">x</div>' +
        '<input id="src" value="">' +
        '<script>document.addEventListener("paste", (e) => { e.preventDefault(); window.__pasted = { text: e.clipboardData.getData("text/plain"), html: e.clipboardData.getData("text/html") }; });</script>',
    });
    const page = suite.track(await session.context.newPage());
    await page.goto(session.newsUrl('example.org', 'clip.html'));
    return page;
  }

  async function readClipboard(clip: Page): Promise<{ text: string; html: string }> {
    await clip.bringToFront();
    await clip.evaluate(() => ((window as unknown as { __pasted: unknown }).__pasted = null));
    await clip.locator('#ed').focus();
    await clip.keyboard.press('Control+V');
    await expect.poll(() => clip.evaluate(() => (window as unknown as { __pasted: unknown }).__pasted), { timeout: 2000 }).not.toBeNull();
    return clip.evaluate(() => (window as unknown as { __pasted: { text: string; html: string } }).__pasted);
  }

  /** Puts s on the clipboard (a real copy of a field's text), so that a copy that did not happen shows. */
  async function setClipboard(clip: Page, s: string): Promise<void> {
    await clip.bringToFront();
    await clip.locator('#src').fill(s);
    await clip.locator('#src').selectText();
    await clip.keyboard.press('Control+C');
    expect((await readClipboard(clip)).text).toBe(s);
  }

  async function openArticle(): Promise<Page> {
    const page = suite.track(await suite.session.context.newPage());
    await page.goto(suite.session.newsUrl('english.news.cn', 'xinhua-interview.html'));
    await expect.poll(() => highlightTexts(page), { timeout: 8000 }).toContain('low-altitude economy');
    return page;
  }

  /** The HTML as Chromium hands it back: its own charset tag first, then what we wrote. */
  const fragment = (html: string): string => html.replace(/^<meta charset=['"]?utf-8['"]?>/i, '');

  it('the card button copies the exact citation (plain text and HTML with the link and ¶N) and says so', async () => {
    const clip = await clipboardPage();
    await setClipboard(clip, 'before');
    const page = await openArticle();
    await page.bringToFront();
    // No clipboard API on an http page: the copy must not depend on it.
    expect(await page.evaluate(() => ({ secure: isSecureContext, api: 'clipboard' in navigator }))).toEqual({ secure: false, api: false });
    await hoverTerm(page, 'low-altitude economy');
    await page.locator(CARD).waitFor({ timeout: 3000 });
    const button = page.locator(`${CARD} .pl-card-cite-button`);
    expect(await button.textContent()).toBe('Copy citation');
    await button.click();
    await expect.poll(() => page.locator(`${CARD} .pl-card-cite-status`).textContent(), { timeout: 2000 }).toBe('Copied');
    expect(await page.locator(`${CARD} .pl-card-cite-status`).getAttribute('role')).toBe('status');
    await page.waitForTimeout(150);
    const box = await page.locator(`${HOST} .tippy-box`).boundingBox();
    if (!box) throw new Error('no card box');
    await page.screenshot({
      path: `${SHOTS}/card-copy.png`,
      clip: { x: Math.max(0, box.x - 20), y: Math.max(0, box.y - 20), width: box.width + 40, height: box.height + 60 },
    });

    const got = await readClipboard(clip);
    expect(got.text).toBe(
      'low-altitude economy (低空经济)\n' +
        '“New growth engines such as bio-manufacturing, commercial aerospace and the low-altitude economy, and new fields including humanoid robots, 6G and atomic-level manufacturing, will be developed, said Jin.”\n' +
        '— Jin Zhuanglong, Minister of Industry and Information Technology, interview with Xinhua, 31 August 2024, ¶4',
    );
    const want = citationOf('low-altitude-economy');
    expect(got.text).toBe(want.text);
    expect(fragment(got.html)).toBe(want.html);
    expect(got.html).toContain(`<a href="${ARTICLE_URL}">interview with Xinhua</a>, 31 August 2024, ¶4</p>`);
    expect(got.html).toContain('<span lang="zh-Hans">低空经济</span>');
  });

  it('C copies the open card’s citation; a page’s synthetic key or click copies nothing; C typed in a field stays typing', async () => {
    const clip = await clipboardPage();
    await setClipboard(clip, 'before');
    const page = await openArticle();
    await page.bringToFront();
    await hoverTerm(page, 'humanoid robots');
    await expect.poll(() => page.locator(`${CARD} .pl-card-name`).textContent(), { timeout: 3000 }).toBe('humanoid robots');

    // The page's own events: the card's button and keys ignore them.
    await page.evaluate(() => {
      document.dispatchEvent(new KeyboardEvent('keydown', { key: 'c', bubbles: true }));
      document.querySelector('[data-policy-lens-ui]')?.shadowRoot?.querySelector<HTMLElement>('.pl-card-cite-button')?.click();
    });
    await page.waitForTimeout(200);
    expect(await page.locator(`${CARD} .pl-card-cite-status`).textContent()).toBe('');
    expect((await readClipboard(clip)).text).toBe('before');

    await page.bringToFront();
    await page.keyboard.press('c');
    await expect.poll(() => page.locator(`${CARD} .pl-card-cite-status`).textContent(), { timeout: 2000 }).toBe('Copied');
    const got = await readClipboard(clip);
    const want = citationOf('humanoid-robots');
    expect(got.text).toBe(want.text);
    expect(got.text.endsWith('interview with Xinhua, 31 August 2024, ¶4')).toBe(true);
    expect(fragment(got.html)).toBe(want.html);

    // A field on the page has focus: C is a letter typed there, not a copy.
    await setClipboard(clip, 'before');
    await page.bringToFront();
    await page.evaluate(() => {
      const input = document.createElement('input');
      input.id = 'typing';
      input.style.cssText = 'position:fixed;bottom:0;left:0';
      document.body.append(input);
      input.focus();
    });
    await hoverTerm(page, '6G');
    await expect.poll(() => page.locator(`${CARD} .pl-card-name`).textContent(), { timeout: 3000 }).toBe('6G');
    await page.keyboard.press('c');
    expect(await page.locator('#typing').inputValue()).toBe('c');
    await page.waitForTimeout(200);
    expect(await page.locator(`${CARD} .pl-card-cite-status`).textContent()).toBe('');
    expect((await readClipboard(clip)).text).toBe('before');
  });

  it('copies from the reader’s card too (an extension page)', async () => {
    const clip = await clipboardPage();
    await setClipboard(clip, 'before');
    const page = suite.track(await suite.session.context.newPage());
    await page.goto(suite.session.extensionUrl('src/reader/index.html'));
    await page.locator('html[data-ready="true"]').waitFor({ timeout: 5000 });
    await page.locator('#p10 .pl-term[data-term="little-giant-firms"]').first().hover();
    const card = page.locator('.tippy-box .pl-card[data-term="little-giant-firms"]');
    await card.waitFor({ timeout: 3000 });
    await card.locator('.pl-card-cite-button').click();
    await expect.poll(() => card.locator('.pl-card-cite-status').textContent(), { timeout: 2000 }).toBe('Copied');
    const got = await readClipboard(clip);
    const want = citationOf('little-giant-firms');
    expect(got.text).toBe(want.text);
    expect(got.text).toContain('12,000 "little giant" firms');
    expect(got.text.endsWith('¶10')).toBe(true);
    expect(fragment(got.html)).toBe(want.html);
    expect(got.html).toContain('12,000 &quot;little giant&quot; firms');
  });
});
