/** /<lang>/topics/<id>/rss.xml: one language's releases on one topic. */
import type { APIRoute } from 'astro';
import { feedResponse, loadSite } from '../../../../lib/outputs/feed-endpoint.ts';
import { listPath } from '../../../../lib/site/group.ts';
import { feedPaths } from '../../../../lib/outputs/feed-paths.ts';
import { topicName } from '../../../../lib/content/releases.ts';

export const getStaticPaths = () => feedPaths('topic', 'id');

export const GET: APIRoute = async ({ params, props }) => {
  const site = await loadSite();
  const lang = params.lang!;
  const key = params.id!;
  const title = topicName(site.topics.get(key)!, lang);
  return feedResponse(site, lang, listPath('topic', lang, key), title, props.releases);
};
