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
  /** The outlet's usual Chinese name, for a Chinese UI. */
  zh: string;
  /** Match patterns; scheme and port are left open so local fixtures match. */
  patterns: readonly string[];
  lang: 'en' | 'zh' | 'en+zh';
  /** An outlet about China (Chinese media, a China desk): its pages count as about China (china-context.ts). */
  chinaFocused?: true;
}

export const DEFAULT_SITES: readonly DefaultSite[] = [
  { key: 'english.news.cn', name: 'Xinhua (English)', zh: '新华网（英文版）', patterns: ['*://english.news.cn/*'], lang: 'en', chinaFocused: true },
  { key: 'news.cn', name: 'Xinhua (Chinese)', zh: '新华网', patterns: ['*://www.news.cn/*'], lang: 'zh', chinaFocused: true },
  { key: 'xinhuanet.com', name: 'Xinhuanet', zh: '新华网（xinhuanet.com）', patterns: ['*://*.xinhuanet.com/*'], lang: 'en+zh', chinaFocused: true },
  { key: 'chinadaily.com.cn', name: 'China Daily', zh: '中国日报', patterns: ['*://*.chinadaily.com.cn/*'], lang: 'en+zh', chinaFocused: true },
  { key: 'globaltimes.cn', name: 'Global Times', zh: '环球时报', patterns: ['*://*.globaltimes.cn/*'], lang: 'en', chinaFocused: true },
  { key: 'cgtn.com', name: 'CGTN', zh: '中国国际电视台（CGTN）', patterns: ['*://*.cgtn.com/*'], lang: 'en', chinaFocused: true },
  { key: 'scmp.com', name: 'South China Morning Post', zh: '南华早报', patterns: ['*://*.scmp.com/*'], lang: 'en', chinaFocused: true },
  { key: 'caixinglobal.com', name: 'Caixin Global', zh: '财新（英文版）', patterns: ['*://*.caixinglobal.com/*'], lang: 'en', chinaFocused: true },
  { key: 'caixin.com', name: 'Caixin (Chinese)', zh: '财新网', patterns: ['*://*.caixin.com/*'], lang: 'zh', chinaFocused: true },
  { key: 'en.people.cn', name: "People's Daily (English)", zh: '人民网（英文版）', patterns: ['*://en.people.cn/*'], lang: 'en', chinaFocused: true },
  { key: 'people.com.cn', name: "People's Daily (Chinese)", zh: '人民网', patterns: ['*://*.people.com.cn/*'], lang: 'zh', chinaFocused: true },
  { key: 'english.www.gov.cn', name: 'gov.cn (English)', zh: '中国政府网（英文版）', patterns: ['*://english.www.gov.cn/*'], lang: 'en', chinaFocused: true },
  { key: 'gov.cn', name: 'gov.cn (Chinese)', zh: '中国政府网', patterns: ['*://www.gov.cn/*'], lang: 'zh', chinaFocused: true },
  { key: 'ecns.cn', name: 'China News Service (ECNS)', zh: '中国新闻网（英文版）', patterns: ['*://*.ecns.cn/*'], lang: 'en', chinaFocused: true },
  { key: 'reuters.com', name: 'Reuters', zh: '路透社', patterns: ['*://*.reuters.com/*'], lang: 'en' },
  { key: 'bloomberg.com', name: 'Bloomberg', zh: '彭博社', patterns: ['*://*.bloomberg.com/*'], lang: 'en' },
  { key: 'ft.com', name: 'Financial Times', zh: '金融时报', patterns: ['*://*.ft.com/*'], lang: 'en' },
  { key: 'ftchinese.com', name: 'FT Chinese', zh: 'FT中文网', patterns: ['*://*.ftchinese.com/*'], lang: 'zh', chinaFocused: true },
  { key: 'wsj.com', name: 'The Wall Street Journal', zh: '华尔街日报', patterns: ['*://*.wsj.com/*'], lang: 'en' },
  { key: 'nytimes.com', name: 'The New York Times', zh: '纽约时报', patterns: ['*://*.nytimes.com/*'], lang: 'en+zh' },
  { key: 'economist.com', name: 'The Economist', zh: '经济学人', patterns: ['*://*.economist.com/*'], lang: 'en' },
  { key: 'asia.nikkei.com', name: 'Nikkei Asia', zh: '日经亚洲', patterns: ['*://asia.nikkei.com/*'], lang: 'en' },
  { key: 'bbc.com', name: 'BBC', zh: '英国广播公司（BBC）', patterns: ['*://*.bbc.com/*', '*://*.bbc.co.uk/*'], lang: 'en+zh' },
  { key: 'apnews.com', name: 'AP News', zh: '美联社', patterns: ['*://apnews.com/*'], lang: 'en' },
  { key: 'theguardian.com', name: 'The Guardian', zh: '卫报', patterns: ['*://*.theguardian.com/*'], lang: 'en' },
  { key: 'sixthtone.com', name: 'Sixth Tone', zh: '第六声', patterns: ['*://*.sixthtone.com/*'], lang: 'en', chinaFocused: true },
  { key: 'thediplomat.com', name: 'The Diplomat', zh: '外交学者', patterns: ['*://thediplomat.com/*'], lang: 'en' },
  { key: 'cnbc.com', name: 'CNBC', zh: 'CNBC', patterns: ['*://*.cnbc.com/*'], lang: 'en' },
  { key: 'yicaiglobal.com', name: 'Yicai Global', zh: '第一财经（英文版）', patterns: ['*://*.yicaiglobal.com/*'], lang: 'en', chinaFocused: true },
  { key: 'chinanews.com.cn', name: 'China News Service (Chinese)', zh: '中国新闻网', patterns: ['*://*.chinanews.com.cn/*'], lang: 'zh', chinaFocused: true },
];

export const DEFAULT_SITE_PATTERNS: readonly string[] = DEFAULT_SITES.flatMap((s) => s.patterns);
