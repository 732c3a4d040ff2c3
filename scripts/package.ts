/**
 * `npm run package`: the files a release needs, in artifacts/.
 *
 *   policy-lens-chrome-<version>.zip   dist/ zipped (Chrome Web Store, Edge Add-ons)
 *   policy-lens-firefox-<version>.zip  dist-firefox/ zipped (addons.mozilla.org)
 *   policy-lens-source-<version>.zip   `git archive HEAD` (the source AMO asks for)
 *
 * Both builds are made fresh from the same sources; the version in both
 * manifests is package.json's. The Firefox build must pass `web-ext lint`
 * with no errors and no warnings, or nothing is packaged.
 *
 * Options: --skip-build (zip the existing dist folders), --out <dir>.
 * Env: PL_DIST_DIR (Chrome build folder, default dist/), PL_FIREFOX_DIST_DIR
 * (default dist-firefox/).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';

const ROOT = resolve(import.meta.dirname, '..');
const WEB_EXT = resolve(ROOT, 'node_modules/.bin/web-ext');

export function packageVersion(): string {
  return (JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
}

export function artifactNames(version: string): { chrome: string; firefox: string; source: string } {
  return {
    chrome: `policy-lens-chrome-${version}.zip`,
    firefox: `policy-lens-firefox-${version}.zip`,
    source: `policy-lens-source-${version}.zip`,
  };
}

export async function buildChrome(outDir: string): Promise<void> {
  await build({ root: ROOT, configFile: resolve(ROOT, 'vite.config.ts'), logLevel: 'warn', build: { outDir, emptyOutDir: true } });
}

/** mode 'test' adds the browser tests' card hook (scripts/vite-content-script.ts TEST_MODE); packages never have it. */
export async function buildFirefox(outDir: string, mode = 'production'): Promise<void> {
  await build({ root: ROOT, configFile: resolve(ROOT, 'vite.config.firefox.ts'), mode, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
}

function run(cmd: string, args: string[], quiet = true): { status: number; stdout: string; stderr: string } {
  const r = spawnSync(cmd, args, { cwd: ROOT, encoding: 'utf8', stdio: quiet ? 'pipe' : 'inherit', maxBuffer: 64 * 1024 * 1024 });
  return { status: r.status ?? 1, stdout: r.stdout ?? '', stderr: r.stderr ?? '' };
}

/** Zips a built extension folder with `web-ext build` (files at the zip's root, as both stores want). */
export function zipExtension(sourceDir: string, outFile: string): string {
  if (!existsSync(resolve(sourceDir, 'manifest.json'))) throw new Error(`no manifest.json in ${sourceDir}`);
  mkdirSync(dirname(outFile), { recursive: true });
  const r = run(WEB_EXT, ['build', '--source-dir', sourceDir, '--artifacts-dir', dirname(outFile), '--filename', basename(outFile), '--overwrite-dest', '--no-config-discovery']);
  if (r.status !== 0 || !existsSync(outFile)) throw new Error(`web-ext build ${sourceDir} failed:\n${r.stdout}${r.stderr}`);
  return outFile;
}

export interface LintResult {
  errors: number;
  warnings: number;
  notices: number;
  messages: string[];
}

/** `web-ext lint` on a built Firefox extension, offline. */
export function lintFirefox(sourceDir: string): LintResult {
  const r = run(WEB_EXT, ['lint', '--source-dir', sourceDir, '--output', 'json', '--no-config-discovery']);
  const json = r.stdout.slice(r.stdout.indexOf('{'));
  const report = JSON.parse(json) as {
    count: number;
    summary: { errors: number; warnings: number; notices: number };
    errors: { code: string; message: string; file?: string }[];
    warnings: { code: string; message: string; file?: string }[];
    notices: { code: string; message: string; file?: string }[];
  };
  const fmt = (kind: string) => (m: { code: string; message: string; file?: string }) => `${kind} ${m.code}: ${m.message}${m.file ? ` (${m.file})` : ''}`;
  return {
    ...report.summary,
    messages: [...report.errors.map(fmt('error')), ...report.warnings.map(fmt('warning')), ...report.notices.map(fmt('notice'))],
  };
}

/** The committed source tree (what AMO reviewers rebuild from), under a policy-lens-<version>/ folder. */
export function sourceArchive(outFile: string, version: string): string {
  mkdirSync(dirname(outFile), { recursive: true });
  const r = run('git', ['archive', '--format=zip', `--prefix=policy-lens-${version}/`, '-o', outFile, 'HEAD']);
  if (r.status !== 0) throw new Error(`git archive failed: ${r.stderr}`);
  return outFile;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const skipBuild = args.includes('--skip-build');
  const outIdx = args.indexOf('--out');
  const outDir = resolve(ROOT, outIdx >= 0 ? (args[outIdx + 1] ?? 'artifacts') : 'artifacts');
  const chromeDir = resolve(process.env.PL_DIST_DIR ?? resolve(ROOT, 'dist'));
  const firefoxDir = resolve(process.env.PL_FIREFOX_DIST_DIR ?? resolve(ROOT, 'dist-firefox'));
  const version = packageVersion();
  const names = artifactNames(version);

  if (!skipBuild) {
    process.stdout.write(`building ${chromeDir} and ${firefoxDir} (version ${version})\n`);
    await buildChrome(chromeDir);
    await buildFirefox(firefoxDir);
  }
  for (const [dir, key] of [
    [chromeDir, 'chrome'],
    [firefoxDir, 'firefox'],
  ] as const) {
    const v = (JSON.parse(readFileSync(resolve(dir, 'manifest.json'), 'utf8')) as { version: string }).version;
    if (v !== version) throw new Error(`${key} build at ${dir} has version ${v}, package.json says ${version}: build again`);
  }
  const lint = lintFirefox(firefoxDir);
  process.stdout.write(`web-ext lint: ${lint.errors} errors, ${lint.warnings} warnings, ${lint.notices} notices\n`);
  if (lint.errors + lint.warnings > 0) {
    process.stderr.write(`${lint.messages.join('\n')}\nnot packaging: fix the lint errors and warnings first\n`);
    process.exit(1);
  }

  mkdirSync(outDir, { recursive: true });
  for (const n of Object.values(names)) rmSync(resolve(outDir, n), { force: true });
  const written = [
    zipExtension(chromeDir, resolve(outDir, names.chrome)),
    zipExtension(firefoxDir, resolve(outDir, names.firefox)),
    sourceArchive(resolve(outDir, names.source), version),
  ];
  const dirty = run('git', ['status', '--porcelain']).stdout.trim();
  if (dirty) process.stdout.write('note: the working tree has uncommitted changes; the source archive holds HEAD only\n');
  for (const f of written) process.stdout.write(`wrote ${f}\n`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main().catch((e: unknown) => {
    process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(1);
  });
}
