/**
 * `npm test`: every check, in order, with one summary line at the end.
 * Lint, type-check and `web-ext lint` of the Firefox build count as one
 * check each; unit and browser tests (Chromium, then Firefox) are counted
 * from vitest's JSON reports. Exits non-zero on any failure.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { findChrome, NoBrowserError } from '../tooling/find-chrome';
import { findFirefox, NoFirefoxError } from '../tooling/firefox';

interface Tally {
  name: string;
  passed: number;
  failed: number;
  skipped: number;
}

const REPORT_DIR = 'test-results';
mkdirSync(REPORT_DIR, { recursive: true });
const tallies: Tally[] = [];

function run(cmd: string, args: string[], env: NodeJS.ProcessEnv = {}): number {
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return r.status ?? 1;
}

function check(name: string, cmd: string, args: string[]): void {
  process.stdout.write(`\n== ${name}\n`);
  const ok = run(cmd, args) === 0;
  tallies.push({ name, passed: ok ? 1 : 0, failed: ok ? 0 : 1, skipped: 0 });
}

function vitest(name: string, args: string[], report: string, env: NodeJS.ProcessEnv = {}): void {
  process.stdout.write(`\n== ${name}\n`);
  const file = `${REPORT_DIR}/${report}`;
  rmSync(file, { force: true });
  const status = run('npx', ['vitest', 'run', ...args, '--reporter=default', '--reporter=json', `--outputFile.json=${file}`], env);
  if (!existsSync(file)) {
    tallies.push({ name, passed: 0, failed: 1, skipped: 0 });
    return;
  }
  const r = JSON.parse(readFileSync(file, 'utf8')) as {
    numPassedTests: number;
    numFailedTests: number;
    numPendingTests: number;
    numTodoTests: number;
    numFailedTestSuites: number;
  };
  // A file that fails to load has no failed tests but a failed suite: count it.
  const failed = r.numFailedTests + (r.numFailedTests === 0 && status !== 0 ? Math.max(1, r.numFailedTestSuites) : 0);
  tallies.push({ name, passed: r.numPassedTests, failed, skipped: r.numPendingTests + r.numTodoTests });
}

let browserMissing: string | null = null;
try {
  findChrome();
} catch (e) {
  if (!(e instanceof NoBrowserError)) throw e;
  browserMissing = e.message;
}

let firefoxMissing: string | null = null;
try {
  findFirefox();
} catch (e) {
  if (!(e instanceof NoFirefoxError)) throw e;
  firefoxMissing = e.message;
}

check('lint', 'npx', ['eslint', '.', '--max-warnings', '0']);
check('typecheck', 'npx', ['tsc', '--noEmit', '-p', '.']);
vitest('unit tests', ['--project', 'unit'], 'unit.json');
if (browserMissing) {
  process.stdout.write(`\n== browser tests\n${browserMissing}\n`);
  tallies.push({ name: 'browser tests', passed: 0, failed: 1, skipped: 0 });
} else {
  vitest('browser tests (Chromium)', ['--project', 'browser'], 'browser.json');
  // The browser tier has just built dist/.
  vitest('reliability tests (Chromium)', ['--project', 'reliability'], 'reliability.json', { PL_SKIP_BUILD: '1' });
}
// Builds dist-firefox/ and fails on any web-ext lint error or warning.
check('web-ext lint (Firefox build)', 'npx', ['tsx', 'scripts/firefox-lint.ts']);
if (firefoxMissing) {
  process.stdout.write(`\n== browser tests (Firefox)\n${firefoxMissing}\n`);
  tallies.push({ name: 'browser tests (Firefox)', passed: 0, failed: 1, skipped: 0 });
} else {
  // The lint checked the shipped build; the tests rebuild dist-firefox/ in test mode (open card root) and install that.
  vitest('browser tests (Firefox)', ['--project', 'firefox'], 'browser-firefox.json');
}

const total = tallies.reduce((a, t) => ({ passed: a.passed + t.passed, failed: a.failed + t.failed, skipped: a.skipped + t.skipped }), {
  passed: 0,
  failed: 0,
  skipped: 0,
});
process.stdout.write('\n');
for (const t of tallies) process.stdout.write(`${t.name}: ${t.passed} passed, ${t.failed} failed${t.skipped ? `, ${t.skipped} skipped` : ''}\n`);
process.stdout.write(`${total.passed} passed, ${total.failed} failed\n`);
process.exit(total.failed > 0 ? 1 : 0);
