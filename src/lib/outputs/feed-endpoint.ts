/**
 * Glue between loadSite() and @astrojs/rss, shared by the four feed endpoints
 * so each endpoint is a few lines.
 */
import rss from '@astrojs/rss';
import mdxRenderer from '@astrojs/mdx/server.js';
import { experimental_AstroContainer } from 'astro/container';
import { render } from 'astro:content';
import { siteUrl } from '../../config.ts';
import { countryName } from '../../i18n/format.ts';
import { FEED_XMLNS, FULL_TEXT_ITEMS, channelData, feedItem, feedReleases, type FeedImage } from './feeds.ts';
import type { FeedInfo } from './feed-paths.ts';
import { heroImage } from './release-seo.ts';
import { agencyName, loadSite, topicName, type Release, type Site } from '../content/releases.ts';
import { absolute, withBase } from '../content/urls.ts';

let container: Promise<experimental_AstroContainer> | undefined;

async function mdxContainer(): Promise<experimental_AstroContainer> {
  const c = await experimental_AstroContainer.create();
  c.addServerRenderer({ name: 'astro:jsx', renderer: mdxRenderer });
  return c;
}

/**
 * Rendered body HTML of a release. Markdown entries carry it from the content
 * layer; MDX bodies are components with no stored HTML, so they are rendered
 * through Astro's container API.
 */
async function bodyHtml(r: Release): Promise<string> {
  const html = r.entry.rendered?.html;
  if (html !== undefined) return html;
  const { Content } = await render(r.entry);
  return (await (container ??= mdxContainer())).renderToString(Content);
}

/** The release's photo, in the 16:9 crop its page and structured data use (the same file). */
async function photo(r: Release): Promise<FeedImage | undefined> {
  const crop = await heroImage(r, 'wide');
  return crop && { ...crop, alt: r.data.image!.alt };
}

/**
 * An RSS response for the feed `info` with `releases` (newest first). Channel
 * description says what the feed carries: feed readers show it as the feed's
 * description. No stylesheet: each feed has its readable page (info.page).
 */
export async function feedResponse(site: Site, info: FeedInfo, releases: Release[]) {
  const { lang } = info;
  const items = feedReleases(releases);
  return rss({
    title: info.title,
    description: info.about,
    site: new URL(withBase(info.list), siteUrl).href,
    xmlns: { ...FEED_XMLNS },
    customData: channelData(lang, info.url, items),
    items: await Promise.all(items.map(async (r, i) => feedItem(r, {
      url: absolute(r.path),
      // The body is rendered only where the item uses it: full text, or the description of a release without a summary.
      html: i < FULL_TEXT_ITEMS || !r.data.summary ? await bodyHtml(r) : '',
      full: i < FULL_TEXT_ITEMS,
      agency: agencyName(site.agencies.get(r.data.agency.id)!, lang),
      categories: [
        ...r.data.participants.countries.map((c) => countryName(c, lang)),
        ...r.data.topics.map((tp) => topicName(site.topics.get(tp.id)!, lang)),
      ],
      image: await photo(r),
    }))),
  });
}

export { loadSite };
