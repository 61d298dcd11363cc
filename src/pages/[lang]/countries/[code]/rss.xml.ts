/** /<lang>/countries/<code>/rss.xml: one language's releases about one country. */
import type { APIRoute } from 'astro';
import { countryName } from '../../../../i18n/format.ts';
import { feedResponse, loadSite } from '../../../../lib/outputs/feed-endpoint.ts';
import { listPath } from '../../../../lib/site/group.ts';
import { feedPaths } from '../../../../lib/outputs/feed-paths.ts';

export const getStaticPaths = () => feedPaths('country', 'code');

export const GET: APIRoute = async ({ params, props }) => {
  const site = await loadSite();
  const lang = params.lang!;
  const key = params.code!;
  const title = countryName(key.toUpperCase(), lang);
  return feedResponse(site, lang, listPath('country', lang, key), title, props.releases);
};
