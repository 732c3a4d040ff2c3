/**
 * The interview as an Article. The text is bundled with Vite's `?raw` import
 * (works in Vite and vitest). Node scripts run by tsx cannot load `?raw`:
 * they read glossary/interview.txt with fs and call parseArticle instead.
 */
import raw from './interview.txt?raw';
import { parseArticle } from './parse-article';
import type { Article } from './types';

export { parseArticle };

export const ARTICLE: Article = parseArticle(raw);
