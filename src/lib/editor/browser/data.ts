/** What the build hands the editor page in admin/press.json, and the choice of its UI language. */

export interface PressData {
  /** Site languages, default first. */
  languages: string[];
  /** Agency id → names per language and default time zone. */
  agencies: Record<string, { name: Record<string, string>; short?: Record<string, string>; timezone: string }>;
  /** Topic id → names per language. */
  topics: Record<string, Record<string, string>>;
  /** Per language, the release page's labels (release.* strings). */
  strings: Record<string, Record<string, string>>;
  /** The site's built stylesheet, for a preview close to the real page. */
  css?: string;
  /** Translation keys already taken, so a new one never repeats them. */
  keys: string[];
}

/** UI languages Sveltia CMS ships that this project's officers use. */
const UI = ['ru', 'en-GB', 'en-US', 'ar'];

/**
 * The editor's UI language from the browser's: an exact or same-language match, Russian for
 * Tajik (Sveltia has no Tajik UI; officers in Tajikistan read Russian), else Russian.
 */
export function uiLocale(browser: readonly string[]): string {
  for (const tag of browser) {
    const base = tag.toLowerCase().split('-')[0]!;
    if (base === 'tg') return 'ru';
    const hit = UI.find((u) => u.toLowerCase() === tag.toLowerCase()) ?? UI.find((u) => u.split('-')[0] === base);
    if (hit) return hit;
  }
  return 'ru';
}
