/**
 * Pure parser for the interview text. No `?raw` import here, so Node scripts
 * run by tsx can read the file with fs and call parseArticle themselves.
 */
import type { Article } from './types';

const MONTHS: Readonly<Record<string, number>> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6,
  jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
};

/** First line: ` date yyyy-mm-dd Title`. */
const HEADER = /^date\s+(\d{4}-\d{2}-\d{2})\s+(\S.*)$/;
/** Xinhua style dateline: `BEIJING, Aug. 31 (Xinhua) -- `. */
const DATELINE = /^([A-Z][A-Z .'-]*), ([A-Z][a-z]+)\.? (\d{1,2}) \(([^)]+)\) -- /;
/** `... Minister of Industry and Information Technology Jin Zhuanglong has said`. */
const SPEAKER =
  /\b(?:Minister|Vice Minister|Premier|President|Chairman|Director|Governor|Spokesperson)\b[^,.;]*?\s([A-Z][a-z]+ [A-Z][a-z]+)\s+(?:has\s+|had\s+)?said\b/;

const pad2 = (n: number): string => String(n).padStart(2, '0');

/**
 * Parses the article file: a header line, then blank-line separated
 * paragraphs, the first of which carries the dateline. Throws on input that
 * does not have that shape rather than guessing.
 */
export function parseArticle(raw: string): Article {
  const text = raw.replace(/\r\n?/g, '\n');
  const newline = text.indexOf('\n');
  const header = (newline === -1 ? text : text.slice(0, newline)).trim();
  const head = HEADER.exec(header);
  if (!head) throw new Error(`parseArticle: bad header line: ${JSON.stringify(header)}`);
  const date = head[1] ?? '';
  const title = (head[2] ?? '').trim();

  const body = newline === -1 ? '' : text.slice(newline + 1);
  const paragraphs = body
    .split(/\n[ \t]*\n/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
  const first = paragraphs[0];
  if (first === undefined) throw new Error('parseArticle: no paragraphs');

  const line = DATELINE.exec(first);
  if (!line) throw new Error(`parseArticle: paragraph 1 has no dateline: ${first.slice(0, 60)}`);
  const month = MONTHS[(line[2] ?? '').slice(0, 3).toLowerCase()];
  const day = Number(line[3]);
  if (month === undefined || day < 1 || day > 31) {
    throw new Error(`parseArticle: bad dateline date: ${line[0]}`);
  }
  const pubYear = Number(date.slice(0, 4));
  const pubMonth = Number(date.slice(5, 7));
  // A dateline late in December for an article published in January.
  const year = month > pubMonth ? pubYear - 1 : pubYear;
  const datelineDate = `${year}-${pad2(month)}-${pad2(day)}`;
  const source = (line[4] ?? '').trim();

  const who = SPEAKER.exec(first);
  if (!who) throw new Error('parseArticle: no speaker found in paragraph 1');
  const speaker = who[1] ?? '';

  return { title, date, datelineDate, source, speaker, paragraphs };
}
