/**
 * Participating organisations that are agencies of this site, found by any of
 * their names (full, short, aliases, in any language), so a release listing
 * "Исполнительный комитет СНГ" links that agency's page.
 */
import { listPath } from './group.ts';

interface AgencyLike {
  id: string;
  data: { name: Record<string, string>; short?: Record<string, string>; aliases: string[] };
}

export interface Organisation {
  name: string;
  /** Site path of the agency's page in this language, when the organisation is an agency that has one. */
  path?: string;
}

// Case, quotes and spacing differ between datelines and agencies.yml.
const normal = (s: string) => s.toLocaleLowerCase('ru').replace(/[«»"„“”'’]/g, '').replace(/\s+/g, ' ').trim();

const byList = new WeakMap<object, Map<string, string>>();

/** Agency id by every normalised name; built once per agency list (a page asks for it each time). */
export function agencyNames(agencies: Map<string, AgencyLike>): Map<string, string> {
  let byName = byList.get(agencies);
  if (byName) return byName;
  byName = new Map();
  for (const a of agencies.values()) {
    for (const n of [...Object.values(a.data.name), ...Object.values(a.data.short ?? {}), ...a.data.aliases]) {
      if (!byName.has(normal(n))) byName.set(normal(n), a.id);
    }
  }
  byList.set(agencies, byName);
  return byName;
}

/** The organisations, each with its agency page in `lang` when it is one and that page exists. */
export function linkOrganisations(names: string[], byName: Map<string, string>, lang: string, hasPage: (id: string) => boolean): Organisation[] {
  return names.map((name) => {
    const id = byName.get(normal(name));
    return id && hasPage(id) ? { name, path: listPath('agency', lang, id) } : { name };
  });
}
