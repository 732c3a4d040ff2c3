/**
 * The key a per-site setting is stored under. For a host the default list
 * covers, that site's key, whatever the subdomain or second domain
 * (global.chinadaily.com.cn, www.bbc.co.uk → chinadaily.com.cn, bbc.com):
 * the options page and the popup switch that key, so every reader of the
 * settings must look it up. Elsewhere, the host name, lower case, without a
 * leading "www." and the port, so that https://www.example.org/x and
 * http://example.org:8080/y share one switch. Null for URLs no content
 * script can run on (chrome://, file:, ...).
 */
import { defaultSiteForHost } from './site-patterns';

export function siteKeyFromUrl(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  return siteKeyFromHost(parsed.hostname);
}

export function siteKeyFromHost(host: string): string | null {
  const h = host.toLowerCase().replace(/\.$/, '');
  if (!h) return null;
  const listed = defaultSiteForHost(h);
  if (listed) return listed.key;
  return h.startsWith('www.') && h.split('.').length > 2 ? h.slice(4) : h;
}

/** The origin pattern that asks for exactly one site (for permissions and registration). */
export function originPatternsForSiteKey(key: string): string[] {
  return [`*://${key}/*`, `*://www.${key}/*`];
}
