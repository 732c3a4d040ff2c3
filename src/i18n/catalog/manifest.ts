import type { Catalog } from '../types';

/** Strings the manifest refers to as __MSG_<key>__ (name, store description, commands). */
export const manifestStrings = {
  ext_name: { en: 'Policy Lens', zh: 'Policy Lens 政策透镜', note: 'Extension name in the browser and stores' },
  ext_description: {
    en: 'Explains China’s industrial-policy terms on news pages, in the words of the industry minister’s 2024 Xinhua interview.',
    zh: '在新闻网页上解释中国产业政策术语，引用工业和信息化部部长 2024 年接受新华社专访时的原话。',
    note: 'Store description',
  },
  command_next_term: { en: 'Go to the next policy term on the page', zh: '转到本页下一个政策术语' },
  command_toggle_site: { en: 'Turn highlights on or off for this site', zh: '在此网站开启或关闭高亮' },
} satisfies Catalog;
