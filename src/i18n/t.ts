/** Translation helpers: t() for UI strings, plural() through Intl.PluralRules. */
import { perLanguage } from './format.ts';
import { REFERENCE_LANG, STRINGS } from './strings.ts';

const pluralRules = perLanguage((lang) => new Intl.PluralRules(lang));
const numbers = perLanguage((lang) => new Intl.NumberFormat(lang));

export type Vars = Record<string, string | number>;

function fill(text: string, vars: Vars = {}): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

/** The UI string `key` in `lang`, falling back to the reference language. */
export function t(lang: string, key: string, vars?: Vars): string {
  const text = STRINGS[lang]?.[key] ?? STRINGS[REFERENCE_LANG]?.[key];
  if (text === undefined) throw new Error(`UI string "${key}" is missing from src/i18n/strings/${REFERENCE_LANG}.json`);
  return fill(text, vars);
}

/** A counted phrase, e.g. plural('ru', 'count.releases', 5) → "5 пресс-релизов". */
export function plural(lang: string, base: string, count: number): string {
  const category = pluralRules(lang).select(count);
  const own = STRINGS[lang];
  const text = own?.[`${base}.${category}`] ?? own?.[`${base}.other`];
  const formatted = numbers(lang).format(count);
  if (text !== undefined) return fill(text, { count: formatted });
  return t(REFERENCE_LANG, `${base}.${pluralRules(REFERENCE_LANG).select(count)}`, { count: formatted });
}

/** A bound translator for one page's language. */
export function translator(lang: string) {
  return Object.assign((key: string, vars?: Vars) => t(lang, key, vars), {
    plural: (base: string, count: number) => plural(lang, base, count),
  });
}
