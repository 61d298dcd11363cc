/**
 * One built page of every page type in every language, found in dist/ by
 * pattern (the first match in sorted order), so new content never needs a
 * hand-kept list of paths.
 */
import { htmlPages } from './dist.ts';
import { FIXTURE_DIST } from './fixture.ts';

interface PageType {
  type: string;
  /** Matches a built file for language `lang` ("" for pages outside any language). */
  pattern: (lang: string) => RegExp;
  /** Appended to the URL, e.g. a search query. */
  query?: string;
  /** Exists in only some languages (a second home page needs more than 20 releases). */
  someLanguages?: boolean;
  /** One page for the whole site rather than one per language. */
  root?: boolean;
}

const ONE = '[^/]+';
export const PAGE_TYPES: PageType[] = [
  { type: 'root', pattern: () => /^index\.html$/, root: true },
  { type: 'root 404', pattern: () => /^404\.html$/, root: true },
  { type: 'home', pattern: (l) => new RegExp(`^${l}/index\\.html$`) },
  { type: 'home page 1', pattern: (l) => new RegExp(`^${l}/page/1/index\\.html$`), someLanguages: true },
  { type: 'release', pattern: (l) => new RegExp(`^${l}/\\d{4}/\\d\\d/\\d\\d/${ONE}/index\\.html$`) },
  { type: 'countries', pattern: (l) => new RegExp(`^${l}/countries/index\\.html$`) },
  { type: 'country', pattern: (l) => new RegExp(`^${l}/countries/${ONE}/index\\.html$`) },
  { type: 'agencies', pattern: (l) => new RegExp(`^${l}/agencies/index\\.html$`) },
  { type: 'agency', pattern: (l) => new RegExp(`^${l}/agencies/${ONE}/index\\.html$`) },
  { type: 'topics', pattern: (l) => new RegExp(`^${l}/topics/index\\.html$`) },
  { type: 'topic', pattern: (l) => new RegExp(`^${l}/topics/${ONE}/index\\.html$`) },
  { type: 'archive', pattern: (l) => new RegExp(`^${l}/archive/index\\.html$`) },
  { type: 'year', pattern: (l) => new RegExp(`^${l}/archive/\\d{4}/index\\.html$`) },
  { type: 'search', pattern: (l) => new RegExp(`^${l}/search/index\\.html$`), query: '?q=2020' },
  { type: '404', pattern: (l) => new RegExp(`^${l}/404\\.html$`) },
  // The readable pages of the feeds (src/layouts/FeedPage.astro).
  { type: 'feed', pattern: (l) => new RegExp(`^${l}/feed/index\\.html$`) },
  { type: 'list feed', pattern: (l) => new RegExp(`^${l}/countries/${ONE}/feed/index\\.html$`) },
];

export interface TypedPage { type: string; lang: string; path: string }

/** Site path of a built file: "ru/index.html" → "/ru/", "404.html" → "/404.html". */
export const sitePath = (file: string) => `/${file.replace(/(^|\/)index\.html$/, '$1')}`;

/**
 * The table {type, lang, path} and the types × languages with no page
 * (`missing`, to fail on): a root type needs one page, a someLanguages type at
 * least one language, every other type every language.
 */
export function pagesByType(languages: string[], dir = FIXTURE_DIST): { pages: TypedPage[]; missing: string[] } {
  const files = htmlPages(dir);
  const pages: TypedPage[] = [];
  const missing: string[] = [];
  for (const t of PAGE_TYPES) {
    const langs = t.root ? [''] : languages;
    const found = langs.flatMap((lang) => {
      const file = files.find((f) => t.pattern(lang).test(f));
      if (!file && !t.someLanguages) missing.push(`${t.type} ${lang || '(root)'}`);
      return file ? [{ type: t.type, lang: lang || 'root', path: sitePath(file) + (t.query ?? '') }] : [];
    });
    if (t.someLanguages && found.length === 0) missing.push(`${t.type} (no language)`);
    pages.push(...found);
  }
  return { pages, missing };
}

/** Waits until a page drawn by script is complete: a search page once its results are on screen. */
export async function ready(tab: import('playwright-core').Page, path: string): Promise<void> {
  if (!path.includes('/search/?')) return;
  await tab.waitForFunction(() => document.querySelector<HTMLFormElement>('#search-form')?.dataset.done === location.search);
}
