import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

// With no usable browser, the commands a newcomer types answer in one line.
describe('without Chromium', () => {
  it.each([['scripts/start.ts', '--headless']])('%s exits 1 with one line on stderr', (script, arg) => {
    const r = spawnSync('npx', ['tsx', script, arg], {
      env: { ...process.env, CHROME_PATH: '/nonexistent/chrome' },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(r.status).toBe(1);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/CHROME_PATH=\/nonexistent\/chrome is not an executable/);
    expect(r.stderr).not.toMatch(/\bat .*\.ts:\d+/);
  }, 60_000);
});
