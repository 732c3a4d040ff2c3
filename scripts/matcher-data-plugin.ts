/**
 * Compiles the glossary's matcher at build time: `virtual:policy-lens-matcher`
 * is the data loadMatcher() needs, so the content script (which starts in
 * every frame of every news page) loads it in about a millisecond instead of
 * compiling for 3–15 ms.
 *
 * The source module is loaded through Vite's module runner, not imported
 * here: the build config stays free of the extension's own sources.
 */
import { resolve } from 'node:path';
import { runnerImport, type Plugin } from 'vite';
import type { matcherModuleSource, prefilterModuleSource } from './matcher-data-source.js';

const MATCHER_MODULE = 'virtual:policy-lens-matcher';
const PREFILTER_MODULE = 'virtual:policy-lens-prefilter';
const RESOLVED = `\0${MATCHER_MODULE}`;
const RESOLVED_PREFILTER = `\0${PREFILTER_MODULE}`;

export function matcherDataPlugin(root: string): Plugin {
  return {
    name: 'policy-lens:matcher-data',
    resolveId: (id) => (id === MATCHER_MODULE ? RESOLVED : id === PREFILTER_MODULE ? RESOLVED_PREFILTER : null),
    async load(id) {
      if (id !== RESOLVED && id !== RESOLVED_PREFILTER) return null;
      const { module } = await runnerImport<{ matcherModuleSource: typeof matcherModuleSource; prefilterModuleSource: typeof prefilterModuleSource }>(
        resolve(root, 'scripts/matcher-data-source.ts'),
        { root, logLevel: 'warn' },
      );
      return id === RESOLVED ? module.matcherModuleSource() : module.prefilterModuleSource();
    },
  };
}
