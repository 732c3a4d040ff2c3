/**
 * Promise 1: the page's DOM is never changed. fast-check generates
 * article-like pages (random nesting of block and inline elements, glossary
 * terms inside and across inline boundaries, odd Unicode, comments, empty
 * and adjacent text nodes made by page script); each page holds several
 * cases, each in its own <section data-case>, each checked on its own:
 * - the serialised DOM (outerHTML, and a structural walk that sees empty
 *   text nodes and comments) is identical after scanning and painting,
 *   after switching the site off, and after switching it on again;
 * - the highlighted strings in the case equal what the matcher finds in the
 *   block texts an independent model of the page implies.
 * One browser and one tab for every page. The site switch is written to
 * storage.local (read when sync holds no settings): sync allows only 120
 * writes a minute.
 */
import fc from 'fast-check';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { surfaceForms } from '../../glossary';
import { compileMatcher } from '../../src/core/matcher';
import { launchWithExtension, type ExtensionSession } from '../../tooling/extension';
import type { FixtureServer } from '../../tooling/server';
import { gatherPainted, HIGHLIGHT_NAMES } from '../browser/page-helpers';
import { caseArb, oracleBlocks, pageHtml, type GenNode } from './gen-article';
import { clearStorage, setStorage, SOAK, startServer, waitForScanDone, watchProblems, writeFigures } from './helpers';

const CASES_PER_PAGE = 10;
const PAGES = Number(process.env.PL_PROPERTY_PAGES ?? (SOAK ? 150 : 30));
const HOST = 'english.news.cn';

const matcher = compileMatcher(surfaceForms());
const FORMS = [...new Set(surfaceForms().map((f) => f.text))];

function expectedFor(kids: readonly GenNode[]): string[] {
  const out: string[] = [];
  for (const text of oracleBlocks(kids)) for (const m of matcher.find(text)) out.push(text.slice(m.start, m.end));
  return out.sort();
}

interface Observed {
  perCase: string[][];
  /** Ranges not inside one case container. */
  stray: string[];
}

/** Every range painted while the page is scrolled through, sorted into the cases they fall in. */
async function observe(page: Page, n: number): Promise<Observed> {
  await gatherPainted(page);
  return page.evaluate(
    ({ n }) => {
      const perCase: string[][] = Array.from({ length: n }, () => []);
      const stray: string[] = [];
      const caseOf = (node: Node): number => {
        const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
        const s = el?.closest('section[data-case]');
        return s ? Number(s.getAttribute('data-case')) : -1;
      };
      {
        for (const r of (window as unknown as { __plPainted: AbstractRange[] }).__plPainted) {
          let text: string;
          try {
            const live = document.createRange();
            live.setStart(r.startContainer, r.startOffset);
            live.setEnd(r.endContainer, r.endOffset);
            text = live.toString();
          } catch (e) {
            text = `<stale range: ${String(e)}>`;
          }
          const a = caseOf(r.startContainer);
          const b = caseOf(r.endContainer);
          if (a < 0 || a !== b) stray.push(text);
          else perCase[a]?.push(text);
        }
      }
      perCase.forEach((l) => l.sort());
      return { perCase, stray };
    },
    { n },
  );
}

interface DomCheck {
  html: boolean;
  struct: boolean;
  /** Per case: is its container's subtree (structural) unchanged? */
  cases: boolean[];
}

function domUnchanged(page: Page): Promise<DomCheck> {
  return page.evaluate(() => {
    const w = window as unknown as { __plBefore: string; __plBeforeStruct: string; plHtml(): string; plStruct(n: Node): string; __plCaseStruct: string[] };
    const cases = [...document.querySelectorAll('section[data-case]')].map((s) => w.plStruct(s));
    return {
      html: w.plHtml() === w.__plBefore,
      struct: w.plStruct(document.documentElement) === w.__plBeforeStruct,
      cases: cases.map((c, i) => c === w.__plCaseStruct[i]),
    };
  });
}

async function until<T>(fn: () => Promise<T>, ok: (v: T) => boolean, timeout = 6000): Promise<T> {
  const end = Date.now() + timeout;
  let v = await fn();
  while (!ok(v) && Date.now() < end) {
    await new Promise((r) => setTimeout(r, 50));
    v = await fn();
  }
  return v;
}

describe('the page DOM is never changed (property test)', () => {
  let server: FixtureServer;
  let session: ExtensionSession;
  let page: Page;
  let problems: string[];

  beforeAll(async () => {
    server = await startServer();
    session = await launchWithExtension({ port: server.port, viewport: { width: 1000, height: 700 } });
    page = await session.context.newPage();
    problems = watchProblems(page);
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  it(`${PAGES} generated pages × ${CASES_PER_PAGE} cases: DOM identical through scan, paint, off and on; highlights = matcher on the block texts`, async () => {
    let pageNo = 0;
    let casesChecked = 0;
    let termsExpected = 0;
    let emptyTextNodes = 0;
    const started = Date.now();
    const seed = Number(process.env.PL_SEED ?? Date.now() % 2 ** 31);

    const countEmpty = (nodes: readonly GenNode[]): number =>
      nodes.reduce((n, x) => n + (x.t === 'empty' ? 1 : x.t === 'el' ? countEmpty(x.kids) : 0), 0);

    const property = fc.asyncProperty(fc.array(caseArb(FORMS), { minLength: CASES_PER_PAGE, maxLength: CASES_PER_PAGE }), async (cases) => {
      const path = `/gen/${pageNo++}.html`;
      server.route(path, { body: pageHtml(cases) });
      const want = cases.map(expectedFor);
      const total = want.reduce((n, w) => n + w.length, 0);
      await page.goto(session.newsUrl(HOST, path));
      const label = (step: string, i: number): string => `${step}, case ${i} (seed ${seed}, ${path})`;

      const check = async (step: string): Promise<void> => {
        const got = await until(
          () => observe(page, cases.length),
          (o) => o.perCase.every((l, i) => JSON.stringify(l) === JSON.stringify(want[i])) && o.stray.length === 0,
        );
        expect(got.stray, `${step}: ranges outside one case`).toEqual([]);
        got.perCase.forEach((l, i) => expect(l, label(step, i)).toEqual(want[i]));
        const dom = await domUnchanged(page);
        dom.cases.forEach((same, i) => expect(same, label(`${step}: DOM of the case`, i)).toBe(true));
        expect(dom, `${step}: whole document`).toEqual({ html: true, struct: true, cases: dom.cases });
      };

      expect(await waitForScanDone(session, page), 'initial scan done').toBe(true);
      await check('after scan and paint');

      await setStorage(session.serviceWorker, 'local', { sites: { [HOST]: false } });
      const off = await until(
        () => page.evaluate((names) => names.some((n) => CSS.highlights.has(n)), [...HIGHLIGHT_NAMES] as string[]),
        (v) => !v,
      );
      expect(off, 'highlights unregistered when off').toBe(false);
      const domOff = await domUnchanged(page);
      expect(domOff, 'DOM after switching off').toEqual({ html: true, struct: true, cases: domOff.cases.map(() => true) });

      await setStorage(session.serviceWorker, 'local', { sites: { [HOST]: true } });
      await check('after switching on again');
      // Wait out the scanner once more: nothing late may differ.
      await new Promise((r) => setTimeout(r, 150));
      await check('settled');
      expect(problems).toEqual([]);

      casesChecked += cases.length;
      termsExpected += total;
      emptyTextNodes += cases.reduce((n, c) => n + countEmpty(c), 0);
    });

    try {
      await fc.assert(property, { numRuns: PAGES, seed, endOnFailure: true });
    } finally {
      await clearStorage(session.serviceWorker);
      writeFigures('dom-property', {
        pagesLoaded: pageNo,
        casesChecked,
        termsExpected,
        emptyTextNodes,
        checksPerCase: 4,
        seconds: Math.round((Date.now() - started) / 1000),
        seed,
      });
    }
    expect(casesChecked).toBeGreaterThanOrEqual(300);
  });
});
