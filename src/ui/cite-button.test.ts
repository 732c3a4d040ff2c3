// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { getTerm } from '../../glossary';
import { catalogLookup } from '../i18n/catalog-lookup';
import { buildCitation } from '../core/citation';
import { buildCiteButton, runCite } from './cite-button';
import { installMessages } from './i18n';
import { buildTermCard } from './term-card';

const term = getTerm('low-altitude-economy');
if (!term) throw new Error('no term');

afterEach(() => installMessages(catalogLookup('en')));

/** Stands in for the browser's copy command: fires a copy event whose clipboardData records what was set. */
function fakeCopy(result = true): Map<string, string> {
  const got = new Map<string, string>();
  document.execCommand = vi.fn(() => {
    const e = new Event('copy', { bubbles: true, cancelable: true }) as ClipboardEvent;
    Object.defineProperty(e, 'clipboardData', { value: { setData: (k: string, v: string) => got.set(k, v) } });
    document.body.dispatchEvent(e);
    return result;
  });
  return got;
}

describe('buildCiteButton', () => {
  it('sits in the card foot, labelled in the UI language, with a status region', () => {
    const card = buildTermCard(document, term, { citeKey: 'c' });
    const b = card.querySelector('.pl-card-foot .pl-card-cite-button');
    expect(b?.textContent).toBe('Copy citation');
    expect(b?.getAttribute('aria-keyshortcuts')).toBe('c');
    expect(card.querySelector('.pl-card-cite-status')?.getAttribute('role')).toBe('status');
    installMessages(catalogLookup('zh'));
    expect(buildCiteButton(document, term)?.querySelector('button')?.textContent).toBe('复制引文');
  });

  it('copies plain text and HTML and says so; runCite does what a click does', async () => {
    const got = fakeCopy();
    const wrap = buildCiteButton(document, term);
    if (!wrap) throw new Error('no button');
    document.body.append(wrap);
    expect(runCite(wrap)).toBe(true);
    const want = buildCitation(term);
    expect(got.get('text/plain')).toBe(want?.text);
    expect(got.get('text/html')).toBe(want?.html);
    await vi.waitFor(() => expect(wrap.querySelector('.pl-card-cite-status')?.textContent).toBe('Copied'));
    expect(wrap.dataset.state).toBe('copied');
    wrap.remove();
  });

  it('ignores a scripted click on a page card, and says when the copy failed', async () => {
    const got = fakeCopy(false);
    const refuse = (): Promise<never> => Promise.reject(new Error('denied'));
    Object.defineProperty(navigator, 'clipboard', { value: { write: refuse, writeText: refuse }, configurable: true });
    const wrap = buildCiteButton(document, term, { requireTrusted: true });
    if (!wrap) throw new Error('no button');
    document.body.append(wrap);
    wrap.querySelector('button')?.click();
    expect(document.execCommand).not.toHaveBeenCalled();
    expect(runCite(wrap)).toBe(true);
    expect(got.size).toBe(2);
    // The command said no, and so does the clipboard API: nothing is claimed.
    await vi.waitFor(() => expect(wrap.querySelector('.pl-card-cite-status')?.textContent).toBe('Could not copy'));
    expect(runCite(document.createElement('div'))).toBe(false);
    wrap.remove();
  });
});
