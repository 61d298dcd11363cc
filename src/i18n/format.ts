/** Formatting in the page's language: dates, countries, language names, lists. */
import { findLocale } from './locales.ts';

const intlTag = (lang: string) => findLocale(lang)?.intl ?? lang;
const cache = new Map<string, Intl.DateTimeFormat>();

function dateFormat(lang: string, zone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${lang}|${zone}|${JSON.stringify(options)}`;
  let fmt = cache.get(key);
  if (!fmt) cache.set(key, (fmt = new Intl.DateTimeFormat(intlTag(lang), { ...options, timeZone: zone })));
  return fmt;
}

/** "7 октября 2020 г." — the calendar date where the release was issued (its own zone). */
export const formatDate = (date: Date, zone: string, lang: string): string =>
  dateFormat(lang, zone, { dateStyle: 'long' }).format(date);

/** "7 октября 2020 г., 10:00" — date and local time in the release's zone. */
export const formatDateTime = (date: Date, zone: string, lang: string): string =>
  dateFormat(lang, zone, { dateStyle: 'long', timeStyle: 'short' }).format(date);

/** "октябрь 2020 г." for archive headings. */
export const formatMonth = (year: number, month: number, lang: string): string =>
  dateFormat(lang, 'UTC', { year: 'numeric', month: 'long' }).format(new Date(Date.UTC(year, month - 1, 15)));

/** `make(lang)`, built once per language: Intl objects are costly to build on every page. */
export function perLanguage<T>(make: (lang: string) => T): (lang: string) => T {
  const made = new Map<string, T>();
  return (lang) => {
    let value = made.get(lang);
    if (value === undefined) made.set(lang, (value = make(lang)));
    return value;
  };
}

const regionNames = perLanguage((lang) => new Intl.DisplayNames([intlTag(lang)], { type: 'region' }));
const languageNames = perLanguage((lang) => new Intl.DisplayNames([intlTag(lang)], { type: 'language' }));
const listFormats = perLanguage((lang) => new Intl.ListFormat(intlTag(lang), { style: 'long', type: 'conjunction' }));

/** The country's name in the page's language, from its ISO 3166-1 alpha-2 code. */
export const countryName = (code: string, lang: string): string => regionNames(lang).of(code) ?? code;

/** A language's name in another language ("английский"), for notices. */
export const languageName = (code: string, inLang: string): string => languageNames(inLang).of(intlTag(code)) ?? code;

/** "русский, английский и таджикский" */
export const formatList = (items: string[], lang: string): string => listFormats(lang).format(items);

/**
 * Letters a language's alphabet lists separately but the Unicode root order
 * (used where ICU has no collation for the language) treats as a base letter
 * with a diacritic. Tajik: А Б В Г Ғ Д Е Ё Ж З И Ӣ Й К Қ Л М Н О П Р С Т У Ӯ
 * Ф Х Ҳ Ч Ҷ Ш Ъ Э Ю Я; the root order already has Ғ, Қ, Ҳ, Ҷ after Г, К, Х, Ч.
 */
const SEPARATE_LETTERS: Record<string, Record<string, string>> = {
  tg: { Ё: 'Е', Ӣ: 'И', Ӯ: 'У', ё: 'е', ӣ: 'и', ӯ: 'у' },
};
// Sorts after every Cyrillic letter (Glagolitic follows Cyrillic in the root order),
// so "Ӯ" written as "У" + LATE comes after all У… words and before Ф.
const LATE = '\u2C00';

/** A comparison function for sorting text. */
export interface Collation {
  compare: (a: string, b: string) => number;
}

const collators = new Map<string, Collation>();
/** Sort strings as a reader of `lang` expects (Russian А..Я, Tajik Ӯ after У). */
export function collator(lang: string): Collation {
  let found = collators.get(lang);
  if (found) return found;
  const base = new Intl.Collator(intlTag(lang));
  const letters = SEPARATE_LETTERS[lang];
  if (letters) {
    const pattern = new RegExp(`[${Object.keys(letters).join('')}]`, 'g');
    const key = (s: string) => s.replace(pattern, (ch) => letters[ch]! + LATE);
    found = { compare: (a, b) => base.compare(key(a), key(b)) };
  } else found = { compare: base.compare };
  collators.set(lang, found);
  return found;
}
