/**
 * Sitemap helpers. The translations of a release have different slugs per
 * language, so @astrojs/sitemap's i18n option (which pairs URLs by their path
 * after the locale prefix) would pair the wrong pages. Instead each sitemap
 * entry takes its alternates from the hreflang links the page itself declares,
 * so the sitemap and the page head can never disagree.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isoInZone } from '../content/dates.ts';
import type { FileMemo } from '../content/file-memo.ts';

export interface SitemapLink {
  lang: string;
  url: string;
}

/** The `<link rel="alternate" hreflang>` pairs of an HTML page, x-default included, in page order. */
export function hreflangLinks(html: string): SitemapLink[] {
  const links: SitemapLink[] = [];
  for (const [tag] of html.matchAll(/<link\b[^>]*>/g)) {
    const lang = /\shreflang="([^"]+)"/.exec(tag)?.[1];
    const url = /\shref="([^"]+)"/.exec(tag)?.[1];
    if (lang && url && /\srel="alternate"/.test(tag)) links.push({ lang, url: url.replace(/&amp;/g, '&') });
  }
  return links;
}

/**
 * When a built page last changed, for the sitemap's lastmod: a release's
 * article:modified_time (its NewsArticle dateModified), else the newest
 * `<time datetime>` it lists (a list page changes when a release joins it).
 * Undefined for a page without dates.
 */
export function lastModified(html: string): string | undefined {
  const modified = /<meta\b[^>]*\sproperty="article:modified_time"[^>]*\scontent="([^"]+)"/.exec(html)?.[1];
  if (modified) return modified;
  let newest: number | undefined;
  for (const [, value] of html.matchAll(/<time\b[^>]*\sdatetime="([^"]+)"/g)) {
    const ms = new Date(value!).getTime();
    if (!Number.isNaN(ms) && (newest === undefined || ms > newest)) newest = ms;
  }
  return newest === undefined ? undefined : new Date(newest).toISOString();
}

/** What the sitemap reads out of a built page. */
export interface PageFacts { links: SitemapLink[]; lastmod?: string }

const newestOf = (dates: (string | undefined)[]): string | undefined =>
  dates.filter((d): d is string => d !== undefined).sort((a, b) => new Date(b).getTime() - new Date(a).getTime())[0];

/** Pages the sitemap leaves out: search (results of a query, not content) and the feeds' readable pages (noindex). */
export const notInSitemap = (page: string): boolean => /\/(404(\.html|\/)?|search\/|feed\/)$/.test(page);

/**
 * A `serialize` hook for @astrojs/sitemap: attaches the page's own hreflang
 * alternates (when it has translations) and its lastmod, by reading the built
 * HTML in `outDir`. A page without dates (the index of countries, with its
 * counts) changes with its language's newest release: its home page's lastmod;
 * the root's is the newest of all languages.
 */
export function alternatesFromBuiltPages(outDir: string, siteBase: string, languages: string[], memo?: FileMemo<PageFacts>) {
  const facts = (file: string): PageFacts => {
    const html = readFileSync(file, 'utf8');
    return { links: hreflangLinks(html), lastmod: lastModified(html) };
  };
  // The memo (kept between builds) spares reading the pages a rebuild left as they were.
  const read = (rel: string): PageFacts | undefined => {
    const file = join(outDir, rel, 'index.html');
    if (memo) return memo.getIfThere(file, facts);
    return existsSync(file) ? facts(file) : undefined;
  };
  const homes = new Map<string, string | undefined>();
  const home = (lang: string) => {
    if (!homes.has(lang)) homes.set(lang, read(`${lang}/`)?.lastmod);
    return homes.get(lang);
  };
  return (item: { url: string; links?: SitemapLink[]; lastmod?: string }) => {
    const rel = decodeURI(new URL(item.url).pathname).slice(new URL(siteBase).pathname.length);
    const page = read(rel);
    if (page === undefined) return item;
    const { links } = page;
    const lang = rel.split('/')[0]!;
    const lastmod = page.lastmod ?? (languages.includes(lang) ? home(lang) : newestOf(languages.map(home)));
    return { ...item, links: links.length > 1 ? links : undefined, ...(lastmod && { lastmod }) };
  };
}

/** What the news sitemap needs of a release. */
export interface NewsRelease {
  lang: string;
  path: string;
  zone: string;
  data: { title: string; date: Date };
}

/** Google News: only the last two days, at most 1000 URLs. */
export const NEWS_WINDOW_MS = 2 * 24 * 60 * 60 * 1000;
export const NEWS_MAX = 1000;

/** Releases a news sitemap lists at build time `now`: published in the last 2 days, newest first. */
export function newsReleases<R extends NewsRelease>(releases: R[], now: Date): R[] {
  const from = now.getTime() - NEWS_WINDOW_MS;
  return releases
    .filter((r) => r.data.date.getTime() >= from && r.data.date.getTime() <= now.getTime())
    .sort((a, b) => b.data.date.getTime() - a.data.date.getTime())
    .slice(0, NEWS_MAX);
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * A Google News sitemap document. `url` and `publication` map a release to its
 * absolute URL and publication name. The file keeps its address whether or not
 * anything is recent (Google asks for one news sitemap, updated, not a new one per
 * update). With no release of the last two days it lists `fallback` (the newest
 * release) without news metadata, as Google allows for URLs past the window: the
 * sitemap schema requires at least one `<url>`, so the file stays valid.
 */
export function newsSitemap<R extends NewsRelease>(
  releases: R[], url: (r: R) => string, publication: (r: R) => string, fallback?: string,
): string {
  const plain = releases.length === 0 && fallback ? [`<url><loc>${esc(fallback)}</loc></url>`] : [];
  const entries = releases.map((r) => [
    '<url>',
    `<loc>${esc(url(r))}</loc>`,
    '<news:news><news:publication>',
    `<news:name>${esc(publication(r))}</news:name><news:language>${esc(r.lang)}</news:language>`,
    '</news:publication>',
    `<news:publication_date>${isoInZone(r.data.date, r.zone)}</news:publication_date>`,
    `<news:title>${esc(r.data.title)}</news:title>`,
    '</news:news></url>',
  ].join(''));
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">',
    ...entries,
    ...plain,
    '</urlset>',
    '',
  ].join('\n');
}

/**
 * robots.txt allowing everything and naming the sitemap index by absolute URL;
 * the index names every sitemap, the news sitemap included, so both agree.
 */
export function robotsTxt(sitemaps: string[]): string {
  return ['User-agent: *', 'Allow: /', '', ...sitemaps.map((s) => `Sitemap: ${s}`), ''].join('\n');
}
