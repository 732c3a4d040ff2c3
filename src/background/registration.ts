/**
 * Content scripts for sites the user enabled outside the default list:
 * one dynamic registration per site (id "pl-site:<key>"), kept in step with
 * settings and granted host permissions.
 */
import browser from 'webextension-polyfill';
import {
  contentScriptFiles,
  planRegistrations,
  registrationFor,
  scriptIdForSite,
  siteForScriptId,
  userSitesOn,
  permissionOriginsForSiteKey,
  type ContentScriptFiles,
} from '../core/registration';
import type { Settings } from '../core/settings';

function builtFiles(): ContentScriptFiles {
  return contentScriptFiles(browser.runtime.getManifest());
}

async function granted(keys: readonly string[]): Promise<Set<string>> {
  const out = new Set<string>();
  for (const key of keys) {
    try {
      if (await browser.permissions.contains({ origins: permissionOriginsForSiteKey(key) })) out.add(key);
    } catch {
      // An invalid pattern: treat as not granted.
    }
  }
  return out;
}

let queue: Promise<void> = Promise.resolve();

/** Brings registrations in line with settings. Calls are serialised; failures are logged, never thrown. */
export function syncRegistrations(settings: Settings, log: (m: string) => void): Promise<void> {
  queue = queue.then(async () => {
    try {
      const files = builtFiles();
      if (files.js.length === 0) return;
      const registered = await browser.scripting.getRegisteredContentScripts();
      // Registrations from an older build point at files that no longer exist.
      const stale = registered.filter((r) => siteForScriptId(r.id) !== null && (r.js ?? []).join() !== files.js.join());
      if (stale.length > 0) await browser.scripting.unregisterContentScripts({ ids: stale.map((r) => r.id) });
      const current = registered.filter((r) => !stale.includes(r)).map((r) => r.id);
      const ok = await granted(userSitesOn(settings));
      const plan = planRegistrations(settings, current, (k) => ok.has(k));
      if (plan.unregister.length > 0) {
        await browser.scripting.unregisterContentScripts({ ids: plan.unregister.map(scriptIdForSite) });
      }
      if (plan.register.length > 0) {
        await browser.scripting.registerContentScripts(plan.register.map((k) => registrationFor(k, files)));
      }
    } catch (e) {
      log(`content-script registration failed: ${String(e)}`);
    }
  });
  return queue;
}
