/**
 * Renders assets/icon.svg to every PNG size the stores and toolbars need
 * (public/icons/icon-<size>.png), using the same Chromium the tests use.
 * Run after changing the SVG: npm run icons
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { findChrome } from '../tooling/find-chrome';

const SIZES = [16, 19, 32, 38, 48, 64, 96, 128];
const svg = readFileSync('assets/icon.svg', 'utf8');
mkdirSync('public/icons', { recursive: true });
const browser = await chromium.launch({ executablePath: findChrome(), args: ['--no-sandbox', '--disable-gpu'] });
try {
  const page = await browser.newPage();
  for (const size of SIZES) {
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(
      `<style>html,body{margin:0;background:transparent}svg{width:${size}px;height:${size}px;display:block}</style>${svg}`,
    );
    await page.screenshot({ path: `public/icons/icon-${size}.png`, omitBackground: true });
  }
} finally {
  await browser.close();
}
process.stdout.write(`wrote ${SIZES.length} icons to public/icons/\n`);
