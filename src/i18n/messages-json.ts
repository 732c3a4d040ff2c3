/**
 * The catalog as _locales/<locale>/messages.json. Pure: tested in Node and
 * used by the build (scripts/locales-plugin.ts).
 *
 * `$1` in a string becomes the named placeholder `$p1$` with content `$1`,
 * the form both Chrome and Firefox document. A literal dollar is written `$$`.
 */
import type { Catalog } from './types';

interface MessageJson {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string }>;
}

export function messagesJson(catalog: Catalog, lang: 'en' | 'zh'): Record<string, MessageJson> {
  const out: Record<string, MessageJson> = {};
  for (const [key, entry] of Object.entries(catalog)) {
    const placeholders: Record<string, { content: string }> = {};
    const message = entry[lang].replace(/\$([1-9])/g, (_, d: string) => {
      placeholders[`p${d}`] = { content: `$${d}` };
      return `$p${d}$`;
    });
    const m: MessageJson = { message };
    if (entry.note) m.description = entry.note;
    if (Object.keys(placeholders).length > 0) m.placeholders = placeholders;
    out[key] = m;
  }
  return out;
}
