import { crx } from '@crxjs/vite-plugin';
import { defineConfig } from 'vite';
import manifest from './manifest.json' with { type: 'json' };
import pkg from './package.json' with { type: 'json' };
import { withSitePatterns } from './scripts/site-manifest.js';
import { contentScriptBundle, withoutContentScripts } from './scripts/vite-content-script.js';
import { localesPlugin } from './scripts/locales-plugin.js';

// The version users and stores see comes from package.json alone; the site list from src/core/default-sites.ts.
const sourced = withSitePatterns(manifest);
const built = { ...withoutContentScripts(sourced), version: pkg.version };

/**
 * The background's and the pages' test hook (the content scripts get theirs in
 * scripts/vite-content-script.ts): true only in the build the browser tests
 * load (vite build --mode test). tests/unit checks that a package has none.
 */
const testHooks = { name: 'pl-test-hooks', config: (_c: unknown, env: { mode: string }) => ({ define: { __PL_TEST_HOOKS__: JSON.stringify(env.mode === 'test') } }) };

export default defineConfig({
  plugins: [crx({ manifest: built }), contentScriptBundle(sourced.content_scripts), localesPlugin(), testHooks],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'chrome128',
    // Readable stack traces from users' bug reports matter more than bytes here.
    minify: false,
    sourcemap: false,
    rollupOptions: {
      input: { reader: 'src/reader/index.html', sidepanel: 'src/sidepanel/index.html' },
    },
  },
  server: { port: 5174, strictPort: true },
});
