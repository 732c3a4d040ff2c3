/**
 * Settings: schema, defaults and validation. Pure: storage is reached
 * through settings-store.ts, which is handed the browser's storage areas.
 * Every read goes through parseSettings, so a missing, malformed or
 * oversized value becomes its default and never reaches the rest of the code.
 */
import { defaultSiteForHost } from './site-patterns';
import { siteKeyFromHost } from './site-key';

export type HighlightStyle = 'underline' | 'background';
/** Mark every occurrence of a term, or only its first in the article (every one still answers the pointer). */
export type Density = 'all' | 'first';

export interface Settings {
  /** Global switch; false pauses Policy Lens everywhere. */
  enabled: boolean;
  /** Per-site choices, by site key. Absent: on for default sites, off elsewhere. */
  sites: Readonly<Record<string, boolean>>;
  highlightStyle: HighlightStyle;
  /** 'auto' follows the page's colour scheme; otherwise #rrggbb. */
  highlightColor: string;
  density: Density;
}

export const SETTINGS_KEYS = ['enabled', 'sites', 'highlightStyle', 'highlightColor', 'density'] as const;
export type SettingsKey = (typeof SETTINGS_KEYS)[number];

export const MAX_SITES = 500;
const MAX_SITE_KEY_LENGTH = 253;
const SITE_KEY_RE = /^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/;
const COLOR_RE = /^#[0-9a-f]{6}$/i;

export const DEFAULT_SETTINGS: Settings = Object.freeze({
  enabled: true,
  sites: Object.freeze({}),
  highlightStyle: 'background',
  highlightColor: 'auto',
  density: 'all',
});

export interface ParseResult {
  settings: Settings;
  /** One line per stored value that was replaced by its default. */
  problems: string[];
}

export function isValidSiteKey(key: string): boolean {
  return key.length <= MAX_SITE_KEY_LENGTH && SITE_KEY_RE.test(key);
}

function parseSites(value: unknown, problems: string[]): Record<string, boolean> {
  const out: Record<string, boolean> = Object.create(null) as Record<string, boolean>;
  if (value === undefined) return out;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    problems.push('sites: not an object');
    return out;
  }
  const entries = Object.keys(value);
  let kept = 0;
  for (const key of entries) {
    const v = (value as Record<string, unknown>)[key];
    if (!isValidSiteKey(key) || typeof v !== 'boolean') {
      problems.push(`sites: dropped entry ${JSON.stringify(key.slice(0, 40))}`);
      continue;
    }
    // Past the cap the rest is dropped, not the whole list: a user's sites are never all lost at once.
    if (kept >= MAX_SITES) {
      problems.push(`sites: ${entries.length} entries, kept the first ${MAX_SITES}`);
      break;
    }
    out[key] = v;
    kept++;
  }
  return out;
}

/** Validates raw stored values (anything at all) into Settings. Never throws. */
export function parseSettings(raw: unknown): ParseResult {
  try {
    return parseSettingsOrThrow(raw);
  } catch (e) {
    // Only exotic objects (throwing getters, revoked proxies) get here; storage gives plain data.
    return { settings: { ...DEFAULT_SETTINGS }, problems: [`settings: unreadable (${String(e).slice(0, 100)})`] };
  }
}

function parseSettingsOrThrow(raw: unknown): ParseResult {
  const problems: string[] = [];
  const src: Record<string, unknown> =
    typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  if (raw !== undefined && src !== raw) problems.push('settings: not an object');
  const own = (k: SettingsKey): unknown => (Object.prototype.hasOwnProperty.call(src, k) ? src[k] : undefined);

  const enabledRaw = own('enabled');
  let enabled = DEFAULT_SETTINGS.enabled;
  if (typeof enabledRaw === 'boolean') enabled = enabledRaw;
  else if (enabledRaw !== undefined) problems.push('enabled: not a boolean');

  const styleRaw = own('highlightStyle');
  let highlightStyle = DEFAULT_SETTINGS.highlightStyle;
  if (styleRaw === 'underline' || styleRaw === 'background') highlightStyle = styleRaw;
  else if (styleRaw !== undefined) problems.push('highlightStyle: unknown value');

  const colorRaw = own('highlightColor');
  let highlightColor = DEFAULT_SETTINGS.highlightColor;
  if (colorRaw === 'auto' || (typeof colorRaw === 'string' && COLOR_RE.test(colorRaw))) {
    highlightColor = colorRaw.toLowerCase();
  } else if (colorRaw !== undefined) problems.push('highlightColor: not "auto" or #rrggbb');

  const densityRaw = own('density');
  let density = DEFAULT_SETTINGS.density;
  if (densityRaw === 'all' || densityRaw === 'first') density = densityRaw;
  else if (densityRaw !== undefined) problems.push('density: not "all" or "first"');

  const sites = Object.freeze(parseSites(own('sites'), problems));
  return { settings: { enabled, sites, highlightStyle, highlightColor, density }, problems };
}

/** Whether a site's switch is on (ignoring the global pause). */
export function isSiteOn(settings: Settings, host: string): boolean {
  const key = siteKeyFromHost(host);
  if (key === null) return false;
  const choice = Object.prototype.hasOwnProperty.call(settings.sites, key) ? settings.sites[key] : undefined;
  return choice ?? defaultSiteForHost(host) !== undefined;
}

/** Whether highlights should show on this host right now. */
export function isActiveOn(settings: Settings, host: string): boolean {
  return settings.enabled && isSiteOn(settings, host);
}

/** A new Settings with one site's switch set. Throws for a bad key or past MAX_SITES. */
export function withSite(settings: Settings, key: string, on: boolean): Settings {
  if (!isValidSiteKey(key)) throw new Error(`Not a site key: ${key}`);
  const isNew = !Object.prototype.hasOwnProperty.call(settings.sites, key);
  if (isNew && Object.keys(settings.sites).length >= MAX_SITES) {
    throw new Error(`Too many sites (max ${MAX_SITES}): remove some on the options page`);
  }
  return { ...settings, sites: Object.freeze({ ...settings.sites, [key]: on }) };
}

/** A new Settings without a site's choice (back to its default). */
export function withoutSite(settings: Settings, key: string): Settings {
  const sites = { ...settings.sites };
  delete sites[key];
  return { ...settings, sites: Object.freeze(sites) };
}

/**
 * One change to the settings, as a context asks the background for it: the
 * background applies it to the settings as they are then, so two quick
 * changes from two places both land.
 */
export type SettingsPatch =
  | { op: 'site'; key: string; on: boolean }
  | { op: 'forget-site'; key: string }
  | { op: 'enabled'; on: boolean }
  | { op: 'style'; style: HighlightStyle }
  | { op: 'color'; color: string }
  | { op: 'density'; density: Density };

/** The settings with one patch applied. Throws, as withSite does, for a bad site key or past MAX_SITES. */
export function applyPatch(settings: Settings, patch: SettingsPatch): Settings {
  switch (patch.op) {
    case 'site':
      return withSite(settings, patch.key, patch.on);
    case 'forget-site':
      return withoutSite(settings, patch.key);
    case 'enabled':
      return { ...settings, enabled: patch.on };
    case 'style':
      return { ...settings, highlightStyle: patch.style };
    case 'color':
      return { ...settings, highlightColor: patch.color.toLowerCase() };
    case 'density':
      return { ...settings, density: patch.density };
  }
}

/** The patch, if raw is exactly one of the declared shapes; otherwise null. */
export function parsePatch(raw: unknown): SettingsPatch | null {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return null;
  const r = raw as Record<string, unknown>;
  const keys = Object.keys(r).sort().join(',');
  switch (r.op) {
    case 'site':
      return keys === 'key,on,op' && typeof r.key === 'string' && isValidSiteKey(r.key) && typeof r.on === 'boolean' ? { op: 'site', key: r.key, on: r.on } : null;
    case 'forget-site':
      return keys === 'key,op' && typeof r.key === 'string' && isValidSiteKey(r.key) ? { op: 'forget-site', key: r.key } : null;
    case 'enabled':
      return keys === 'on,op' && typeof r.on === 'boolean' ? { op: 'enabled', on: r.on } : null;
    case 'style':
      return keys === 'op,style' && (r.style === 'underline' || r.style === 'background') ? { op: 'style', style: r.style } : null;
    case 'color':
      return keys === 'color,op' && typeof r.color === 'string' && (r.color === 'auto' || COLOR_RE.test(r.color)) ? { op: 'color', color: r.color } : null;
    case 'density':
      return keys === 'density,op' && (r.density === 'all' || r.density === 'first') ? { op: 'density', density: r.density } : null;
    default:
      return null;
  }
}
