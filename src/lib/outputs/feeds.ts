/**
 * RSS feed building, kept pure so it can be unit tested: which releases go in
 * which feed, the item each release becomes, and the channel's own elements.
 * The endpoints in src/pages only wire loadSite() to these functions.
 */
import type { ReleaseData } from '../content/release.ts';
import { rfc822InZone } from '../content/dates.ts';
import { excerpt } from './excerpt.ts';

/**
 * Items per feed, and how many of the newest carry their full text. At 10,000
 * releases 50 full-text items made /ru/rss.xml 440 KB, refetched on every poll;
 * 30 items with the newest 10 in full make it 122 KB (all 309 feeds: 113.6 MB →
 * 28.2 MB), while a reader polling daily still misses nothing: older items give
 * their opening and link the page.
 */
export const FEED_SIZE = 30;
export const FULL_TEXT_ITEMS = 10;

/** The releases a feed shows, from a list sorted newest first. */
export const feedReleases = <T>(releases: T[]): T[] => releases.slice(0, FEED_SIZE);

/** What a feed needs of a release. */
export interface FeedRelease {
  id: string;
  lang: string;
  path: string;
  zone: string;
  data: Pick<ReleaseData, 'title' | 'summary' | 'date' | 'agency' | 'participants' | 'topics' | 'byline'> & { updated?: Date };
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

/** The release's photo as the feed gives it: an absolute URL of a JPEG of known size. */
export interface FeedImage {
  url: string;
  width: number;
  height: number;
  alt: string;
}

export interface ItemContext {
  /** Absolute canonical URL of the release (also its guid). */
  url: string;
  /** Rendered body HTML (made absolute here). */
  html: string;
  /** Whether the item carries the full text (the newest FULL_TEXT_ITEMS do). */
  full: boolean;
  /** Agency name in the feed's language. */
  agency: string;
  /** Category labels in the feed's language: participant countries, then topics. */
  categories: string[];
  image?: FeedImage;
}

/** The item shape @astrojs/rss accepts, with our extra elements in customData. */
export interface FeedItem {
  title: string;
  link: string;
  description: string;
  /** Full text; @astrojs/rss writes it as content:encoded. */
  content?: string;
  categories: string[];
  customData: string;
}

/** Media RSS element for the release's photo, which readers show beside the item. */
const mediaContent = (img: FeedImage) =>
  `<media:content url="${escapeXml(img.url)}" type="image/jpeg" medium="image" width="${img.width}" height="${img.height}">`
  + `<media:description type="plain">${escapeXml(img.alt)}</media:description></media:content>`;

/**
 * The item's creators: the agency, then the person it credits (`byline`), one
 * dc:creator each, as the RSS Best Practices Profile allows. The agency stays
 * first because many readers show only the first dc:creator: there the issuer is
 * named as before, and readers that list every creator read "agency, person",
 * the order of the release page's meta line.
 */
const creators = (agency: string, byline?: string) =>
  [agency, ...(byline ? [byline] : [])].map((name) => `<dc:creator>${escapeXml(name)}</dc:creator>`).join('');

/**
 * One feed item. pubDate goes in customData because @astrojs/rss would print it
 * in UTC; RSS readers show the release's own offset this way. The guid is the
 * canonical URL, which does not change between builds. A release without a
 * summary is described by the opening of its text.
 */
export function feedItem(r: FeedRelease, ctx: ItemContext): FeedItem {
  return {
    title: r.data.title,
    link: ctx.url,
    description: r.data.summary ?? excerpt(ctx.html),
    ...(ctx.full && { content: absolutizeHtml(ctx.html, ctx.url) }),
    categories: ctx.categories,
    customData: `<pubDate>${rfc822InZone(r.data.date, r.zone)}</pubDate>${creators(ctx.agency, r.data.byline)}`
      + (ctx.image ? mediaContent(ctx.image) : ''),
  };
}

/**
 * The channel's own elements: language, the feed's address as atom:link
 * rel="self" (validators ask for it), and lastBuildDate as the newest change
 * among its items, so an unchanged feed is byte-identical between builds.
 */
export function channelData(lang: string, selfUrl: string, releases: FeedRelease[]): string {
  const changed = releases.map((r) => r.data.updated ?? r.data.date).sort((a, b) => b.getTime() - a.getTime())[0];
  return `<language>${escapeXml(lang)}</language>`
    + `<atom:link href="${escapeXml(selfUrl)}" rel="self" type="application/rss+xml"/>`
    + (changed ? `<lastBuildDate>${rfc822InZone(changed, 'UTC')}</lastBuildDate>` : '');
}

/** Namespaces used by the custom elements. */
export const FEED_XMLNS = {
  atom: 'http://www.w3.org/2005/Atom',
  dc: 'http://purl.org/dc/elements/1.1/',
  content: 'http://purl.org/rss/1.0/modules/content/',
  media: 'http://search.yahoo.com/mrss/',
};
