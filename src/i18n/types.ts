/**
 * One UI string in both languages. `$1`…`$9` stand for the substitutions
 * t() is given; the build turns them into the named placeholders that
 * messages.json needs (scripts/locales-plugin.ts).
 */
export interface Entry {
  readonly en: string;
  readonly zh: string;
  /** For translators: where the string shows. */
  readonly note?: string;
}

export type Catalog = Readonly<Record<string, Entry>>;

/** The locales the extension ships, as _locales folder names. */
export const LOCALES = { en: 'en', zh: 'zh_CN' } as const;

/** i18n.getMessage's shape: the string for key with its substitutions, '' when there is none. */
export type Lookup = (key: string, substitutions?: string[]) => string;
