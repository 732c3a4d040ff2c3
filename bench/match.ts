/**
 * Throughput of the term matcher against the obvious alternative: one
 * combined case-insensitive RegExp over every surface form (escaped, longest
 * first). Run: npx tsx bench/match.ts  (--quick: 1 MB only; --full: five
 * timed runs of every case on 10 MB too, which takes several minutes).
 *
 * Both are fed the same generated news text, cut into page-block-sized
 * pieces (50–5,000 chars) the way the content script calls them. Everything
 * is seeded, so two runs see identical text and glossaries.
 */
import { surfaceForms } from '../glossary/core';
import type { SurfaceForm } from '../glossary/types';
import { compileMatcher } from '../src/core/matcher';

// ------------------------------------------------------------------ helpers

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rng = () => number;
const pick = <T>(rng: Rng, xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)]!;

// --------------------------------------------------------- synthetic glossary

const SYLLABLES = [
  'bra', 'ton', 'vel', 'mar', 'qui', 'sen', 'dor', 'lia', 'pex', 'ru', 'fan', 'gol', 'tri', 'zen', 'cor', 'nal',
  'vio', 'sta', 'mek', 'lun', 'dra', 'po', 'kel', 'ser', 'vin', 'tho', 'gra', 'mul', 'pen', 'ost',
];
const KEEP = new Set(['and', 'of', 'the', 'to', 'for', 'by', 'in', 'on', 'with', 'a']);

function inventWord(rng: Rng): string {
  let w = '';
  const n = 2 + Math.floor(rng() * 3);
  for (let i = 0; i < n; i++) w += pick(rng, SYLLABLES);
  return w;
}

/**
 * A copy of the real glossary with every content word, acronym and Han
 * character replaced consistently within the copy, so each synthetic term
 * keeps the shape of a real one: same number of forms, words, hyphens,
 * British variants, acronyms with plural 's', Chinese forms with quotes.
 */
function syntheticCopy(real: readonly SurfaceForm[], copy: number, rng: Rng): SurfaceForm[] {
  const words = new Map<string, string>();
  const han = new Map<string, string>();
  const acr = new Map<string, string>();
  const word = (w: string): string => {
    const lower = w.toLowerCase();
    if (KEEP.has(lower) || /^\d+$/.test(w)) return w;
    const m = /^(.*?)(i[sz]ation|i[sz]ed)$/.exec(lower);
    const stem = m ? m[1]! : lower;
    const suffix = m ? m[2]! : '';
    let inv = words.get(stem);
    if (inv === undefined) {
      inv = inventWord(rng);
      words.set(stem, inv);
    }
    const out = inv + suffix;
    return w[0] === w[0]!.toUpperCase() ? out[0]!.toUpperCase() + out.slice(1) : out;
  };
  const acronym = (a: string): string => {
    const plural = /[A-Z0-9]s$/.test(a);
    const base = plural ? a.slice(0, -1) : a;
    let inv = acr.get(base);
    // An acronym spelled like a filler word ("TO") would let the
    // case-insensitive RegExp match every "to", which says nothing about speed.
    while (inv === undefined || COMMON.has(inv.toLowerCase())) {
      inv = '';
      for (let i = 0; i < Math.max(2, base.length); i++) inv += String.fromCharCode(65 + Math.floor(rng() * 26));
    }
    acr.set(base, inv);
    return plural ? `${inv}s` : inv;
  };
  const hanChar = (c: string): string => {
    if (!/\p{Script=Han}/u.test(c)) return c;
    let inv = han.get(c);
    if (inv === undefined) {
      inv = String.fromCharCode(0x4e00 + Math.floor(rng() * 0x51a5));
      han.set(c, inv);
    }
    return inv;
  };
  return real.map((f) => {
    const termId = `${f.termId}~${copy}`;
    if (f.script === 'han') return { ...f, termId, text: [...f.text].map(hanChar).join('') };
    if (f.caseSensitive) return { ...f, termId, text: acronym(f.text) };
    return { ...f, termId, text: f.text.replace(/[\p{L}\p{N}]+/gu, word) };
  });
}

// ------------------------------------------------------------------- text

// Function words make up about half of running English text; the rest is
// drawn from a news vocabulary that deliberately includes words that start
// glossary phrases ("new", "digital", "supply", "key") without completing them.
const FUNCTION_WORDS = (
  'the the the of of and and to to a a in in that is for on with as was by at it from said his be an are has ' +
  'have its but not this which were will would their they who been more also after had about than over'
).split(' ');
const CONTENT_WORDS = (
  'government officials ministry minister plan plans policy policies sector sectors industry industries market ' +
  'markets growth economy economic year years percent billion yuan trillion companies firms enterprises local ' +
  'provinces province city cities development investment exports imports trade output factories factory workers ' +
  'technology technologies research innovation support new major key national global according report data ' +
  'first half second quarter rising falling stable steady targets target country China Chinese Beijing Shanghai ' +
  'Shenzhen analysts expect expected rise increase decline demand supply capacity production products product ' +
  'services digital green energy power transport infrastructure finance banks credit loans consumers prices ' +
  'less under between during before while since however only most people officials week month told'
).split(' ');
const FILLER = [...FUNCTION_WORDS, ...CONTENT_WORDS];
const fillerWord = (rng: Rng): string => (rng() < 0.45 ? pick(rng, FUNCTION_WORDS) : pick(rng, CONTENT_WORDS));
const HAN_FILLER = '我国推进加快发展建设提升实施政策企业产业技术创新市场经济工业制造数字绿色能源全国地方支持重点工作年度目标增长规模';
const COMMON = new Set([...FILLER.map((w) => w.toLowerCase()), ...KEEP]);
const GAPS = [...Array<string>(18).fill(' '), '\u00a0', '\n'];

function plural(t: string): string {
  if (/[^aeiou]y$/.test(t)) return `${t.slice(0, -1)}ies`;
  return /(?:x|ch|sh)$/.test(t) ? `${t}es` : `${t}s`;
}

/** Varied, realistic renderings of a form, as writers and CMSes produce them. */
function render(rng: Rng, f: SurfaceForm): string {
  if (f.script === 'han') return rng() < 0.1 ? `“${f.text}”` : f.text;
  if (f.caseSensitive) return rng() < 0.1 ? `${f.text}'s` : f.text;
  let t = f.text;
  if (rng() < 0.15) t = t.replace(/\b\p{L}/gu, (c) => c.toUpperCase());
  if (rng() < 0.2) t = t.replace(/-/g, ' ');
  if (rng() < 0.1) t = t.replace(/ /g, '\u00a0');
  if (rng() < 0.05) t = t.replace(/(\p{L}{4})(\p{L}{4})/u, '$1\u00ad$2');
  if (rng() < 0.1) t = /s$/.test(t) ? `${t}’` : plural(t);
  if (rng() < 0.1) t = `“${t}”`;
  return t;
}

interface Vocabulary {
  latin: readonly SurfaceForm[];
  /** Chinese forms by term, for glosses such as "new industrialization (新型工业化)". */
  hanOf: ReadonlyMap<string, readonly SurfaceForm[]>;
}

function vocabulary(forms: readonly SurfaceForm[]): Vocabulary {
  const hanOf = new Map<string, SurfaceForm[]>();
  for (const f of forms) if (f.script === 'han') hanOf.set(f.termId, [...(hanOf.get(f.termId) ?? []), f]);
  return { latin: forms.filter((f) => f.script === 'latin'), hanOf };
}

function sentence(rng: Rng, v: Vocabulary, termEvery: number): string {
  const parts: string[] = [];
  const len = 8 + Math.floor(rng() * 22);
  for (let i = 0; i < len; i++) {
    const w = fillerWord(rng);
    parts.push(w);
    if (rng() < (w.length + 1) / termEvery) {
      const f = pick(rng, v.latin);
      parts.push(render(rng, f));
      const zh = v.hanOf.get(f.termId);
      if (zh && rng() < 0.08) parts.push(`(${pick(rng, zh).text})`);
    }
  }
  let s = '';
  for (let i = 0; i < parts.length; i++) s += (i === 0 ? '' : pick(rng, GAPS)) + parts[i];
  s = s[0]!.toUpperCase() + s.slice(1);
  return `${s}${rng() < 0.15 ? ',' : '.'} `;
}

function chinesePassage(rng: Rng, han: readonly SurfaceForm[]): string {
  let s = '';
  const len = 150 + Math.floor(rng() * 1200);
  while (s.length < len) {
    s += HAN_FILLER[Math.floor(rng() * HAN_FILLER.length)];
    if (rng() < 1 / 60) s += render(rng, pick(rng, han));
    if (rng() < 1 / 25) s += '，';
  }
  return `${s}。`;
}

/** Page blocks (paragraphs) totalling `chars` characters. */
function makeBlocks(chars: number, seed: number, realForms: readonly SurfaceForm[], synthForms: readonly SurfaceForm[]): string[] {
  const rng = mulberry32(seed);
  const real = vocabulary(realForms);
  const synth = vocabulary(synthForms);
  const han = [...realForms, ...synthForms.filter(() => rng() < 0.2)].filter((f) => f.script === 'han');
  const blocks: string[] = [];
  let total = 0;
  while (total < chars) {
    const target = 50 + Math.floor(rng() ** 2 * 4950);
    let b = '';
    if (rng() < 0.05) {
      b = chinesePassage(rng, han);
    } else {
      while (b.length < target) {
        // ~1 real term per 300 chars, plus ~1 synthetic one per 1,500.
        b += sentence(rng, real, 240);
        if (rng() < 0.2) b += sentence(rng, synth, 300);
      }
    }
    b = b.slice(0, Math.max(50, Math.min(5000, b.length))).trim();
    // A fresh flat string, like a DOM text node's data: slices and
    // concatenations would add an indirection to every charCodeAt.
    b = Buffer.from(b, 'utf8').toString('utf8');
    blocks.push(b);
    total += b.length;
  }
  return blocks;
}

// --------------------------------------------------------------- baseline

interface Hit {
  termId: string;
  start: number;
  end: number;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The alternative we measure against: a single alternation, longest first. */
function compileBaseline(forms: readonly SurfaceForm[]): (text: string) => Hit[] {
  const byText = new Map<string, string>();
  for (const f of forms) if (!byText.has(f.text.toLowerCase())) byText.set(f.text.toLowerCase(), f.termId);
  const alts = [...byText.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
  const re = new RegExp(`(?<![A-Za-z0-9])(?:${alts.join('|')})(?![A-Za-z0-9])`, 'gi');
  return (text) => {
    const out: Hit[] = [];
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      out.push({ termId: byText.get(m[0].toLowerCase()) ?? '?', start: m.index, end: m.index + m[0].length });
    }
    return out;
  };
}

// ------------------------------------------------------------------ timing

interface Case {
  name: string;
  forms: number;
  find: (t: string) => Hit[];
}

interface Row {
  name: string;
  size: string;
  forms: number;
  mbps: number;
  median: number;
  min: number;
  max: number;
  runs: number;
  matches: number;
}

/**
 * CPU time of this process, in ms. Wall-clock time on a shared 2-core
 * machine mostly measures the neighbours; CPU time measures our work.
 */
function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

/** Time per pass over all blocks, averaged over `reps` passes. */
function runOnce(blocks: readonly string[], find: (t: string) => Hit[], reps = 1): { ms: number; matches: number } {
  const t0 = cpuMs();
  let n = 0;
  for (let r = 0; r < reps; r++) {
    n = 0;
    for (const b of blocks) n += find(b).length;
  }
  return { ms: (cpuMs() - t0) / reps, matches: n };
}

/** Passes per sample so that one sample takes ~100 ms: timer noise and short hiccups then matter less. */
function repsFor(blocks: readonly string[], find: (t: string) => Hit[]): number {
  const { ms } = runOnce(blocks, find);
  return Math.max(1, Math.min(20, Math.round(100 / Math.max(ms, 1e-3))));
}

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/**
 * Runs the cases in turn, round after round, rather than each case's runs
 * back to back: on a shared machine a burst of background load then hits
 * every case alike instead of skewing one of them. runsOf(case) may give a
 * case fewer rounds than the others (it sits the last ones out).
 */
function measureInterleaved(size: string, blocks: readonly string[], cases: readonly Case[], runsOf: (c: Case) => number): Row[] {
  const chars = blocks.reduce((s, b) => s + b.length, 0);
  const times = cases.map(() => [] as number[]);
  const matches = cases.map(() => 0);
  const rounds = Math.max(...cases.map(runsOf));
  const reps = cases.map((c) => (runsOf(c) > 1 ? repsFor(blocks, c.find) : 1));
  for (let r = 0; r < rounds; r++) {
    cases.forEach((c, i) => {
      if (r >= runsOf(c)) return;
      const { ms, matches: n } = runOnce(blocks, c.find, reps[i]);
      times[i]!.push(ms);
      matches[i] = n;
    });
  }
  return cases.map((c, i) => {
    const med = median(times[i]!);
    return {
      name: c.name,
      size,
      forms: c.forms,
      mbps: chars / 1e6 / (med / 1000),
      median: med,
      min: Math.min(...times[i]!),
      max: Math.max(...times[i]!),
      runs: times[i]!.length,
      matches: matches[i]!,
    };
  });
}

// -------------------------------------------------------------------- main

const argv = process.argv.slice(2);
const quick = argv.includes('--quick');
const full = argv.includes('--full');
const only = argv.find((a) => a.startsWith('--only='))?.slice(7);
const real = surfaceForms();
const synthRng = mulberry32(20240831);
const synthOnly: SurfaceForm[] = [];
for (let copy = 1; copy < 20; copy++) synthOnly.push(...syntheticCopy(real, copy, synthRng));
const big = [...real, ...synthOnly];

const t0 = performance.now();
const mReal = compileMatcher(real);
const tCompileReal = performance.now() - t0;
const t1 = performance.now();
const mBig = compileMatcher(big);
const tCompileBig = performance.now() - t1;

const allCases: Case[] = [
  { name: '(a) matcher, real glossary', forms: real.length, find: (t) => mReal.find(t) },
  { name: '(b) RegExp, real glossary', forms: real.length, find: compileBaseline(real) },
  { name: '(c) matcher, 20× glossary', forms: big.length, find: (t) => mBig.find(t) },
  { name: '(d) RegExp, 20× glossary', forms: big.length, find: compileBaseline(big) },
];
const cases = only ? allCases.filter((c) => only.includes(c.name[1]!)) : allCases;

const rows: Row[] = [];
const small = makeBlocks(1e6, 42, real, synthOnly);
const smallChars = small.reduce((s, b) => s + b.length, 0);
console.log(`1 MB text: ${small.length} blocks, ${smallChars.toLocaleString('en')} chars (avg ${Math.round(smallChars / small.length)}/block)`);
// Warm-up: JIT for the matcher, native code generation for the RegExps.
// The 20× RegExp runs at well under 1 MB/s, so it gets one warm-up and, on
// the 10 MB text, a single timed run unless --full: five would take minutes.
const isSlow = (c: Case): boolean => c.name.startsWith('(d)');
for (const c of cases) for (let i = 0; i < (isSlow(c) ? 1 : 2); i++) runOnce(small, c.find);
rows.push(...measureInterleaved('1 MB', small, cases, (c) => (isSlow(c) ? 5 : 7)));
const sizes = ['1 MB'];
if (!quick) {
  const large = makeBlocks(1e7, 43, real, synthOnly);
  sizes.push('10 MB');
  rows.push(...measureInterleaved('10 MB', large, cases, (c) => (isSlow(c) && !full ? 1 : 5)));
}

const f1 = (x: number): string => x.toFixed(1);
const header = ['case', 'text', 'forms', 'MB/s', 'median ms', 'min ms', 'max ms', 'runs', 'matches'];
const cells = rows.map((r) => [r.name, r.size, String(r.forms), f1(r.mbps), f1(r.median), f1(r.min), f1(r.max), String(r.runs), String(r.matches)]);
const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
const line = (c: string[]): string => c.map((x, i) => (i < 2 ? x.padEnd(widths[i]!) : x.padStart(widths[i]!))).join('  ');

const ratios: string[] = [];
for (const label of only ? [] : sizes) {
  const get = (p: string): Row => rows.find((r) => r.size === label && r.name.startsWith(p))!;
  const [a, b, c, d] = [get('(a)'), get('(b)'), get('(c)'), get('(d)')];
  ratios.push(
    `${label}: matcher/RegExp real glossary ${(a.mbps / b.mbps).toFixed(2)}×; 20× glossary ${(c.mbps / d.mbps).toFixed(2)}×; ` +
      `matcher slowdown real→20× ${(a.mbps / c.mbps).toFixed(2)}×; RegExp slowdown ${(b.mbps / d.mbps).toFixed(2)}×`,
  );
}

console.log(`\nNode ${process.version}; compile: real ${f1(tCompileReal)} ms (${mReal.termCount} terms), 20× ${f1(tCompileBig)} ms (${mBig.termCount} terms)`);
console.log('MB/s = 10^6 UTF-16 code units per CPU second of this process. A run is one pass over the text (a sample of several passes\nwhen one takes under ~100 ms); median/min/max over the runs, after warm-up passes on the 1 MB text.\n');
console.log(line(header));
console.log(line(widths.map((w) => '-'.repeat(w))));
for (const c of cells) console.log(line(c));
console.log(`\n${ratios.join('\n')}`);
/** Quoted, with invisible and no-break characters spelled out. */
function visible(s: string): string {
  const esc = (c: string): string => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
  return JSON.stringify(s).replace(/[\u00a0\u00ad\u2009\u200b-\u200f\u2011\u2060\ufeff]/g, esc);
}

/**
 * Where the matcher and the RegExp disagree on the same text, with a few
 * examples of each kind, so count differences can be read, not guessed.
 */
function compareHits(blocks: readonly string[], a: (t: string) => Hit[], b: (t: string) => Hit[]): string[] {
  const kinds = { same: 0, wider: 0, narrower: 0, onlyMatcher: 0, onlyRegExp: 0 };
  const examples: Record<keyof typeof kinds, string[]> = { same: [], wider: [], narrower: [], onlyMatcher: [], onlyRegExp: [] };
  const note = (kind: keyof typeof kinds, text: string, h: Hit): void => {
    kinds[kind]++;
    if (examples[kind].length < 3) examples[kind].push(visible(text.slice(h.start, h.end)));
  };
  const overlaps = (x: Hit, y: Hit): boolean => x.start < y.end && y.start < x.end;
  for (const text of blocks) {
    const ha = a(text);
    const hb = b(text);
    for (const x of ha) {
      const y = hb.find((h) => overlaps(h, x));
      if (!y) note('onlyMatcher', text, x);
      else if (y.start === x.start && y.end === x.end) note('same', text, x);
      else note(x.end - x.start > y.end - y.start ? 'wider' : 'narrower', text, x);
    }
    for (const y of hb) if (!ha.some((x) => overlaps(x, y))) note('onlyRegExp', text, y);
  }
  const label: Record<keyof typeof kinds, string> = {
    same: 'same span',
    wider: 'matcher span longer (plural/possessive, longer phrase)',
    narrower: 'matcher span shorter',
    onlyMatcher: 'matcher only',
    onlyRegExp: 'RegExp only',
  };
  return (Object.keys(kinds) as (keyof typeof kinds)[]).map(
    (k) => `${label[k]}: ${kinds[k]}${examples[k].length ? ` — e.g. ${examples[k].join(', ')}` : ''}`,
  );
}

if (!only) {
  const a = rows.find((r) => r.size === '1 MB' && r.name.startsWith('(a)'))!;
  console.log(`\nReal-glossary term density in the 1 MB text: one match per ${Math.round(smallChars / a.matches)} chars.`);
  console.log('\nWhy the match counts differ, real glossary on the 1 MB text (matcher vs RegExp):');
  for (const line of compareHits(small, (t) => mReal.find(t), allCases[1]!.find)) console.log(`  ${line}`);
  console.log(`
The matcher also finds what a plain alternation cannot: plurals and
possessives of every form, a hyphen written as a space or closed up, NBSP
and line breaks between words, soft hyphens inside words, quotes inside
terms. It would refuse what the case-insensitive RegExp accepts, acronyms
in the wrong case ("sme", "5g"), but this text spells acronyms correctly.
(c) and (d) also count synthetic terms.
`);
}

console.log('Markdown:\n');
console.log(`| ${header.join(' | ')} |`);
console.log(`|${header.map((_, i) => (i < 2 ? ' --- ' : ' ---: ')).join('|')}|`);
for (const c of cells) console.log(`| ${c.join(' | ')} |`);
console.log('');
for (const r of ratios) console.log(`- ${r}`);
