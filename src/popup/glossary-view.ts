/**
 * "Glossary": every term, searchable by English, Chinese (simplified or
 * traditional) or pinyin without tones; each expands to its term card.
 */
import { TERMS, type Term } from '../../glossary';
import { buildTermIndex } from '../core/term-search';
import { isChineseUi, t } from '../ui/i18n';
import { buildTermCard, categoryName } from '../ui/term-card';

export interface GlossaryViewOptions {
  openReader(paragraph: number, termId: string): void;
}

export function buildGlossaryView(doc: Document, opts: GlossaryViewOptions): HTMLElement {
  const index = buildTermIndex(TERMS);
  const root = doc.createElement('div');
  root.className = 'pl-glossary';

  const label = doc.createElement('label');
  label.className = 'pl-visually-hidden';
  label.htmlFor = 'pl-glossary-search';
  label.textContent = t('popup_search_label');
  const input = doc.createElement('input');
  input.type = 'search';
  input.id = 'pl-glossary-search';
  input.className = 'pl-search';
  input.placeholder = t('popup_search_placeholder');
  input.autocomplete = 'off';
  input.spellcheck = false;
  input.setAttribute('aria-controls', 'pl-glossary-list');
  const count = doc.createElement('p');
  count.className = 'pl-search-count';
  count.setAttribute('role', 'status');
  count.setAttribute('aria-live', 'polite');

  const ul = doc.createElement('ul');
  ul.className = 'pl-gloss-list';
  ul.id = 'pl-glossary-list';

  const items = new Map<string, { li: HTMLLIElement; toggle: HTMLButtonElement; body: HTMLElement }>();

  function expand(id: string, open: boolean): void {
    const item = items.get(id);
    const term = TERMS.find((t) => t.id === id);
    if (!item || !term) return;
    item.toggle.setAttribute('aria-expanded', String(open));
    if (open && item.body.childElementCount === 0) {
      item.body.append(
        buildTermCard(doc, term, {
          onRead: (paragraph, termId) => opts.openReader(paragraph, termId),
          onRelated: (rid) => {
            if (!items.get(rid)?.li.isConnected || items.get(rid)?.li.hidden) {
              input.value = '';
              filter();
            }
            expand(rid, true);
            items.get(rid)?.toggle.focus();
            items.get(rid)?.li.scrollIntoView({ block: 'nearest' });
          },
        }),
      );
    }
    item.body.hidden = !open;
  }

  for (const term of TERMS) {
    const li = doc.createElement('li');
    li.className = 'pl-gloss-item';
    li.dataset.term = term.id;
    const h = doc.createElement('h2');
    h.className = 'pl-gloss-heading';
    const toggle = doc.createElement('button');
    toggle.type = 'button';
    toggle.className = 'pl-gloss-toggle';
    toggle.id = `pl-gloss-${term.id}`;
    toggle.setAttribute('aria-expanded', 'false');
    toggle.setAttribute('aria-controls', `pl-gloss-body-${term.id}`);
    const name = doc.createElement('span');
    name.className = 'pl-gloss-name';
    name.textContent = term.name;
    name.lang = 'en';
    const zh = doc.createElement('span');
    zh.className = 'pl-gloss-zh';
    zh.lang = 'zh-Hans';
    zh.textContent = term.zh.simplified;
    const cat = doc.createElement('span');
    cat.className = 'pl-gloss-cat';
    cat.textContent = categoryName(term.category);
    // A Chinese UI names the term by its Chinese first, as its card does.
    toggle.append(...(isChineseUi() ? [zh, name] : [name, zh]), cat);
    toggle.addEventListener('click', () => expand(term.id, toggle.getAttribute('aria-expanded') !== 'true'));
    h.append(toggle);
    const body = doc.createElement('div');
    body.className = 'pl-gloss-body';
    body.id = `pl-gloss-body-${term.id}`;
    body.setAttribute('role', 'region');
    body.setAttribute('aria-labelledby', toggle.id);
    body.hidden = true;
    li.append(h, body);
    ul.append(li);
    items.set(term.id, { li, toggle, body });
  }

  const none = doc.createElement('p');
  none.className = 'pl-empty-text pl-gloss-none';
  none.hidden = true;

  function filter(): void {
    const q = input.value;
    const found: Term[] = index.search(q);
    const ids = new Set(found.map((t) => t.id));
    // Best matches first: re-order the existing items, no rebuild.
    for (const t of found) {
      const item = items.get(t.id);
      if (item) ul.append(item.li);
    }
    for (const [id, item] of items) {
      if (!ids.has(id)) ul.append(item.li);
      item.li.hidden = !ids.has(id);
    }
    none.hidden = found.length > 0;
    none.textContent = found.length > 0 ? '' : t('popup_search_none', q.trim());
    count.textContent = q.trim() === '' ? t('popup_search_all', TERMS.length) : t('popup_search_some', found.length, TERMS.length);
  }
  input.addEventListener('input', filter);
  input.addEventListener('keydown', (e) => {
    if (e.key === 'Enter') {
      const first = [...items.values()].find((i) => !i.li.hidden);
      if (first) {
        e.preventDefault();
        expand(first.li.dataset.term ?? '', true);
        first.toggle.focus();
      }
    }
  });
  filter();

  root.append(label, input, count, ul, none);
  return root;
}
