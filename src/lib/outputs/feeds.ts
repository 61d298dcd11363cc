/**
 * RSS feed building, kept pure so it can be unit tested: which releases go in
 * which feed, and the item each release becomes. The endpoints in src/pages
 * only wire loadSite() to these functions.
 */
import type { ReleaseData } from '../content/release.ts';
import { rfc822InZone } from '../content/dates.ts';

/** Items per feed: enough for aggregators, small enough to fetch often. */
export const FEED_SIZE = 50;

/** The releases a feed shows, from a list sorted newest first. */
export const feedReleases = <T>(releases: T[]): T[] => releases.slice(0, FEED_SIZE);

/** What a feed needs of a release. */
export interface FeedRelease {
  id: string;
  lang: string;
  path: string;
  zone: string;
  data: Pick<ReleaseData, 'title' | 'summary' | 'date' | 'agency' | 'participants' | 'topics'>;
}

/** Makes every relative href/src in rendered HTML absolute against the release's URL. */
export function absolutizeHtml(html: string, pageUrl: string): string {
  return html.replace(/\b(href|src)=(["'])([^"']*)\2/g, (all, attr: string, q: string, url: string) => {
    if (url === '' || /^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('#')) return all;
    return `${attr}=${q}${new URL(url, pageUrl).href}${q}`;
  });
}

const escapeXml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export interface ItemContext {
  /** Absolute canonical URL of the release (also its guid). */
  url: string;
  /** Rendered body HTML (made absolute here). */
  html: string;
  /** Agency name in the feed's language. */
  agency: string;
  /** Category labels in the feed's language: participant countries, then topics. */
  categories: string[];
}

/** The item shape @astrojs/rss accepts, with our extra elements in customData. */
export interface FeedItem {
  title: string;
  link: string;
  description?: string;
  /** Full text; @astrojs/rss writes it as content:encoded. */
  content: string;
  categories: string[];
  customData: string;
}

/**
 * One feed item. pubDate goes in customData because @astrojs/rss would print it
 * in UTC; RSS readers show the release's own offset this way. The guid is the
 * canonical URL, which does not change between builds.
 */
export function feedItem(r: FeedRelease, ctx: ItemContext): FeedItem {
  return {
    title: r.data.title,
    link: ctx.url,
    description: r.data.summary,
    content: absolutizeHtml(ctx.html, ctx.url),
    categories: ctx.categories,
    customData: `<pubDate>${rfc822InZone(r.data.date, r.zone)}</pubDate><dc:creator>${escapeXml(ctx.agency)}</dc:creator>`,
  };
}

/** Namespaces used by feedItem's custom elements. */
export const FEED_XMLNS = {
  dc: 'http://purl.org/dc/elements/1.1/',
  content: 'http://purl.org/rss/1.0/modules/content/',
};
