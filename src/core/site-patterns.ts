import { DEFAULT_SITES, type DefaultSite } from './default-sites';

/**
 * Host part of a WebExtension match pattern against a host name:
 * "*.example.com" matches example.com and every subdomain.
 */
export function hostMatchesPattern(pattern: string, host: string): boolean {
  const m = /^[^:]+:\/\/([^/]+)\//.exec(pattern);
  if (!m?.[1]) return false;
  const p = m[1].toLowerCase();
  const h = host.toLowerCase();
  if (p === '*') return true;
  if (p.startsWith('*.')) {
    const base = p.slice(2);
    return h === base || h.endsWith(`.${base}`);
  }
  return h === p;
}

/** The default site whose patterns cover this host, if any. */
export function defaultSiteForHost(host: string): DefaultSite | undefined {
  return DEFAULT_SITES.find((s) => s.patterns.some((p) => hostMatchesPattern(p, host)));
}
