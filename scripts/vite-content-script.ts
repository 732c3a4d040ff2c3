/**
 * Builds each content script as one self-contained classic script
 * (content-script.js + content-script.css, from document_start: the gate,
 * with the pipeline inside it, evaluated only when the gate starts it;
 * content-ui.js, the tooltip and cards, which the background injects on
 * request) and points the built manifest at them,
 * instead of crxjs's loader that import()s hashed chunks.
 *
 * Why: a loader's import() of an extension URL needs that chunk to be a
 * web-accessible resource for the page's origin, and crxjs lists only the
 * manifest's static matches. On a site the user enables later
 * (scripting.registerContentScripts) or annotates once (activeTab), the
 * import would be refused. One file also starts sooner (no extra fetch) and
 * exposes nothing to pages.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build, type Plugin } from 'vite';
import { CARD_UI_SCRIPT } from '../src/core/card-ui-script';
import { matcherDataPlugin } from './matcher-data-plugin.js';

export const CONTENT_JS = 'content-script.js';
export const CONTENT_CSS = 'content-script.css';

/** Source entry (as manifest.json names it) → built file. The first is the main script, which has the CSS. */
export const CONTENT_ENTRIES: Readonly<Record<string, string>> = {
  'src/content/entries/content-script.ts': CONTENT_JS,
  // Not in the manifest: injected by the background on the content script's request.
  'src/content/entries/content-ui.ts': CARD_UI_SCRIPT,
};

/**
 * The bench build (vite build --mode bench) builds content-script.js from
 * the probe instead: the same content script with measurement attached
 * from outside (bench/probe/content-probe.ts). Production bundles hold no
 * measuring code at all.
 */
const BENCH_SOURCES: Readonly<Record<string, string>> = {
  'src/content/entries/content-script.ts': 'bench/probe/content-probe.ts',
};

/** The build browser tests load: the product plus the card hook (see src/content/card/tooltip.ts). */
export const TEST_MODE = 'test';

interface ContentScriptEntry {
  js?: string[];
  css?: string[];
  [k: string]: unknown;
}

/** The manifest crxjs should see: everything but the content scripts we build ourselves. */
export function withoutContentScripts<M extends { content_scripts?: unknown }>(manifest: M): Omit<M, 'content_scripts'> {
  const { content_scripts: _ours, ...rest } = manifest;
  return rest;
}

/**
 * What our ::highlight() rules are scoped to. Chromium inherits highlight
 * styles down the tree, so `:root::highlight(x)` paints every text node,
 * while a universal `::highlight(x)` makes Blink keep highlight style data
 * for every element of the page (1.7 MB on a 1 MB article, measured).
 * Firefox does not inherit highlight styles (a :root rule paints nothing
 * there), so its build keeps the rules universal.
 */
export function highlightScope(target: string | string[] | false): string {
  return JSON.stringify(target).includes('firefox') ? '' : ':root';
}

/** The stylesheet with every top-level ::highlight() rule scoped. */
export function scopeHighlightRules(css: string, scope: string): string {
  return css.replace(/^::highlight\(/gm, `${scope}::highlight(`);
}

/** Built manifest's content_scripts: the source entries, pointed at the bundled files (the main script's entry also gets the CSS). */
export function builtContentScripts(source: readonly ContentScriptEntry[], hasCss: boolean, entries = CONTENT_ENTRIES): ContentScriptEntry[] {
  return source.map((cs) => {
    const js = (cs.js ?? []).map((f) => {
      const out = entries[f];
      if (!out) throw new Error(`content script ${f} is not built (add it to CONTENT_ENTRIES)`);
      return out;
    });
    return { ...cs, js, ...(hasCss && js.includes(CONTENT_JS) ? { css: [CONTENT_CSS] } : {}) };
  });
}

export function contentScriptBundle(source: readonly ContentScriptEntry[], entries = CONTENT_ENTRIES): Plugin {
  let outDir = '';
  let target: string | string[] | false = 'es2022';
  let mode = 'production';
  let root = process.cwd();
  return {
    name: 'policy-lens:content-script',
    apply: 'build',
    configResolved(c) {
      root = c.root;
      outDir = resolve(c.root, c.build.outDir);
      target = c.build.target;
      mode = c.mode;
    },
    async closeBundle() {
      const buildOne = (entry: string, fileName: string): Promise<unknown> =>
        build({
          configFile: false,
          root,
          mode,
          logLevel: 'warn',
          plugins: [matcherDataPlugin(root)],
          // Library mode leaves process.env.NODE_ENV in place (tippy and popper read it); pages have no process.
          define: {
            'process.env.NODE_ENV': JSON.stringify(mode === 'development' ? 'development' : 'production'),
            // Browser tests read the card through a hook only their build has (vite build --mode test).
            __PL_TEST_HOOKS__: JSON.stringify(mode === TEST_MODE),
          },
          build: {
            outDir,
            emptyOutDir: false,
            target,
            minify: false,
            copyPublicDir: false,
            lib: {
              entry: resolve(root, (mode === 'bench' ? BENCH_SOURCES[entry] : undefined) ?? entry),
              formats: ['iife'],
              name: 'policyLensContent',
              fileName: () => fileName,
              cssFileName: CONTENT_CSS.replace(/\.css$/, ''),
            },
          },
        });
      for (const [entry, fileName] of Object.entries(entries)) await buildOne(entry, fileName);
      let hasCss = true;
      try {
        const cssFile = join(outDir, CONTENT_CSS);
        writeFileSync(cssFile, scopeHighlightRules(readFileSync(cssFile, 'utf8'), highlightScope(target)));
      } catch {
        hasCss = false;
      }
      const file = join(outDir, 'manifest.json');
      const manifest = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
      manifest.content_scripts = builtContentScripts(source, hasCss);
      writeFileSync(file, `${JSON.stringify(manifest, null, 2)}\n`);
    },
  };
}
