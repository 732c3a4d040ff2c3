import type { Catalog } from '../types';

/** The card's "Copy citation" button and what it says after. The citation itself stays English: it quotes an English source. */
export const citeStrings = {
  cite_copy: { en: 'Copy citation', zh: '复制引文', note: 'Button in the term card: copies the term, the quoted sentence and its attribution' },
  cite_copy_hint: {
    en: 'Copy the term, the minister’s sentence and its source (key: C)',
    zh: '复制术语、部长原话及出处（快捷键：C）',
    note: 'Tooltip of the Copy citation button; C is the key that copies while a card is open',
  },
  cite_copied: { en: 'Copied', zh: '已复制', note: 'Shown briefly in the card after the citation was copied' },
  cite_copy_failed: { en: 'Could not copy', zh: '无法复制', note: 'Shown in the card when the browser refused to copy' },
} satisfies Catalog;
