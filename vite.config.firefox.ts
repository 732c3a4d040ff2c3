/**
 * Firefox build: `npm run build:firefox` → dist-firefox/.
 *
 * Same sources and the same build options as the Chrome build (imported
 * from vite.config.ts); only the manifest differs:
 * - `background.scripts` (an event page) instead of `service_worker`, which
 *   Firefox does not have;
 * - `browser_specific_settings.gecko`: a stable add-on id, Firefox 140 as the
 *   minimum (the CSS Custom Highlight API arrived in 140), and the data
 *   collection declaration AMO requires (we collect nothing);
 * - no `minimum_chrome_version` (a Chrome-only key);
 * - `gecko_android.strict_min_version` 142, where Firefox for Android learnt
 *   `data_collection_permissions`;
 * - a 96 px icon, which Firefox's add-on manager uses on high-DPI screens;
 * - the side panel as a sidebar (`sidebar_action`): Firefox has no
 *   `side_panel` key nor `sidePanel` permission.
 */
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import { defineConfig, type PluginOption, type UserConfig } from 'vite';
import chromeConfig from './vite.config.js';
import manifest from './manifest.json' with { type: 'json' };
import pkg from './package.json' with { type: 'json' };
import { withSitePatterns } from './scripts/site-manifest.js';
import { withoutContentScripts } from './scripts/vite-content-script.js';

export const GECKO_ID = 'policy-lens@policy-lens.dev';
export const FIREFOX_MIN_VERSION = '140.0';
export const FIREFOX_ANDROID_MIN_VERSION = '142.0';
export const FIREFOX_DIST_DIR = 'dist-firefox';

type Manifest = ReturnType<typeof withSitePatterns<typeof manifest>>;

/** The Chrome manifest turned into Firefox's. Pure: tested in Node. */
export function firefoxManifest(source: Manifest, version: string): Record<string, unknown> {
  const { minimum_chrome_version: _chromeOnly, side_panel: sidePanel, background, icons, permissions, ...rest } = source;
  return {
    ...rest,
    version,
    permissions: permissions.filter((p) => p !== 'sidePanel'),
    sidebar_action: { default_panel: sidePanel.default_path, default_title: rest.name, default_icon: rest.action.default_icon, open_at_install: false },
    icons: { ...icons, '96': 'icons/icon-96.png' },
    background: { scripts: [background.service_worker], type: background.type },
    browser_specific_settings: {
      gecko: {
        id: GECKO_ID,
        strict_min_version: FIREFOX_MIN_VERSION,
        data_collection_permissions: { required: ['none'] },
      },
      // data_collection_permissions reached Firefox for Android in 142; without
      // this, web-ext lint warns that 140 on Android would not understand it.
      gecko_android: { strict_min_version: FIREFOX_ANDROID_MIN_VERSION },
    },
  };
}

/** The shared config's plugins without its Chrome crx instance. */
function sharedPlugins(plugins: PluginOption[] | undefined): PluginOption[] {
  const out: PluginOption[] = [];
  const walk = (p: PluginOption): void => {
    if (Array.isArray(p)) p.forEach(walk);
    else if (!(p && typeof p === 'object' && 'name' in p && p.name.startsWith('crx:'))) out.push(p);
  };
  (plugins ?? []).forEach(walk);
  return out;
}

const base = chromeConfig as UserConfig;

export default defineConfig({
  ...base,
  plugins: [
    ...sharedPlugins(base.plugins),
    // As in vite.config.ts: crxjs gets the manifest without content_scripts; the shared
    // content-script plugin (kept above) bundles the script and writes them into the built manifest.
    crx({ manifest: withoutContentScripts(firefoxManifest(withSitePatterns(manifest), pkg.version)) as unknown as ManifestV3Export, browser: 'firefox' }),
  ],
  build: {
    ...base.build,
    outDir: FIREFOX_DIST_DIR,
    target: 'firefox140',
  },
});
