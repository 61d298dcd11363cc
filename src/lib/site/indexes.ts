/**
 * Index pages and similar releases for the whole site, computed once per build
 * from loadSite(). Pages ask this module; the logic lives in group.ts and similar.ts.
 */
import { languages, pageSize } from '../../config.ts';
import { alternatesOf, groupReleases, listPath, type Facet, type Groups } from './group.ts';
import { pageAlternates, type Alternate } from './nav.ts';
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
  /** This page (same number) in every language whose list has it, for the language switcher. */
  switcher: Alternate[];
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
      const sizeOf = (l: string) => groups[facet].get(l)?.get(key)?.length ?? 0;
      const segment = facet === 'country' ? key.toLowerCase() : key;
      return paginate(releases, pageSize).map((page) => {
        const switcher = pageAlternates(alternates, sizeOf, page.number, pageSize);
        const props: ListProps = { key, page, first, alternates, switcher };
        // A year page also links every month of its year and the neighbouring years.
        const around = facet === 'year' ? [[...(groups.year.get(lang)?.keys() ?? [])], releases.map((r) => r.local.month)] : undefined;
        return { params: { lang, [param]: segment, page: pageParam(page.number) }, props, cacheKey: cacheKey(stamp, facet, props, around) };
      });
    }),
  );
}
