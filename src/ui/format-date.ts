/** Dates as the cards and the reader print them. Pure. */

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2024-08-31" → "31 August 2024"; anything else is returned as is. */
export function formatIsoDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  const month = MONTHS[Number(m[2]) - 1];
  return month ? `${Number(m[3])} ${month} ${m[1]}` : iso;
}

/** "2023-12" → "Dec 2023", "2024-03-05" → "5 Mar 2024", "2011" → "2011"; anything else as is. */
export function formatShortDate(date: string): string {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date);
  if (!m) return date;
  if (m[2] === undefined) return m[1] ?? date;
  const month = MONTHS[Number(m[2]) - 1]?.slice(0, 3);
  if (!month) return date;
  return m[3] === undefined ? `${month} ${m[1]}` : `${Number(m[3])} ${month} ${m[1]}`;
}
