/**
 * Options: per-site switches (the default list and the user's own sites,
 * which can be removed), highlight style and colour with a live preview,
 * and "Restore defaults". Every change is a settings write, so open tabs
 * follow at once; this page re-renders from the same storage events.
 */
import '../ui/palette.css';
import '../ui/switch.css';
import './options.css';
import browser from 'webextension-polyfill';
import { DEFAULT_SITES } from '../core/default-sites';
import { lookPaint, paintDeclarations } from '../core/highlight-look';
import { permissionOriginsForSiteKey, userSites } from '../core/registration';
import { DEFAULT_SETTINGS, isSiteOn, type Density, type HighlightStyle, type Settings, type SettingsPatch } from '../core/settings';
import { createSettingsStore, type StorageLike } from '../core/settings-store';
import { resetSettings, savedNote, updateSettings } from '../ext/settings-client';
import { installMessages, t, tNodes, uiLang } from '../ui/i18n';
import { siteName } from '../ui/site-name';
import { buildSwitch, type Switch } from '../ui/switch';

// Before any string below is looked up: the page is built as this module evaluates.
installMessages((key, subs) => browser.i18n.getMessage(key, subs));
document.documentElement.lang = uiLang();
document.title = t('options_title');

const warn = (m: string): void => console.warn(`Policy Lens options: ${m}`);
const store = createSettingsStore(browser.storage as unknown as StorageLike, warn);
let settings: Settings = DEFAULT_SETTINGS;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className = '', text?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (className) e.className = className;
  if (text !== undefined) e.textContent = text;
  return e;
}

const status = el('p', 'op-status');
status.setAttribute('role', 'status');
const say = (text: string): void => {
  status.textContent = text;
};

/** One change, applied by the background to the settings as they are then; says so when it did not reach sync. */
async function save(patch: SettingsPatch): Promise<void> {
  try {
    const note = savedNote(await updateSettings(patch));
    if (note) say(note);
  } catch (e) {
    say(t('options_save_failed', e instanceof Error ? e.message : String(e)));
  }
}

/** The colour picker fires input on every step of a drag: the preview follows at once, the save once the drag rests. */
const COLOR_SAVE_DELAY_MS = 400;
let colorTimer: ReturnType<typeof setTimeout> | null = null;
function saveColorSoon(color: string): void {
  if (colorTimer !== null) clearTimeout(colorTimer);
  colorTimer = setTimeout(() => {
    colorTimer = null;
    void save({ op: 'color', color });
  }, COLOR_SAVE_DELAY_MS);
}

/** A host the default site's patterns match, to ask isSiteOn about it. */
function hostForKey(key: string): string {
  const site = DEFAULT_SITES.find((s) => s.key === key);
  const m = site ? /^[^:]+:\/\/(?:\*\.)?([^/]+)\//.exec(site.patterns[0] ?? '') : null;
  return m?.[1] ?? key;
}

// ---- General
const general = el('section', 'op-section');
general.setAttribute('aria-labelledby', 'op-general');
const generalH = el('h2', '', t('options_general'));
generalH.id = 'op-general';
const globalSwitch = buildSwitch(document, {
  label: t('options_on'),
  hint: t('options_on_hint'),
  onToggle: (on) => void save({ op: 'enabled', on }),
});
general.append(generalH, globalSwitch.root);

// ---- Style
const style = el('section', 'op-section');
style.setAttribute('aria-labelledby', 'op-style');
const styleH = el('h2', '', t('options_style'));
styleH.id = 'op-style';
/** A fieldset of radio buttons, one per value; returns the set and its inputs. */
function radioGroup<V extends string>(
  name: string,
  legend: string,
  options: readonly (readonly [V, string])[],
  onPick: (value: V) => void,
): { set: HTMLFieldSetElement; radios: Map<V, HTMLInputElement> } {
  const set = el('fieldset', 'op-fieldset');
  set.append(el('legend', '', legend));
  const radios = new Map<V, HTMLInputElement>();
  for (const [value, label] of options) {
    const input = el('input');
    input.type = 'radio';
    input.name = name;
    input.id = `op-${name}-${value}`;
    input.value = value;
    input.addEventListener('change', () => {
      if (input.checked) onPick(value);
    });
    const lab = el('label', '', label);
    lab.htmlFor = input.id;
    const row = el('div', 'op-radio');
    row.append(input, lab);
    set.append(row);
    radios.set(value, input);
  }
  return { set, radios };
}

const { set: styleSet, radios: styleRadios } = radioGroup<HighlightStyle>(
  'style',
  t('options_mark_with'),
  [
    ['background', t('options_style_background')],
    ['underline', t('options_style_underline')],
  ],
  (value) => void save({ op: 'style', style: value }),
);
const { set: densitySet, radios: densityRadios } = radioGroup<Density>(
  'density',
  t('options_density'),
  [
    ['all', t('options_density_all')],
    ['first', t('options_density_first')],
  ],
  (value) => void save({ op: 'density', density: value }),
);
const colorSet = el('fieldset', 'op-fieldset');
colorSet.append(el('legend', '', t('options_colour')));
const autoInput = el('input');
autoInput.type = 'radio';
autoInput.name = 'colorMode';
autoInput.id = 'op-color-auto';
const autoLab = el('label', '', t('options_colour_auto'));
autoLab.htmlFor = autoInput.id;
const customInput = el('input');
customInput.type = 'radio';
customInput.name = 'colorMode';
customInput.id = 'op-color-custom';
const customLab = el('label', '', t('options_colour_mine'));
customLab.htmlFor = customInput.id;
const colorPicker = el('input');
colorPicker.type = 'color';
colorPicker.id = 'op-color';
colorPicker.setAttribute('aria-label', t('options_colour_picker'));
colorPicker.value = '#c2410c';
autoInput.addEventListener('change', () => {
  if (autoInput.checked) void save({ op: 'color', color: 'auto' });
});
customInput.addEventListener('change', () => {
  if (customInput.checked) void save({ op: 'color', color: colorPicker.value });
});
colorPicker.addEventListener('input', () => {
  customInput.checked = true;
  paintPreview({ ...settings, highlightColor: colorPicker.value });
  saveColorSoon(colorPicker.value);
});
colorPicker.addEventListener('change', () => {
  if (colorTimer !== null) clearTimeout(colorTimer);
  colorTimer = null;
  void save({ op: 'color', color: colorPicker.value });
});
const autoRow = el('div', 'op-radio');
autoRow.append(autoInput, autoLab);
const customRow = el('div', 'op-radio');
customRow.append(customInput, customLab, colorPicker);
colorSet.append(autoRow, customRow);

const preview = el('div', 'op-preview');
preview.setAttribute('aria-label', t('options_preview'));
const previewText = el('p', 'op-preview-text');
// A sample sentence in the reader's language, as a page in it would show a term.
previewText.append(...tNodes('options_preview_text', el('span', 'op-preview-term', t('options_preview_term'))));
preview.append(el('span', 'op-preview-label', t('options_preview')), previewText);
const previewSheet = new CSSStyleSheet();
document.adoptedStyleSheets = [...document.adoptedStyleSheets, previewSheet];

function paintPreview(s: Settings): void {
  const dark = window.matchMedia('(prefers-color-scheme: dark)').matches;
  // What the page's rules paint for this look (a chosen colour kept readable), on this tone.
  const rule = paintDeclarations(lookPaint({ style: s.highlightStyle, color: s.highlightColor }, dark));
  // The page shows terms through the CSS Custom Highlight API; so does the preview.
  const term = previewText.querySelector('.op-preview-term');
  if ('highlights' in CSS && term?.firstChild) {
    const r = new Range();
    r.selectNodeContents(term);
    CSS.highlights.set('op-preview', new Highlight(r));
    previewSheet.replaceSync(`::highlight(op-preview) { ${rule} }`);
  } else {
    previewSheet.replaceSync(`.op-preview-term { ${rule} }`);
  }
  preview.dataset.style = s.highlightStyle;
  preview.dataset.color = s.highlightColor;
}
style.append(styleH, styleSet, densitySet, colorSet, preview);

// ---- Sites
const sites = el('section', 'op-section');
sites.setAttribute('aria-labelledby', 'op-sites');
const sitesH = el('h2', '', t('options_sites'));
sitesH.id = 'op-sites';
const userH = el('h3', '', t('options_user_sites'));
const userList = el('ul', 'op-site-list');
userList.id = 'op-user-sites';
const userNone = el('p', 'op-muted', t('options_user_none'));
const defaultH = el('h3', '', t('options_default_sites'));
const defaultList = el('ul', 'op-site-list');
defaultList.id = 'op-default-sites';
sites.append(sitesH, userH, userList, userNone, defaultH, defaultList);

const defaultSwitches = new Map<string, Switch>();
for (const site of DEFAULT_SITES) {
  const li = el('li', 'op-site');
  li.dataset.site = site.key;
  const sw = buildSwitch(document, {
    label: siteName(site),
    hint: site.key,
    onToggle: (on) => void save({ op: 'site', key: site.key, on }),
  });
  li.append(sw.root);
  defaultList.append(li);
  defaultSwitches.set(site.key, sw);
}

async function setUserSite(key: string, on: boolean): Promise<void> {
  const origins = permissionOriginsForSiteKey(key);
  if (on) {
    // Inside the click: a user gesture.
    const granted = await browser.permissions.request({ origins }).catch(() => false);
    if (!granted) {
      say(t('options_not_granted', key));
      return;
    }
  }
  await save({ op: 'site', key, on });
  if (!on) await browser.permissions.remove({ origins }).catch(() => false);
}

async function removeUserSite(key: string): Promise<void> {
  await save({ op: 'forget-site', key });
  await browser.permissions.remove({ origins: permissionOriginsForSiteKey(key) }).catch(() => false);
  say(t('options_removed', key));
}

function renderUserSites(s: Settings): void {
  const keys = userSites(s);
  const focused = userList.contains(document.activeElement) ? (document.activeElement as HTMLElement).closest<HTMLElement>('li')?.dataset.site : undefined;
  userList.replaceChildren(
    ...keys.map((key) => {
      const li = el('li', 'op-site op-user-site');
      li.dataset.site = key;
      const sw = buildSwitch(document, { label: key, onToggle: (on) => void setUserSite(key, on) });
      sw.set(s.sites[key] === true);
      sw.root.lang = 'en'; // a host name
      const remove = el('button', 'op-button op-remove', t('options_remove'));
      remove.type = 'button';
      remove.setAttribute('aria-label', t('options_remove_site', key));
      remove.addEventListener('click', () => void removeUserSite(key));
      li.append(sw.root, remove);
      return li;
    }),
  );
  userNone.hidden = keys.length > 0;
  if (focused) userList.querySelector<HTMLElement>(`li[data-site="${CSS.escape(focused)}"] [role="switch"]`)?.focus();
}

// ---- Restore defaults
const resetSection = el('section', 'op-section');
const reset = el('button', 'op-button op-danger', t('options_restore'));
reset.type = 'button';
reset.addEventListener('click', () => {
  void (async () => {
    if (!window.confirm(t('options_restore_confirm'))) return;
    await resetSettings();
    // Give back access to the sites the user had added.
    const required = new Set(browser.runtime.getManifest().host_permissions ?? []);
    const { origins = [] } = await browser.permissions.getAll();
    const extra = origins.filter((o) => !required.has(o));
    if (extra.length > 0) await browser.permissions.remove({ origins: extra }).catch(() => false);
    say(t('options_restored'));
  })();
});
resetSection.append(el('p', 'op-muted', t('options_restore_note')), reset);

function render(s: Settings): void {
  settings = s;
  globalSwitch.set(s.enabled);
  const radio = styleRadios.get(s.highlightStyle);
  if (radio) radio.checked = true;
  const density = densityRadios.get(s.density);
  if (density) density.checked = true;
  autoInput.checked = s.highlightColor === 'auto';
  customInput.checked = s.highlightColor !== 'auto';
  if (s.highlightColor !== 'auto') colorPicker.value = s.highlightColor;
  for (const site of DEFAULT_SITES) defaultSwitches.get(site.key)?.set(isSiteOn(s, hostForKey(site.key)));
  renderUserSites(s);
  paintPreview(s);
}

async function main(): Promise<void> {
  const app = document.getElementById('app');
  if (!app) return;
  const h1 = el('h1', '', t('options_heading'));
  app.replaceChildren(h1, status, general, style, sites, resetSection);
  render(await store.load());
  store.subscribe(render);
  window.matchMedia('(prefers-color-scheme: dark)').addEventListener('change', () => paintPreview(settings));
  document.body.dataset.ready = 'true';
}

void main().catch((e: unknown) => {
  warn(`could not start: ${String(e)}`);
  document.body.dataset.ready = 'error';
});
