/**
 * News sites where Policy Lens runs out of the box, listed once: the build
 * writes these patterns into the manifest's host permissions and
 * content-script matches (scripts/site-manifest.ts), and the options page
 * shows the same list.
 */
export interface DefaultSite {
  /** Site key, as shown to users and used in settings (see site-key.ts). */
  key: string;
  name: string;
  /** Match patterns; scheme and port are left open so local fixtures match. */
  patterns: readonly string[];
  lang: 'en' | 'zh' | 'en+zh';
  /** An outlet about China (Chinese media, a China desk): its pages count as about China (china-context.ts). */
  chinaFocused?: true;
}

export const DEFAULT_SITES: readonly DefaultSite[] = [
  { key: 'english.news.cn', name: 'Xinhua (English)', patterns: ['*://english.news.cn/*'], lang: 'en', chinaFocused: true },
  { key: 'news.cn', name: 'Xinhua (Chinese)', patterns: ['*://www.news.cn/*'], lang: 'zh', chinaFocused: true },
  { key: 'xinhuanet.com', name: 'Xinhuanet', patterns: ['*://*.xinhuanet.com/*'], lang: 'en+zh', chinaFocused: true },
  { key: 'chinadaily.com.cn', name: 'China Daily', patterns: ['*://*.chinadaily.com.cn/*'], lang: 'en+zh', chinaFocused: true },
  { key: 'globaltimes.cn', name: 'Global Times', patterns: ['*://*.globaltimes.cn/*'], lang: 'en', chinaFocused: true },
  { key: 'cgtn.com', name: 'CGTN', patterns: ['*://*.cgtn.com/*'], lang: 'en', chinaFocused: true },
  { key: 'scmp.com', name: 'South China Morning Post', patterns: ['*://*.scmp.com/*'], lang: 'en', chinaFocused: true },
  { key: 'caixinglobal.com', name: 'Caixin Global', patterns: ['*://*.caixinglobal.com/*'], lang: 'en', chinaFocused: true },
  { key: 'caixin.com', name: 'Caixin (Chinese)', patterns: ['*://*.caixin.com/*'], lang: 'zh', chinaFocused: true },
  { key: 'en.people.cn', name: "People's Daily (English)", patterns: ['*://en.people.cn/*'], lang: 'en', chinaFocused: true },
  { key: 'people.com.cn', name: "People's Daily (Chinese)", patterns: ['*://*.people.com.cn/*'], lang: 'zh', chinaFocused: true },
  { key: 'english.www.gov.cn', name: 'gov.cn (English)', patterns: ['*://english.www.gov.cn/*'], lang: 'en', chinaFocused: true },
  { key: 'gov.cn', name: 'gov.cn (Chinese)', patterns: ['*://www.gov.cn/*'], lang: 'zh', chinaFocused: true },
  { key: 'ecns.cn', name: 'China News Service (ECNS)', patterns: ['*://*.ecns.cn/*'], lang: 'en', chinaFocused: true },
  { key: 'reuters.com', name: 'Reuters', patterns: ['*://*.reuters.com/*'], lang: 'en' },
  { key: 'bloomberg.com', name: 'Bloomberg', patterns: ['*://*.bloomberg.com/*'], lang: 'en' },
  { key: 'ft.com', name: 'Financial Times', patterns: ['*://*.ft.com/*'], lang: 'en' },
  { key: 'ftchinese.com', name: 'FT Chinese', patterns: ['*://*.ftchinese.com/*'], lang: 'zh', chinaFocused: true },
  { key: 'wsj.com', name: 'The Wall Street Journal', patterns: ['*://*.wsj.com/*'], lang: 'en' },
  { key: 'nytimes.com', name: 'The New York Times', patterns: ['*://*.nytimes.com/*'], lang: 'en+zh' },
  { key: 'economist.com', name: 'The Economist', patterns: ['*://*.economist.com/*'], lang: 'en' },
  { key: 'asia.nikkei.com', name: 'Nikkei Asia', patterns: ['*://asia.nikkei.com/*'], lang: 'en' },
  { key: 'bbc.com', name: 'BBC', patterns: ['*://*.bbc.com/*', '*://*.bbc.co.uk/*'], lang: 'en+zh' },
  { key: 'apnews.com', name: 'AP News', patterns: ['*://apnews.com/*'], lang: 'en' },
  { key: 'theguardian.com', name: 'The Guardian', patterns: ['*://*.theguardian.com/*'], lang: 'en' },
  { key: 'sixthtone.com', name: 'Sixth Tone', patterns: ['*://*.sixthtone.com/*'], lang: 'en', chinaFocused: true },
  { key: 'thediplomat.com', name: 'The Diplomat', patterns: ['*://thediplomat.com/*'], lang: 'en' },
  { key: 'cnbc.com', name: 'CNBC', patterns: ['*://*.cnbc.com/*'], lang: 'en' },
  { key: 'yicaiglobal.com', name: 'Yicai Global', patterns: ['*://*.yicaiglobal.com/*'], lang: 'en', chinaFocused: true },
  { key: 'chinanews.com.cn', name: 'China News Service (Chinese)', patterns: ['*://*.chinanews.com.cn/*'], lang: 'zh', chinaFocused: true },
];

export const DEFAULT_SITE_PATTERNS: readonly string[] = DEFAULT_SITES.flatMap((s) => s.patterns);
