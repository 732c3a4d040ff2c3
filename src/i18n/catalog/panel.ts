import type { Catalog } from '../types';

/** The side panel (Chrome) / sidebar (Firefox): the interview beside the article. */
export const panelStrings = {
  panel_title: { en: 'Policy Lens side panel', zh: 'Policy Lens 侧边栏', note: 'Side panel page title' },
  panel_views: { en: 'Side panel views', zh: '侧边栏视图', note: 'Accessible name of the side panel’s tab list' },
  panel_tab_interview: { en: 'Interview', zh: '专访', note: 'Tab' },
  panel_tab_page: { en: 'On this tab', zh: '本页术语', note: 'Tab: the terms found on the tab the panel follows' },
  panel_tab_page_count: { en: 'On this tab ($1)', zh: '本页术语（$1）', note: 'Tab. $1 how many terms' },
  panel_following: { en: 'Beside: $1', zh: '对照页面：$1', note: 'Which tab the panel follows. $1 the tab’s title' },
  panel_no_tab: { en: 'No page to follow', zh: '没有可对照的页面', note: 'The panel follows no tab (a browser page, or none)' },
  panel_chosen_heading: { en: 'Chosen on the page', zh: '在页面上选中', note: 'Heading over the card of the term last chosen on the page' },
  panel_chosen_hint: {
    en: 'Click a highlighted term on the page (or press Alt+Shift+N) to see its card here and its sentence in the interview.',
    zh: '点击页面上高亮的术语（或按 Alt+Shift+N），即可在此查看它的卡片和专访中的原句。',
  },
  panel_chosen_said: { en: '$1: paragraph $2 of the interview', zh: '$1：专访第 $2 段', note: 'Announced when a term is chosen. $1 term name, $2 paragraph number' },
  panel_close_card: { en: 'Close card', zh: '关闭卡片', note: 'Button that hides the chosen term’s card' },
  panel_open: { en: 'Open side panel', zh: '打开侧边栏', note: 'Popup button: shows the interview beside the article' },
  panel_open_failed: { en: 'Could not open the side panel: $1', zh: '无法打开侧边栏：$1' },
} satisfies Catalog;
