/**
 * The glossary as the rest of the extension uses it: term data, look-ups,
 * surface forms for the matcher and the parsed interview. No browser APIs.
 *
 * Node scripts run by tsx should import './core' and './parse-article'
 * instead: this module pulls in the article through Vite's `?raw` import.
 */
export {
  ATTRIBUTION,
  ARTICLE_URL,
  INTERVIEW_DATE,
  CATEGORIES,
  TERMS,
  categoryLabel,
  chineseForms,
  getTerm,
  paragraphAnchor,
  scopeCounts,
  surfaceForms,
  termIds,
} from './core';
export type { CategoryInfo } from './core';
export { ARTICLE, parseArticle } from './article';
export type { Article, Category, ChineseName, Citation, KeyFigure, Rendering, Scope, SurfaceForm, Term, TimelineEntry } from './types';
