/**
 * Prints the whole glossary, one line per term (two when the name is long)
 * grouped by category, so a reviewer can read it in one screen:
 *
 *   name · 简体 / 繁體 · pinyin · ¶n "first citation…"
 *
 * Generic terms (marked only on a page about China) end their name with °.
 *
 * Run: npx tsx scripts/glossary-list.ts [--width N]
 * Reads glossary/interview.txt with fs (tsx cannot load Vite's `?raw`
 * imports) and ends with the validation summary; exits 1 on any problem.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CATEGORIES, scopeCounts, TERMS } from '../glossary/core';
import { parseArticle } from '../glossary/parse-article';
import type { Term } from '../glossary/types';
import { validateGlossary } from '../glossary/validate';

const articleFile = fileURLToPath(new URL('../glossary/interview.txt', import.meta.url));
const article = parseArticle(readFileSync(articleFile, 'utf8'));

function requestedWidth(): number {
  const i = process.argv.indexOf('--width');
  const arg = i === -1 ? undefined : Number(process.argv[i + 1]);
  if (arg !== undefined && Number.isFinite(arg) && arg >= 40) return arg;
  return process.stdout.columns ?? 120;
}
const WIDTH = requestedWidth();

/** Terminal columns a string takes: CJK and full-width characters take two. */
function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\p{Script=Han}\u3000-\u303f\uff00-\uffef“”]/u.test(ch) ? 2 : 1;
  return w;
}

/** Cuts `s` to at most `max` columns, ending in "…" when cut. */
function truncate(s: string, max: number): string {
  if (displayWidth(s) <= max) return s;
  let out = '';
  for (const ch of s) {
    if (displayWidth(out + ch) > max - 1) break;
    out += ch;
  }
  return `${out.trimEnd()}…`;
}

function chinese(t: Term): string {
  const { simplified, traditional } = t.zh;
  return traditional === undefined ? simplified : `${simplified} / ${traditional}`;
}

function nameOf(t: Term): string {
  return t.scope === 'generic' ? `${t.name}°` : t.name;
}

function line(t: Term): string {
  const head = `  ${nameOf(t)} · ${chinese(t)} · ${t.zh.pinyin}`;
  const cite = t.citations[0];
  if (cite === undefined) return head;
  const prefix = ` · ¶${cite.paragraph} "`;
  const room = WIDTH - displayWidth(head) - displayWidth(prefix) - 1;
  if (room >= 40) return `${head}${prefix}${truncate(cite.quote, room)}"`;
  // Not enough room: pinyin and citation go on a second, indented line.
  const second = `      ${t.zh.pinyin}${prefix}`;
  const rest = WIDTH - displayWidth(second) - 1;
  return `${truncate(`  ${nameOf(t)} · ${chinese(t)}`, WIDTH)}\n${second}${truncate(cite.quote, rest)}"`;
}

const out: string[] = [];
for (const category of CATEGORIES) {
  const terms = TERMS.filter((t) => t.category === category.id);
  if (terms.length === 0) continue;
  out.push(`${category.label.toUpperCase()} (${terms.length})`);
  for (const t of terms) out.push(line(t));
}

const problems = validateGlossary(TERMS, article);
const scopes = scopeCounts(TERMS);
out.push(
  '',
  `${TERMS.length} terms (${scopes.specific} specific, ${scopes.generic} generic°) · ${article.paragraphs.length} paragraphs · ${article.speaker}, ${article.source}, ${article.datelineDate}` +
    ` · ${problems.length === 0 ? 'no problems found' : `${problems.length} problem(s):`}`,
  ...problems.map((p) => `  ! ${p}`),
);
console.log(out.join('\n'));
if (problems.length > 0) process.exitCode = 1;
