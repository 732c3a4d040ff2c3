/**
 * Promises 4 and 5: strict CSP, and styles that cross neither way.
 * - The tooltip, opened on a plain page, a page served with
 *   `default-src 'none'`, one with `style-src 'none'`, and one with hostile
 *   universal !important CSS, has the same computed styles everywhere (and
 *   the designed values: white card, 14px box text, 16px term name).
 *   (tests/browser/page.test.ts checks background/radius under a CSP that
 *   forbids everything at once; this compares the whole set of properties.)
 * - Our styles change no computed style of any page element: every element
 *   of a fixture (structural selectors included) compared between
 *   example.org (no extension) and english.news.cn, after scanning and
 *   with the tooltip open.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hoverTerm } from '../browser/page-helpers';
import { launchWithExtension, type ExtensionSession } from '../../tooling/extension';
import type { FixtureServer } from '../../tooling/server';
import { paintedCount, paintedTexts, settle, startServer, watchProblems, writeFigures } from './helpers';

const CARD = '[data-policy-lens-ui] .pl-card';
const PROPS = ['background-color', 'color', 'font-size', 'font-family', 'font-weight', 'line-height', 'border-radius', 'border-top-width', 'padding-top', 'text-transform', 'letter-spacing', 'opacity', 'visibility', 'display', 'position', 'transform', 'max-width', 'box-shadow', 'text-align', 'z-index'];
const PARTS = ['.tippy-box', '.tippy-content', '.pl-card', '.pl-card-name', '.pl-card-definition', '.pl-card-read', 'figcaption'];

const ARTICLE = `<p>Talk of humanoid robots and the low-altitude economy, in plain words.</p>`;
const HOSTILE_CSS = `<style>
*, *::before, *::after, :root, html, body { font: italic 40px/3 "Comic Sans MS", cursive !important; color: rgb(0, 255, 0) !important; background: rgb(255, 0, 0) !important;
  text-transform: uppercase !important; letter-spacing: 9px !important; transform: rotate(3deg) !important; opacity: 0.5 !important; border-radius: 0 !important;
  box-shadow: 0 0 9px blue !important; padding: 20px !important; max-width: 50px !important; z-index: 1 !important; }
html > *, body ~ *, :root > :last-child { display: inline !important; position: static !important; visibility: visible !important; width: 10px !important; height: 10px !important; }
div, span, a, p, figure, figcaption { all: revert !important; color: rgb(0, 255, 0) !important; }
</style>`;

function page(body: string, head = ''): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>style</title>${head}</head><body>${body}</body></html>`;
}

let figures: Record<string, unknown> = {};

describe('strict CSP and style isolation', () => {
  let server: FixtureServer;
  let session: ExtensionSession;

  beforeAll(async () => {
    server = await startServer();
    server.route('/style/plain.html', { body: page(ARTICLE) });
    server.route('/style/csp-default.html', { body: page(ARTICLE), headers: { 'Content-Security-Policy': "default-src 'none'" } });
    server.route('/style/csp-style.html', { body: page(ARTICLE), headers: { 'Content-Security-Policy': "style-src 'none'" } });
    server.route('/style/hostile.html', { body: page(ARTICLE, HOSTILE_CSS) });
    session = await launchWithExtension({ port: server.port });
  });
  afterAll(async () => {
    writeFigures('style', figures);
    await session?.close();
    await server?.close();
  });

  async function tooltipStyles(path: string): Promise<{ styles: Record<string, Record<string, string>>; problems: string[]; page: Page }> {
    const p = await session.context.newPage();
    const problems = watchProblems(p);
    await p.goto(session.newsUrl('english.news.cn', path));
    await expect.poll(() => paintedCount(p), { timeout: 8000 }).toBe(2);
    await hoverTerm(p, 'humanoid robots');
    try {
      await p.locator(CARD).waitFor({ timeout: 5000, state: 'attached' });
    } catch (e) {
      await p.screenshot({ path: `test-results/reliability/tooltip-missing-${path.replace(/\W+/g, '_')}.png` });
      throw new Error(`${path}: no card after hovering (${String(e).split('\n')[0]})`);
    }
    await p.waitForTimeout(300); // tippy's fade-in
    const styles = await p.evaluate(
      ({ parts, props }) => {
        const root = document.querySelector('[data-policy-lens-ui]')?.shadowRoot;
        const out: Record<string, Record<string, string>> = {};
        for (const sel of parts) {
          const el = root?.querySelector(sel);
          if (!el) continue;
          const cs = getComputedStyle(el);
          out[sel] = Object.fromEntries(props.map((k) => [k, cs.getPropertyValue(k)]));
        }
        return out;
      },
      { parts: PARTS, props: PROPS },
    );
    return { styles, problems, page: p };
  }

  it('the tooltip is fully styled, identically, under default-src \'none\', style-src \'none\' and hostile !important CSS', async () => {
    const plain = await tooltipStyles('/style/plain.html');
    expect(Object.keys(plain.styles)).toEqual(PARTS);
    // Our designed values.
    expect(plain.styles['.tippy-box']?.['background-color']).toBe('rgb(255, 255, 255)');
    expect(plain.styles['.tippy-box']?.['font-size']).toBe('14px');
    expect(plain.styles['.tippy-box']?.['border-radius']).toBe('8px');
    expect(plain.styles['.pl-card-name']?.['font-size']).toBe('16px');
    await plain.page.close();
    const compared: string[] = [];
    for (const path of ['/style/csp-default.html', '/style/csp-style.html', '/style/hostile.html']) {
      const other = await tooltipStyles(path);
      expect(other.problems, path).toEqual([]);
      expect(other.styles, path).toEqual(plain.styles);
      compared.push(path);
      await other.page.close();
    }
    figures = { ...figures, tooltipPagesCompared: compared.length + 1, tooltipPropertiesCompared: PARTS.length * PROPS.length };
  });

  it('our styles change no computed style of any page element (structural selectors included)', async () => {
    // Structural selectors inside <body>. (Selectors over <html>'s own children, like body:last-child or
    // :root:has(> div), do see our one host element while it exists: the accepted exception.)
    const css = `<style>
      body > :last-child { border-left: 7px solid rgb(1, 2, 3); }
      body > * + * { margin-top: 5px; }
      p:only-of-type, p:last-of-type { letter-spacing: 1px; }
      body:has(> p) { word-spacing: 2px; }
      div > :nth-last-child(1) { outline: 2px dotted rgb(4, 5, 6); }
    </style>`;
    server.route('/style/structural.html', { body: page(`${ARTICLE}<div><p>More on integrated circuits.</p><span>and 6G</span></div>`, css) });
    const snapshot = (p: Page): Promise<string[]> =>
      p.evaluate(() => {
        const out: string[] = [];
        for (const el of document.querySelectorAll('*')) {
          if (el.closest('[data-policy-lens-ui]')) continue;
          const cs = getComputedStyle(el);
          const vals: string[] = [];
          for (let i = 0; i < cs.length; i++) {
            const k = cs.item(i);
            vals.push(`${k}:${cs.getPropertyValue(k)}`);
          }
          out.push(`${el.localName}|${vals.join(';')}`);
        }
        return out;
      });
    const results: Record<string, number> = {};
    for (const path of ['/style/structural.html', '/xinhua-interview.html', '/page/hostile.html']) {
      const without = await session.context.newPage();
      await without.goto(session.newsUrl('example.org', path));
      await without.waitForTimeout(300);
      const base = await snapshot(without);
      await without.close();

      const withExt = await session.context.newPage();
      await withExt.goto(session.newsUrl('english.news.cn', path));
      await settle(() => paintedCount(withExt));
      expect(await paintedCount(withExt)).toBeGreaterThan(0);
      const scanned = await snapshot(withExt);
      const texts = await paintedTexts(withExt);
      await hoverTerm(withExt, texts[0] as string);
      await withExt.locator(CARD).waitFor({ timeout: 5000 });
      await withExt.waitForTimeout(300);
      const hovered = await snapshot(withExt);
      await withExt.close();
      const diff = (a: string[], b: string[]): string[] => a.flatMap((x, i) => (x === b[i] ? [] : [`${i}: ${(b[i] ?? '').split('|')[0]} ${diffProps(x, b[i] ?? '')}`]));
      expect(scanned.length, path).toBe(base.length);
      expect(diff(base, scanned), `${path} after scanning: ${JSON.stringify(diff(base, scanned))}`).toEqual([]);
      expect(diff(base, hovered), `${path} with the tooltip open: ${JSON.stringify(diff(base, hovered))}`).toEqual([]);
      results[path] = base.length;
    }
    figures = { ...figures, pageElementsCompared: Object.values(results).reduce((a, b) => a + b, 0), pagesCompared: Object.keys(results).length };
  });
});

function diffProps(a: string, b: string): string {
  const pa = new Map((a.split('|')[1] ?? '').split(';').map((kv) => [kv.split(':')[0], kv] as const));
  const out: string[] = [];
  for (const kv of (b.split('|')[1] ?? '').split(';')) {
    const k = kv.split(':')[0] ?? '';
    if (pa.get(k) !== kv) out.push(`${pa.get(k) ?? k} → ${kv}`);
  }
  return out.slice(0, 5).join(', ');
}
