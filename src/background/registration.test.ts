import { beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS, withSite } from '../core/settings';

interface Reg {
  id: string;
  js?: string[];
  matches?: string[];
}

const fake = vi.hoisted(() => ({
  registered: [] as Reg[],
  granted: new Set<string>(),
  manifest: { content_scripts: [{ js: ['assets/loader-NEW.js'], css: [] as string[] }] } as unknown,
  calls: [] as string[],
}));

vi.mock('webextension-polyfill', () => ({
  default: {
    runtime: { getManifest: () => fake.manifest },
    permissions: {
      contains: async ({ origins }: { origins: string[] }) => origins.every((o) => fake.granted.has(o)),
    },
    scripting: {
      getRegisteredContentScripts: async () => fake.registered.map((r) => ({ ...r })),
      unregisterContentScripts: async ({ ids }: { ids: string[] }) => {
        fake.calls.push(`unregister ${ids.join(',')}`);
        fake.registered = fake.registered.filter((r) => !ids.includes(r.id));
      },
      registerContentScripts: async (regs: Reg[]) => {
        fake.calls.push(`register ${regs.map((r) => r.id).join(',')}`);
        for (const r of regs) {
          if (fake.registered.some((x) => x.id === r.id)) throw new Error(`Duplicate script ID '${r.id}'`);
          fake.registered.push(r);
        }
      },
    },
  },
}));

const { syncRegistrations } = await import('./registration');

const grant = (key: string): void => {
  for (const h of [key, `www.${key}`]) for (const s of ['http', 'https']) fake.granted.add(`${s}://${h}/*`);
};

describe('syncRegistrations', () => {
  beforeEach(() => {
    fake.registered = [];
    fake.granted = new Set();
    fake.calls = [];
  });

  it('registers a granted user site with the built files and both hosts', async () => {
    grant('example.org');
    await syncRegistrations(withSite(DEFAULT_SETTINGS, 'example.org', true), () => {});
    expect(fake.registered).toEqual([
      expect.objectContaining({ id: 'pl-site:example.org', js: ['assets/loader-NEW.js'], matches: ['*://example.org/*', '*://www.example.org/*'], persistAcrossSessions: true }),
    ]);
  });

  it('skips a site without its permission, and never registers default sites', async () => {
    const s = withSite(withSite(DEFAULT_SETTINGS, 'example.org', true), 'scmp.com', true);
    await syncRegistrations(s, () => {});
    expect(fake.registered).toEqual([]);
  });

  it('replaces registrations that point at an older build, and drops sites switched off', async () => {
    grant('example.org');
    grant('old.net');
    fake.registered = [
      { id: 'pl-site:example.org', js: ['assets/loader-OLD.js'] },
      { id: 'pl-site:old.net', js: ['assets/loader-NEW.js'] },
      { id: 'someone-else', js: ['x.js'] },
    ];
    await syncRegistrations(withSite(withSite(DEFAULT_SETTINGS, 'example.org', true), 'old.net', false), () => {});
    expect(fake.registered.map((r) => [r.id, r.js?.[0]])).toEqual([
      ['someone-else', 'x.js'],
      ['pl-site:example.org', 'assets/loader-NEW.js'],
    ]);
  });

  it('serialises overlapping calls (no duplicate ids) and logs instead of throwing', async () => {
    grant('example.org');
    const s = withSite(DEFAULT_SETTINGS, 'example.org', true);
    const log = vi.fn();
    await Promise.all([syncRegistrations(s, log), syncRegistrations(s, log), syncRegistrations(s, log)]);
    expect(fake.calls).toEqual(['register pl-site:example.org']);
    expect(log).not.toHaveBeenCalled();
    fake.manifest = {};
    await syncRegistrations(s, log);
    fake.manifest = { content_scripts: [{ js: ['assets/loader-NEW.js'] }] };
    fake.registered = [{ id: 'pl-site:example.org', js: ['assets/loader-NEW.js'] }];
    const broken = vi.spyOn(await import('webextension-polyfill').then((m) => m.default.scripting), 'getRegisteredContentScripts').mockRejectedValueOnce(new Error('boom'));
    await syncRegistrations(s, log);
    expect(log).toHaveBeenCalledWith(expect.stringContaining('boom'));
    broken.mockRestore();
  });
});
