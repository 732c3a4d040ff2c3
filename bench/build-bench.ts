/**
 * Builds the extension in bench mode: content-script.js is built from the
 * probe (bench/probe/content-probe.ts), the product's content script with
 * measurement attached from outside, into its own output directory, so
 * the normal dist/ is never touched.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'vite';

export const REPO = resolve(import.meta.dirname, '..');
export const BENCH_DIST = resolve(process.env.PL_BENCH_DIST ?? '/tmp/pl-dist-bench');

export async function buildBench(outDir = BENCH_DIST): Promise<string> {
  await build({
    configFile: join(REPO, 'vite.config.ts'),
    root: REPO,
    mode: 'bench',
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true },
  });
  if (!existsSync(join(outDir, 'manifest.json'))) throw new Error(`bench build produced no manifest in ${outDir}`);
  return outDir;
}

/** Whether any emitted script mentions str (e.g. to check the bench code is in). */
export function builtScriptsContain(outDir: string, str: string): boolean {
  const walk = (dir: string): boolean =>
    readdirSync(dir, { withFileTypes: true }).some((e) => {
      const p = join(dir, e.name);
      if (e.isDirectory()) return walk(p);
      return e.name.endsWith('.js') && readFileSync(p, 'utf8').includes(str);
    });
  return walk(outDir);
}
