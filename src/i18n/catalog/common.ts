import type { Catalog } from '../types';

/** Pieces more than one context shows: the glossary's categories, list punctuation, settings saves, the toolbar button. */
export const commonStrings = {
  category_strategy: { en: 'Strategy', zh: '战略', note: 'Glossary category' },
  category_goal: { en: 'Goal', zh: '目标', note: 'Glossary category' },
  category_programme: { en: 'Programme', zh: '专项计划', note: 'Glossary category (e.g. the SRDI programme)' },
  category_industry: { en: 'Industry', zh: '产业', note: 'Glossary category' },
  category_technology: { en: 'Technology', zh: '技术', note: 'Glossary category' },
  category_institution: { en: 'Institution', zh: '机构', note: 'Glossary category' },
  category_person: { en: 'Person', zh: '人物', note: 'Glossary category' },
  common_list: { en: '$1, $2', zh: '$1、$2', note: 'Joins two items of a list (repeated for longer lists)' },
  common_clause: { en: '$1, $2', zh: '$1，$2', note: 'Joins two clauses of a phrase' },
  settings_not_saved: { en: 'Not saved: $1', zh: '未保存：$1', note: '$1 the browser’s reason' },
  settings_unknown_error: { en: 'unknown error', zh: '未知错误' },
  settings_local_only: {
    en: 'Saved on this device only: the browser’s sync storage refused it ($1). Your other devices keep the settings they had.',
    zh: '只保存在本设备上：浏览器的同步存储拒绝了它（$1）。你的其他设备保留原来的设置。',
  },
  settings_no_background: {
    en: 'Policy Lens could not save the change: the background did not answer.',
    zh: 'Policy Lens 无法保存更改：扩展后台没有响应。',
  },
  badge_title_one: { en: 'Policy Lens: $1 policy term on this page', zh: 'Policy Lens：本页有 $1 个政策术语', note: 'Toolbar button title' },
  badge_title_many: { en: 'Policy Lens: $1 policy terms on this page', zh: 'Policy Lens：本页有 $1 个政策术语', note: 'Toolbar button title' },
} satisfies Catalog;
