// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { buildTabs } from './tabs';

function setup() {
  const renders = { a: vi.fn(), b: vi.fn(), c: vi.fn() };
  const tabs = buildTabs(
    document,
    (['a', 'b', 'c'] as const).map((id) => ({ id, label: id.toUpperCase(), render: (p: HTMLElement) => (renders[id](), p.append(`panel ${id}`)) })),
    { label: 'Views', idPrefix: 't-' },
  );
  document.body.replaceChildren(tabs.root);
  const tab = (id: string): HTMLElement => document.getElementById(`t-tab-${id}`) as HTMLElement;
  const panel = (id: string): HTMLElement => document.getElementById(`t-panel-${id}`) as HTMLElement;
  const key = (k: string): void => void tabs.tablist.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true }));
  return { tabs, renders, tab, panel, key };
}

describe('buildTabs', () => {
  it('wires tabs and panels with ARIA roles and labels, first selected', () => {
    const { tab, panel, tabs } = setup();
    expect(tabs.tablist.getAttribute('role')).toBe('tablist');
    expect(tab('a').getAttribute('role')).toBe('tab');
    expect(tab('a').getAttribute('aria-selected')).toBe('true');
    expect(tab('b').getAttribute('aria-selected')).toBe('false');
    expect(tab('a').getAttribute('aria-controls')).toBe('t-panel-a');
    expect(panel('a').getAttribute('aria-labelledby')).toBe('t-tab-a');
    expect(panel('b').hidden).toBe(true);
    expect([tab('a').tabIndex, tab('b').tabIndex, tab('c').tabIndex]).toEqual([0, -1, -1]);
  });

  it('arrow keys, Home and End move selection and focus, wrapping around', () => {
    const { key, tab, tabs } = setup();
    key('ArrowRight');
    expect(tabs.selected()).toBe('b');
    expect(document.activeElement).toBe(tab('b'));
    key('End');
    expect(tabs.selected()).toBe('c');
    key('ArrowRight');
    expect(tabs.selected()).toBe('a');
    key('ArrowLeft');
    expect(tabs.selected()).toBe('c');
    key('Home');
    expect(tabs.selected()).toBe('a');
    key('x');
    expect(tabs.selected()).toBe('a');
  });

  it('renders a panel lazily, once', () => {
    const { renders, tabs, panel } = setup();
    expect(renders.a).toHaveBeenCalledTimes(1);
    expect(renders.b).not.toHaveBeenCalled();
    tabs.select('b');
    tabs.select('a');
    tabs.select('b');
    expect(renders.b).toHaveBeenCalledTimes(1);
    expect(panel('b').textContent).toBe('panel b');
    expect(panel('a').hidden).toBe(true);
  });
});
