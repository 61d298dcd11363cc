/**
 * Site settings. Each can be overridden by an environment variable so that one
 * code base builds the sample site, the test fixture and the benchmark corpora.
 * Imported by astro.config.mjs and by the press-officer scripts.
 */
import { ALL_CODES, LOCALES, type Locale } from './i18n/locales.ts';

const env = (typeof process !== 'undefined' ? process.env : {}) as Record<string, string | undefined>;

function list(value: string | undefined, fallback: string[]): string[] {
  const items = (value ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  return items.length ? items : fallback;
}

/** Languages this site publishes, default language first. */
export const languages: string[] = list(env.PRESS_LANGUAGES, ['ru', 'en', 'tg']);
for (const code of languages) {
  if (!ALL_CODES.includes(code)) {
    throw new Error(`PRESS_LANGUAGES: "${code}" has no row in src/i18n/locales.ts (known: ${ALL_CODES.join(', ')})`);
  }
}

export const defaultLang: string = languages[0]!;

/** Rows of the locale table for the published languages, in site order. */
export const siteLocales: Locale[] = languages.map((code) => LOCALES.find((l) => l.code === code)!);

/** Absolute origin of the deployed site, used for canonical URLs, feeds and sitemaps. */
export const siteUrl: string = env.SITE_URL ?? 'https://press.example.org';

/** Path the site is served under, e.g. "/press/". Always starts and ends with "/". */
export const basePath: string = `/${(env.BASE_PATH ?? '').replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');

/** Folder holding releases/, agencies.yml and topics.yml (relative to the project, or absolute). */
export const contentDir: string = env.PRESS_CONTENT_DIR ?? 'content';

/** A path inside the content folder, as Astro's loaders expect it. */
export const contentPath = (sub: string): string =>
  contentDir.startsWith('/') ? `${contentDir}/${sub}` : `./${contentDir.replace(/^\.\//, '')}/${sub}`;

/**
 * The moment the build treats as "now": releases embargoed until later, and the
 * news sitemap window, are computed against it. Tests pin it with PRESS_BUILD_TIME.
 */
export const buildTime: Date = env.PRESS_BUILD_TIME ? new Date(env.PRESS_BUILD_TIME) : new Date();
if (Number.isNaN(buildTime.getTime())) {
  throw new Error(`PRESS_BUILD_TIME: "${env.PRESS_BUILD_TIME}" is not a date-time, e.g. 2026-01-31T12:00:00Z`);
}

/** Build caches (Astro's content cache, generated social cards). */
export const cacheDir: string = env.PRESS_CACHE_DIR ?? './node_modules/.astro';

/**
 * Whether a release without a photo also gets its card in 16:9, 4:3 and 1:1 (three more
 * files, about 21 KB, per release) for search engines' article images. PRESS_CARD_SHAPES=off
 * keeps only the 1200x630 card: the setting for hosts with a file limit (docs/deploy.md).
 */
export const cardShapes: boolean = !['off', '0', 'false', 'no'].includes((env.PRESS_CARD_SHAPES ?? '').trim().toLowerCase());

/** Releases listed per page on home, country, agency, topic and year pages. */
export const pageSize = 20;
