/**
 * The default news sites go into the built manifest from their one list,
 * src/core/default-sites.ts: as host_permissions and as every content
 * script's matches. The source manifest.json names neither.
 */
import { DEFAULT_SITE_PATTERNS } from '../src/core/default-sites';

interface SourceManifest {
  content_scripts: readonly object[];
}

type WithSites<M extends SourceManifest> = Omit<M, 'content_scripts'> & {
  host_permissions: string[];
  content_scripts: (M['content_scripts'][number] & { matches: string[] })[];
};

export function withSitePatterns<M extends SourceManifest>(manifest: M, patterns: readonly string[] = DEFAULT_SITE_PATTERNS): WithSites<M> {
  return {
    ...manifest,
    host_permissions: [...patterns],
    content_scripts: manifest.content_scripts.map((cs) => ({ ...cs, matches: [...patterns] })),
  };
}
