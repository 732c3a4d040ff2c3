import type { DefaultSite } from '../core/default-sites';
import { isDefaultSiteKey } from '../core/registration';
import { defaultSiteForHost } from '../core/site-patterns';
import { isChineseUi } from './i18n';

/** A listed outlet's name in the UI's language (新华网 in a Chinese UI, Xinhua in an English one). */
export function siteName(site: Pick<DefaultSite, 'name' | 'zh'>): string {
  return isChineseUi() ? site.zh : site.name;
}

/** The site a tab shows, as the popup and the side panel name it. */
export interface Site {
  key: string;
  host: string;
  /** Display name: the default list's name in the UI's language, or the site key. */
  name: string;
  isDefault: boolean;
}

/** The site of `url` under its site key (siteKeyFromUrl), or null for a page no site key covers. */
export function siteOf(url: string | undefined, key: string | null): Site | null {
  if (!url || key === null) return null;
  const host = new URL(url).hostname;
  const def = defaultSiteForHost(host);
  return { key, host, name: def ? siteName(def) : key, isDefault: def !== undefined || isDefaultSiteKey(key) };
}
