/**
 * One Chromium with the built extension, and the loopback fixture server,
 * per test file. Pages a test opens through track() are closed after it,
 * and the extension's settings go back to their defaults.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { launchWithExtension, type ExtensionSession } from '../../tooling/extension';
import { startFixtureServer, type FixtureServer } from '../../tooling/server';
import { clearSettings } from './page-helpers';

export const SHOTS = resolve(import.meta.dirname, '../../test-results/screenshots');

export interface Suite {
  readonly session: ExtensionSession;
  readonly server: FixtureServer;
  /** Closes the page after the current test. */
  track(page: Page): Page;
}

export function extensionSuite(): Suite {
  let server: FixtureServer | undefined;
  let session: ExtensionSession | undefined;
  const opened: Page[] = [];
  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    server = await startFixtureServer();
    session = await launchWithExtension({ port: server.port });
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });
  afterEach(async () => {
    while (opened.length > 0) await opened.pop()?.close();
    if (session) await clearSettings(session.serviceWorker);
  });
  const need = <T>(v: T | undefined, what: string): T => {
    if (v === undefined) throw new Error(`${what} is not started (use it inside a test)`);
    return v;
  };
  return {
    get session() {
      return need(session, 'the browser');
    },
    get server() {
      return need(server, 'the fixture server');
    },
    track(page) {
      opened.push(page);
      return page;
    },
  };
}
