/**
 * Launches Debian's Chromium (or $CHROME_PATH) with the built extension
 * loaded from dist/, in a fresh temporary profile, with news host names
 * mapped to the loopback fixture server so the production manifest's
 * matches apply. Nothing else resolves: no traffic leaves the machine.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { findChrome } from './find-chrome';

/** Where the built extension is; PL_DIST_DIR lets parallel runs keep separate builds. */
export const DIST_DIR = resolve(process.env.PL_DIST_DIR ?? resolve(import.meta.dirname, '../dist'));

/** News host names the fixtures are served under. */
export const NEWS_HOSTS = [
  'english.news.cn',
  'www.news.cn',
  'www.scmp.com',
  'www.reuters.com',
  'graphics.reuters.com',
  'global.chinadaily.com.cn',
  'english.xinhuanet.com',
  'www.chinadaily.com.cn',
  'www.globaltimes.cn',
  'www.theguardian.com',
  'www.sixthtone.com',
  'www.ft.com',
  'www.cnbc.com',
  'apnews.com',
  'thediplomat.com',
  'example.org',
  'blog.example.net',
] as const;

export interface ExtensionSession {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  /** http://<host>/<path>, reaching the fixture server through the host mapping. */
  newsUrl(host: string, path: string): string;
  openPopup(forTabUrl?: string): Promise<Page>;
  extensionUrl(path: string): string;
  close(): Promise<void>;
}

export interface LaunchOptions {
  port: number;
  headless?: boolean;
  dist?: string;
  viewport?: { width: number; height: number } | null;
  extraArgs?: string[];
  /** The browser's UI language, e.g. 'zh-CN' (Chromium on Linux takes it from LANGUAGE; --lang alone leaves getUILanguage in English). */
  locale?: string;
}

export function chromiumArgs(dist: string, port: number, extra: string[] = []): string[] {
  const rules = [...NEWS_HOSTS.map((h) => `MAP ${h} 127.0.0.1:${port}`), 'MAP * ~NOTFOUND'].join(', ');
  return [
    `--disable-extensions-except=${dist}`,
    `--load-extension=${dist}`,
    `--host-resolver-rules=${rules}`,
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-features=Translate,OptimizationHints,MediaRouter',
    ...extra,
  ];
}

export async function launchWithExtension(opts: LaunchOptions): Promise<ExtensionSession> {
  const dist = opts.dist ?? DIST_DIR;
  if (!existsSync(join(dist, 'manifest.json'))) {
    throw new Error(`No built extension at ${dist}: run "npm run build" first.`);
  }
  const profile = mkdtempSync(join(tmpdir(), 'policy-lens-profile-'));
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: findChrome(),
      headless: opts.headless ?? true,
      viewport: opts.viewport === undefined ? { width: 1280, height: 900 } : opts.viewport,
      args: chromiumArgs(dist, opts.port, [...(opts.locale ? [`--lang=${opts.locale}`] : []), ...(opts.extraArgs ?? [])]),
      ...(opts.locale ? { env: { ...process.env, LANGUAGE: opts.locale.replace('-', '_') } } : {}),
    });
  } catch (e) {
    rmSync(profile, { recursive: true, force: true });
    throw e;
  }
  const serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL(serviceWorker.url()).host;
  const extensionUrl = (path: string): string => `chrome-extension://${extensionId}/${path.replace(/^\//, '')}`;

  return {
    context,
    extensionId,
    serviceWorker,
    extensionUrl,
    newsUrl: (host, path) => `http://${host}/${path.replace(/^\//, '')}`,
    async openPopup(forTabUrl) {
      const page = await context.newPage();
      const q = forTabUrl ? `?tabUrl=${encodeURIComponent(forTabUrl)}` : '';
      await page.goto(extensionUrl(`src/popup/index.html${q}`));
      return page;
    },
    async close() {
      try {
        await context.close();
      } finally {
        rmSync(profile, { recursive: true, force: true });
      }
    },
  };
}
