/**
 * The key a per-site setting is stored under: the URL's host name, lower
 * case, without a leading "www." and without the port, so that
 * https://www.reuters.com/x and http://reuters.com:8080/y share one switch.
 * Returns null for URLs no content script can run on (chrome://, file:, ...).
 */
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
  return h.startsWith('www.') && h.split('.').length > 2 ? h.slice(4) : h;
}

/** The origin pattern that asks for exactly one site (for permissions and registration). */
export function originPatternsForSiteKey(key: string): string[] {
  return [`*://${key}/*`, `*://www.${key}/*`];
}
