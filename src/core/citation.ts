/**
 * A term's citation, as a reader pastes it into notes or a draft: the term,
 * its Chinese, the interview's sentence that names it, and a full
 * attribution with the paragraph. Plain text and HTML (with a link to the
 * article). The citation quotes an English source, so it stays English
 * whatever the UI language. Pure: strings in, strings out.
 */
import { ARTICLE } from '../../glossary/article';
import { ARTICLE_URL, INTERVIEW_DATE } from '../../glossary/core';
import type { Article, Term } from '../../glossary/types';

/** His office at the time, as paragraph 1 of the article names it (checked by the unit test). */
export const SPEAKER_ROLE = 'Minister of Industry and Information Technology';

export interface CitationText {
  text: string;
  html: string;
  paragraph: number;
  /** The article's sentence holding the quote. */
  sentence: string;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2024-08-31" → "31 August 2024" (English: the citation is). */
function longDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const month = m ? MONTHS[Number(m[2]) - 1] : undefined;
  return m && month ? `${Number(m[3])} ${month} ${m[1]}` : iso;
}

/** `BEIJING, Aug. 31 (Xinhua) -- `: the dateline is not part of what was said. */
const DATELINE = /^[A-Z][A-Z .'-]*, [A-Z][a-z]+\.? \d{1,2} \([^)]+\) -- /;

/**
 * The sentence of a paragraph that holds quote: a sentence ends at . ! or ?
 * (and a closing quote mark) followed by white space and a capital or an
 * opening quote, so "U.S. dollars" and "Aug. 31" do not split one.
 */
export function sentenceWith(paragraph: string, quote: string): string | null {
  const body = paragraph.replace(DATELINE, '');
  const sentences = body.split(/(?<=[.!?]["”’]?)\s+(?=["“A-Z])/);
  const hit = sentences.find((s) => s.includes(quote));
  return hit?.trim() ?? null;
}

/** "Jin Zhuanglong, Minister of Industry and Information Technology, interview with Xinhua, 31 August 2024, ¶4". */
export function attribution(paragraph: number, article: Article = ARTICLE): string {
  return `${article.speaker}, ${SPEAKER_ROLE}, ${interviewWith(article)}, ${longDate(INTERVIEW_DATE)}, ¶${paragraph}`;
}

function interviewWith(article: Article): string {
  return `interview with ${article.source}`;
}

const HTML_ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text for HTML content or a quoted attribute value. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c);
}

/**
 * The citation of a term's first cited paragraph (the one the card quotes),
 * or null for a term the interview does not cite.
 */
export function buildCitation(term: Term, article: Article = ARTICLE, url: string = ARTICLE_URL): CitationText | null {
  const cite = term.citations[0];
  if (!cite) return null;
  const para = article.paragraphs[cite.paragraph - 1];
  if (para === undefined) return null;
  const sentence = sentenceWith(para, cite.quote) ?? cite.quote;
  const head = `${term.name} (${term.zh.simplified})`;
  const by = attribution(cite.paragraph, article);
  const text = `${head}\n“${sentence}”\n— ${by}`;

  const e = escapeHtml;
  const linked = `${e(article.speaker)}, ${e(SPEAKER_ROLE)}, <a href="${e(url)}">${e(interviewWith(article))}</a>, ${e(longDate(INTERVIEW_DATE))}, ¶${cite.paragraph}`;
  const html =
    `<p><strong>${e(term.name)}</strong> (<span lang="zh-Hans">${e(term.zh.simplified)}</span>)</p>` +
    `<blockquote cite="${e(url)}"><p>“${e(sentence)}”</p></blockquote>` +
    `<p>— ${linked}</p>`;
  return { text, html, paragraph: cite.paragraph, sentence };
}
