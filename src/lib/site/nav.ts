/** The main navigation, one list for every language. Keys are UI strings. */
export const NAV = [
  { key: 'nav.home', path: (lang: string) => `/${lang}/` },
  { key: 'nav.countries', path: (lang: string) => `/${lang}/countries/` },
  { key: 'nav.agencies', path: (lang: string) => `/${lang}/agencies/` },
  { key: 'nav.topics', path: (lang: string) => `/${lang}/topics/` },
  { key: 'nav.archive', path: (lang: string) => `/${lang}/archive/` },
] as const;

/** A page's counterpart in another language, for the switcher and hreflang. */
export interface Alternate {
  lang: string;
  path: string;
}

/** The same path in every site language, for pages that exist in all of them. */
export const everyLanguage = (languages: string[], path: (lang: string) => string): Alternate[] =>
  languages.map((lang) => ({ lang, path: path(lang) }));
