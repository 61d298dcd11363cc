/**
 * Structured data (schema.org JSON-LD) and social tags, as pure functions of
 * plain values so they can be unit tested. SeoHead.astro prints the result.
 */
import { isoInZone } from '../content/dates.ts';

export type JsonLd = Record<string, unknown>;

export interface ArticleInput {
  /** Absolute canonical URL. */
  url: string;
  headline: string;
  description?: string;
  date: Date;
  updated?: Date;
  zone: string;
  /** BCP-47 language tag. */
  inLanguage: string;
  /** Absolute image URL (the Open Graph image). */
  image?: string;
  agency: { name: string; url: string };
  /** Participant country names in the page's language. */
  countries: string[];
  /** Original source URL, if the release reproduces one. */
  source?: string;
}

/** schema.org NewsArticle for a release page; dates carry the release's own offset. */
export function newsArticle(a: ArticleInput): JsonLd {
  const org = { '@type': 'Organization', name: a.agency.name, url: a.agency.url };
  const places = a.countries.map((name) => ({ '@type': 'Place', name }));
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    mainEntityOfPage: a.url,
    url: a.url,
    headline: a.headline,
    ...(a.description && { description: a.description }),
    datePublished: isoInZone(a.date, a.zone),
    dateModified: isoInZone(a.updated ?? a.date, a.zone),
    inLanguage: a.inLanguage,
    ...(a.image && { image: [a.image] }),
    author: org,
    publisher: org,
    ...(places.length > 0 && { about: places, contentLocation: places }),
    ...(a.source && { isBasedOn: a.source }),
  };
}

/** schema.org BreadcrumbList from (name, absolute URL) pairs, outermost first. */
export function breadcrumbList(items: { name: string; url: string }[]): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: items.map((it, i) => ({ '@type': 'ListItem', position: i + 1, name: it.name, item: it.url })),
  };
}

/** schema.org CollectionPage whose mainEntity is an ItemList of the listed pages (absolute URLs, in order). */
export function collectionPage(p: { url: string; name: string; inLanguage: string; items: { name: string; url: string }[] }): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'CollectionPage',
    url: p.url,
    name: p.name,
    inLanguage: p.inLanguage,
    mainEntity: {
      '@type': 'ItemList',
      numberOfItems: p.items.length,
      itemListElement: p.items.map((it, i) => ({ '@type': 'ListItem', position: i + 1, name: it.name, url: it.url })),
    },
  };
}

/** JSON for a <script type="application/ld+json">: "<" escaped so text can never close the script. */
export function ldScript(data: JsonLd): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
