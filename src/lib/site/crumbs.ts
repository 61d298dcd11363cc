/**
 * A release's breadcrumbs (home › agency › release): one list for the visible
 * trail and the BreadcrumbList structured data, so the two always agree.
 */
import { t } from '../../i18n/t.ts';
import { agencyShort, type Release, type Site } from '../content/releases.ts';
import { listPath } from './group.ts';

export interface Crumb {
  name: string;
  /** Site path, without the base. */
  path: string;
}

export function releaseCrumbs(r: Release, site: Pick<Site, 'agencies'>): Crumb[] {
  const agency = site.agencies.get(r.data.agency.id)!;
  return [
    { name: t(r.lang, 'nav.home'), path: `/${r.lang}/` },
    { name: agencyShort(agency, r.lang), path: listPath('agency', r.lang, agency.id) },
    { name: r.data.title, path: r.path },
  ];
}
