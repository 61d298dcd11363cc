/** /<lang>/countries/<code>/rss.xml: one language's releases about one country. */
import type { APIRoute } from 'astro';
import { feedResponse, loadSite } from '../../../../lib/outputs/feed-endpoint.ts';
import { feedInfo, feedPaths } from '../../../../lib/outputs/feed-paths.ts';

export const getStaticPaths = () => feedPaths('country', 'code');

export const GET: APIRoute = async ({ params, props }) => {
  const site = await loadSite();
  return feedResponse(site, feedInfo(site, params.lang!, 'country', props.key), props.releases);
};
