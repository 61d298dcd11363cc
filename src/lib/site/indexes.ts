/**
 * Index pages and similar releases for the whole site, computed once per build
 * from loadSite(). Pages ask this module; the logic lives in group.ts and similar.ts.
 */
import { languages, pageSize } from '../../config.ts';
import { alternatesOf, groupReleases, listPath, type Facet, type Groups } from './group.ts';
import type { Alternate } from './nav.ts';
import { pageParam, paginate, type Page } from './paginate.ts';
import { loadSite, type Release } from '../content/releases.ts';
import { similarReleases } from './similar.ts';
import { cacheKey } from '../content/cache-key.ts';

export interface Indexes {
  groups: Groups<Release>;
  /** Similar releases per release id (see similar.ts for the scoring). */
  similar: Map<string, Release[]>;
}

let indexes: Promise<Indexes> | undefined;

/** Grouped releases and similar releases, computed once per build. */
export function loadIndexes(): Promise<Indexes> {
  return (indexes ??= loadSite().then(({ byLang }) => ({ groups: groupReleases(byLang), similar: similarReleases(byLang) })));
}

/** Props of one page of an index list. */
export interface ListProps {
  /** Country code, agency id, topic id or year. */
  key: string;
  page: Page<Release>;
  /** Path of the list's first page. */
  first: string;
  /** The front page in other languages where it exists (numbered pages: itself only). */
  alternates: Alternate[];
}

/**
 * getStaticPaths() for a paginated index route: one entry per language, key
 * that has releases in that language, and page. `param` is the route's
 * parameter name for the key ("code", "id", "year").
 */
export async function listPaths(facet: Facet, param: string) {
  const [{ groups }, { stamp }] = await Promise.all([loadIndexes(), loadSite()]);
  return languages.flatMap((lang) =>
    [...(groups[facet].get(lang) ?? new Map<string, Release[]>())].flatMap(([key, releases]) => {
      const first = listPath(facet, lang, key);
      const alternates = alternatesOf(groups, facet, key, languages);
      const segment = facet === 'country' ? key.toLowerCase() : key;
      return paginate(releases, pageSize).map((page) => {
        const props: ListProps = { key, page, first, alternates };
        return { params: { lang, [param]: segment, page: pageParam(page.number) }, props, cacheKey: cacheKey(stamp, facet, props) };
      });
    }),
  );
}
