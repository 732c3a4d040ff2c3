import type { DefaultSite } from '../core/default-sites';
import { isChineseUi } from './i18n';

/** A listed outlet's name in the UI's language (新华网 in a Chinese UI, Xinhua in an English one). */
export function siteName(site: Pick<DefaultSite, 'name' | 'zh'>): string {
  return isChineseUi() ? site.zh : site.name;
}
