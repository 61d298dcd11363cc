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
import { translator } from '../../i18n/t.ts';
import { FEED_XMLNS, feedItem, feedReleases } from './feeds.ts';
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

/** An RSS response for `releases` (newest first) of one language, listed at `listPath`. */
export async function feedResponse(site: Site, lang: string, listPath: string, title: string, releases: Release[]) {
  const t = translator(lang);
  const siteName = t('site.name');
  return rss({
    title: title === siteName ? siteName : `${title} — ${siteName}`,
    // Shown by rss.xsl when the feed is opened in a browser, so it says what a feed is, in the feed's language.
    description: t('feed.description', { title }),
    site: new URL(withBase(listPath), siteUrl).href,
    stylesheet: withBase('/rss.xsl'),
    xmlns: { ...FEED_XMLNS },
    customData: `<language>${lang}</language>`,
    items: await Promise.all(feedReleases(releases).map(async (r) => feedItem(r, {
      url: absolute(r.path),
      html: await bodyHtml(r),
      agency: agencyName(site.agencies.get(r.data.agency.id)!, lang),
      categories: [
        ...r.data.participants.countries.map((c) => countryName(c, lang)),
        ...r.data.topics.map((tp) => topicName(site.topics.get(tp.id)!, lang)),
      ],
    }))),
  });
}

export { loadSite };
