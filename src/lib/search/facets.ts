/**
 * What search knows about a release: the facets it can be filtered by, each with
 * a URL value (language-neutral: "tj", "khovar", "2020") and a label in the
 * page's language, which is also the Pagefind filter value. The release page
 * writes them into its index record; the search page lists them as options,
 * so both come from this one place and always match.
 */
import { collator, countryName } from '../../i18n/format.ts';
import { REFERENCE_LANG, STRINGS } from '../../i18n/strings.ts';
import { FACETS, type Facet } from './state.ts';
import { agencyName, topicName, type Release, type Site } from '../content/releases.ts';

export interface FacetValue {
  facet: Facet;
  /** Value in the search URL, e.g. `country=tj`. */
  value: string;
  /** Localized label, shown to readers and stored as the Pagefind filter value. */
  label: string;
}

/** Every facet value of one release, in its own language. */
export function releaseFacets(release: Release, site: Pick<Site, 'agencies' | 'topics'>): FacetValue[] {
  const { lang, data } = release;
  return [
    ...data.participants.countries.map((code) => ({ facet: 'country' as const, value: code.toLowerCase(), label: countryName(code, lang) })),
    { facet: 'agency', value: data.agency.id, label: agencyName(site.agencies.get(data.agency.id)!, lang) },
    ...data.topics.map((tp) => ({ facet: 'topic' as const, value: tp.id, label: topicName(site.topics.get(tp.id)!, lang) })),
    { facet: 'year', value: String(release.local.year), label: String(release.local.year) },
  ];
}

/** The options of each facet over a language's releases: labels in reading order, years newest first. */
export function facetOptions(releases: Release[], site: Pick<Site, 'agencies' | 'topics'>, lang: string): Record<Facet, FacetValue[]> {
  const seen = new Map<string, FacetValue>();
  for (const r of releases) for (const f of releaseFacets(r, site)) seen.set(`${f.facet}:${f.value}`, f);
  const sort = collator(lang);
  const out = Object.fromEntries(FACETS.map((f) => [f, [] as FacetValue[]])) as Record<Facet, FacetValue[]>;
  for (const f of seen.values()) out[f.facet].push(f);
  for (const f of FACETS) {
    out[f].sort(f === 'year' ? (a, b) => b.value.localeCompare(a.value) : (a, b) => sort.compare(a.label, b.label));
  }
  return out;
}

/**
 * The templates of a counted phrase for every plural category of `lang`
 * ("{count} пресс-релиза"), for the browser to fill with Intl.PluralRules.
 */
export function pluralTemplates(lang: string, base: string): Record<string, string> {
  const own = STRINGS[lang] ?? {};
  const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories as string[];
  return Object.fromEntries(categories.map((c) => [c, own[`${base}.${c}`] ?? own[`${base}.other`] ?? STRINGS[REFERENCE_LANG]![`${base}.other`]!]));
}
