/**
 * getStaticPaths() for the feeds of index lists (country, agency, topic), from
 * the site's grouped releases. The endpoints in src/pages only call this.
 */
import { cacheKey } from '../content/cache-key.ts';
import { loadSite } from '../content/releases.ts';
import type { Facet } from '../site/group.ts';
import { loadIndexes } from '../site/indexes.ts';
import { feedReleases } from './feeds.ts';

/** getStaticPaths() for a list's feed: one entry per language and key that has releases there. */
export async function feedPaths(facet: Exclude<Facet, 'year'>, param: string) {
  const [{ groups }, { stamp }] = await Promise.all([loadIndexes(), loadSite()]);
  return [...groups[facet]].flatMap(([lang, byKey]) => [...byKey].map(([key, releases]) => ({
    params: { lang, [param]: facet === 'country' ? key.toLowerCase() : key },
    props: { releases },
    cacheKey: cacheKey(stamp, facet, key, feedReleases(releases)),
  })));
}
