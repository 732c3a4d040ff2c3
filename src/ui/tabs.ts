/**
 * An ARIA tablist (WAI-ARIA Authoring Practices "tabs with automatic
 * activation"): roving tabindex, Left/Right/Home/End move and select, each
 * panel labelled by its tab. DOM only.
 */

export interface TabSpec {
  id: string;
  label: string;
  /** Built when the tab is first shown (lazy), appended to the panel. */
  render: (panel: HTMLElement) => void;
}

export interface Tabs {
  root: HTMLElement;
  tablist: HTMLElement;
  select(id: string, focus?: boolean): void;
  selected(): string;
  /** Replaces a tab's visible label text (e.g. with a count). */
  setLabel(id: string, label: string): void;
  panel(id: string): HTMLElement | undefined;
}

export function buildTabs(doc: Document, specs: readonly TabSpec[], opts: { label: string; idPrefix?: string; onSelect?: (id: string) => void }): Tabs {
  const prefix = opts.idPrefix ?? 'pl-';
  const root = doc.createElement('div');
  root.className = 'pl-tabs';
  const tablist = doc.createElement('div');
  tablist.className = 'pl-tablist';
  tablist.setAttribute('role', 'tablist');
  tablist.setAttribute('aria-label', opts.label);
  root.append(tablist);

  const tabs = new Map<string, HTMLButtonElement>();
  const panels = new Map<string, HTMLElement>();
  const rendered = new Set<string>();
  let current = specs[0]?.id ?? '';

  for (const spec of specs) {
    const tab = doc.createElement('button');
    tab.type = 'button';
    tab.className = 'pl-tab';
    tab.id = `${prefix}tab-${spec.id}`;
    tab.setAttribute('role', 'tab');
    tab.setAttribute('aria-controls', `${prefix}panel-${spec.id}`);
    tab.textContent = spec.label;
    tab.addEventListener('click', () => select(spec.id, true));
    tablist.append(tab);
    tabs.set(spec.id, tab);

    const panel = doc.createElement('section');
    panel.className = 'pl-tabpanel';
    panel.id = `${prefix}panel-${spec.id}`;
    panel.setAttribute('role', 'tabpanel');
    panel.setAttribute('aria-labelledby', tab.id);
    panel.tabIndex = 0;
    root.append(panel);
    panels.set(spec.id, panel);
  }

  tablist.addEventListener('keydown', (e) => {
    const ids = specs.map((s) => s.id);
    const i = ids.indexOf(current);
    let next: string | undefined;
    if (e.key === 'ArrowRight') next = ids[(i + 1) % ids.length];
    else if (e.key === 'ArrowLeft') next = ids[(i - 1 + ids.length) % ids.length];
    else if (e.key === 'Home') next = ids[0];
    else if (e.key === 'End') next = ids[ids.length - 1];
    if (next === undefined) return;
    e.preventDefault();
    select(next, true);
  });

  function select(id: string, focus = false): void {
    const spec = specs.find((s) => s.id === id);
    if (!spec) return;
    current = id;
    for (const s of specs) {
      const on = s.id === id;
      const tab = tabs.get(s.id);
      const panel = panels.get(s.id);
      if (!tab || !panel) continue;
      tab.setAttribute('aria-selected', String(on));
      tab.tabIndex = on ? 0 : -1;
      panel.hidden = !on;
    }
    const panel = panels.get(id);
    if (panel && !rendered.has(id)) {
      rendered.add(id);
      spec.render(panel);
    }
    if (focus) tabs.get(id)?.focus();
    opts.onSelect?.(id);
  }

  if (current) select(current);

  return {
    root,
    tablist,
    select,
    selected: () => current,
    setLabel: (id, label) => {
      const t = tabs.get(id);
      if (t) t.textContent = label;
    },
    panel: (id) => panels.get(id),
  };
}
