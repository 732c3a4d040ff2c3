/**
 * Finds a Chromium or Chrome binary: $CHROME_PATH first, then the usual
 * install locations. Throws a one-line, actionable message when there is none.
 */
import { accessSync, constants } from 'node:fs';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
  '/snap/bin/chromium',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
];

export class NoBrowserError extends Error {
  override name = 'NoBrowserError';
}

function isExecutable(p: string): boolean {
  try {
    accessSync(p, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

export interface BrowserSearch {
  /** Environment variable that names the binary, e.g. CHROME_PATH. */
  envVar: string;
  /** What to point that variable at, for the error message. */
  what: string;
  /** One line: what to install when nothing is found. */
  missing: string;
}

/** $envVar if set (and executable), else the first executable candidate; one actionable line otherwise. */
export function findBrowser(search: BrowserSearch, env: NodeJS.ProcessEnv, candidates: readonly string[]): string {
  const fromEnv = env[search.envVar];
  if (fromEnv) {
    if (isExecutable(fromEnv)) return fromEnv;
    throw new NoBrowserError(`${search.envVar}=${fromEnv} is not an executable file; point it at ${search.what}, or unset it.`);
  }
  const found = candidates.find(isExecutable);
  if (found) return found;
  throw new NoBrowserError(search.missing);
}

export function findChrome(env: NodeJS.ProcessEnv = process.env, candidates: readonly string[] = CANDIDATES): string {
  return findBrowser(
    {
      envVar: 'CHROME_PATH',
      what: 'Chromium or Chrome',
      missing: 'No Chromium or Chrome found: install one (Debian/Ubuntu: sudo apt-get install chromium) or set CHROME_PATH=/path/to/chrome.',
    },
    env,
    candidates,
  );
}
