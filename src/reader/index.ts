/**
 * The interview in a tab: the article view with every glossary term marked
 * and explained on hover or focus. Deep links: #p7 (a paragraph) and
 * #term=<id> (that term's first cited occurrence).
 */
import 'tippy.js/dist/tippy.css';
import '../ui/term-card.css';
import './reader.css';
import tippy from 'tippy.js';
import browser from 'webextension-polyfill';
import { ARTICLE, getTerm, surfaceForms } from '../../glossary';
import { compileMatcher } from '../core/matcher';
import { buildArticleView } from '../ui/article-view';
import { installMessages, t, uiLang } from '../ui/i18n';
import { buildTermCard, citedParagraph } from '../ui/term-card';
import { parseDeepLink, type DeepLink } from './deep-link';

function dark(): boolean {
  return window.matchMedia('(prefers-color-scheme: dark)').matches;
}

function goTo(link: DeepLink): void {
  for (const el of document.querySelectorAll('.pl-target, .pl-target-term')) el.classList.remove('pl-target', 'pl-target-term');
  let n = link.paragraph;
  let termEl: HTMLElement | null = null;
  if (link.termId) {
    const term = getTerm(link.termId);
    if (!term) return;
    n = citedParagraph(term);
    const para = document.getElementById(`p${n}`);
    termEl = para?.querySelector<HTMLElement>(`.pl-term[data-term="${term.id}"]`) ?? document.querySelector<HTMLElement>(`.pl-term[data-term="${term.id}"]`);
  }
  if (n === undefined) return;
  const para = document.getElementById(`p${n}`);
  if (!para) return;
  para.classList.add('pl-target');
  termEl?.classList.add('pl-target-term');
  const behavior = window.matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth';
  (termEl ?? para).scrollIntoView({ block: 'center', behavior });
}

function main(): void {
  const app = document.getElementById('app');
  if (!app) return;
  document.documentElement.lang = uiLang();
  document.title = t('reader_title', ARTICLE.title);
  const bar = document.createElement('div');
  bar.className = 'pl-reader-bar';
  bar.setAttribute('role', 'banner');
  bar.textContent = t('reader_bar');
  document.body.prepend(bar);
  // Enter or Space on a term (or a click) shows its card again after Esc closed it.
  const view = buildArticleView(document, ARTICLE, compileMatcher(surfaceForms()), {
    onTermActivate: (_id, el) => (el as HTMLElement & { _tippy?: { show(): void } })._tippy?.show(),
  });
  app.append(view);

  const show = (id: string): HTMLElement => {
    const term = getTerm(id);
    if (!term) return document.createElement('span');
    const card = buildTermCard(document, term, {
      readHref: (p) => `#p${p}`,
      onRead: (p) => {
        location.hash = `#p${p}`;
      },
      onRelated: (rid) => {
        location.hash = `#term=${rid}`;
      },
    });
    card.dataset.scheme = dark() ? 'dark' : 'light';
    return card;
  };
  tippy(view.querySelectorAll<HTMLElement>('.pl-term'), {
    content: (ref) => show((ref as HTMLElement).dataset.term ?? ''),
    interactive: true,
    trigger: 'mouseenter focus',
    delay: [250, 100],
    placement: 'top',
    maxWidth: 380,
    theme: 'pl',
    // Beside its term, inside the page's main landmark: Tab goes from the term into the card's links.
    appendTo: 'parent',
    aria: { content: 'describedby' },
    onShow: (inst) => {
      inst.setContent(show((inst.reference as HTMLElement).dataset.term ?? ''));
    },
  });
  document.addEventListener('keydown', (e) => {
    if (e.key !== 'Escape') return;
    for (const el of document.querySelectorAll<HTMLElement & { _tippy?: { hide(): void } }>('.pl-term')) el._tippy?.hide();
  });

  goTo(parseDeepLink(location.hash));
  window.addEventListener('hashchange', () => goTo(parseDeepLink(location.hash)));
  document.documentElement.dataset.ready = 'true';
}

installMessages((key, subs) => browser.i18n.getMessage(key, subs));
main();
