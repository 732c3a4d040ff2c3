import { crx } from '@crxjs/vite-plugin';
import { defineConfig } from 'vite';
import manifest from './manifest.json' with { type: 'json' };
import pkg from './package.json' with { type: 'json' };
import { contentScriptBundle, withoutContentScripts } from './scripts/vite-content-script.js';

// The version users and stores see comes from package.json alone.
const built = { ...withoutContentScripts(manifest), version: pkg.version };

export default defineConfig({
  plugins: [crx({ manifest: built }), contentScriptBundle(manifest.content_scripts)],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'chrome128',
    // Readable stack traces from users' bug reports matter more than bytes here.
    minify: false,
    sourcemap: false,
    rollupOptions: {
      input: { reader: 'src/reader/index.html' },
    },
  },
  server: { port: 5174, strictPort: true },
});
