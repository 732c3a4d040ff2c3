import { describe, expect, it } from 'vitest';
import source from '../../manifest.json' with { type: 'json' };
import { withSitePatterns } from '../../scripts/site-manifest';
import { DEFAULT_SITE_PATTERNS } from '../../src/core/default-sites';

describe('the site list, written once', () => {
  it('the source manifest names no site: the build writes them in', () => {
    expect(source).not.toHaveProperty('host_permissions');
    for (const cs of source.content_scripts) expect(cs).not.toHaveProperty('matches');
  });

  const manifest = withSitePatterns(source);

  it('the built manifest injects into, and asks permission for, exactly the default sites', () => {
    const [cs] = manifest.content_scripts;
    expect([...(cs?.matches ?? [])].sort()).toEqual([...DEFAULT_SITE_PATTERNS].sort());
    expect([...manifest.host_permissions].sort()).toEqual([...DEFAULT_SITE_PATTERNS].sort());
    expect(JSON.stringify(manifest)).not.toContain('<all_urls>');
    // The document_start script (the early settings read) runs exactly where the main one does.
    expect(manifest.content_scripts.map((c) => c.matches)).toEqual(manifest.content_scripts.map(() => cs?.matches));
  });
});
