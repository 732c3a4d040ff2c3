/**
 * Dynamic content-script registration for sites outside the default list,
 * as a pure plan: which registrations should exist for the settings, and
 * what to add or remove given what is registered. The background applies it.
 */
import type { Settings } from './settings';
import { originPatternsForSiteKey } from './site-key';
import { defaultSiteForHost } from './site-patterns';

const SITE_SCRIPT_PREFIX = 'pl-site:';

export function scriptIdForSite(key: string): string {
  return `${SITE_SCRIPT_PREFIX}${key}`;
}

/** The site key a registration id stands for, or null if the id is not ours. */
export function siteForScriptId(id: string): string | null {
  return id.startsWith(SITE_SCRIPT_PREFIX) && id.length > SITE_SCRIPT_PREFIX.length ? id.slice(SITE_SCRIPT_PREFIX.length) : null;
}

/** Whether a site key is covered by the default list (the manifest's content script). */
export function isDefaultSiteKey(key: string): boolean {
  return defaultSiteForHost(key) !== undefined || defaultSiteForHost(`www.${key}`) !== undefined;
}

/** User sites whose switch is on, in a stable order. */
export function userSitesOn(settings: Settings): string[] {
  return Object.keys(settings.sites)
    .filter((k) => settings.sites[k] === true && !isDefaultSiteKey(k))
    .sort();
}

/** User sites the settings mention (on or off), for the options page. */
export function userSites(settings: Settings): string[] {
  return Object.keys(settings.sites)
    .filter((k) => !isDefaultSiteKey(k))
    .sort();
}

/**
 * The origins to request, check and give back for one site. Explicit
 * schemes: Chrome accepts a request only if a single optional pattern
 * ("http://*\/*" or "https://*\/*") contains each origin, and "*://" spans both.
 */
export function permissionOriginsForSiteKey(key: string): string[] {
  return originPatternsForSiteKey(key).flatMap((p) => (p.startsWith('*://') ? [`http://${p.slice(4)}`, `https://${p.slice(4)}`] : [p]));
}

export interface RegistrationPlan {
  register: string[];
  unregister: string[];
}

/**
 * What to change so that exactly the user sites that are on and granted are
 * registered. registeredIds may include other ids (not ours): they are left
 * alone. The global pause does not unregister: the content script itself
 * honours it, so un-pausing needs no new permission or registration.
 */
export function planRegistrations(
  settings: Settings,
  registeredIds: readonly string[],
  isGranted: (key: string) => boolean,
): RegistrationPlan {
  const want = new Set(userSitesOn(settings).filter(isGranted));
  const have = new Set(registeredIds.map(siteForScriptId).filter((k): k is string => k !== null));
  return {
    register: [...want].filter((k) => !have.has(k)),
    unregister: [...have].filter((k) => !want.has(k)).sort(),
  };
}

export interface ContentScriptFiles {
  js: string[];
  css: string[];
}

/** The content script's built files, read from the manifest at run time (crxjs hashes file names). */
export function contentScriptFiles(manifest: unknown): ContentScriptFiles {
  const scripts = (manifest as { content_scripts?: unknown } | null)?.content_scripts;
  const first: unknown = Array.isArray(scripts) ? scripts[0] : undefined;
  const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
  const rec = typeof first === 'object' && first !== null ? (first as Record<string, unknown>) : {};
  return { js: strings(rec.js), css: strings(rec.css) };
}

export interface SiteRegistration {
  id: string;
  matches: string[];
  js: string[];
  css?: string[];
  runAt: 'document_start';
  allFrames: boolean;
  persistAcrossSessions: boolean;
}

export function registrationFor(key: string, files: ContentScriptFiles): SiteRegistration {
  const reg: SiteRegistration = {
    id: scriptIdForSite(key),
    matches: originPatternsForSiteKey(key),
    js: files.js,
    runAt: 'document_start',
    allFrames: true,
    persistAcrossSessions: true,
  };
  if (files.css.length > 0) reg.css = files.css;
  return reg;
}
