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

export function findChrome(env: NodeJS.ProcessEnv = process.env, candidates: readonly string[] = CANDIDATES): string {
  const fromEnv = env.CHROME_PATH;
  if (fromEnv) {
    if (isExecutable(fromEnv)) return fromEnv;
    throw new NoBrowserError(`CHROME_PATH=${fromEnv} is not an executable file; point it at Chromium or Chrome, or unset it.`);
  }
  const found = candidates.find(isExecutable);
  if (found) return found;
  throw new NoBrowserError(
    'No Chromium or Chrome found: install one (Debian/Ubuntu: sudo apt-get install chromium) or set CHROME_PATH=/path/to/chrome.',
  );
}
