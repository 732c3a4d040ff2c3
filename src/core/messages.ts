/**
 * Every message passed between the extension's contexts, and what each one
 * answers, declared once. Receivers call parseMessage on whatever arrives
 * and act only on what it returns; senders read an answer only through
 * parseReply. Anything else is rejected (and logged by the receiver).
 *
 * Hand-written rather than a schema library's: the content script parses
 * these in every frame of every listed page, and even the smallest library
 * tried (valibot) brought more code into that script than these seven
 * shapes take by hand (the README gives the figure).
 */

import type { ContextReason } from './china-context';
import { parseLook, type HighlightLook } from './highlight-look';
import { parsePatch, type SettingsPatch } from './settings';

/** Counts of term occurrences on a page, by term id. */
export type TermCounts = Record<string, number>;

/**
 * What a page holds: the terms marked (counts), the general terms left
 * unmarked because nothing says the page is about China (held), and why
 * general terms are marked when they are (about; null: they are not).
 */
export interface PageReport {
  counts: TermCounts;
  held: TermCounts;
  about: ContextReason | null;
  active: boolean;
  /** The first scan is still running: the counts are not final yet. */
  reading: boolean;
}

export type Message =
  /** content → background and popup: what this frame found (for the badge and popup). */
  | ({ type: 'page-terms' } & PageReport)
  /** content/popup → background: open the reader at a paragraph or a term. */
  | { type: 'open-reader'; paragraph?: number; termId?: string }
  /** popup → content: report what this page holds. */
  | { type: 'get-page-terms' }
  /** popup/background → content: scroll to the next occurrence (of a term, or any) and open its tooltip. */
  | { type: 'reveal-term'; termId?: string }
  /** background → content: annotate this page even though its site is off ("Annotate this page once"). */
  | { type: 'annotate-once' }
  /** content → background: inject the tooltip and cards (content-ui.js) into the sending frame. */
  | { type: 'load-ui' }
  /** popup → content: mark the general terms on this page although nothing says it is about China. */
  | { type: 'mark-generic' }
  /** popup/options → background: change the settings (the background applies changes one at a time). */
  | { type: 'update-settings'; patch: SettingsPatch }
  /** options → background: every setting back to its default. */
  | { type: 'reset-settings' }
  /**
   * content → background: insert this look's ::highlight() rules into the
   * sending frame in place of the previous look's (null: none).
   */
  | { type: 'apply-look'; look: HighlightLook | null; previous: HighlightLook | null }
  /**
   * content → extension pages: the reader chose a term on the page (clicked
   * it, or had it revealed from the keyboard or the popup). The side panel
   * showing that tab follows it; hovers are not choices.
   */
  | { type: 'term-chosen'; termId: string }
  /**
   * background → content (one frame): the selection was looked up ("Look up
   * in Policy Lens"); show, next to it, the card of termIds[0] when exact,
   * else the list of these closest entries (none: say that nothing matched).
   */
  | { type: 'show-lookup'; termIds: string[]; exact: boolean };

export type MessageType = Message['type'];

/** Why a page shows nothing although its content script answers. */
export type NotShownReason = 'unsupported' | 'loading' | 'paused' | 'off';

export interface PageTermsReply extends PageReport {
  /** Why nothing shows, when nothing does. */
  reason?: NotShownReason;
  /** What is not highlighted although found, when a cap was reached. */
  note?: string;
}

/** What each message answers (undefined: nothing). */
export interface Replies {
  'page-terms': undefined;
  'open-reader': undefined;
  'get-page-terms': PageTermsReply;
  'reveal-term': { found: boolean };
  'annotate-once': undefined;
  'load-ui': undefined;
  'mark-generic': { about: ContextReason | null };
  /** Where the settings now are; a problem when sync refused them (kept on this device) or the change was refused. */
  'update-settings': SettingsSaved;
  'reset-settings': undefined;
  'apply-look': undefined;
  'term-chosen': undefined;
  /** Whether the frame showed it (false: no card UI, or the frame is not the one with the selection). */
  'show-lookup': { shown: boolean };
}

export interface SettingsSaved {
  area: 'sync' | 'local' | 'none';
  problem?: string;
}

const MAX_TERM_ID = 64;
const MAX_TERMS = 500;
const MAX_NOTE = 200;
/** The most closest entries a look-up lists. */
export const MAX_LOOKUP_TERMS = 8;
const TERM_ID_RE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const CONTEXT_REASONS: readonly ContextReason[] = ['forced', 'outlet', 'language', 'title', 'specific-term', 'text'];
const NOT_SHOWN: readonly NotShownReason[] = ['unsupported', 'loading', 'paused', 'off'];

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isTermId(v: unknown): v is string {
  return typeof v === 'string' && v.length <= MAX_TERM_ID && TERM_ID_RE.test(v);
}

function onlyKeys(o: Record<string, unknown>, allowed: readonly string[]): boolean {
  return Object.keys(o).every((k) => allowed.includes(k));
}

function isContextReason(v: unknown): v is ContextReason {
  return typeof v === 'string' && (CONTEXT_REASONS as readonly string[]).includes(v);
}

export function isTermCounts(v: unknown): v is TermCounts {
  if (!isRecord(v)) return false;
  const keys = Object.keys(v);
  if (keys.length > MAX_TERMS) return false;
  return keys.every((k) => {
    const n = v[k];
    return isTermId(k) && typeof n === 'number' && Number.isInteger(n) && n > 0 && n < 1e9;
  });
}

/** The PageReport fields of raw, if they are all well formed. */
function parsePageReport(raw: Record<string, unknown>): PageReport | null {
  const { counts, held, about, active, reading } = raw;
  if (!isTermCounts(counts) || !isTermCounts(held) || typeof active !== 'boolean' || typeof reading !== 'boolean') return null;
  if (about !== null && !isContextReason(about)) return null;
  return { counts, held, about, active, reading };
}

/** The message, if raw is exactly one of the declared shapes; otherwise null. */
export function parseMessage(raw: unknown): Message | null {
  if (!isRecord(raw) || typeof raw.type !== 'string') return null;
  switch (raw.type) {
    case 'page-terms': {
      const report = onlyKeys(raw, ['type', 'counts', 'held', 'about', 'active', 'reading']) ? parsePageReport(raw) : null;
      return report ? { type: 'page-terms', ...report } : null;
    }
    case 'open-reader': {
      if (!onlyKeys(raw, ['type', 'paragraph', 'termId'])) return null;
      const { paragraph, termId } = raw;
      if (paragraph !== undefined && !(Number.isInteger(paragraph) && (paragraph as number) >= 1 && (paragraph as number) <= 1000)) return null;
      if (termId !== undefined && !isTermId(termId)) return null;
      const msg: Message = { type: 'open-reader' };
      if (paragraph !== undefined) msg.paragraph = paragraph as number;
      if (termId !== undefined) msg.termId = termId;
      return msg;
    }
    case 'get-page-terms':
    case 'annotate-once':
    case 'load-ui':
    case 'mark-generic':
    case 'reset-settings':
      return onlyKeys(raw, ['type']) ? { type: raw.type } : null;
    case 'update-settings': {
      const patch = onlyKeys(raw, ['type', 'patch']) ? parsePatch(raw.patch) : null;
      return patch ? { type: 'update-settings', patch } : null;
    }
    case 'apply-look': {
      if (!onlyKeys(raw, ['type', 'look', 'previous'])) return null;
      const look = raw.look === null ? null : parseLook(raw.look);
      const previous = raw.previous === null ? null : parseLook(raw.previous);
      if ((look === null && raw.look !== null) || (previous === null && raw.previous !== null)) return null;
      return { type: 'apply-look', look, previous };
    }
    case 'term-chosen':
      return onlyKeys(raw, ['type', 'termId']) && isTermId(raw.termId) ? { type: 'term-chosen', termId: raw.termId } : null;
    case 'show-lookup': {
      if (!onlyKeys(raw, ['type', 'termIds', 'exact'])) return null;
      const { termIds, exact } = raw;
      if (typeof exact !== 'boolean' || !Array.isArray(termIds) || termIds.length > MAX_LOOKUP_TERMS) return null;
      if (!termIds.every(isTermId) || new Set(termIds).size !== termIds.length) return null;
      // An exact answer names one term.
      if (exact && termIds.length !== 1) return null;
      return { type: 'show-lookup', termIds: [...(termIds as string[])], exact };
    }
    case 'reveal-term':
      if (!onlyKeys(raw, ['type', 'termId'])) return null;
      if (raw.termId === undefined) return { type: 'reveal-term' };
      return isTermId(raw.termId) ? { type: 'reveal-term', termId: raw.termId } : null;
    default:
      return null;
  }
}

function parsePageTermsReply(raw: unknown): PageTermsReply | null {
  if (!isRecord(raw) || !onlyKeys(raw, ['counts', 'held', 'about', 'active', 'reading', 'reason', 'note'])) return null;
  const report = parsePageReport(raw);
  if (!report) return null;
  const { reason, note } = raw;
  if (reason !== undefined && !(NOT_SHOWN as readonly unknown[]).includes(reason)) return null;
  if (note !== undefined && (typeof note !== 'string' || note.length > MAX_NOTE)) return null;
  const out: PageTermsReply = report;
  if (reason !== undefined) out.reason = reason as NotShownReason;
  if (typeof note === 'string') out.note = note;
  return out;
}

const REPLY_PARSERS: { readonly [K in MessageType]: (raw: unknown) => Replies[K] | null } = {
  'page-terms': () => undefined,
  'open-reader': () => undefined,
  'get-page-terms': parsePageTermsReply,
  'reveal-term': (raw) => (isRecord(raw) && onlyKeys(raw, ['found']) && typeof raw.found === 'boolean' ? { found: raw.found } : null),
  'annotate-once': () => undefined,
  'load-ui': () => undefined,
  'mark-generic': (raw) => (isRecord(raw) && onlyKeys(raw, ['about']) && (raw.about === null || isContextReason(raw.about)) ? { about: raw.about } : null),
  'update-settings': (raw) => {
    if (!isRecord(raw) || !onlyKeys(raw, ['area', 'problem'])) return null;
    const { area, problem } = raw;
    if (area !== 'sync' && area !== 'local' && area !== 'none') return null;
    if (problem !== undefined && (typeof problem !== 'string' || problem.length > MAX_NOTE)) return null;
    return problem === undefined ? { area } : { area, problem };
  },
  'reset-settings': () => undefined,
  'apply-look': () => undefined,
  'term-chosen': () => undefined,
  'show-lookup': (raw) => (isRecord(raw) && onlyKeys(raw, ['shown']) && typeof raw.shown === 'boolean' ? { shown: raw.shown } : null),
};

/** The answer to a message of this type, if raw is exactly its declared shape; otherwise null. */
export function parseReply<K extends MessageType>(type: K, raw: unknown): Replies[K] | null {
  try {
    return REPLY_PARSERS[type](raw);
  } catch {
    // Only exotic objects (throwing getters, proxies) get here; messages are structured clones.
    return null;
  }
}

/** Readable one-line description of a rejected message, for logs (bounded length). */
export function describeRejected(raw: unknown): string {
  let s: string;
  try {
    s = JSON.stringify(raw) ?? String(raw);
  } catch {
    s = Object.prototype.toString.call(raw);
  }
  return s.length > 200 ? `${s.slice(0, 200)}…` : s;
}
