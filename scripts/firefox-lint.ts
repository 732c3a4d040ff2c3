/**
 * `npm run lint:firefox`: builds dist-firefox/ (unless PL_SKIP_BUILD=1) and
 * runs `web-ext lint` on it, offline. Fails on any error or warning (notices
 * are listed but pass): what AMO's validator would flag.
 */
import { resolve } from 'node:path';
import { buildFirefox, lintFirefox } from './package';

const dir = resolve(process.env.PL_FIREFOX_DIST_DIR ?? resolve(import.meta.dirname, '../dist-firefox'));
if (process.env.PL_SKIP_BUILD !== '1') await buildFirefox(dir);
const r = lintFirefox(dir);
for (const m of r.messages) process.stdout.write(`  ${m}\n`);
process.stdout.write(`web-ext lint ${dir}: ${r.errors} errors, ${r.warnings} warnings, ${r.notices} notices\n`);
process.exit(r.errors + r.warnings > 0 ? 1 : 0);
