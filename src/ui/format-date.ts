/** Dates as the cards and the reader print them, in the UI's language ("31 Aug 2024", "2024年8月31日"). */
import { isChineseUi } from './i18n';

type Parts = { year: number; month?: number; day?: number };

function parse(date: string): Parts | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date);
  if (!m) return null;
  const year = Number(m[1]);
  const month = m[2] === undefined ? undefined : Number(m[2]);
  const day = m[3] === undefined ? undefined : Number(m[3]);
  if (month !== undefined && (month < 1 || month > 12)) return null;
  if (day !== undefined && (day < 1 || day > 31)) return null;
  return { year, month, day };
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * Chinese through Intl's zh-CN ("2024年8月31日", "2023年12月"). English is
 * written out as day-month-year whatever the English locale: CLDR's en-GB
 * short month for September is "Sept", and citations and cards say "Sep".
 */
function format(p: Parts, month: 'long' | 'short'): string {
  if (p.month === undefined) return String(p.year);
  if (isChineseUi()) {
    const opts: Intl.DateTimeFormatOptions = { timeZone: 'UTC', year: 'numeric', month: 'long' };
    if (p.day !== undefined) opts.day = 'numeric';
    return new Intl.DateTimeFormat('zh-CN', opts).format(new Date(Date.UTC(p.year, p.month - 1, p.day ?? 1)));
  }
  const name = MONTHS[p.month - 1] ?? '';
  const m = month === 'long' ? name : name.slice(0, 3);
  return p.day === undefined ? `${m} ${p.year}` : `${p.day} ${m} ${p.year}`;
}

/** "2024-08-31" → "31 August 2024" (Chinese: "2024年8月31日"); anything else is returned as is. */
export function formatIsoDate(iso: string): string {
  const p = /^\d{4}-\d{2}-\d{2}$/.test(iso) ? parse(iso) : null;
  return p ? format(p, 'long') : iso;
}

/** "2023-12" → "Dec 2023", "2024-03-05" → "5 Mar 2024", "2011" → "2011" (Chinese: "2023年12月"…); anything else as is. */
export function formatShortDate(date: string): string {
  const p = parse(date);
  return p ? format(p, 'short') : date;
}
