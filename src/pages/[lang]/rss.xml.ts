/** /<lang>/rss.xml: the newest releases in one language. */
import type { APIRoute } from 'astro';
import { languages } from '../../config.ts';
import { cacheKey } from '../../lib/content/cache-key.ts';
import { feedResponse, loadSite } from '../../lib/outputs/feed-endpoint.ts';
import { feedInfo } from '../../lib/outputs/feed-paths.ts';
import { feedReleases } from '../../lib/outputs/feeds.ts';

export async function getStaticPaths() {
  const { byLang, stamp } = await loadSite();
  // Every language, even one without releases yet: its home page links this feed.
  return languages.map((lang) => ({ params: { lang }, cacheKey: cacheKey(stamp, lang, feedReleases(byLang.get(lang) ?? [])) }));
}

export const GET: APIRoute = async ({ params }) => {
  const site = await loadSite();
  const lang = params.lang!;
  return feedResponse(site, feedInfo(site, lang, 'home'), site.byLang.get(lang) ?? []);
};
