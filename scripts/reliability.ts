/**
 * `npm run reliability`: runs the reliability suite (the reliability project in vitest.config.ts)
 * and prints what it showed, in figures: pages generated and checked,
 * hostile pages survived with the extension's longest task next to the
 * page's own, bad settings and messages tried, requests recorded.
 * `--report-only` prints the figures of the last run without running.
 * PL_SOAK=1 runs the long variant (as `npm run test:soak`).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const DIR = 'test-results/reliability';
const VITEST_JSON = 'test-results/reliability-vitest.json';

type Json = Record<string, unknown>;

function read(name: string): Json | null {
  const p = join(DIR, `${name}.json`);
  if (!existsSync(p)) return null;
  try {
    return JSON.parse(readFileSync(p, 'utf8')) as Json;
  } catch {
    return null;
  }
}

const n = (v: unknown): string => (typeof v === 'number' ? String(v) : '–');

let status = 0;
if (!process.argv.includes('--report-only')) {
  mkdirSync(DIR, { recursive: true });
  for (const f of readdirSync(DIR)) if (f.endsWith('.json')) rmSync(join(DIR, f));
  rmSync(VITEST_JSON, { force: true });
  const r = spawnSync('npx', ['vitest', 'run', '--project', 'reliability', '--reporter=default', '--reporter=json', `--outputFile.json=${VITEST_JSON}`], {
    stdio: 'inherit',
    env: process.env,
  });
  status = r.status ?? 1;
}

const out: string[] = [];
const line = (s = ''): number => out.push(s);
line('');
line('Policy Lens reliability report');
line('==============================');

if (existsSync(VITEST_JSON)) {
  const v = JSON.parse(readFileSync(VITEST_JSON, 'utf8')) as { numPassedTests: number; numFailedTests: number; numPendingTests: number; numTotalTestSuites: number };
  line(`tests: ${v.numPassedTests} passed, ${v.numFailedTests} failed, ${v.numPendingTests} skipped`);
}

const dom = read('dom-property');
if (dom) {
  line('');
  line('1. DOM never changed (property test)');
  line(`   ${n(dom.pagesLoaded)} generated pages, ${n(dom.casesChecked)} cases checked ${n(dom.checksPerCase)}× each (scan+paint, off, on, settled)`);
  line(`   ${n(dom.termsExpected)} term occurrences expected and found; ${n(dom.emptyTextNodes)} empty text nodes made by page script`);
  line(`   ${n(dom.seconds)} s, seed ${n(dom.seed)}${dom.soak ? ' (soak)' : ''}`);
}

const fw = read('framework');
if (fw) {
  line('');
  line('2. Framework pages');
  line(`   React (SSR + hydrateRoot): ${n(fw.reactRenders)} re-renders, ${n(fw.reactPaintedSnapshots)} distinct highlight sets seen, ${n(fw.reactProblems)} page/console errors`);
  line(`   plain page editing its own text nodes: ${n(fw.plainRounds)} rounds, ${n(fw.plainProblems)} errors`);
}

const hostile = read('hostile');
if (hostile && Array.isArray(hostile.pages)) {
  line('');
  line('3. Hostile pages (longest main-thread task, ms)');
  line(`   ${'page'.padEnd(52)} ${'ext task'.padStart(8)} ${'page w/ ext'.padStart(11)} ${'page w/o'.padStart(9)} ${'heap MB w/ / w/o'.padStart(17)} ${'painted'.padStart(11)}`);
  for (const p of hostile.pages as Json[]) {
    line(
      `   ${String(p.page).padEnd(52)} ${n(p.extLongestTaskMs).padStart(8)} ${n(p.longestTaskWithMs).padStart(11)} ${n(p.longestTaskWithoutMs).padStart(9)} ${`${n(p.heapWithMb)} / ${n(p.heapWithoutMb)}`.padStart(17)} ${`${n(p.painted)}/${n(p.expected)}`.padStart(11)}`,
    );
  }
  line(`   survived (no error, ext task < 50 ms, heap within cap, highlights correct): see test results above; ${(hostile.pages as Json[]).length} pages run`);
}

const style = read('style');
if (style) {
  line('');
  line('4-5. CSP and style isolation');
  line(`   tooltip compared on ${n(style.tooltipPagesCompared)} pages (plain, default-src 'none', style-src 'none', hostile !important): ${n(style.tooltipPropertiesCompared)} properties each`);
  line(`   page elements whose every computed style was compared with/without the extension: ${n(style.pageElementsCompared)} on ${n(style.pagesCompared)} pages`);
}

const su = read('settings-unit');
const sm = read('settings-messages');
if (su || sm) {
  line('');
  line('6-7. Bad settings and messages');
  if (su) line(`   parseSettings/store property tests: ${n(su.badValuesTried)} bad values tried`);
  if (sm) {
    line(`   written straight into storage: ${n(sm.badStoredRecords)} records, ${n(sm.badStoredValuesTried)} values`);
    line(`   messages: ${n(sm.badMessagesToContentScript)} malformed to the content script, ${n(sm.pageWorldAttempts)} from the page world, ${n(sm.externalExtensionMessages)} from another extension (${n(sm.externalRejected)} rejected)`);
  }
}

const net = read('network');
if (net) {
  line('');
  line('8. Network');
  line(`   requests recorded over a full session: ${n(net.requestsRecorded)} (${n(net.fromExtensionContexts)} from extension contexts), pages browsed: ${n(net.pagesBrowsed)}`);
  line(`   outside the extension's files and the fixture pages: ${n(net.offending)}; extension requests outside its own files: ${n(net.extensionRequestsOutsideItsFiles)}; controls seen: ${n(net.controlsSeen)}/2`);
}

const sinks = read('html-sinks');
if (sinks) {
  line('');
  line('9. HTML sinks');
  line(`   ${n(sinks.sinksReported)}/${n(sinks.sinksProbed)} sink forms reported by lint; src/ clean`);
}

process.stdout.write(`${out.join('\n')}\n`);
process.exit(status);
