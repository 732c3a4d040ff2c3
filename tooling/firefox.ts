/**
 * Launches Firefox (Debian's firefox-esr, or $FIREFOX_PATH) over WebDriver
 * BiDi with puppeteer-core, in a fresh temporary profile that puppeteer
 * deletes on close, and installs the built Firefox extension (a folder or
 * the packaged .zip) as a temporary add-on.
 *
 * Loopback only:
 * - Firefox runs with MOZ_DISABLE_NONLOCAL_CONNECTIONS=1, so it opens no
 *   connection to anything but this machine;
 * - a proxy auto-config sends the news host names the tests use to the
 *   loopback fixture server (which sees the real Host header, as a news site
 *   would), and everything else DIRECT, where the variable above blocks it.
 *   Firefox has no --host-resolver-rules; the PAC is its equivalent here and
 *   keeps URLs port-free, exactly as in the Chromium tests.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { NEWS_HOSTS } from './extension';
import { findBrowser, NoBrowserError } from './find-chrome';

/** Where `npm run build:firefox` writes; PL_FIREFOX_DIST_DIR overrides it. */
export const FIREFOX_DIST_DIR = resolve(process.env.PL_FIREFOX_DIST_DIR ?? resolve(import.meta.dirname, '../dist-firefox'));

/** Must match vite.config.firefox.ts (asserted by the tests through the installed id). */
export const GECKO_ID = 'policy-lens@policy-lens.dev';

/** A fixed moz-extension:// host, so tests can open extension pages by URL. */
export const EXTENSION_UUID = '8d3c7f1e-4b2a-4c5d-9e6f-0a1b2c3d4e5f';

const CANDIDATES = ['/usr/bin/firefox-esr', '/usr/bin/firefox', '/usr/lib/firefox-esr/firefox-esr', '/snap/bin/firefox'];

/** Thrown when no Firefox is found (a NoBrowserError, so callers may catch either). */
export class NoFirefoxError extends NoBrowserError {
  override name = 'NoFirefoxError';
}

export function findFirefox(env: NodeJS.ProcessEnv = process.env, candidates: readonly string[] = CANDIDATES): string {
  try {
    return findBrowser(
      {
        envVar: 'FIREFOX_PATH',
        what: 'Firefox 140+',
        missing: 'No Firefox found: install one (Debian/Ubuntu: sudo apt-get install firefox-esr) or set FIREFOX_PATH=/path/to/firefox.',
      },
      env,
      candidates,
    );
  } catch (e) {
    throw e instanceof NoBrowserError ? new NoFirefoxError(e.message) : e;
  }
}

/** A PAC script: the given hosts go to the loopback server, the rest DIRECT (blocked off-machine by MOZ_DISABLE_NONLOCAL_CONNECTIONS). */
export function pacScript(hosts: readonly string[], port: number): string {
  return [
    'function FindProxyForURL(url, host) {',
    `  var mapped = ${JSON.stringify(hosts)};`,
    `  if (mapped.indexOf(host) !== -1) return "PROXY 127.0.0.1:${port}";`,
    '  return "DIRECT";',
    '}',
  ].join('\n');
}

export function firefoxPrefs(port: number): Record<string, unknown> {
  return {
    'network.proxy.type': 2,
    'network.proxy.autoconfig_url': `data:text/javascript,${encodeURIComponent(pacScript(NEWS_HOSTS, port))}`,
    // Do not try https:// first for the http fixture URLs (and never for anything else).
    'dom.security.https_first': false,
    'dom.security.https_first_schemeless': false,
    'dom.security.https_only_mode': false,
    'network.dns.disablePrefetch': true,
    'network.prefetch-next': false,
    'network.predictor.enabled': false,
    'network.captive-portal-service.enabled': false,
    'network.connectivity-service.enabled': false,
    'browser.region.network.url': '',
    'browser.region.update.enabled': false,
    'services.settings.server': 'http://127.0.0.1:9/',
    'extensions.getAddons.cache.enabled': false,
    'extensions.update.enabled': false,
    'extensions.systemAddon.update.enabled': false,
    'toolkit.telemetry.enabled': false,
    'toolkit.telemetry.server': '',
    // MV3 content-script matches are granted at install only while this is true (the default in 140+; stated for clarity).
    'extensions.originControls.grantByDefault': true,
    'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
    // Tooltips appear without animation frames to wait for.
    'ui.prefersReducedMotion': 1,
  };
}

export interface FirefoxSession {
  browser: Browser;
  /** The gecko id Firefox reports for the installed add-on. */
  addonId: string;
  /** http://<host>/<path>, reaching the fixture server through the PAC. */
  newsUrl(host: string, path: string): string;
  extensionUrl(path: string): string;
  newPage(): Promise<Page>;
  /**
   * Opens an extension page in a tab. page.goto on moz-extension:// may never
   * resolve over BiDi, so the navigation is started without awaiting it and
   * the page polled until `ready` (evaluated in the page) is true.
   */
  openExtensionPage(path: string, ready?: () => boolean): Promise<Page>;
  close(): Promise<void>;
}

export interface FirefoxLaunchOptions {
  port: number;
  /** A built extension folder, or a .zip/.xpi of one. Defaults to dist-firefox/. */
  extension?: string;
  headless?: boolean;
  /** Prefs on top of firefoxPrefs(), e.g. to withhold host permissions at install. */
  prefs?: Record<string, unknown>;
}

export async function launchFirefoxWithExtension(opts: FirefoxLaunchOptions): Promise<FirefoxSession> {
  const extension = resolve(opts.extension ?? FIREFOX_DIST_DIR);
  const isArchive = /\.(zip|xpi)$/i.test(extension);
  if (!existsSync(isArchive ? extension : resolve(extension, 'manifest.json'))) {
    throw new Error(`No built Firefox extension at ${extension}: run "npm run build:firefox" first.`);
  }
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: findFirefox(),
    headless: opts.headless ?? true,
    protocol: 'webDriverBiDi',
    defaultViewport: { width: 1280, height: 900 },
    // Extension pages (moz-extension://) can be driven only with system access.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: { ...firefoxPrefs(opts.port), ...opts.prefs },
    env: { ...process.env, MOZ_DISABLE_NONLOCAL_CONNECTIONS: '1' },
  });
  let addonId: string;
  try {
    addonId = await browser.installExtension(extension);
  } catch (e) {
    await browser.close();
    throw e;
  }
  const extensionUrl = (path: string): string => `moz-extension://${EXTENSION_UUID}/${path.replace(/^\//, '')}`;

  return {
    browser,
    addonId,
    extensionUrl,
    newsUrl: (host, path) => `http://${host}/${path.replace(/^\//, '')}`,
    newPage: () => browser.newPage(),
    async openExtensionPage(path, ready = () => document.readyState === 'complete') {
      const page = await browser.newPage();
      const url = extensionUrl(path);
      page.goto(url).catch(() => undefined);
      const deadline = Date.now() + 15_000;
      for (;;) {
        // page.url() keeps saying about:blank here: ask the document itself.
        const at = await page.evaluate(() => location.href).catch(() => '');
        const ok = at === url && (await page.evaluate(ready).catch(() => false));
        if (ok) return page;
        if (Date.now() > deadline) throw new Error(`extension page ${url} did not become ready`);
        await new Promise((r) => setTimeout(r, 100));
      }
    },
    close: () => browser.close(),
  };
}

// ---- Reading what the content script did, from the page's side (puppeteer Page) ----

export const HIGHLIGHT_NAMES = ['policy-lens', 'policy-lens-dark'] as const;

/** Texts of every painted range, sorted. */
export function highlightTexts(page: Page): Promise<string[]> {
  return page.evaluate((names: string[]) => {
    const out: string[] = [];
    for (const n of names) {
      const hl = CSS.highlights.get(n);
      if (hl)
          for (const r of hl as Iterable<AbstractRange>) {
            // Our ranges are StaticRanges: read their text through a live Range.
            const live = document.createRange();
            live.setStart(r.startContainer, r.startOffset);
            live.setEnd(r.endContainer, r.endOffset);
            out.push(live.toString());
          }
    }
    return out.sort();
  }, [...HIGHLIGHT_NAMES]);
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The first line box of the first painted range whose text is `text`, scrolled into view. */
export async function rangeBox(page: Page, text: string): Promise<Box | null> {
  return page.evaluate(
    (names: string[], t: string) => {
      const all: Range[] = [];
      for (const n of names) {
        const hl = CSS.highlights.get(n);
        if (hl)
          for (const r of hl as Iterable<AbstractRange>) {
            const live = document.createRange();
            live.setStart(r.startContainer, r.startOffset);
            live.setEnd(r.endContainer, r.endOffset);
            all.push(live);
          }
      }
      all.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
      const r = all.find((x) => x.toString() === t);
      if (!r) return null;
      const first = r.getClientRects()[0];
      if (first && (first.top < 0 || first.bottom > innerHeight)) scrollBy(0, first.top - innerHeight / 3);
      const b = r.getClientRects()[0];
      return b ? { x: b.x, y: b.y, width: b.width, height: b.height } : null;
    },
    [...HIGHLIGHT_NAMES],
    text,
  );
}

export interface TooltipState {
  /** Whether tippy's box is shown. */
  visible: boolean;
  termId: string | null;
  name: string | null;
  definition: string | null;
  box: Box | null;
}

/** The tooltip, read through the open shadow root of the content script's host element. */
export function tooltipState(page: Page, hostTag = '[data-policy-lens-ui]'): Promise<TooltipState | null> {
  return page.evaluate((tag: string) => {
    const root = document.querySelector(tag)?.shadowRoot;
    if (!root) return null;
    const tippyBox = root.querySelector<HTMLElement>('.tippy-box');
    const card = root.querySelector<HTMLElement>('.pl-card');
    const r = tippyBox?.getBoundingClientRect();
    return {
      visible: !!tippyBox && tippyBox.dataset.state === 'visible' && (r?.width ?? 0) > 0,
      termId: card?.dataset.term ?? null,
      name: card?.querySelector('.pl-card-name')?.textContent ?? null,
      definition: card?.querySelector('.pl-card-definition')?.textContent ?? null,
      box: r ? { x: r.x, y: r.y, width: r.width, height: r.height } : null,
    };
  }, hostTag);
}

/** Polls fn until it returns a value accepted by ok, or throws after timeoutMs. */
export async function waitFor<T>(fn: () => Promise<T>, ok: (v: T) => boolean, timeoutMs = 10_000, what = 'condition'): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: T | undefined;
  for (;;) {
    try {
      last = await fn();
      if (ok(last)) return last;
    } catch {
      // The page may be navigating; try again.
    }
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; last value: ${JSON.stringify(last)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
