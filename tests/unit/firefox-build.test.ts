import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import source from '../../manifest.json' with { type: 'json' };
import { artifactNames } from '../../scripts/package';
import { withSitePatterns } from '../../scripts/site-manifest';
import { FIREFOX_MIN_VERSION, firefoxManifest, GECKO_ID as CONFIG_GECKO_ID } from '../../vite.config.firefox';
import { findFirefox, GECKO_ID, NoFirefoxError, pacScript } from '../../tooling/firefox';

const manifest = withSitePatterns(source);

describe('the Firefox manifest', () => {
  const ff = firefoxManifest(manifest, '9.8.7') as {
    version: string;
    background: Record<string, unknown>;
    browser_specific_settings: { gecko: Record<string, unknown>; gecko_android: Record<string, unknown> };
    icons: Record<string, string>;
    minimum_chrome_version?: string;
    permissions: string[];
    content_scripts: unknown;
    side_panel?: unknown;
    sidebar_action: Record<string, unknown>;
  };

  it('uses background scripts (an event page), as a module, instead of a service worker', () => {
    expect(ff.background).toEqual({ scripts: [manifest.background.service_worker], type: 'module' });
  });

  it('names a stable add-on id, Firefox 140 and no data collection', () => {
    expect(ff.browser_specific_settings.gecko).toEqual({
      id: GECKO_ID,
      strict_min_version: '140.0',
      data_collection_permissions: { required: ['none'] },
    });
    expect(CONFIG_GECKO_ID).toBe(GECKO_ID);
    expect(FIREFOX_MIN_VERSION).toBe('140.0');
    expect(ff.browser_specific_settings.gecko_android).toEqual({ strict_min_version: '142.0' });
  });

  it('takes the given version, drops the Chrome-only key and keeps everything else', () => {
    expect(ff.version).toBe('9.8.7');
    expect(ff.minimum_chrome_version).toBeUndefined();
    expect(ff.permissions).toEqual(manifest.permissions.filter((p) => p !== 'sidePanel'));
    expect(ff.content_scripts).toEqual(manifest.content_scripts);
    expect(ff.icons['48']).toBeDefined();
    expect(ff.icons['96']).toBeDefined();
  });

  it('shows the side panel as a sidebar: no side_panel key nor sidePanel permission, which Firefox does not know', () => {
    expect(manifest.permissions).toContain('sidePanel');
    expect(ff.side_panel).toBeUndefined();
    expect(ff.permissions).not.toContain('sidePanel');
    expect(ff.permissions).toContain('contextMenus');
    expect(ff.sidebar_action).toEqual({
      default_panel: manifest.side_panel.default_path,
      default_title: manifest.name,
      default_icon: manifest.action.default_icon,
      open_at_install: false,
    });
  });

  it('leaves the Chrome manifest Chrome-only', () => {
    expect(manifest.minimum_chrome_version).toBeDefined();
    expect('browser_specific_settings' in manifest).toBe(false);
    expect(manifest.icons['128']).toBeDefined();
  });
});

describe('Firefox test plumbing', () => {
  it('maps only the listed hosts to the loopback server', () => {
    const pac = pacScript(['english.news.cn'], 4321);
    const FindProxyForURL = runInNewContext(`${pac}; FindProxyForURL`) as (url: string, host: string) => string;
    expect(FindProxyForURL('http://english.news.cn/a', 'english.news.cn')).toBe('PROXY 127.0.0.1:4321');
    expect(FindProxyForURL('https://example.com/', 'example.com')).toBe('DIRECT');
  });

  it('finds Firefox through FIREFOX_PATH and explains what to install otherwise', () => {
    const dir = mkdtempSync(join(tmpdir(), 'find-firefox-'));
    const fake = join(dir, 'firefox');
    writeFileSync(fake, '#!/bin/sh\n');
    chmodSync(fake, 0o755);
    expect(findFirefox({ FIREFOX_PATH: fake }, [])).toBe(fake);
    expect(findFirefox({}, ['/nonexistent', fake])).toBe(fake);
    expect(() => findFirefox({}, ['/nonexistent'])).toThrow(NoFirefoxError);
    expect(() => findFirefox({}, ['/nonexistent'])).toThrow(/apt-get install firefox-esr/);
  });

  it('names the packages with the version', () => {
    expect(artifactNames('1.2.3')).toEqual({
      chrome: 'policy-lens-chrome-1.2.3.zip',
      firefox: 'policy-lens-firefox-1.2.3.zip',
      source: 'policy-lens-source-1.2.3.zip',
    });
  });
});
