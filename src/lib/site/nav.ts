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

/**
 * The main-navigation item whose section holds `pathname` (a built page's path,
 * base included), and whether it is that item's own page. Home holds only the
 * home pages (/ru/, /ru/page/2/); a release belongs to no section.
 */
export function currentSection(pathname: string, lang: string, base: (path: string) => string = (p) => p): { key: string; exact: boolean } | undefined {
  for (const item of NAV) {
    const href = base(item.path(lang));
    if (pathname === href) return { key: item.key, exact: true };
    const inside = item.key === 'nav.home' ? /^page\/\d+\/$/.test(pathname.slice(href.length)) : pathname.length > href.length;
    if (pathname.startsWith(href) && inside) return { key: item.key, exact: false };
  }
  return undefined;
}

/**
 * Page `n` (0 = the front page) of a paginated list in every language whose list
 * has it: `firsts` are the lists' front pages, `sizeOf(lang)` their lengths.
 * Numbered pages are cut from the oldest (paginate.ts): a list of `size` items has
 * floor(size / perPage) - 1 of them, so "/en/page/2/" exists once English has 60.
 */
export function pageAlternates(firsts: Alternate[], sizeOf: (lang: string) => number, n: number, perPage: number): Alternate[] {
  if (n === 0) return firsts;
  return firsts
    .filter((a) => Math.floor(sizeOf(a.lang) / perPage) - 1 >= n)
    .map((a) => ({ lang: a.lang, path: `${a.path}page/${n}/` }));
}
