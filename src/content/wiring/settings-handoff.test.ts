import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../core/settings';
import { offerSettings, takeSettings } from './settings-handoff';

describe('settings read at document_start, taken at document_idle', () => {
  it('hands the read over once', async () => {
    expect(takeSettings()).toBeNull();
    const read = Promise.resolve({ ...DEFAULT_SETTINGS, enabled: false });
    offerSettings(read);
    const taken = takeSettings();
    expect(taken).toBe(read);
    expect((await taken)?.enabled).toBe(false);
    expect(takeSettings()).toBeNull();
  });

  it('a failed read is not an unhandled rejection until it is taken', async () => {
    const failed = Promise.reject(new Error('storage gone'));
    offerSettings(failed);
    await new Promise((ok) => setTimeout(ok, 0));
    await expect(takeSettings()).rejects.toThrow('storage gone');
  });
});
