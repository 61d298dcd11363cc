/** Formatting in the page's language: dates, countries, language names, lists. */
import { findLocale } from './locales.ts';

import COUNTRY_NAMES from './country-names.json' with { type: 'json' };

const intlTag = (lang: string) => findLocale(lang)?.intl ?? lang;
const dateTag = (lang: string) => findLocale(lang)?.dates ?? intlTag(lang);
const cache = new Map<string, Intl.DateTimeFormat>();

function dateFormat(lang: string, zone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${lang}|${zone}|${JSON.stringify(options)}`;
  let fmt = cache.get(key);
  if (!fmt) cache.set(key, (fmt = new Intl.DateTimeFormat(dateTag(lang), { ...options, timeZone: zone })));
  return fmt;
}

// ICU's long date pads the day in Tajik ("07 Октябр 2020"): there day, month and year are asked for one by one.
const DAY_MONTH_YEAR: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long', year: 'numeric' };
const LONG_DATE: Intl.DateTimeFormatOptions = { dateStyle: 'long' };

/** Formatted parts, the month in lower case where the language writes it so (Tajik). */
function joinParts(fmt: Intl.DateTimeFormat, date: Date, lang: string): string {
  // format() where nothing changes: V8 gives plain spaces there, formatToParts() ICU's narrow ones.
  if (!findLocale(lang)?.lowerMonths) return fmt.format(date);
  return fmt.formatToParts(date)
    .map((p) => (p.type === 'month' ? p.value.toLocaleLowerCase(intlTag(lang)) : p.value))
    .join('');
}

/**
 * `make` remembered by `keyOf` of its arguments, at most `max` results kept (all forgotten past it), so an
 * archive of 100,000 releases keeps a bounded number: for values per instant, asked for by many pages.
 */
export function bounded<A extends unknown[], T>(keyOf: (...args: A) => string, make: (...args: A) => T, max = 20_000): (...args: A) => T {
  const made = new Map<string, T>();
  return (...args) => {
    const key = keyOf(...args);
    let value = made.get(key);
    if (value === undefined) {
      if (made.size >= max) made.clear();
      made.set(key, (value = make(...args)));
    }
    return value;
  };
}

/** "7 октября 2020 г.", "7 October 2020", "7 октябр 2020": the calendar date where the release was issued (its own zone). */
// Remembered: a release's date is written on its page, its four card images and every list and feed that shows it.
export const formatDate: (date: Date, zone: string, lang: string) => string = bounded(
  (date, zone, lang) => `${lang}|${zone}|${date.getTime()}`,
  (date, zone, lang) => joinParts(dateFormat(lang, zone, findLocale(lang)?.lowerMonths ? DAY_MONTH_YEAR : LONG_DATE), date, lang),
);

/** "UTC+5", "UTC+5:30", "UTC−3", "UTC": the zone's offset at that instant, short and language-neutral. */
export function utcOffset(date: Date, zone: string): string {
  const name = dateFormat('en', zone, { timeZoneName: 'longOffset' }).formatToParts(date).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
  const m = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
  if (!m || (m[2] === '00' && m[3] === '00')) return 'UTC';
  return `UTC${m[1] === '-' ? '\u2212' : '+'}${Number(m[2])}${m[3] === '00' ? '' : `:${m[3]}`}`;
}

/** "10:00 (UTC+5)": the local time on a 24-hour clock, with the zone it is read in. */
export const formatTime = (date: Date, zone: string, lang: string): string =>
  `${dateFormat(lang, zone, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(date)} (${utcOffset(date, zone)})`;

// Between date and time: a comma, the Arabic comma in Arabic.
const DATE_TIME_SEPARATOR: Record<string, string> = { ar: '\u060C ' };

/** "7 октября 2020 г., 10:00 (UTC+5)": date and local time in the release's zone, the zone named. */
export const formatDateTime = (date: Date, zone: string, lang: string): string =>
  `${formatDate(date, zone, lang)}${DATE_TIME_SEPARATOR[lang] ?? ', '}${formatTime(date, zone, lang)}`;

/** First letter in upper case, as a heading starts. */
const capitalise = (s: string, lang: string) => s.charAt(0).toLocaleUpperCase(intlTag(lang)) + s.slice(1);

/** "Октябрь", "October": a month's own (nominative) name, capitalised, for headings and month links. */
export const monthName = (month: number, lang: string): string =>
  capitalise(dateFormat(lang, 'UTC', { month: 'long' }).format(new Date(Date.UTC(2000, month - 1, 15))), lang);

/** "Октябрь 2020", "October 2020" for archive headings. */
export const formatMonth = (year: number, month: number, lang: string): string => {
  const y = dateFormat(lang, 'UTC', { year: 'numeric' }).format(new Date(Date.UTC(year, month - 1, 15))).replace(/\D+$/, '').trim();
  return `${monthName(month, lang)} ${y}`;
};

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

// Official short names where ICU's differ, per language, by ISO code: the table a ministry corrects.
const OVERRIDES: Record<string, Record<string, string>> = COUNTRY_NAMES;

const countryNames = new Map<string, string>();
/**
 * The country's name in the page's language, from its ISO 3166-1 alpha-2 code:
 * the official short name from country-names.json where ICU's differs, else ICU's.
 * Every page, filter, feed, card and search label gets its names here (each worked out once).
 */
export function countryName(code: string, lang: string): string {
  const key = `${lang}|${code}`;
  let name = countryNames.get(key);
  if (name === undefined) countryNames.set(key, (name = OVERRIDES[lang]?.[code.toUpperCase()] ?? regionNames(lang).of(code) ?? code));
  return name;
}

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

/**
 * The page's date written by `formatDate` as twelve patterns, one per month, with `{d}` and `{y}`
 * for the day and year, and the language's ten digits: a browser without the language's date
 * data (Chromium has no Tajik) fills in today's date from these. Empty when the day or the year
 * cannot be found in the formatted sample. Worked out once per language (every release page asks): shared, not to be changed.
 */
export const datePatterns: (lang: string) => { months: string[]; digits: string } = perLanguage(monthPatterns);

function monthPatterns(lang: string): { months: string[]; digits: string } {
  const num = new Intl.NumberFormat(dateTag(lang), { useGrouping: false });
  const digits = Array.from({ length: 10 }, (_, i) => num.format(i)).join('');
  const months: string[] = [];
  for (let m = 0; m < 12; m++) {
    const text = formatDate(new Date(Date.UTC(1999, m, 28, 12)), 'UTC', lang);
    const pattern = text.replace(num.format(28), '{d}').replace(num.format(1999), '{y}');
    if (!pattern.includes('{d}') || !pattern.includes('{y}')) return { months: [], digits };
    months.push(pattern);
  }
  return { months, digits };
}
