/** /<lang>/agencies/<id>/rss.xml: one language's releases from one agency. */
import type { APIRoute } from 'astro';
import { feedResponse, loadSite } from '../../../../lib/outputs/feed-endpoint.ts';
import { feedInfo, feedPaths } from '../../../../lib/outputs/feed-paths.ts';

export const getStaticPaths = () => feedPaths('agency', 'id');

export const GET: APIRoute = async ({ params, props }) => {
  const site = await loadSite();
  return feedResponse(site, feedInfo(site, params.lang!, 'agency', props.key), props.releases);
};
