/**
 * The one locale table. Routing, <html lang dir>, the language switcher, feeds,
 * sitemaps and Intl formatting all derive from it. Adding a language is one row
 * here plus one strings file in ./strings/.
 */
export interface Locale {
  /** URL prefix and content folder name: content/releases/<code>/ */
  code: string;
  /** Name of the language in that language, for the switcher. */
  label: string;
  /** Text direction of the script. */
  dir: 'ltr' | 'rtl';
  /** BCP-47 tag for Intl formatters and <html lang>. */
  intl: string;
  /** Open Graph locale (language_TERRITORY). */
  og: string;
  /** Intl tag for dates when the language's norm differs from `intl`'s default (British English). */
  dates?: string;
  /** Month names in running text are written in lower case ("7 октябр 2020"), whatever ICU has. */
  lowerMonths?: boolean;
}

export const LOCALES = [
  { code: 'ru', label: 'Русский', dir: 'ltr', intl: 'ru', og: 'ru_RU' },
  { code: 'en', label: 'English', dir: 'ltr', intl: 'en', og: 'en_GB', dates: 'en-GB' },
  { code: 'tg', label: 'Тоҷикӣ', dir: 'ltr', intl: 'tg', og: 'tg_TJ', lowerMonths: true },
  // Not shipped by default; enable with PRESS_LANGUAGES=ru,en,tg,ar (the test fixture does).
  { code: 'ar', label: 'العربية', dir: 'rtl', intl: 'ar', og: 'ar_AR' },
] as const satisfies readonly Locale[];

export type LangCode = (typeof LOCALES)[number]['code'];

export const ALL_CODES: readonly string[] = LOCALES.map((l) => l.code);

export function findLocale(code: string): Locale | undefined {
  return LOCALES.find((l) => l.code === code);
}
