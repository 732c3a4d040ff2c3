/**
 * The popup's header: which site this is, its switch, the global pause and
 * whether only first mentions are marked.
 * The site switch writes settings; every open tab of the site follows
 * through its storage subscription. A site outside the default list first
 * asks for that one origin (optional host permission, requested inside the
 * click: a user gesture), then its content script is injected here and the
 * background registers it for later visits.
 */
import browser from 'webextension-polyfill';
import { permissionOriginsForSiteKey } from '../core/registration';
import { isSiteOn, type Settings, type SettingsPatch } from '../core/settings';
import { savedNote, updateSettings } from '../ext/settings-client';
import { t } from '../ui/i18n';
import { buildSwitch } from '../ui/switch';
import type { Site } from '../ui/site-name';
import { injectContentScript } from './page-access';

export interface HeaderDeps {
  doc: Document;
  site: Site | null;
  tabId: number | null;
  /** A line for the status area (errors, permission refused). */
  say: (text: string) => void;
}

export interface Header {
  root: HTMLElement;
  update(settings: Settings): void;
  /** Runs the site switch as if clicked (used by the "enable" button in "On this page"). */
  toggleSite(next: boolean): void;
}

export function buildHeader(deps: HeaderDeps): Header {
  const { doc, site, tabId, say } = deps;
  const root = doc.createElement('header');
  root.className = 'pl-head';

  const titleRow = doc.createElement('div');
  titleRow.className = 'pl-head-title';
  const logo = doc.createElement('img');
  logo.src = browser.runtime.getURL('icons/icon-32.png');
  logo.alt = '';
  logo.width = 20;
  logo.height = 20;
  const names = doc.createElement('div');
  names.className = 'pl-head-names';
  const siteTitle = doc.createElement('h1');
  siteTitle.className = 'pl-site-name';
  siteTitle.textContent = site?.name ?? t('popup_this_page');
  const siteHost = doc.createElement('div');
  siteHost.className = 'pl-site-host';
  siteHost.textContent = site ? site.key : t('popup_browser_page');
  names.append(siteTitle, siteHost);
  titleRow.append(logo, names);
  root.append(titleRow);

  async function toggleSiteAsync(next: boolean): Promise<void> {
    if (!site) return;
    const origins = permissionOriginsForSiteKey(site.key);
    if (next && !site.isDefault) {
      // Must be the first call in the click handler: permissions.request needs the user gesture.
      let granted = false;
      try {
        granted = await browser.permissions.request({ origins });
      } catch (e) {
        say(t('popup_ask_failed', site.key, String(e)));
        return;
      }
      if (!granted) {
        say(t('popup_not_granted', site.key));
        return;
      }
    }
    try {
      const note = savedNote(await updateSettings({ op: 'site', key: site.key, on: next }));
      if (note) say(note);
    } catch (e) {
      say(String(e instanceof Error ? e.message : e));
      return;
    }
    if (!site.isDefault) {
      if (next && tabId !== null) {
        try {
          await injectContentScript(tabId);
        } catch (e) {
          say(t('popup_enabled_reload', String(e)));
        }
      } else if (!next) {
        // Give the permission back; the background drops the registration.
        await browser.permissions.remove({ origins }).catch(() => false);
      }
    }
  }
  const toggleSite = (next: boolean): void => void toggleSiteAsync(next);
  const change = (patch: SettingsPatch): void => {
    updateSettings(patch).then(
      (saved) => {
        const note = savedNote(saved);
        if (note) say(note);
      },
      (e: unknown) => say(String(e instanceof Error ? e.message : e)),
    );
  };

  const siteSwitch = buildSwitch(doc, {
    label: site ? t('popup_switch_site', site.name) : t('popup_switch_page'),
    className: 'pl-site-switch',
    onToggle: toggleSite,
  });
  const pause = buildSwitch(doc, {
    label: t('popup_pause'),
    className: 'pl-pause-switch',
    onToggle: (paused) => change({ op: 'enabled', on: !paused }),
  });
  const firstOnly = buildSwitch(doc, {
    label: t('popup_first_only'),
    hint: t('popup_first_only_hint'),
    className: 'pl-density-switch',
    onToggle: (on) => change({ op: 'density', density: on ? 'first' : 'all' }),
  });
  root.append(siteSwitch.root, pause.root, firstOnly.root);

  function update(settings: Settings): void {
    if (!site) {
      siteSwitch.set(false);
      siteSwitch.setDisabled(true);
      siteSwitch.setHint(t('popup_hint_browser_page'));
    } else {
      const on = isSiteOn(settings, site.host);
      siteSwitch.set(on);
      siteSwitch.setDisabled(false);
      let hint = '';
      if (!settings.enabled) hint = t('popup_hint_paused');
      else if (!site.isDefault && !on) hint = t('popup_hint_not_listed', site.key);
      else if (!site.isDefault) hint = t('popup_hint_added', site.key);
      else hint = on ? t('popup_hint_on', site.key) : t('popup_hint_off', site.key);
      siteSwitch.setHint(hint);
    }
    pause.set(!settings.enabled);
    firstOnly.set(settings.density === 'first');
    root.classList.toggle('pl-paused', !settings.enabled);
  }

  return { root, update, toggleSite };
}
