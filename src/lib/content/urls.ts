/** Every URL the site emits goes through here, so the base path is honoured once. */
import { basePath, siteUrl } from '../../config.ts';

const pad = (n: number) => String(n).padStart(2, '0');

/** A site path ("/ru/") with the configured base prefixed ("/press/ru/"). */
export const withBase = (path: string): string => `${basePath}${path.replace(/^\/+/, '')}`;

/** An absolute URL for feeds, sitemaps, canonical and Open Graph tags. */
export const absolute = (path: string): string => new URL(withBase(path), siteUrl).href;

/** "/ru/2020/10/07/mid-stran-sng/": language, local date of issue, slug. */
export const releasePath = (r: { lang: string; slug: string; local: { year: number; month: number; day: number } }): string =>
  `/${r.lang}/${r.local.year}/${pad(r.local.month)}/${pad(r.local.day)}/${r.slug}/`;

/** Page n of a paginated list whose front page lives at `first` (0 → "/ru/", 3 → "/ru/page/3/"; see paginate.ts). */
export const pagePath = (first: string, n: number): string => (n === 0 ? first : `${first}page/${n}/`);

export const langHome = (lang: string): string => `/${lang}/`;

/** The RSS feed of a list page: "/ru/" → "/ru/rss.xml", "/ru/countries/tj/" → "/ru/countries/tj/rss.xml". */
export const feedPath = (listPath: string): string => `${listPath}rss.xml`;

/** The readable page of a list's feed: "/ru/" → "/ru/feed/", "/ru/countries/tj/" → "/ru/countries/tj/feed/". */
export const feedPagePath = (listPath: string): string => `${listPath}feed/`;
