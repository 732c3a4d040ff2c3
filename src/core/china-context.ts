/**
 * Is this page about China? Generic terms ("AI", "supply chain", "SMEs")
 * explain Chinese policy, so they are marked only where the page itself
 * says it is about China. Pure: the content script reads the signals and
 * the text, this module decides.
 *
 * Evidence, strongest first:
 * - a China-focused outlet (Xinhua, China Daily, Caixin…, any .cn host);
 * - a Chinese-language page (lang="zh…", or Han text with no kana);
 * - China, Chinese, Beijing, a Chinese place or 中国 in the title;
 * - a specific term (low-altitude economy, 新型工业化…) in the text;
 * - China named at least twice in the text: once is a passing mention
 *   ("suppliers in China and India"), not the page's subject.
 */
import { defaultSiteForHost } from './site-patterns';

export interface PageSignals {
  /** The page's host name. */
  host: string;
  /** The root element's lang attribute ('' when absent). */
  lang: string;
  /** The title, og:title and og:site_name, joined. */
  title: string;
}

/** What the scanned text has shown so far; add() accumulates blocks. */
export interface TextEvidence {
  /** Mentions of China: China, Chinese, Beijing, a Chinese place, 中国… */
  mentions: number;
  /** Han characters and kana, to tell Chinese text from Japanese. */
  han: number;
  kana: number;
  /** Matches of specific terms (forms that need no context). */
  specific: number;
}

export type ContextReason = 'forced' | 'outlet' | 'language' | 'title' | 'specific-term' | 'text';

export interface ContextVerdict {
  aboutChina: boolean;
  /** Why it is about China; null when it is not (yet). */
  reason: ContextReason | null;
}

export const NO_EVIDENCE: Readonly<TextEvidence> = Object.freeze({ mentions: 0, han: 0, kana: 0, specific: 0 });

/** Mentions of China in the text before the page counts as about China. */
const MIN_TEXT_MENTIONS = 2;
/** Han characters that make a page Chinese-language when it has no kana. */
const MIN_HAN = 40;

// Case-sensitive on purpose: "china" is porcelain. No "NPC" (games) or "CPC" (advertising).
const CHINA_WORDS = new RegExp(
  [
    "\\b(?:China(?:['’]s)?|Chinese|PRC|Sino-[A-Z]\\w*|Beijing|Shanghai|Shenzhen|Guangzhou|Hong Kong|Macao|Macau|Tianjin|Chongqing|Wuhan",
    "Hangzhou|Chengdu|Nanjing|Suzhou|Xi['’]an|Xiamen|Qingdao|Dalian|Ningbo|Dongguan|Foshan|Hefei|Changsha|Zhengzhou|Jinan",
    "Shenyang|Harbin|Kunming|Xiong['’]an|Guangdong|Zhejiang|Jiangsu|Shandong|Sichuan|Hubei|Hunan|Fujian|Anhui|Hebei|Henan",
    "Yunnan|Guangxi|Guizhou|Jiangxi|Shaanxi|Shanxi|Gansu|Qinghai|Ningxia|Hainan|Liaoning|Jilin|Heilongjiang|Xinjiang|Tibet",
    "Inner Mongolia|Xi Jinping|Li Qiang|Communist Party of China|State Council|NDRC|MIIT|Xinhua|renminbi|yuan|RMB)\\b",
    '中国|中國|中华|中華|北京|上海|深圳|国务院|國務院|我国|我國|全国人大|全國人大',
  ].join('|'),
  'g',
);
const ANY_CJK = /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]/;
const HAN = /\p{Script=Han}/gu;
const KANA = /[\u3040-\u30ff]/g;

/** Mentions of China in a text, counting no further than `cap`. */
export function countChinaMentions(text: string, cap = Number.POSITIVE_INFINITY): number {
  CHINA_WORDS.lastIndex = 0;
  let n = 0;
  while (n < cap && CHINA_WORDS.exec(text) !== null) n++;
  CHINA_WORDS.lastIndex = 0;
  return n;
}

/** What one block's text adds: its mentions of China, its Han and kana, and how many specific terms were found in it. */
export function textEvidence(text: string, specific: number): TextEvidence {
  const cjk = ANY_CJK.test(text);
  return {
    mentions: countChinaMentions(text, MIN_TEXT_MENTIONS),
    han: cjk ? (text.match(HAN)?.length ?? 0) : 0,
    kana: cjk ? (text.match(KANA)?.length ?? 0) : 0,
    specific,
  };
}

export function addEvidence(a: TextEvidence, b: TextEvidence): TextEvidence {
  return { mentions: a.mentions + b.mentions, han: a.han + b.han, kana: a.kana + b.kana, specific: a.specific + b.specific };
}

/** A China-focused outlet: one of the listed Chinese or China-desk sites, or any host under .cn. */
export function isChinaOutlet(host: string): boolean {
  const h = host.toLowerCase().replace(/\.$/, '');
  return h.endsWith('.cn') || defaultSiteForHost(h)?.chinaFocused === true;
}

function isChineseLang(lang: string): boolean {
  return /^zh(?:-|$)/i.test(lang.trim());
}

/** Japanese or Korean: Han characters there are kanji or hanja, not Chinese. */
function isCjkOtherLang(lang: string): boolean {
  return /^(?:ja|ko)(?:-|$)/i.test(lang.trim());
}

/**
 * The one decision: is the page about China, and why. `forced` is the
 * reader's "mark them anyway" for this page.
 */
export function judgeChinaContext(signals: PageSignals, text: TextEvidence = NO_EVIDENCE, forced = false): ContextVerdict {
  const yes = (reason: ContextReason): ContextVerdict => ({ aboutChina: true, reason });
  if (forced) return yes('forced');
  if (isChinaOutlet(signals.host)) return yes('outlet');
  if (isChineseLang(signals.lang)) return yes('language');
  if (!isCjkOtherLang(signals.lang) && text.han >= MIN_HAN && text.kana * 10 < text.han) return yes('language');
  if (countChinaMentions(signals.title, 1) > 0) return yes('title');
  if (text.specific > 0) return yes('specific-term');
  if (text.mentions >= MIN_TEXT_MENTIONS) return yes('text');
  return { aboutChina: false, reason: null };
}
