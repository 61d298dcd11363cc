/** /<lang>/agencies/<id>/rss.xml: one language's releases from one agency. */
import type { APIRoute } from 'astro';
import { feedResponse, loadSite } from '../../../../lib/outputs/feed-endpoint.ts';
import { listPath } from '../../../../lib/site/group.ts';
import { feedPaths } from '../../../../lib/outputs/feed-paths.ts';
import { agencyName } from '../../../../lib/content/releases.ts';

export const getStaticPaths = () => feedPaths('agency', 'id');

export const GET: APIRoute = async ({ params, props }) => {
  const site = await loadSite();
  const lang = params.lang!;
  const key = params.id!;
  const title = agencyName(site.agencies.get(key)!, lang);
  return feedResponse(site, lang, listPath('agency', lang, key), title, props.releases);
};
