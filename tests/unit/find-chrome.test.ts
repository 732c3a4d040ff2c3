import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findChrome, NoBrowserError } from '../../tooling/find-chrome';

describe('findChrome', () => {
  const dir = mkdtempSync(join(tmpdir(), 'find-chrome-'));
  const fake = join(dir, 'chrome');
  writeFileSync(fake, '#!/bin/sh\n');
  chmodSync(fake, 0o755);

  it('prefers CHROME_PATH', () => {
    expect(findChrome({ CHROME_PATH: fake }, ['/nonexistent'])).toBe(fake);
  });

  it('falls back to the usual locations', () => {
    expect(findChrome({}, ['/nonexistent/a', fake])).toBe(fake);
  });

  it('explains in one line what to install when there is none', () => {
    let err: unknown;
    try {
      findChrome({}, ['/nonexistent/a']);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(NoBrowserError);
    const msg = (err as Error).message;
    expect(msg).toContain('apt-get install chromium');
    expect(msg).toContain('CHROME_PATH');
    expect(msg).not.toContain('\n');
  });

  it('rejects a CHROME_PATH that is not executable', () => {
    expect(() => findChrome({ CHROME_PATH: join(dir, 'missing') }, [fake])).toThrow(/CHROME_PATH=.*not an executable/);
  });
});
